// The LMS downloads of the assign page, for the assignment just shared and for the whole case bank:
// Moodle XML and GIFT (text, made at once) and the SCORM and QTI packages (zips: the zip library
// and the package builders load only when one of these is asked for). Links in the exported
// feedback point at the site's published address (SITE_URL), whatever address this page has.
import { toGift } from '../../quiz/export/gift.ts';
import { toMoodleXml } from '../../quiz/export/moodle-xml.ts';
import { fileSlug } from '../../quiz/file-name.ts';
import { QUIZZES_JSON_PATH, readQuizzesPayload } from '../../quiz/quizzes-json.ts';
import { DEFAULT_PASS_MARK, passMarkProblems } from '../../quiz/scorm/package.ts';
import type { CaseQuiz } from '../../quiz/types.ts';
import { downloadText } from '../download.ts';
import { showFieldProblems } from './field-error.ts';

export const SITE_URL = import.meta.env.SITE ?? location.origin;

const FORMATS = ['moodle', 'gift', 'qti', 'scorm-1.2', 'scorm-2004'] as const;
type Format = (typeof FORMATS)[number];

const FORMAT_NAMES: Record<Format, string> = {
  moodle: 'the Moodle XML file',
  gift: 'the GIFT file',
  qti: 'the QTI 2.1 package',
  'scorm-1.2': 'the SCORM 1.2 package',
  'scorm-2004': 'the SCORM 2004 package',
};

export interface ExportSource {
  title: string;
  /** Case ids in the order students meet them. */
  caseIds: readonly string[];
}

let library: Promise<CaseQuiz[]> | undefined;

export function loadLibrary(): Promise<CaseQuiz[]> {
  library ??= fetch(QUIZZES_JSON_PATH)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((data: unknown) => readQuizzesPayload(data) ?? Promise.reject(new Error('not a quiz file')));
  library.catch(() => (library = undefined)); // let a later click try again
  return library;
}

async function quizzesFor(source: ExportSource): Promise<CaseQuiz[]> {
  const byId = new Map((await loadLibrary()).map((q) => [q.caseId, q]));
  const quizzes = source.caseIds.map((id) => byId.get(id)).filter((q): q is CaseQuiz => q !== undefined);
  if (quizzes.length !== source.caseIds.length) throw new Error('some cases are missing from the case file');
  return quizzes;
}

function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function makeDownload(format: Format, source: ExportSource, passMark: number): Promise<string> {
  const quizzes = await quizzesFor(source);
  const name = fileSlug(source.title) || 'assignment';
  const options = { siteUrl: SITE_URL, category: source.title };
  if (format === 'gift') downloadText(`${name}-gift.txt`, toGift(quizzes, options), 'text/plain;charset=utf-8');
  else if (format === 'moodle') downloadText(`${name}-moodle.xml`, toMoodleXml(quizzes, options), 'application/xml;charset=utf-8');
  else if (format === 'qti') {
    const { qtiZip } = await import('./package-download.ts');
    downloadBytes(`${name}-qti21.zip`, qtiZip(quizzes, SITE_URL), 'application/zip');
  } else {
    const { scormZip } = await import('./package-download.ts');
    const scorm = format === 'scorm-1.2' ? '1.2' : '2004';
    downloadBytes(`${name}-scorm${scorm.replace('.', '')}.zip`, await scormZip(scorm, source.title, passMark, quizzes, SITE_URL), 'application/zip');
  }
  const count = quizzes.reduce((n, q) => n + q.questions.length, 0);
  const cases = `${quizzes.length} case${quizzes.length === 1 ? '' : 's'}`;
  return `Downloaded ${FORMAT_NAMES[format]}: ${cases}, ${count} question${count === 1 ? '' : 's'}.`;
}

/**
 * Wire one export box (ExportButtons.astro). `source` gives what to export at the moment of the
 * click, or undefined when there is nothing to export yet.
 */
export function initExports(box: HTMLElement, source: () => ExportSource | undefined): void {
  const status = box.querySelector<HTMLElement>('[data-export-status]')!;
  const passMark = box.querySelector<HTMLInputElement>('[data-pass-mark]')!;
  const passError = box.querySelector<HTMLElement>('[data-pass-mark-error]')!;
  if (passMark.value === '') passMark.value = String(DEFAULT_PASS_MARK);
  const say = (text: string) => (status.textContent = text);

  const passMarkOk = () => showFieldProblems(passMark, passError, passMarkProblems(passMark.value));
  passMark.addEventListener('input', () => {
    if (!passError.hidden) passMarkOk();
  });

  for (const button of box.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', async () => {
      const format = button.dataset.export as Format;
      const what = source();
      if (!what || !FORMATS.includes(format)) return;
      if (format.startsWith('scorm') && !passMarkOk()) {
        say('Fix the pass mark first: the SCORM packages report pass or fail against it.');
        passMark.focus();
        return;
      }
      say(`Preparing ${FORMAT_NAMES[format]}…`);
      button.disabled = true;
      try {
        say(await makeDownload(format, what, Number(passMark.value.trim())));
      } catch (error) {
        say(`The file could not be made (${error instanceof Error ? error.message : 'unknown error'}). Check your connection to this site and try again.`);
      } finally {
        button.disabled = false;
      }
    });
  }
}
