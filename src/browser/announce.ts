// Writes a message into a polite live region so screen readers read it once. The region is emptied
// first and filled on the next frame, so the same message twice in a row is still announced.
export function announce(region: HTMLElement | null | undefined, message: string): void {
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
