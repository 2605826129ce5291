// The whole-bank export box on the assign page: every case, in library order, with no share-link
// limit (the exports are files, not links).
import { initExports } from './exports.ts';

export function initBankExports(section: HTMLElement): void {
  const caseIds = (section.dataset.caseOrder ?? '').split(' ').filter(Boolean);
  initExports(section.querySelector<HTMLElement>('[data-exports]')!, () => ({ title: 'All cases', caseIds }));
}
