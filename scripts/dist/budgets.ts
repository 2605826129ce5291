import type { PageWeight } from './page-assets.ts';

export interface PageTypeBudget {
  /** Name of the page type, e.g. "lesson". */
  name: string;
  /** Regular expression over the site path; the first page type that matches applies. */
  match: string;
  maxJsGzip: number;
  maxCssGzip: number;
  maxHtmlGzip: number;
  /** Whether the page type may ship a UI framework (an island). False means 0 bytes of framework JS. */
  islands: boolean;
}
export interface Budgets { pageTypes: PageTypeBudget[] }

export interface BudgetRow { page: PageWeight; type: string; problems: string[] }

export function pageTypeFor(path: string, budgets: Budgets): PageTypeBudget | undefined {
  return budgets.pageTypes.find((type) => new RegExp(type.match).test(path));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Measures every page against its type's budget; each broken limit becomes one sentence. */
export function checkBudgets(pages: PageWeight[], budgets: Budgets): BudgetRow[] {
  return pages.map((page) => {
    const type = pageTypeFor(page.path, budgets);
    if (!type) return { page, type: '(none)', problems: [`${page.path} matches no page type in budgets.json`] };
    const problems: string[] = [];
    const over = (what: string, actual: number, limit: number) => {
      if (actual > limit) problems.push(`${page.path} (${type.name}): ${what} is ${kb(actual)} gzip, over its budget of ${kb(limit)}`);
    };
    over('JavaScript', page.js.gzip, type.maxJsGzip);
    over('CSS', page.css.gzip, type.maxCssGzip);
    over('HTML', page.html.gzip, type.maxHtmlGzip);
    if (!type.islands && (page.frameworkJsGzip > 0 || page.hasIsland)) {
      problems.push(`${page.path} (${type.name}): ships ${kb(page.frameworkJsGzip)} of framework JavaScript, but this page type has no island`);
    }
    return { page, type: type.name, problems };
  });
}

/** One table of raw and gzip bytes per page, for the build log. */
export function formatBudgetTable(rows: BudgetRow[]): string {
  const header = ['page', 'type', 'JS raw', 'JS gz', 'framework gz', 'CSS raw', 'CSS gz', 'HTML raw', 'HTML gz', 'ok'];
  const body = rows.map(({ page, type, problems }) => [
    page.path, type, kb(page.js.raw), kb(page.js.gzip), kb(page.frameworkJsGzip), kb(page.css.raw), kb(page.css.gzip),
    kb(page.html.raw), kb(page.html.gzip), problems.length === 0 ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
