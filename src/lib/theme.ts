/** The reader's theme choice, kept in localStorage under THEME_KEY; anything else there is ignored. */
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'sciatic-atlas:theme';

export function readThemeChoice(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

export function storeThemeChoice(theme: Theme): void {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage can be full or blocked (private mode); the choice then lasts for this page only.
  }
}
