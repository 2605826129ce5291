// The assign page's error display: one summary at the top listing every problem (each a link to
// the field to fix) and the same message beside its field. Nothing typed is ever cleared.

export type Field = 'cases' | 'title' | 'seed';

export interface FieldProblem {
  field: Field | undefined;
  message: string;
}

const FIELD_TARGET: Record<Field, string> = { cases: 'assign-cases', title: 'assign-title', seed: 'assign-seed' };
const FIELD_INPUT: Record<Field, string> = { cases: '[data-case]:not([hidden]) input[type="checkbox"]', title: '#assign-title', seed: '#assign-seed' };

export function clearFieldError(form: HTMLFormElement, field: Field): void {
  const slot = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
  if (slot) {
    slot.hidden = true;
    slot.textContent = '';
  }
  form.querySelector(`#${FIELD_TARGET[field]}`)?.removeAttribute('aria-invalid');
}

function focusField(form: HTMLFormElement, field: Field): void {
  (form.querySelector<HTMLElement>(FIELD_INPUT[field]) ?? form.querySelector<HTMLElement>(`#${FIELD_TARGET[field]}`))?.focus();
}

/** Show the problems (or hide the summary when there are none); focus moves to the summary. */
export function showProblems(form: HTMLFormElement, problems: readonly FieldProblem[], heading: string): void {
  for (const field of Object.keys(FIELD_TARGET) as Field[]) clearFieldError(form, field);
  const summary = form.querySelector<HTMLElement>('[data-error-summary]')!;
  const list = summary.querySelector<HTMLElement>('[data-error-list]')!;
  if (problems.length === 0) {
    summary.hidden = true;
    list.replaceChildren();
    return;
  }
  summary.querySelector('[data-error-summary-title]')!.textContent = heading;
  list.replaceChildren(
    ...problems.map(({ field, message }) => {
      const item = document.createElement('li');
      if (!field) {
        item.textContent = message;
        return item;
      }
      const link = document.createElement('a');
      link.href = `#${FIELD_TARGET[field]}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        focusField(form, field);
      });
      item.append(link);
      return item;
    }),
  );
  for (const field of Object.keys(FIELD_TARGET) as Field[]) {
    const messages = problems.filter((p) => p.field === field).map((p) => p.message);
    if (messages.length === 0) continue;
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`)!;
    slot.textContent = messages.join(' ');
    slot.hidden = false;
    if (field !== 'cases') form.querySelector(`#${FIELD_TARGET[field]}`)?.setAttribute('aria-invalid', 'true');
  }
  summary.hidden = false;
  summary.focus();
}
