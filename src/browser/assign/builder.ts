// The assign page: filter and pick cases, title and order, then create the share link. One state,
// the picked cases in order, drives the ticks, the picked list and the link; the browser's own
// form restoring is off (autocomplete="off" on the form) so it cannot tick boxes behind the
// state's back. The state, title and order are kept in this browser as a draft (saved/
// assign-draft.ts) on every change and restored on load, so a reload or Back loses nothing. Every
// check is the link module's, so the builder refuses exactly what a student's page would refuse.
// Opening /assign/?t=…&c=…&s=… (the key page's "change it" link) fills the form from that link
// instead of the draft.
import {
  MAX_TITLE_LENGTH,
  assignmentOrder,
  caseListProblems,
  normalizeTitle,
  parseAssignmentLink,
  randomSeed,
  seedProblems,
  titleProblems,
  type Assignment,
} from '../../quiz/assignment-link.ts';
import { matchesFilter, moveItem, withPicked } from '../../quiz/case-filter.ts';
import { ASSIGN_DRAFT_KEY, EMPTY_DRAFT, parseAssignDraft, serializeAssignDraft, type AssignDraft } from '../../quiz/saved/assign-draft.ts';
import { clearFieldError, showProblems, type FieldProblem } from './errors.ts';
import { handlePickedList, renderPickedList } from './picked-list.ts';
import { initAssignmentSharePanel } from './share.ts';
import { countOf, pluralWord } from '../../lib/plural.ts';

interface CaseRow {
  id: string;
  title: string;
  item: HTMLElement;
  box: HTMLInputElement;
  topics: string[];
  difficulty: string;
}


