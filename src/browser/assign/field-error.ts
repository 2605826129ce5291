// One field's messages beside it: the slot shows them (or hides when there are none) and the
// field carries aria-invalid while it is wrong. Returns true when the field is fine.
export function showFieldProblems(input: HTMLElement, slot: HTMLElement, problems: readonly string[]): boolean {
  slot.textContent = problems.join(' ');
  slot.hidden = problems.length === 0;
  if (problems.length > 0) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return problems.length === 0;
}
