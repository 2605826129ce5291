// The Content-Security-Policy checks the page gate and csp.spec.ts share: violations recorded from
// before any page script, what starts only when seen brought into view until it has run, the order of the head.
import { expect, test, type Page } from '@playwright/test';

declare global {
  interface Window { __cspViolations: string[] }
}

/** Records every securitypolicyviolation, in every document of the test, from before any page script runs. */
export async function collectCspViolations(page: Page): Promise<void> {
  // An init script is itself exempt from the policy.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
}

/** Violations so far in this document, plus the browser's own console reports of them. */
export function watchCsp(page: Page): () => Promise<string[]> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(`console: ${message.text()}`);
  });
  return async () => [...logged, ...(await page.evaluate(() => window.__cspViolations))];
}

/** What waiting for one lazily started 3D view may take where WebGL renders in software under load. */
export const LAZY_START_BUDGET_MS = 45_000;

/**
 * Starts what a page starts only once it is scrolled into view, and waits until it has run, so its
 * lazily loaded code has run under the policy before the violations are read. Today that is the 3D
 * viewer in a lesson (`data-load="visible"`: React, fiber and three.js arrive then), which has run
 * when it has drawn its first frame. Every other script of a page is a module script, and those have
 * all run by the load event that page.goto waits for.
 */
export async function startWhatWaitsForView(page: Page): Promise<void> {
  const lazy = page.locator('[data-load="visible"]');
  const count = await lazy.count();
  for (let i = 0; i < count; i++) {
    test.info().setTimeout(test.info().timeout + LAZY_START_BUDGET_MS);
    const viewer = lazy.nth(i);
    // Its script must be watching for the view before the scroll, or the scroll would go unseen.
    await expect(viewer, `lazy view ${i + 1} of ${count} is enhanced`).toHaveAttribute('data-enhanced', 'true');
    await viewer.scrollIntoViewIfNeeded();
    await expect(viewer.locator('[data-scene-ready]'), `lazy view ${i + 1} of ${count} draws`).toHaveAttribute('data-scene-ready', 'true', { timeout: LAZY_START_BUDGET_MS });
  }
  if (count) await page.evaluate(() => window.scrollTo(0, 0));
}

/** What <head> holds, in order: the policy governs only what comes after it. */
export async function headOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.head.children].map((element) => {
    if (element.matches('meta[charset]')) return 'charset';
    if (element.matches('meta[http-equiv="content-security-policy"]')) return 'policy';
    if (element.matches('script, style, link[rel="stylesheet"]')) return 'script or style';
    return 'other';
  }));
}
