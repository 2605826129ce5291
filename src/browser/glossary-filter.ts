// The glossary's filter box: as the reader types, only entries whose term, other names or
// definition contain the words stay shown, and letters with nothing left are marked as empty.
// Without JavaScript the box stays hidden and the whole glossary is there.
export function startGlossaryFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-glossary-filter]');
  const input = box?.querySelector<HTMLInputElement>('input');
  const status = document.querySelector<HTMLElement>('[data-glossary-filter-status]');
  const empty = document.querySelector<HTMLElement>('[data-glossary-empty]');
  if (!box || !input || !status || !empty) return;
  const entries = [...document.querySelectorAll<HTMLElement>('[data-glossary-entry]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-letter-section]')];
  box.hidden = false;

  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const entry of entries) {
      const text = entry.dataset.filterText ?? '';
      const match = words.every((word) => text.includes(word));
      entry.hidden = !match;
      if (match) shown += 1;
    }
    for (const section of sections) {
      const any = section.querySelector('[data-glossary-entry]:not([hidden])') !== null;
      section.hidden = !any;
      document.querySelector(`[data-letter-link="${section.dataset.letterSection}"]`)?.toggleAttribute('data-empty', !any);
    }
    empty.hidden = shown > 0;
    status.textContent = words.length === 0 ? '' : `${shown} of ${entries.length} terms match.`;
  };
  input.addEventListener('input', apply);
  apply();
}
