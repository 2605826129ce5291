/** Shared names for the dermatome data: roots, views and sides of the body. */

/** The roots the map draws, top to bottom. S4 and S5 share one zone, as on most charts. */
export const ROOT_IDS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5'] as const;
export type RootId = (typeof ROOT_IDS)[number];

/** Front (anterior) or back (posterior) of the body. */
export const VIEW_IDS = ['anterior', 'posterior'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** The person's own side, not the viewer's. */
export type Side = 'left' | 'right';

/** A point in a view's drawing units (the SVG viewBox). */
export type XY = readonly [x: number, y: number];

/** True for one of the map's root ids, exactly as spelled in ROOT_IDS. */
export function isRootId(value: unknown): value is RootId {
  return typeof value === 'string' && (ROOT_IDS as readonly string[]).includes(value);
}

/** "S4–5" with an en dash for display; ids keep the ASCII hyphen for URLs and attributes. */
export function rootLabel(id: RootId): string {
  return id.replace('-', '–');
}
