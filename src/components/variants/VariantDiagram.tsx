/**
 * The flat posterior-view diagram of one type, drawn from the scene's own data. Shown as the light
 * preview before the 3D view loads, instead of it when WebGL is unavailable or fails, and (close up,
 * without markers or labels) as each panel of the six-up comparison figure. Rendered at build time
 * only: the viewer's script (enhance-viewer.ts) marks the selection through the `data-part` and
 * `data-site` hooks, and the viewer draws every type's own parts once (ViewerDiagram) to switch between.
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
import { diagramDescription, diagramTitle, type DiagramFrame } from './diagram-words.ts';

interface Props {
  type: TypeId;
  selection: Selection;
  idPrefix: string;
  /** The whole region with labels and markers, or the close-up of the piriformis only. */
  frame?: DiagramFrame;
  /**
   * Ids of a shared copy of the background (DiagramBackground), drawn with <use> instead of
   * repeating every outline: the six-up figure draws one background for six panels.
   */
  sharedBackground?: { behind: string; front: string };
}

type Cls = (base: string, id: string) => string;
const classFor = (selection: Selection): Cls => (base, id) => (selection?.kind === 'structure' && selection.id === id ? `${base} is-selected` : base);

/** The parts of the diagram that are the same in every type, in two layers (behind and in front of the nerve's pelvic part). */
export function DiagramBackground({ layer, selection = null }: { layer: 'behind' | 'front'; selection?: Selection }) {
  const cls = classFor(selection);
  const bones = DIAGRAM_BACKGROUND.bones.filter((b) => (layer === 'behind' ? b.id !== 'sacrum' : b.id === 'sacrum'));
  return (
    <>
      <g className="v3d-diagram__bones">
        {bones.map((b) => b.paths.map((d, i) => <path key={`${b.id}-o${i}`} d={d} className="v3d-diagram__outline" />))}
        {bones.map((b) => b.paths.map((d, i) => <path key={`${b.id}-${i}`} d={d} className={cls('v3d-diagram__bone', b.id)} data-part={b.id} />))}
      </g>
      {layer === 'front' &&
        DIAGRAM_BACKGROUND.ligaments.map((l) => l.paths.map((d, i) => <path key={`${l.id}-${i}`} d={d} className={cls('v3d-diagram__ligament', l.id)} data-part={l.id} />))}
      {layer === 'front' &&
        DIAGRAM_BACKGROUND.rotators.map((r) => r.paths.map((d, i) => <path key={`${r.id}-${i}`} d={d} className={cls('v3d-diagram__rotator', r.id)} data-part={r.id} />))}
    </>
  );
}

/** A type's own parts behind the sacrum and ligaments: the pelvic (faint) part of each division and the piriformis. */
export function TypeBehind({ type, selection }: { type: TypeId; selection: Selection }) {
  const cls = classFor(selection);
  const { piriformis, divisions } = typeDiagram(type);
  return (
    <>
      {divisions.map((d) => (
        <path key={`${d.division}-front`} d={d.front} className={`v3d-diagram__nerve v3d-diagram__nerve--${d.division} v3d-diagram__nerve--front`} />
      ))}
      {piriformis.map((d, i) => (
        <path key={`piriformis-${i}`} d={d} className={cls('v3d-diagram__piriformis', 'piriformis')} data-part="piriformis" />
      ))}
    </>
  );
}

/** A type's own parts on top: the trunk, the divisions below the muscle, and their T and CF tags. */
export function TypeFront({ type, selection, frame }: { type: TypeId; selection: Selection; frame: DiagramFrame }) {
  const cls = classFor(selection);
  const { divisions, trunk, tags } = typeDiagram(type);
  const divisionId = (d: string) => (d === 'tibial' ? 'tibial-division' : 'common-fibular-division');
  return (
    <>
      {trunk && (
        <g data-nerve="trunk">
          <path d={trunk} className="v3d-diagram__trunk-edge" />
          <path d={trunk} className={cls('v3d-diagram__trunk', 'sciatic-nerve')} data-part="sciatic-nerve" />
        </g>
      )}
      {divisions.map((d) => (
        <g key={`${d.division}-back`} data-nerve={d.division}>
          <path d={d.back} className="v3d-diagram__nerve-edge" />
          <path d={d.back} className={cls(`v3d-diagram__nerve v3d-diagram__nerve--${d.division}`, divisionId(d.division))} data-part={divisionId(d.division)} />
        </g>
      ))}
      {/* Close up, an undivided nerve is one line: T and CF tags would suggest two. */}
      {(frame === 'region' || variantType(type).divided) && (
        <g className="v3d-diagram__labels" aria-hidden="true">
          {tags.map((tag) => (
            <text key={tag.division} x={tag.x} y={tag.y} className="v3d-diagram__tag">
              {tag.text}
            </text>
          ))}
        </g>
      )}
    </>
  );
}

/** The region's labels with leader lines, and the numbered entrapment sites. */
export function RegionOverlay({ selection }: { selection: Selection }) {
  const siteSelected = (id: string) => selection?.kind === 'site' && selection.id === id;
  return (
    <>
      <g className="v3d-diagram__labels" aria-hidden="true">
        {DIAGRAM_LABELS.map((l) => {
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
      </g>
      <g className="v3d-diagram__markers" aria-hidden="true">
        {DIAGRAM_MARKERS.map((m) => (
          <g key={m.id} className={siteSelected(m.id) ? 'is-selected' : undefined} data-site={m.id}>
            <circle cx={m.x} cy={m.y} r={0.95} />
            <text x={m.x} y={m.y + 0.4}>
              {m.number}
            </text>
          </g>
        ))}
      </g>
    </>
  );
}

export function VariantDiagram({ type, selection, idPrefix, frame = 'region', sharedBackground }: Props) {
  const region = frame === 'region';
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  return (
    <svg
      className={`v3d-diagram v3d-diagram--${frame}`}
      viewBox={region ? DIAGRAM_VIEWBOX : CLOSEUP_VIEWBOX}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>{diagramTitle(type, frame)}</title>
      <desc id={descId}>{diagramDescription(type, frame)}</desc>
      {/* Painted back to front as seen from behind: the sacrum hides the piriformis's origin, the
          ligaments and short rotators lie behind the muscle, the nerve below the muscle lies on top. */}
      {sharedBackground ? <use href={`#${sharedBackground.behind}`} /> : <DiagramBackground layer="behind" selection={selection} />}
      <TypeBehind type={type} selection={selection} />
      {sharedBackground ? <use href={`#${sharedBackground.front}`} /> : <DiagramBackground layer="front" selection={selection} />}
      <TypeFront type={type} selection={selection} frame={frame} />
      {region && <RegionOverlay selection={selection} />}
    </svg>
  );
}
