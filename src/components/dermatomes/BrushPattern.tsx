/** @jsxImportSource preact */
/**
 * One brush's pattern (an SVG <pattern>, used as the paint of its strokes) and a small swatch of it
 * for keys and the brush picker. The same drawing serves the sketch (in the island) and the map's
 * key (rendered on the server), so the two cannot drift apart.
 */
import type { BrushId } from './brushes.ts';

/** Pattern tile size in drawing units. */
const TILE = 8;

function Motif({ brush }: { brush: BrushId }) {
  switch (brush) {
    case 'pain':
      return <line x1="0" y1="0" x2="0" y2={TILE} class="derm-brush__ink" stroke-width="3" />;
    case 'pins-and-needles':
      return <circle cx={TILE / 2} cy={TILE / 2} r="1.9" class="derm-brush__dot" />;
    case 'numbness':
      return <line x1="0" y1={TILE / 2} x2={TILE} y2={TILE / 2} class="derm-brush__ink" stroke-width="2.2" />;
  }
}

export function BrushPattern({ id, brush, scale = 1 }: { id: string; brush: BrushId; scale?: number }) {
  const rotate = brush === 'pain' ? ' rotate(45)' : '';
  return (
    <pattern id={id} width={TILE} height={TILE} patternUnits="userSpaceOnUse" patternTransform={`scale(${scale})${rotate}`} class={`derm-brush derm-brush--${brush}`}>
      <rect width={TILE} height={TILE} class="derm-brush__tint" />
      <Motif brush={brush} />
    </pattern>
  );
}

/** A swatch of a brush's pattern (decorative: the label beside it names the brush). */
export function BrushSwatch({ id, brush }: { id: string; brush: BrushId }) {
  return (
    <svg viewBox="0 0 24 16" class="derm-legend__icon derm-legend__icon--wide" aria-hidden="true">
      <defs><BrushPattern id={id} brush={brush} scale={0.6} /></defs>
      <rect x="1" y="1" width="22" height="14" rx="2" fill={`url(#${id})`} class="derm-brush__frame" />
    </svg>
  );
}
