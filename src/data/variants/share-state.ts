/**
 * The viewer's state as a shareable link: `?type=B&layers=gmax:hidden,bones:ghost&cam=lateral&sel=piriformis`.
 * Parsing is strict: a bad value is reported in plain words and replaced by its default, never
 * thrown and never echoed back as markup (the messages quote at most a short, cleaned excerpt).
 */
import { DEFAULT_VIEW, ORBIT_LIMITS, VIEWS, VIEW_IDS, isViewId, roundOrbit, sameOrbit, type Orbit, type ViewId } from './cameras.ts';
import { isSiteId, type SiteId } from './entrapment.ts';
import { LAYERS, LAYER_STATES, defaultLayers, type LayerId, type LayerState, type Layers } from './structures.ts';
import { isStructureId, type StructureId } from './structures.ts';
import { DEFAULT_TYPE, TYPE_IDS, isTypeId, type TypeId } from './types.ts';

export type Selection = { kind: 'structure'; id: StructureId } | { kind: 'site'; id: SiteId } | null;

export interface ViewerState {
  type: TypeId;
  layers: Layers;
  /** A named view, or a free orbit after the reader has moved the camera. */
  camera: ViewId | Orbit;
  selection: Selection;
}

export function defaultState(type: TypeId = DEFAULT_TYPE, view: ViewId = DEFAULT_VIEW): ViewerState {
  return { type, layers: defaultLayers(), camera: view, selection: null };
}

/** At most 24 printable characters of what the reader's link contained, for a message. */
function excerpt(value: string): string {
  const clean = value.replace(/[^\p{L}\p{N} ._:,+-]/gu, '?');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

const LAYER_IDS = LAYERS.map((l) => l.id) as readonly string[];

function parseLayers(raw: string, problems: string[]): Layers {
  const layers = defaultLayers();
  for (const entry of raw.split(',').filter(Boolean).slice(0, LAYERS.length * 2)) {
    const [id = '', state = ''] = entry.split(':');
    if (!LAYER_IDS.includes(id)) {
      problems.push(`The link names a layer “${excerpt(id)}” that does not exist; it was ignored.`);
    } else if (!(LAYER_STATES as readonly string[]).includes(state)) {
      problems.push(`The link sets layer “${id}” to “${excerpt(state)}”; use shown, ghost or hidden. It keeps its usual setting.`);
    } else {
      layers[id as LayerId] = state as LayerState;
    }
  }
  return layers;
}

function parseCamera(raw: string, problems: string[]): ViewId | Orbit {
  if (isViewId(raw)) return raw;
  const parts = raw.split(',');
  const numbers = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  const [azimuth, elevation, distance, tx, ty, tz] = numbers;
  const valid =
    parts.length === 6 &&
    numbers.every(Number.isFinite) &&
    Math.abs(azimuth!) <= 180 &&
    elevation! >= ORBIT_LIMITS.elevation[0] &&
    elevation! <= ORBIT_LIMITS.elevation[1] &&
    distance! >= ORBIT_LIMITS.distance[0] &&
    distance! <= ORBIT_LIMITS.distance[1] &&
    [tx, ty, tz].every((v) => Math.abs(v!) <= ORBIT_LIMITS.target);
  if (!valid) {
    problems.push(
      `The link’s camera “${excerpt(raw)}” is not a view the viewer knows (${VIEW_IDS.join(', ')}, or six numbers within range); it starts from the posterior view.`,
    );
    return DEFAULT_VIEW;
  }
  return { azimuth: azimuth!, elevation: elevation!, distance: distance!, target: [tx!, ty!, tz!] };
}

function parseSelection(raw: string, problems: string[]): Selection {
  if (isStructureId(raw)) return { kind: 'structure', id: raw };
  const site = raw.startsWith('site-') ? raw.slice(5) : '';
  if (isSiteId(site)) return { kind: 'site', id: site };
  problems.push(`The link selects “${excerpt(raw)}”, which is not a structure or site in this viewer; nothing is selected.`);
  return null;
}

/** Reads a state from a query string (with or without the leading "?"); unknown parameters are left alone. */
export function parseState(search: string): { state: ViewerState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state = defaultState();
  const type = params.get('type');
  if (type !== null) {
    const upper = type.trim().toUpperCase();
    if (isTypeId(upper)) state.type = upper;
    else problems.push(`The link asks for type “${excerpt(type)}”; the types are ${TYPE_IDS.join(', ')}. Showing type ${DEFAULT_TYPE}.`);
  }
  const layers = params.get('layers');
  if (layers !== null) state.layers = parseLayers(layers, problems);
  const cam = params.get('cam');
  if (cam !== null) state.camera = parseCamera(cam, problems);
  const sel = params.get('sel');
  if (sel !== null && sel !== '') state.selection = parseSelection(sel, problems);
  return { state, problems };
}

/** The camera as it goes in a link: a view's name when it sits exactly on that view. */
export function cameraParam(camera: ViewId | Orbit): string {
  if (typeof camera === 'string') return camera;
  const named = (Object.keys(VIEWS) as ViewId[]).find((v) => sameOrbit(VIEWS[v].orbit, camera));
  if (named) return named;
  const o = roundOrbit(camera);
  return [o.azimuth, o.elevation, o.distance, ...o.target].join(',');
}

/** Writes a state as a query string (without "?"); layers at their usual setting are left out. */
export function formatState(state: ViewerState): string {
  const params = new URLSearchParams();
  params.set('type', state.type);
  const initial = defaultLayers();
  const changed = LAYERS.filter((l) => state.layers[l.id] !== initial[l.id]).map((l) => `${l.id}:${state.layers[l.id]}`);
  if (changed.length > 0) params.set('layers', changed.join(','));
  params.set('cam', cameraParam(state.camera));
  if (state.selection) params.set('sel', state.selection.kind === 'site' ? `site-${state.selection.id}` : state.selection.id);
  // URLSearchParams escapes ":" and ","; both are safe in a query, and a readable link is easier to share.
  return params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** The orbit a camera setting stands for. */
export function orbitOf(camera: ViewId | Orbit): Orbit {
  return typeof camera === 'string' ? VIEWS[camera].orbit : camera;
}
