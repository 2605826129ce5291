// Registers the service worker that keeps the site usable offline (see
// src/integrations/service-worker.ts), and says so when a new deploy is waiting: the reader
// chooses when to reload, so one page never mixes two versions of the site.

export interface UpdateNotice {
  /** Shows the notice; `reload` activates the waiting version and reloads the page. */
  show(reload: () => void): void;
}

/** Wires the notice markup of src/components/layout/UpdateNotice.astro. */
export function noticeFrom(root: HTMLElement): UpdateNotice {
  const text = root.querySelector<HTMLElement>('[data-update-text]')!;
  let onReload = () => {};
  root.querySelector('[data-update-reload]')!.addEventListener('click', () => onReload());
  root.querySelector('[data-update-dismiss]')!.addEventListener('click', () => {
    root.hidden = true;
    text.textContent = '';
  });
  return {
    show(reload) {
      onReload = reload;
      if (!root.hidden && text.textContent) return;
      root.hidden = false;
      // Filled after the region is shown, so screen readers announce the words.
      requestAnimationFrame(() => {
        text.textContent = 'Updated: reload to see the new version.';
      });
    },
  };
}

export function registerServiceWorker(notice: UpdateNotice): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // After the page has loaded: the worker's download of the whole site must not compete with it.
  if (document.readyState === 'complete') void register(notice);
  else window.addEventListener('load', () => void register(notice), { once: true });
}

async function register(notice: UpdateNotice): Promise<void> {
  // updateViaCache 'none': the browser asks the server for sw.js itself, whatever HTTP caching says.
  const registration: ServiceWorkerRegistration | undefined = await navigator.serviceWorker
    .register('/sw.js', { scope: '/', updateViaCache: 'none' })
    .catch(() => undefined);
  // Blocked (private mode, a browser setting; some blockers resolve with nothing): the site still works online.
  if (!registration) return;
  let reloading = false;
  const offer = (worker: ServiceWorker) => notice.show(() => {
    reloading = true;
    worker.postMessage('skip-waiting');
    // Should the worker never take over (a newer one replaced it), reload all the same.
    setTimeout(() => window.location.reload(), 3000);
  });
  // The first install takes over an uncontrolled page silently; only a replacement is news.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
  });
}
