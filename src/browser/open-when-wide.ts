// A <details> that is a folded disclosure on phones but should stand open where there is room
// (the course list, "On this page"). The CSS shows its content on wide screens anyway where the
// browser can style ::details-content; this keeps the open state true to what is shown.
export function openWhenWide(details: HTMLDetailsElement, query: string): void {
  const wide = window.matchMedia(query);
  const apply = () => {
    if (wide.matches) details.open = true;
  };
  apply();
  wide.addEventListener('change', apply);
}
