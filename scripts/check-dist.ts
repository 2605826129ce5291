// Runs after the build: checks every internal link and anchor in dist/, and every page's weight
// against budgets.json. Prints the weight table either way; exits 1 when anything is broken.
import { readFileSync } from 'node:fs';
import { listPages, fileForPath } from './dist/pages.ts';
import { findBrokenLinks } from './dist/links.ts';
import { weighPage } from './dist/page-assets.ts';
import { checkBudgets, formatBudgetTable, type Budgets } from './dist/budgets.ts';

const distDir = process.argv[2] ?? 'dist';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;
const pages = listPages(distDir);
if (pages.length === 0) {
  console.error(`check-dist: no pages in ${distDir}/; run the build first`);
  process.exit(1);
}

const broken = findBrokenLinks(distDir, pages);
const rows = checkBudgets(pages.map((path) => weighPage(distDir, path, fileForPath(distDir, path))), budgets);
console.log(formatBudgetTable(rows));
const problems = [
  ...broken.map((b) => `broken link on ${b.page}: "${b.href}" (${b.reason})`),
  ...rows.flatMap((row) => row.problems),
];
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nLinks: ${pages.length} pages checked, no broken link or anchor. Budgets: all ${rows.length} pages within budget.`);