export function initAssignBuilder(form: HTMLFormElement): void {
  const rows: CaseRow[] = [...form.querySelectorAll<HTMLElement>('[data-case]')].map((item) => ({
    id: item.dataset.case!,
    title: item.querySelector('[data-case-title]')!.textContent!.trim(),
    item,
    box: item.querySelector<HTMLInputElement>('input[type="checkbox"]')!,
    topics: (item.dataset.topics ?? '').split(' ').filter(Boolean),
    difficulty: item.dataset.difficulty ?? '',
  }));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const known = new Set(byId.keys());
  const live = form.querySelector<HTMLElement>('[data-assign-live]')!;
  const titleInput = form.querySelector<HTMLInputElement>('[data-title]')!;
  const titleCounter = form.querySelector<HTMLElement>('[data-title-counter]')!;
  const seedInput = form.querySelector<HTMLInputElement>('[data-seed]')!;
  const seedField = form.querySelector<HTMLElement>('[data-seed-field]')!;
  const orderInputs = [...form.querySelectorAll<HTMLInputElement>('[data-order]')];
  const list = form.querySelector<HTMLOListElement>('[data-picked-list]')!;
  const pickedTitle = form.querySelector<HTMLElement>('#picked-title')!;
  const share = initAssignmentSharePanel(form.querySelector<HTMLElement>('[data-share]')!);
  const topicBoxes = [...form.querySelectorAll<HTMLInputElement>('[data-filter-topic]')];
  const difficultyBoxes = [...form.querySelectorAll<HTMLInputElement>('[data-filter-difficulty]')];

  let picked: string[] = [];
  const say = (text: string) => (live.textContent = text);
  const shuffled = () => orderInputs.find((input) => input.checked)?.value === 'shuffled';
  const seedValue = () => seedInput.value.trim();

  function applyFilter(): number {
    const filter = {
      topics: new Set(topicBoxes.filter((b) => b.checked).map((b) => b.value)),
      difficulties: new Set(difficultyBoxes.filter((b) => b.checked).map((b) => b.value)),
    };
    let shown = 0;
    for (const row of rows) {
      row.item.hidden = !matchesFilter(row, filter);
      if (!row.item.hidden) shown++;
    }
    const filtered = filter.topics.size + filter.difficulties.size > 0;
    const hiddenPicked = picked.filter((id) => byId.get(id)!.item.hidden).length;
    form.querySelector('[data-filter-status]')!.textContent =
      (filtered ? `Showing ${shown} of ${rows.length} cases.` : `Showing all ${rows.length} cases.`) +
      (hiddenPicked > 0 ? ` ${hiddenPicked} picked ${pluralWord(hiddenPicked, 'case is', 'cases are')} hidden by the filter and still picked.` : '');
    form.querySelector<HTMLElement>('[data-bulk]')!.hidden = false;
    return shown;
  }

  function renderPicked(): void {
    const seedOk = seedProblems(seedValue()).length === 0;
    const order = shuffled() && seedOk ? assignmentOrder({ title: 'x', caseIds: picked, seed: Number(seedValue()) }) : picked;
    renderPickedList(list, order.map((id) => ({ id, title: byId.get(id)!.title })), !shuffled());
    form.querySelector('[data-picked-count]')!.textContent = picked.length === 0 ? 'no cases yet' : countOf(picked.length, 'case');
    form.querySelector('[data-picked-note]')!.textContent =
      picked.length === 0
        ? 'Tick cases in step 1 to add them here.'
        : !shuffled()
          ? 'Students meet the cases in this order. Use the arrow buttons to change it.'
          : seedOk
            ? `Shuffled with seed ${seedValue()}: every student meets the cases in this order.`
            : 'Enter a valid seed to see the shuffled order.';
  }

  function saveDraft(): void {
    const draft: AssignDraft = { title: titleInput.value, caseIds: picked, order: shuffled() ? 'shuffled' : 'fixed', seed: seedInput.value };
    try {
      localStorage.setItem(ASSIGN_DRAFT_KEY, serializeAssignDraft(draft));
    } catch {
      // Storage blocked or full: the page still works, it just cannot keep the draft.
    }
  }

  function changed(): void {
    renderPicked();
    share.markStale();
    saveDraft();
  }

  /** Put a draft into the controls: the ticks follow the state, never the other way round. */
  function applyDraft(draft: AssignDraft): void {
    picked = [...draft.caseIds];
    for (const row of rows) row.box.checked = picked.includes(row.id);
    titleInput.value = draft.title;
    orderInputs.forEach((input) => (input.checked = input.value === draft.order));
    seedInput.value = draft.seed;
  }

  function readDraft(): AssignDraft {
    try {
      return parseAssignDraft(localStorage.getItem(ASSIGN_DRAFT_KEY), known);
    } catch {
      return EMPTY_DRAFT;
    }
  }

  function setPicked(id: string, on: boolean): void {
    picked = withPicked(picked, id, on);
    byId.get(id)!.box.checked = on;
    if (picked.length > 0) clearFieldError(form, 'cases');
    applyFilter();
    changed();
  }

  function updateCounter(): void {
    const length = [...normalizeTitle(titleInput.value)].length;
    titleCounter.textContent = `${length} of ${MAX_TITLE_LENGTH} characters${length > MAX_TITLE_LENGTH ? ': too long' : ''}`;
  }

  function showSeedField(): void {
    seedField.hidden = !shuffled();
    if (shuffled() && seedValue() === '') seedInput.value = String(randomSeed());
  }

  // Events
  for (const row of rows) {
    row.box.addEventListener('change', () => {
      setPicked(row.id, row.box.checked);
      say(`${row.box.checked ? 'Added' : 'Removed'} “${row.title}”. ${countOf(picked.length, 'case')} picked.`);
    });
  }
  for (const box of [...topicBoxes, ...difficultyBoxes]) {
    box.addEventListener('change', () => say(`Showing ${applyFilter()} of ${rows.length} cases.`));
  }
  form.querySelector('[data-clear-filters]')!.addEventListener('click', () => {
    for (const box of [...topicBoxes, ...difficultyBoxes]) box.checked = false;
    say(`Filters cleared. Showing all ${applyFilter()} cases.`);
  });
  form.querySelector('[data-pick-shown]')!.addEventListener('click', () => {
    const added = rows.filter((row) => !row.item.hidden && !picked.includes(row.id));
    for (const row of added) setPicked(row.id, true);
    say(`Added ${countOf(added.length, 'case')}. ${countOf(picked.length, 'case')} picked.`);
  });
  handlePickedList(
    list,
    {
      move(id, delta) {
        picked = moveItem(picked, picked.indexOf(id), delta);
        changed();
        say(`Moved “${byId.get(id)!.title}” to position ${picked.indexOf(id) + 1} of ${picked.length}.`);
      },
      remove(id) {
        setPicked(id, false);
        say(`Removed “${byId.get(id)!.title}”. ${countOf(picked.length, 'case')} picked.`);
      },
    },
    () => pickedTitle,
  );
  titleInput.addEventListener('input', () => {
    updateCounter();
    if (titleProblems(titleInput.value).length === 0) clearFieldError(form, 'title');
    share.markStale();
    saveDraft();
  });
  for (const input of orderInputs) {
    input.addEventListener('change', () => {
      showSeedField();
      changed();
    });
  }
  seedInput.addEventListener('input', () => {
    if (seedProblems(seedValue()).length === 0) clearFieldError(form, 'seed');
    changed();
  });
  form.querySelector('[data-new-seed]')!.addEventListener('click', () => {
    seedInput.value = String(randomSeed());
    clearFieldError(form, 'seed');
    changed();
    say(`New seed ${seedInput.value}. The order below has changed.`);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problems: FieldProblem[] = [
      ...caseListProblems(picked, known).map((message) => ({ field: 'cases' as const, message })),
      ...titleProblems(titleInput.value).map((message) => ({ field: 'title' as const, message })),
      ...(shuffled() ? seedProblems(seedValue()).map((message) => ({ field: 'seed' as const, message })) : []),
    ];
    showProblems(form, problems, problems.length === 1 ? 'Fix this to create the link' : `Fix these ${problems.length} things to create the link`);
    if (problems.length > 0) return;
    const assignment: Assignment = { title: normalizeTitle(titleInput.value), caseIds: [...picked] };
    if (shuffled()) assignment.seed = Number(seedValue());
    share.show(assignment);
    say('The share link is ready.');
  });

  form.querySelector('[data-start-over]')!.addEventListener('click', () => {
    applyDraft(EMPTY_DRAFT);
    showProblems(form, [], '');
    showSeedField();
    updateCounter();
    applyFilter();
    changed();
    titleInput.focus();
    say('Started over: no cases picked, no title.');
  });

  // Start: a link to edit, or the draft kept in this browser.
  const search = location.search;
  if (search !== '' && search !== '?') {
    const parsed = parseAssignmentLink(search, known);
    if (parsed.ok && parsed.assignment.ownCase !== undefined) {
      applyDraft(readDraft());
      showProblems(form, [{ field: undefined, message: 'This link holds a case you wrote yourself; change it on the page for writing a case (/assign/write/), where it was made.' }], 'The assignment in this address could not be opened for editing');
    } else if (parsed.ok) {
      const { title, caseIds, seed } = parsed.assignment;
      applyDraft({ title, caseIds, order: seed === undefined ? 'fixed' : 'shuffled', seed: seed === undefined ? '' : String(seed) });
      saveDraft();
    } else {
      applyDraft(readDraft());
      showProblems(form, parsed.problems.map((message) => ({ field: undefined, message })), 'The assignment in this address could not be opened for editing');
    }
  } else {
    applyDraft(readDraft());
  }
  showSeedField();
  updateCounter();
  applyFilter();
  renderPicked();
}
