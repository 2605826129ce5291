/**
 * The flat posterior-view diagram of one type, drawn from the scene's own data. Shown as the light
 * preview before the 3D view loads, instead of it when WebGL is unavailable or fails, and (close up,
 * without markers or labels) as each panel of the six-up comparison figure.
 */
import {
  CLOSEUP_VIEWBOX,
  DIAGRAM_BACKGROUND,
  DIAGRAM_LABELS,
  DIAGRAM_MARKERS,
  DIAGRAM_VIEWBOX,
  leaderStart,
  typeDiagram,
} from '../../data/variants/diagram.ts';
import type { Selection } from '../../data/variants/share-state.ts';
import { variantType, type TypeId } from '../../data/variants/types.ts';

interface Props {
  type: TypeId;
  selection: Selection;
  idPrefix: string;
  /** The whole region with labels and markers, or the close-up of the piriformis only. */
  frame?: 'region' | 'closeup';
  /**
   * Ids of a shared copy of the background (DiagramBackground), drawn with <use> instead of
   * repeating every outline: the six-up figure draws one background for six panels.
   */
  sharedBackground?: { behind: string; front: string };
}

/** The parts of the diagram that are the same in every type, in two layers (behind and in front of the nerve's pelvic part). */
export function DiagramBackground({ layer, selection = null }: { layer: 'behind' | 'front'; selection?: Selection }) {
  const cls = (base: string, id: string) => (selection?.kind === 'structure' && selection.id === id ? `${base} is-selected` : base);
  const bones = DIAGRAM_BACKGROUND.bones.filter((b) => (layer === 'behind' ? b.id !== 'sacrum' : b.id === 'sacrum'));
  return (
    <>
      <g className="v3d-diagram__bones">
        {bones.map((b) => b.paths.map((d, i) => <path key={`${b.id}-o${i}`} d={d} className="v3d-diagram__outline" />))}
        {bones.map((b) => b.paths.map((d, i) => <path key={`${b.id}-${i}`} d={d} className={cls('v3d-diagram__bone', b.id)} />))}
      </g>
      {layer === 'front' &&
        DIAGRAM_BACKGROUND.ligaments.map((l) => l.paths.map((d, i) => <path key={`${l.id}-${i}`} d={d} className={cls('v3d-diagram__ligament', l.id)} />))}
      {layer === 'front' &&
        DIAGRAM_BACKGROUND.rotators.map((r) => r.paths.map((d, i) => <path key={`${r.id}-${i}`} d={d} className={cls('v3d-diagram__rotator', r.id)} />))}
    </>
  );
}

export function VariantDiagram({ type, selection, idPrefix, frame = 'region', sharedBackground }: Props) {
  const t = variantType(type);
  const region = frame === 'region';
  const { piriformis, divisions, trunk, tags } = typeDiagram(type);
  // Structures and sites are told apart by kind: a site may share its id with a structure ("piriformis").
  const structureSelected = (id: string) => selection?.kind === 'structure' && selection.id === id;
  const siteSelected = (id: string) => selection?.kind === 'site' && selection.id === id;
  const cls = (base: string, id: string) => (structureSelected(id) ? `${base} is-selected` : base);
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  const nerveWords = t.divided
    ? 'Tibial division: solid line marked T. Common fibular division: dashed line marked CF.'
    : 'The undivided nerve: one thick line, parting into the tibial division (solid, T) and the common fibular division (dashed, CF) in the thigh.';
  return (
    <svg
      className={`v3d-diagram v3d-diagram--${frame}`}
      viewBox={region ? DIAGRAM_VIEWBOX : CLOSEUP_VIEWBOX}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{region ? `Diagram of type ${t.id}, right buttock seen from behind` : `Type ${t.id}, close up on the piriformis, seen from behind`}</title>
      <desc id={descId}>
        {`${t.description} ${nerveWords} The part of each division inside the pelvis, in front of the piriformis, is drawn faint.${region ? ' Numbered circles mark the five entrapment sites.' : ''}`}
      </desc>
      {/* Painted back to front as seen from behind: the sacrum hides the piriformis's origin, the
          ligaments and short rotators lie behind the muscle, the nerve below the muscle lies on top. */}
      {sharedBackground ? <use href={`#${sharedBackground.behind}`} /> : <DiagramBackground layer="behind" selection={selection} />}
      {divisions.map((d) => (
        <path key={`${d.division}-front`} d={d.front} className={`v3d-diagram__nerve v3d-diagram__nerve--${d.division} v3d-diagram__nerve--front`} />
      ))}
      {piriformis.map((d, i) => (
        <path key={`piriformis-${i}`} d={d} className={cls('v3d-diagram__piriformis', 'piriformis')} />
      ))}
      {sharedBackground ? <use href={`#${sharedBackground.front}`} /> : <DiagramBackground layer="front" selection={selection} />}
      {trunk && (
        <g data-nerve="trunk">
          <path d={trunk} className="v3d-diagram__trunk-edge" />
          <path d={trunk} className={cls('v3d-diagram__trunk', 'sciatic-nerve')} />
        </g>
      )}
      {divisions.map((d) => (
        <g key={`${d.division}-back`} data-nerve={d.division}>
          <path d={d.back} className="v3d-diagram__nerve-edge" />
          <path
            d={d.back}
            className={cls(`v3d-diagram__nerve v3d-diagram__nerve--${d.division}`, d.division === 'tibial' ? 'tibial-division' : 'common-fibular-division')}
          />
        </g>
      ))}
      <g className="v3d-diagram__labels" aria-hidden="true">
        {region &&
          DIAGRAM_LABELS.map((l) => {
            const [x1, y1] = leaderStart(l);
            return (
              <g key={l.text}>
                <line x1={x1} y1={-y1} x2={l.to[0]} y2={-l.to[1]} className="v3d-diagram__leader" />
                <circle cx={l.to[0]} cy={-l.to[1]} r={0.22} className="v3d-diagram__leader-dot" />
                <text x={l.x} y={-l.y} textAnchor={l.end ? 'end' : 'start'}>
                  {l.text}
                </text>
              </g>
            );
          })}
        {/* Close up, an undivided nerve is one line: T and CF tags would suggest two. */}
        {(region || t.divided) && tags.map((tag) => (
          <text key={tag.division} x={tag.x} y={tag.y} className="v3d-diagram__tag">
            {tag.text}
          </text>
        ))}
      </g>
      {region && (
        <g className="v3d-diagram__markers" aria-hidden="true">
          {DIAGRAM_MARKERS.map((m) => (
            <g key={m.id} className={siteSelected(m.id) ? 'is-selected' : undefined}>
              <circle cx={m.x} cy={m.y} r={0.95} />
              <text x={m.x} y={m.y + 0.4}>
                {m.number}
              </text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}
