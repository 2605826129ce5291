/**
 * All six types at a glance: the same close-up of the piriformis for each, drawn from the same
 * route data as the 3D view. Rendered at build time (no island, no WebGL), so it works offline, in
 * print and without JavaScript; used on /variants/ and in the piriformis lesson.
 */
import { SOURCE_LABEL, VARIANT_TYPES, passageSummary, sourceHref } from '../../data/variants/types.ts';
import { DiagramBackground, VariantDiagram } from './VariantDiagram.tsx';
import './variants.css';

export default function VariantsSixUp({ idPrefix = 'sixup' }: { idPrefix?: string }) {
  // The background is the same in every panel: drawn once, used six times.
  const shared = { behind: `${idPrefix}-behind`, front: `${idPrefix}-front` };
  return (
    <figure className="v3d-sixup" data-figure="variants-six-up">
      <svg className="v3d-diagram v3d-sixup__defs" aria-hidden="true" focusable="false">
        <defs>
          <g id={shared.behind}>
            <DiagramBackground layer="behind" />
          </g>
          <g id={shared.front}>
            <DiagramBackground layer="front" />
          </g>
        </defs>
      </svg>
      <ol className="v3d-sixup__grid">
        {VARIANT_TYPES.map((t) => (
          <li key={t.id} className="v3d-sixup__panel" data-type={t.id}>
            <p className="v3d-sixup__title">
              <strong>Type {t.id}</strong> <span>{passageSummary(t)}</span>
            </p>
            <div className="v3d-sixup__picture">
              <VariantDiagram type={t.id} selection={null} idPrefix={`${idPrefix}-${t.id}`} frame="closeup" sharedBackground={shared} />
            </div>
            <p className="v3d-sixup__prevalence">
              {t.prevalence.map((p, i) => (
                <span key={p.source}>
                  {i > 0 && '; '}
                  {p.value}, {p.basis} (<a href={sourceHref(p.source)}>{SOURCE_LABEL[p.source]}</a>)
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
      <figcaption>
        The six Beaton and Anson types side by side, each seen from behind at the same close-up of the right piriformis (red).
        A thick line is the undivided nerve; a solid line marked T is the tibial division and a dashed line marked CF the
        common fibular division. Faint lines run in the pelvis, in front of the muscle; where a division passes through it,
        the muscle is drawn in two bellies.
      </figcaption>
    </figure>
  );
}
