/**
 * Camera positions as an orbit around a target point: azimuth 0° looks from behind the patient
 * (posterior view), 90° from the right side (lateral view); elevation 90° looks straight down.
 */
import type { Vec3 } from './vec.ts';

export interface Orbit {
  /** Degrees round the vertical axis, −180 to 180. */
  azimuth: number;
  /** Degrees above the horizontal, −85 to 85. */
  elevation: number;
  /** Distance from the target, in scene centimetres. */
  distance: number;
  target: Vec3;
}

export const VIEW_IDS = ['closeup', 'posterior', 'lateral', 'superior'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/**
 * `closeup` frames the piriformis and the points where the divisions cross its plane (where the
 * types differ), seen from behind and a little from the side so "through" and "below" read as
 * depth; `posterior` is the whole region, from the L4 root down to the hamstring site.
 */
export const VIEWS: Record<ViewId, { label: string; orbit: Orbit }> = {
  closeup: { label: 'Close-up', orbit: { azimuth: 12, elevation: 4, distance: 44, target: [7.8, -9.4, 0] } },
  posterior: { label: 'Whole region', orbit: { azimuth: 0, elevation: 3, distance: 84, target: [7.5, -15.5, 0] } },
  lateral: { label: 'Lateral', orbit: { azimuth: 90, elevation: 4, distance: 40, target: [8.5, -9.5, -1] } },
  superior: { label: 'Superior', orbit: { azimuth: 20, elevation: 65, distance: 45, target: [7, -9, -1] } },
};

export const DEFAULT_VIEW: ViewId = 'posterior';

/** The view a change of type moves to: the close-up, where the types differ. */
export const TYPE_CHANGE_VIEW: ViewId = 'closeup';

export const ORBIT_LIMITS = {
  elevation: [-85, 85],
  distance: [12, 120],
  /** How far the target may be panned from the origin, per axis. */
  target: 80,
} as const;

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

/** Camera position for an orbit (y up). */
export function orbitPosition(o: Orbit): Vec3 {
  const az = (o.azimuth * Math.PI) / 180;
  const el = (o.elevation * Math.PI) / 180;
  return [
    o.target[0] + o.distance * Math.cos(el) * Math.sin(az),
    o.target[1] + o.distance * Math.sin(el),
    o.target[2] + o.distance * Math.cos(el) * Math.cos(az),
  ];
}

/** The orbit that puts a camera at `position` looking at `target` (inverse of orbitPosition). */
export function orbitFrom(position: Vec3, target: Vec3): Orbit {
  const dx = position[0] - target[0];
  const dy = position[1] - target[1];
  const dz = position[2] - target[2];
  const distance = Math.hypot(dx, dy, dz) || 1;
  return {
    azimuth: (Math.atan2(dx, dz) * 180) / Math.PI,
    elevation: (Math.asin(Math.max(-1, Math.min(1, dy / distance))) * 180) / Math.PI,
    distance,
    target,
  };
}

/** Rounds an orbit for a short, stable link (whole degrees, tenths of a centimetre). */
export function roundOrbit(o: Orbit): Orbit {
  const r = (n: number, k: number) => Math.round(n * k) / k || 0;
  return {
    azimuth: r(((((o.azimuth % 360) + 540) % 360) - 180), 1),
    elevation: r(o.elevation, 1),
    distance: r(o.distance, 10),
    target: [r(o.target[0], 10), r(o.target[1], 10), r(o.target[2], 10)],
  };
}

export function sameOrbit(a: Orbit, b: Orbit): boolean {
  const ra = roundOrbit(a);
  const rb = roundOrbit(b);
  return (
    ra.azimuth === rb.azimuth &&
    ra.elevation === rb.elevation &&
    ra.distance === rb.distance &&
    ra.target.every((v, i) => v === rb.target[i])
  );
}
