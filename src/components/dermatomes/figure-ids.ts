/**
 * Element ids inside a map's figures, shared by the static SVG (DermatomeFigure.astro) and the
 * enhancer (the sketch overlay clips to the body and paints with the brush patterns).
 */
import type { ViewId } from '../../data/dermatomes/types.ts';

export function figureIds(prefix: string, view: ViewId) {
  const base = `${prefix}-${view}`;
  return {
    skin: `${base}-skin`,
    clip: `${base}-clip`,
    soft: `${base}-soft`,
    fade: `${base}-fade`,
    waist: `${base}-waist`,
    zone: (regionId: string) => `${prefix}-${regionId}`,
    referral: (fibres: string) => `${base}-ref-${fibres}`,
    hatch: (fibres: string) => `${base}-hatch-${fibres}`,
    brush: (brush: string) => `${base}-brush-${brush}`,
  };
}
