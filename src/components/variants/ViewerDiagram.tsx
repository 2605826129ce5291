/**
 * The viewer's diagram: the region once, with every type's own parts drawn in it and all but the
 * chosen type's switched off (`display="none"`), so the viewer's script changes type without
 * drawing anything. The background (most of the bytes) is drawn once, not six times.
 */
import { DIAGRAM_VIEWBOX } from '../../data/variants/diagram.ts';
import { TYPE_IDS, type TypeId } from '../../data/variants/types.ts';
import { diagramDescription, diagramTitle } from './diagram-words.ts';
import { DiagramBackground, RegionOverlay, TypeBehind, TypeFront } from './VariantDiagram.tsx';

export function ViewerDiagram({ type, idPrefix }: { type: TypeId; idPrefix: string }) {
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  const off = (t: TypeId) => (t === type ? undefined : 'none');
  return (
    <svg
      className="v3d-diagram v3d-diagram--region"
      viewBox={DIAGRAM_VIEWBOX}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      preserveAspectRatio="xMidYMid meet"
      data-diagram=""
    >
      <title id={titleId}>{diagramTitle(type, 'region')}</title>
      <desc id={descId}>{diagramDescription(type, 'region')}</desc>
      <DiagramBackground layer="behind" selection={null} />
      {TYPE_IDS.map((t) => (
        <g key={t} data-diagram-type={t} display={off(t)}>
          <TypeBehind type={t} selection={null} />
        </g>
      ))}
      <DiagramBackground layer="front" selection={null} />
      {TYPE_IDS.map((t) => (
        <g key={t} data-diagram-type={t} display={off(t)}>
          <TypeFront type={t} selection={null} frame="region" />
        </g>
      ))}
      <RegionOverlay selection={null} />
    </svg>
  );
}
