/**
 * Finding and calling the LMS's SCORM API from inside the package. The LMS puts an object named
 * `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004) on the window that frames the package, or on the
 * window that opened it; the search walks up the parents and then the opener's parents, as the
 * run-time specification describes, and stops at a window of another origin (reading it throws).
 * `connectLms` hides the two editions' different method names behind one small interface.
 */
import type { ScormVersion } from './manifest.ts';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSSetValue(element: string, value: string): string;
  LMSGetValue(element: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError(): string;
}

interface Api2004 {
  Initialize(arg: ''): string;
  SetValue(element: string, value: string): string;
  GetValue(element: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
  GetLastError(): string;
}

export interface Lms {
  version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  /** Sets every pair; returns the elements the LMS refused (empty when all were taken). */
  setAll(values: readonly (readonly [string, string])[]): string[];
  commit(): boolean;
  finish(): boolean;
}

/** A window-like object: what the search reads (tests pass plain objects). */
export interface ApiHost {
  parent?: ApiHost | null;
  opener?: ApiHost | null;
  [name: string]: unknown;
}

const API_NAME: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };
/** More levels than any LMS frames a package in; guards against a cycle. */
const MAX_LEVELS = 10;

function read(host: ApiHost, name: string): unknown {
  try {
    return host[name];
  } catch {
    return undefined; // another origin's window
  }
}

function searchUp(start: ApiHost | null | undefined, name: string): unknown {
  let host = start;
  for (let level = 0; host && level < MAX_LEVELS; level++) {
    const api = read(host, name);
    if (api && typeof api === 'object') return api;
    const parent = read(host, 'parent') as ApiHost | null | undefined;
    if (!parent || parent === host) break;
    host = parent;
  }
  return undefined;
}

export function findApi(win: ApiHost, version: ScormVersion): unknown {
  const name = API_NAME[version];
  return searchUp(win, name) ?? searchUp(read(win, 'opener') as ApiHost | null | undefined, name);
}

const ok = (answer: unknown) => String(answer) === 'true';

export function connectLms(win: ApiHost, version: ScormVersion): Lms | undefined {
  const found = findApi(win, version);
  if (!found) return undefined;
  if (version === '1.2') {
    const api = found as Api12;
    if (typeof api.LMSInitialize !== 'function') return undefined;
    return {
      version,
      initialize: () => ok(api.LMSInitialize('')),
      get: (element) => String(api.LMSGetValue(element)),
      setAll: (values) => values.filter(([element, value]) => !ok(api.LMSSetValue(element, value))).map(([element]) => element),
      commit: () => ok(api.LMSCommit('')),
      finish: () => ok(api.LMSFinish('')),
    };
  }
  const api = found as Api2004;
  if (typeof api.Initialize !== 'function') return undefined;
  return {
    version,
    initialize: () => ok(api.Initialize('')),
    get: (element) => String(api.GetValue(element)),
    setAll: (values) => values.filter(([element, value]) => !ok(api.SetValue(element, value))).map(([element]) => element),
    commit: () => ok(api.Commit('')),
    finish: () => ok(api.Terminate('')),
  };
}
