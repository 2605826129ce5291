/** Which layers compare mode draws, the switches for them, and how the choice reaches the CSS. Pure. */
export interface CompareLayers { anterior: boolean; posterior: boolean; rootZones: boolean; otherZones: boolean }
export type LayerId = keyof CompareLayers;

export const DEFAULT_LAYERS: CompareLayers = { anterior: true, posterior: true, rootZones: true, otherZones: false };

export const LAYER_TOGGLES: readonly { key: LayerId; label: string }[] = [
  { key: 'anterior', label: 'Anterior fibres’ referral (orange, dashed edge)' },
  { key: 'posterior', label: 'Posterior fibres’ referral (blue, dotted edge)' },
  { key: 'rootZones', label: 'L5 and S1 dermatomes' },
  { key: 'otherZones', label: 'Other dermatomes' },
];

export const isLayerId = (value: unknown): value is LayerId => LAYER_TOGGLES.some((t) => t.key === value);

/** The layers that are on, as the map's data-layers attribute (the stylesheet matches words in it). */
export const layersAttr = (layers: CompareLayers): string =>
  LAYER_TOGGLES.filter(({ key }) => layers[key]).map(({ key }) => key).join(' ');
