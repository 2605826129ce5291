/**
 * The sketch's brushes, after the symbols of a pain body chart: each symptom has its own pattern
 * (hatching, dots, level lines) as well as its own colour, so a sketch reads in black and white and
 * without colour vision. The patterns are drawn by BrushPattern.astro, for the sketch and for its key.
 */
import type { Stroke } from '../../data/dermatomes/coverage.ts';

export const BRUSH_IDS = ['pain', 'pins-and-needles', 'numbness'] as const;
export type BrushId = (typeof BRUSH_IDS)[number];

export const BRUSH_LABELS: Record<BrushId, string> = {
  pain: 'Pain',
  'pins-and-needles': 'Pins and needles',
  numbness: 'Numbness',
};

/** How each brush's pattern is described in words (the key says it; so does the chart convention). */
export const BRUSH_SYMBOLS: Record<BrushId, string> = {
  pain: 'diagonal hatching',
  'pins-and-needles': 'dots',
  numbness: 'level lines',
};

/** A painted stroke and the symptom it stands for. */
export interface BrushStroke extends Stroke { brush: BrushId }

export const isBrushId = (value: string): value is BrushId => (BRUSH_IDS as readonly string[]).includes(value);
