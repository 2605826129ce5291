// The picked cases, in the order students will meet them. With a fixed order each row has move up,
// move down and remove buttons; with a seed the list shows the seeded order and only remove.
// After a move or removal, focus stays on a sensible button so a keyboard user keeps their place.

export interface PickedRow {
  id: string;
  title: string;
}

export interface PickedListActions {
  move(id: string, delta: -1 | 1): void;
  remove(id: string): void;
}

function button(label: string, text: string, action: string, id: string, disabled: boolean): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.dataset.action = action;
  b.dataset.id = id;
  b.disabled = disabled;
  return b;
}

export function renderPickedList(list: HTMLOListElement, rows: readonly PickedRow[], movable: boolean): void {
  list.replaceChildren(
    ...rows.map((row, i) => {
      const item = document.createElement('li');
      item.dataset.pickedCase = row.id;
      const line = document.createElement('div');
      line.className = 'picked__row';
      const name = document.createElement('span');
      name.textContent = row.title;
      const buttons = document.createElement('span');
      buttons.className = 'picked__buttons';
      if (movable) {
        buttons.append(
          button(`Move “${row.title}” up`, '↑', 'up', row.id, i === 0),
          button(`Move “${row.title}” down`, '↓', 'down', row.id, i === rows.length - 1),
        );
      }
      buttons.append(button(`Remove “${row.title}”`, '✕', 'remove', row.id, false));
      line.append(name, buttons);
      item.append(line);
      return item;
    }),
  );
}

/** Wire the list's buttons once; the list may be re-rendered any number of times. */
export function handlePickedList(list: HTMLOListElement, actions: PickedListActions, afterRemove: () => HTMLElement): void {
  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!target || target.disabled) return;
    const id = target.dataset.id!;
    const action = target.dataset.action!;
    if (action === 'remove') {
      const items = [...list.querySelectorAll<HTMLElement>('[data-picked-case]')];
      const index = items.findIndex((item) => item.dataset.pickedCase === id);
      actions.remove(id);
      const next = list.querySelectorAll<HTMLElement>('[data-picked-case]')[Math.min(index, items.length - 2)];
      (next?.querySelector<HTMLElement>('[data-action="remove"]') ?? afterRemove()).focus();
      return;
    }
    actions.move(id, action === 'up' ? -1 : 1);
    const row = list.querySelector<HTMLElement>(`[data-picked-case="${CSS.escape(id)}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-action="${action === 'up' ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  });
}
