// The case-writing page: the form is the state (kept in this browser on every change and put back
// on load), each ticked finding says whether the story mentions it, and "Check" lists every problem
// at the top and beside its field, or builds the quiz with the rules and shows what students get,
// the share link and the YAML download. Text from the form is only ever set with textContent.
import { buildAssignmentLink } from '../../quiz/assignment-link.ts';
import { buildCaseQuiz } from '../../quiz/build-quiz.ts';
import { fileSlug } from '../../quiz/file-name.ts';
import { isFindingId } from '../../rules/index.ts';
import { STORY_PARTS } from '../../quiz/labels.ts';
import {
  EMPTY_CASE,
  authoredCaseId,
  authoredCaseProblems,
  encodeAuthoredCase,
  isMentioned,
  readAuthoredCase,
  toCaseInput,
  type AuthoredCase,
  type AuthoringField,
  type AuthoringProblem,
} from '../../authoring/authored-case.ts';
import { downloadText } from '../download.ts';
import { countOf } from '../../lib/plural.ts';

export const CASE_DRAFT_KEY = 'sciatic-atlas:case-draft';

const FIELD_TARGET: Record<AuthoringField, string> = {
  title: 'case-title',
  client: 'case-client',
  history: 'case-history',
  reports: 'case-reports',
  assessment: 'case-assessment',
  findings: 'case-findings',
  sessions: 'case-sessions',
  difficulty: 'case-difficulty',
  topics: 'case-topics',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function initCaseWriter(form: HTMLFormElement, preview: HTMLElement): void {
  const field = (name: string) => form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${name}"]`)!;
  const findingBoxes = [...form.querySelectorAll<HTMLInputElement>('[data-finding]')];
  const topicBoxes = [...form.querySelectorAll<HTMLInputElement>('[data-topic]')];
  const difficultyRadios = [...form.querySelectorAll<HTMLInputElement>('[data-difficulty]')];
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  const live = form.querySelector<HTMLElement>('[data-write-live]')!;
  let shown: AuthoredCase | undefined;

  const read = (): AuthoredCase => ({
    title: field('title').value,
    story: { client: field('client').value, history: field('history').value, reports: field('reports').value, assessment: field('assessment').value },
    findings: findingBoxes.filter((b) => b.checked).map((b) => b.value),
    sessions: field('sessions').value,
    difficulty: difficultyRadios.find((r) => r.checked)?.value ?? '',
    topics: topicBoxes.filter((b) => b.checked).map((b) => b.value),
  });

  function write(draft: AuthoredCase): void {
    field('title').value = draft.title;
    for (const part of STORY_PARTS) field(part).value = draft.story[part];
    field('sessions').value = draft.sessions;
    for (const b of findingBoxes) b.checked = draft.findings.includes(b.value);
    for (const b of topicBoxes) b.checked = draft.topics.includes(b.value);
    for (const r of difficultyRadios) r.checked = r.value === draft.difficulty;
  }

  function showMentions(): void {
    const draft = read();
    for (const box of findingBoxes) {
      const status = form.querySelector<HTMLElement>(`[data-mention-for="${box.value}"]`)!;
      if (!box.checked || !isFindingId(box.value)) {
        status.textContent = '';
        delete status.dataset.mentioned;
        continue;
      }
      const mentioned = isMentioned(box.value, draft.story);
      status.dataset.mentioned = String(mentioned);
      status.textContent = mentioned ? '✓ The story mentions it.' : '✗ The story does not mention it yet.';
    }
  }

  function save(): void {
    try {
      localStorage.setItem(CASE_DRAFT_KEY, JSON.stringify({ version: 1, case: read() }));
    } catch {
      // Storage blocked or full: the page works, it just cannot keep the draft.
    }
  }

  function showProblems(problems: readonly AuthoringProblem[]): void {
    for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      slot.hidden = true;
      slot.textContent = '';
    }
    for (const target of Object.values(FIELD_TARGET)) form.querySelector(`#${target}`)?.removeAttribute('aria-invalid');
    const list = summary.querySelector<HTMLElement>('[data-error-list]')!;
    if (problems.length === 0) {
      summary.hidden = true;
      list.replaceChildren();
      return;
    }
    summary.querySelector('[data-error-summary-title]')!.textContent = problems.length === 1 ? 'Fix this to check the case' : `Fix these ${problems.length} things to check the case`;
    list.replaceChildren(
      ...problems.map(({ field: name, message }) => {
        const link = el('a', message);
        link.href = `#${FIELD_TARGET[name]}`;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          const target = form.querySelector<HTMLElement>(`#${FIELD_TARGET[name]}`)!;
          (target.matches('fieldset') ? target.querySelector<HTMLElement>('input') ?? target : target).focus();
        });
        const item = el('li');
        item.append(link);
        return item;
      }),
    );
    for (const name of Object.keys(FIELD_TARGET) as AuthoringField[]) {
      const messages = problems.filter((p) => p.field === name).map((p) => p.message);
      if (messages.length === 0) continue;
      const slot = form.querySelector<HTMLElement>(`[data-error-for="${name}"]`)!;
      slot.textContent = messages.join(' ');
      slot.hidden = false;
      const target = form.querySelector(`#${FIELD_TARGET[name]}`);
      if (target && !target.matches('fieldset')) target.setAttribute('aria-invalid', 'true');
    }
    summary.hidden = false;
    summary.focus();
  }

  function showPreview(draft: AuthoredCase): void {
    const quiz = buildCaseQuiz(authoredCaseId(draft.title), toCaseInput(draft));
    const urgency = quiz.questions.find((q) => q.kind === 'urgency');
    const decided = urgency?.options.find((o) => o.correct);
    preview.querySelector('[data-preview-decision]')!.textContent =
      `The rules decide: ${decided?.text ?? 'no decision'}. A student gets ${countOf(quiz.questions.length, 'question')}, with the right answers marked below.`;
    preview.querySelector('[data-preview-questions]')!.replaceChildren(
      ...quiz.questions.map((q) => {
        const item = el('li');
        const options = el('ul');
        options.append(
          ...q.options.map((o) => {
            const line = el('li', `${o.correct ? '✓ ' : ''}${o.text}${o.correct ? ' (right)' : ''}`);
            line.dataset.correct = String(o.correct);
            return line;
          }),
        );
        item.dataset.kind = q.kind;
        item.append(el('strong', q.prompt), options, el('p', `Why: ${q.explanation}`));
        return item;
      }),
    );
    const link = new URL(buildAssignmentLink({ title: draft.title.trim(), caseIds: [], ownCase: encodeAuthoredCase(draft) }), location.origin).href;
    preview.querySelector<HTMLInputElement>('[data-own-link]')!.value = link;
    preview.querySelector<HTMLAnchorElement>('[data-own-open]')!.href = link;
    preview.querySelector('[data-preview-status]')!.textContent = '';
    preview.hidden = false;
    shown = draft;
    preview.querySelector<HTMLElement>('#preview-title')!.focus();
  }

  form.addEventListener('input', () => {
    save();
    showMentions();
    if (shown && !preview.hidden) {
      preview.hidden = true; // the preview described the case before this change
      live.textContent = 'The case changed: check it again to see the questions and the link.';
    }
  });
  form.addEventListener('change', () => {
    save();
    showMentions();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const draft = read();
    const problems = authoredCaseProblems(draft);
    showProblems(problems);
    if (problems.length === 0) showPreview(draft);
  });
  form.querySelector('[data-start-over]')!.addEventListener('click', () => {
    write(EMPTY_CASE);
    save();
    showProblems([]);
    showMentions();
    preview.hidden = true;
    field('title').focus();
    live.textContent = 'Started over: the form is empty.';
  });
  preview.querySelector('[data-own-link]')!.addEventListener('focus', (event) => (event.target as HTMLInputElement).select());
  preview.querySelector('[data-download-yaml]')!.addEventListener('click', async () => {
    if (!shown) return;
    const status = preview.querySelector<HTMLElement>('[data-preview-status]')!;
    try {
      const { caseYaml } = await import('../../authoring/case-yaml.ts');
      const name = `${fileSlug(shown.title) || 'case'}.yaml`;
      downloadText(name, caseYaml(shown), 'application/yaml;charset=utf-8');
      status.textContent = `Downloaded ${name}.`;
    } catch (error) {
      status.textContent = `The file could not be made (${error instanceof Error ? error.message : 'unknown error'}); try again.`;
    }
  });

  // Start from what this browser kept.
  try {
    const stored = JSON.parse(localStorage.getItem(CASE_DRAFT_KEY) ?? 'null') as { version?: unknown; case?: unknown } | null;
    write(stored && stored.version === 1 ? readAuthoredCase(stored.case) : EMPTY_CASE);
  } catch {
    write(EMPTY_CASE);
  }
  showMentions();
  form.dataset.ready = 'true';
}
