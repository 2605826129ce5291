/**
 * Why the 3D view did not start, in words a reader can act on: offline, a download that failed,
 * a download that is taking too long, or the browser refusing to draw.
 */
export type LoadFailure = 'offline' | 'download' | 'slow' | 'graphics';

/** How long "Loading the 3D view…" may show before the reader is told and offered a retry. */
export const LOAD_TIME_LIMIT_MS = 20_000;

/** A failed dynamic import reads differently in each browser; all of them mention the module or a fetch. */
const DOWNLOAD_ERROR = /dynamically imported module|importing a module script failed|failed to fetch|error loading dynamically|loading chunk|networkerror/i;

export function classifyFailure(error: unknown, online: boolean): LoadFailure {
  if (!online) return 'offline';
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return DOWNLOAD_ERROR.test(text) ? 'download' : 'graphics';
}

export const FAILURE_MESSAGE: Record<LoadFailure, string> = {
  offline:
    'You are offline, and the 3D view’s files were not saved on this device yet. The diagram shows the same type; try again once you are back online.',
  download: 'The 3D view’s files could not be downloaded (the connection dropped or the server did not answer). The diagram shows the same type.',
  slow: 'The 3D view is taking a long time to download. The diagram shows the same type; you can keep waiting or try again.',
  graphics:
    'The 3D view downloaded, but this browser could not start drawing it (its graphics context failed). The diagram shows the same type.',
};
