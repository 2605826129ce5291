/**
 * Export and import on /review/. Export writes every part of the site's storage into one file made
 * in the page. Import reads a file, says what is wrong with it in one sentence, or says what merging
 * it would change, and writes nothing until the learner confirms; the write is all or nothing.
 */
import { backupFileName, backupJson, hasChanges, mergeBackup, parseBackup, type MergeChanges, type SiteState } from '../../review/backup.ts';
import { downloadText } from '../download.ts';
import { notKeptMessage } from '../storage.ts';
import { readSiteState, writeSiteState } from './site-state.ts';
import { countOf } from '../../lib/plural.ts';


function describeChanges(changes: MergeChanges): string {
  const parts = [
    changes.lessons && countOf(changes.lessons, 'lesson mark', 'lesson marks'),
    changes.scores && countOf(changes.scores, 'case score', 'case scores'),
    changes.cards && countOf(changes.cards, 'review card or lesson in review', 'review cards or lessons in review'),
    changes.reviews && countOf(changes.reviews, 'past review', 'past reviews'),
    changes.theme && 'the theme',
  ].filter(Boolean);
  return parts.join(', ');
}

export function startBackupPanel(root: HTMLElement, onImported: (state: SiteState) => void): void {
  const input = root.querySelector<HTMLInputElement>('[data-import-file]')!;
  const preview = root.querySelector<HTMLElement>('[data-import-preview]')!;
  const summary = root.querySelector<HTMLElement>('[data-import-summary]')!;
  const message = root.querySelector<HTMLElement>('[data-import-message]')!;
  let pending: SiteState | undefined;

  const say = (text: string, kind: 'error' | 'done' | 'info') => {
    message.textContent = text;
    message.dataset.kind = kind;
  };

  root.querySelector('[data-export]')!.addEventListener('click', () => {
    const now = new Date();
    downloadText(backupFileName(now), `${JSON.stringify(backupJson(readSiteState(), now), null, 1)}\n`, 'application/json');
    say(`Exported to ${backupFileName(now)}. Keep it somewhere safe; import it on another device from this page.`, 'done');
  });

  input.addEventListener('change', async () => {
    preview.hidden = true;
    pending = undefined;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      say('This file could not be read. Nothing was imported.', 'error');
      return;
    }
    const read = parseBackup(text);
    if (!read.ok) {
      say(read.message, 'error');
      return;
    }
    const { merged, changes } = mergeBackup(readSiteState(), read.backup);
    const from = new Date(read.backup.exportedAt).toLocaleString();
    const skipped = read.backup.skipped ? ` ${countOf(read.backup.skipped, 'entry', 'entries')} in it could not be read and will be left out.` : '';
    if (!hasChanges(changes)) {
      say(`This backup (exported ${from}) holds nothing newer than this browser already has, so there is nothing to import.${skipped}`, 'info');
      return;
    }
    pending = merged;
    summary.textContent = `This backup was exported ${from}. Merging it would bring in ${describeChanges(changes)}; for each lesson, case and card, the more recent state is kept.${skipped} Nothing changes until you choose Merge.`;
    say('', 'info');
    preview.hidden = false;
    root.querySelector<HTMLButtonElement>('[data-import-confirm]')!.focus();
  });

  root.querySelector('[data-import-confirm]')!.addEventListener('click', () => {
    if (!pending) return;
    const result = writeSiteState(pending);
    preview.hidden = true;
    if (!result.ok) {
      say(notKeptMessage(result, 'The import'), 'error');
      return;
    }
    const state = pending;
    pending = undefined;
    input.value = '';
    say('Imported. Your lessons, scores, review deck and theme are merged into this browser.', 'done');
    onImported(state);
  });

  root.querySelector('[data-import-cancel]')!.addEventListener('click', () => {
    pending = undefined;
    preview.hidden = true;
    input.value = '';
    say('Import cancelled. Nothing was changed.', 'info');
  });
}
