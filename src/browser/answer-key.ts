// The answer key page with an assignment link's query: keep only that assignment's cases, in the
// order students see them, and say which assignment it is. A bad link shows its problems (as text,
// never markup) and no cases, so an instructor never prints the wrong key by mistake.
import { ASSIGNMENT_PATH, assignmentOrder, buildAssignmentQuery, parseAssignmentLink } from '../quiz/assignment-link.ts';

function listItems(list: HTMLElement, texts: readonly string[]): void {
  list.replaceChildren(...texts.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
}

export function showAnswerKeyFor(search: string, root: Document): void {
  if (search === '' || search === '?') return;
  const container = root.querySelector<HTMLElement>('[data-key-cases]');
  if (!container) return;
  const cases = new Map([...container.querySelectorAll<HTMLElement>('[data-key-case]')].map((el) => [el.dataset.keyCase!, el]));
  const count = root.querySelector<HTMLElement>('[data-key-count]')!;
  const parsed = parseAssignmentLink(search, cases.keys());

  if (!parsed.ok) {
    const box = root.querySelector<HTMLElement>('[data-key-problems]')!;
    listItems(box.querySelector<HTMLElement>('[data-key-problem-list]')!, parsed.problems);
    box.hidden = false;
    container.hidden = true;
    count.textContent = 'No cases shown: the link has problems.';
    box.focus();
    return;
  }

  const { assignment } = parsed;
  const order = assignmentOrder(assignment);
  const index = root.querySelector<HTMLElement>('[data-key-index]');
  const indexItems = new Map([...(index?.querySelectorAll<HTMLElement>('[data-key-index-item]') ?? [])].map((el) => [el.dataset.keyIndexItem!, el]));
  for (const el of [...cases.values(), ...indexItems.values()]) el.hidden = true;
  order.forEach((id, i) => {
    const el = cases.get(id)!;
    el.hidden = false;
    el.querySelector('[data-key-number]')!.textContent = `Case ${i + 1} of ${order.length}:`;
    container.append(el);
    const item = indexItems.get(id);
    if (item && index) {
      item.hidden = false;
      index.append(item);
    }
  });

  const section = root.querySelector<HTMLElement>('[data-key-assignment]')!;
  section.querySelector('[data-key-title]')!.textContent = assignment.title;
  section.querySelector('[data-key-order]')!.textContent =
    assignment.seed === undefined
      ? `${order.length} case${order.length === 1 ? '' : 's'}, in a fixed order.`
      : `${order.length} case${order.length === 1 ? '' : 's'}, shuffled with seed ${assignment.seed}: the order below is the order every student sees.`;
  const query = buildAssignmentQuery(assignment);
  section.querySelector<HTMLAnchorElement>('[data-key-student-link]')!.href = `${ASSIGNMENT_PATH}${query}`;
  section.querySelector<HTMLAnchorElement>('[data-key-edit-link]')!.href = `/assign/${query}`;
  section.hidden = false;
  count.textContent = `The key for the ${order.length} case${order.length === 1 ? '' : 's'} of this assignment.`;
}
