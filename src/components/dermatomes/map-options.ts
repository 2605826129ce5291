/**
 * The map's modes and views, and how the starting view is chosen. Shared by the server markup
 * (DermatomeMapBlock.astro) and the enhancer, so the two name them the same way. Pure.
 */
import type { RootId, ViewId } from '../../data/dermatomes/types.ts';

export const MODES = [
  { value: 'explore', label: 'Explore' },
  { value: 'find', label: 'Find it' },
  { value: 'compare', label: 'Compare' },
  { value: 'sketch', label: 'Sketch symptoms' },
] as const;
export type Mode = (typeof MODES)[number]['value'];

export const VIEWS = [
  { value: 'both', label: 'Both' },
  { value: 'anterior', label: 'Front' },
  { value: 'posterior', label: 'Back' },
] as const;
export type ViewChoice = (typeof VIEWS)[number]['value'];

export const isMode = (value: unknown): value is Mode => MODES.some((m) => m.value === value);
export const isViewChoice = (value: unknown): value is ViewChoice => VIEWS.some((v) => v.value === value);

/** Below this width (px) one large view reads better than two small ones. */
export const NARROW = 560;
/** Roots whose key sensory point is on the back of the body. */
const BACK_ROOTS: readonly RootId[] = ['S1', 'S2', 'S3', 'S4-5'];

export const shownViews = (view: ViewChoice): ViewId[] => (view === 'both' ? ['anterior', 'posterior'] : [view]);

interface Start {
  /** A view fixed by the page (a lesson that opens on one view). */
  fixed: ViewChoice | undefined;
  mode: Mode;
  narrow: boolean;
  /** A root read from the address, if any. */
  root: RootId | null;
}

/** Wide screens start on both views; narrow ones on the view where the reader's root (or compare's referral) is. */
export function startingView({ fixed, mode, narrow, root }: Start): ViewChoice {
  if (fixed) return fixed;
  if (!narrow) return 'both';
  const back = root ? BACK_ROOTS.includes(root) : mode === 'compare';
  return back ? 'posterior' : 'anterior';
}

/** Most gluteus minimus referral is on the back: entering compare shows the back when one view is all that fits. */
export function viewForMode(mode: Mode, view: ViewChoice, narrow: boolean): ViewChoice {
  return mode === 'compare' && view === 'anterior' && narrow ? 'posterior' : view;
}
