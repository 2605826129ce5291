// The Content-Security-Policy checks the page gate and csp.spec.ts share: violations recorded from
// before any page script, islands brought into view until they have run, the order of the head.
import { expect, type Page } from '@playwright/test';

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

/**
 * Brings each island into view in turn and waits until it has hydrated (Astro removes an island's
 * `ssr` attribute once its component runs), so islands that hydrate only when visible have run their
 * scripts before the violations are read.
 */
export async function runEverything(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    // An island is `display: contents`; what scrolls, and what client:visible watches, is its content.
    await island.evaluate((element) => (element.firstElementChild ?? element).scrollIntoView({ block: 'center' }));
    await expect(island, `island ${i + 1} of ${count} hydrates`).not.toHaveAttribute('ssr');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
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
