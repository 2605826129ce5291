/** Compare mode: gluteus minimus referral drawn over L5 and S1, and the signs that tell them apart. */
import { REFERRAL_PATTERNS, REFERRAL_VS_ROOT, LESSON_LINKS, rootLabel } from '../../data/dermatomes/index.ts';
import type { CompareLayers } from './BodyView.tsx';

interface Props {
  layers: CompareLayers;
  onLayers: (layers: CompareLayers) => void;
  headingLevel: 2 | 3;
}

const TOGGLES: readonly { key: keyof CompareLayers; label: string }[] = [
  { key: 'anterior', label: 'Anterior fibres’ referral (orange, hatched one way, dashed edge)' },
  { key: 'posterior', label: 'Posterior fibres’ referral (blue, hatched the other way, dotted edge)' },
  { key: 'rootZones', label: 'L5 and S1 dermatomes' },
  { key: 'otherZones', label: 'Other dermatomes' },
];

export function ComparePanel({ layers, onLayers, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="derm-panel derm-compare">
      <Heading className="derm-panel__title">Gluteus minimus or a nerve root?</Heading>
      <fieldset className="derm-compare__layers">
        <legend>Show on the map</legend>
        {TOGGLES.map(({ key, label }) => (
          <label key={key} className="derm-check">
            <input type="checkbox" checked={layers[key]} data-layer={key} onChange={(e) => onLayers({ ...layers, [key]: e.currentTarget.checked })} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <ul className="derm-compare__patterns">
        {REFERRAL_PATTERNS.map((p) => (
          <li key={p.fibres}>
            <strong>{p.name}:</strong> {p.area} Easily taken for {rootLabel(p.looksLike)}.
          </li>
        ))}
      </ul>
      <p>
        The pain can follow the same lines as a root problem. What usually differs is everything else:
      </p>
      <div className="derm-table-scroll" role="region" aria-label="Trigger-point referral compared with a root problem" tabIndex={0}>
        <table className="derm-compare__table">
          <thead>
            <tr><th scope="col">Sign</th><th scope="col">Trigger-point referral</th><th scope="col">L5 or S1 root problem</th></tr>
          </thead>
          <tbody>
            {REFERRAL_VS_ROOT.map((row) => (
              <tr key={row.sign}><th scope="row">{row.sign}</th><td>{row.referral}</td><td>{row.root}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="derm-panel__source">
        Referral zones after <a href="/references/#ref-travell-simons-1992">Travell &amp; Simons 1992</a>; drawn as broad areas, not
        exact borders. New numbness, weakness or reflex change is a reason to refer. More in{' '}
        <a href={LESSON_LINKS.triggerPointOrRoot.href}>{LESSON_LINKS.triggerPointOrRoot.label}</a>.
      </p>
    </div>
  );
}
