// The header's menu button on narrow screens: a disclosure for the site links and search. The CSS
// hides the links only when scripting is on, so without JavaScript they simply stay in view.
export function startMenu(): void {
  const header = document.querySelector<HTMLElement>('[data-site-header]');
  const button = header?.querySelector<HTMLButtonElement>('[data-menu-button]');
  const menu = header?.querySelector<HTMLElement>('[data-menu]');
  if (!header || !button || !menu) return;

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
  };

  button.addEventListener('click', () => {
    const open = !isOpen();
    setOpen(open);
    // Opening moves nothing: the links follow the button in the tab order, so the next Tab reaches them.
    if (!open && menu.contains(document.activeElement)) button.focus();
  });
  header.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    setOpen(false);
    button.focus();
  });
  // A tap or click anywhere else closes the menu, as a reader expects of a dropdown.
  document.addEventListener('pointerdown', (event) => {
    if (isOpen() && !header.contains(event.target as Node)) setOpen(false);
  });
}
