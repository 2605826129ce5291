/**
 * How the camera frames a portrait canvas (a phone): the presets are set for a landscape box, so
 * the wide views zoom out until the region's width fits, and the close-up zooms in until the
 * piriformis and the crossings, the middle of the landscape frame, fill the canvas.
 */
import type { ViewId } from '../../../data/variants/cameras.ts';

/** The width-to-height ratio the camera presets were framed for. */
export const FRAMED_ASPECT = 1.15;

/** On a portrait canvas: the share of the landscape frame's width each view keeps, and the most it may zoom in. */
const PORTRAIT: Record<ViewId, { keep: number; maxZoom: number }> = {
  closeup: { keep: 0.5, maxZoom: 1.35 },
  posterior: { keep: 1, maxZoom: 1 },
  lateral: { keep: 1, maxZoom: 1 },
  superior: { keep: 1, maxZoom: 1 },
};

/** The camera zoom for a canvas of this aspect resting on this view. */
export function portraitZoom(aspect: number, view: ViewId): number {
  if (aspect >= FRAMED_ASPECT) return 1;
  const { keep, maxZoom } = PORTRAIT[view];
  return Math.min(maxZoom, aspect / FRAMED_ASPECT / keep);
}

