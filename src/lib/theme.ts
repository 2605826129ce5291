/** The reader's theme choice, kept in localStorage under THEME_KEY; anything else there is ignored. */
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'sciatic-atlas:theme';

export function readThemeChoice(value: unknown): Theme | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}
