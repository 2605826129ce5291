/** Answers "where is this point" from the zone polygons: the sketch coverage without a browser. */
import type { Probe } from '../coverage.ts';
import { SILHOUETTES } from './outline.ts';
import { MAP_REGIONS } from './regions.ts';
import { REFERRAL_ZONES } from './referral.ts';
import { insidePolygon } from './smooth.ts';

export const polygonProbe: Probe = {
  onBody: (view, point) => SILHOUETTES[view].polygons.some((polygon) => insidePolygon(point, polygon)),
  zonesAt: (view, point) =>
    MAP_REGIONS.filter((r) => r.view === view && r.polygons.some((polygon) => insidePolygon(point, polygon))).map(({ root, side }) => ({ root, side })),
  referralAt: (view, point) =>
    REFERRAL_ZONES.filter((z) => z.view === view && z.polygons.some((polygon) => insidePolygon(point, polygon))).map((z) => z.fibres),
};
