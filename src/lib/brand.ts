/**
 * The site's mark and its app colours, once: the favicon, the app icons (scripts/make-icons.ts),
 * the web app manifest (src/pages/manifest.webmanifest.ts), the browser's theme-color and the
 * theme script all read them here. The page backgrounds are the `--bg` token of
 * src/styles/tokens.css (CSS cannot import this file; a unit test keeps the two equal).
 */
import type { Theme } from './theme.ts';

export interface AppColours {
  /** The splash-screen and page background. */
  background: string;
  /** The browser's toolbar and the installed app's title bar. */
  theme: string;
}

export const APP_COLOURS: Readonly<Record<Theme, AppColours>> = {
  light: { background: '#fbfaf7', theme: '#0b6670' },
  dark: { background: '#14181b', theme: '#14181b' },
};

/** The background of the mark itself: the teal of the light theme's accent. */
export const MARK_BACKGROUND = '#0b6670';

/** The mark: the nerve as one trunk dividing in two, on a 32-unit square. */
const MARK_PATH = 'M16 5 C 13 10, 19 13, 16 18 C 14.5 21, 11 23, 10 27 M16 18 C 17.5 21, 21 23, 22 27';

function markStroke(): string {
  return `<path d="${MARK_PATH}" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>`;
}

/** The favicon: the mark on a rounded square (public/favicon.svg, written by scripts/make-icons.ts). */
export function faviconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="1" y="1" width="30" height="30" rx="7" fill="${MARK_BACKGROUND}"/>${markStroke()}</svg>`;
}

/**
 * A maskable icon: the background fills the square (the platform cuts its own shape) and the mark
 * sits inside the central circle of 80% diameter that every mask keeps (the manifest's safe zone).
 */
export function maskableIconSvg(): string {
  // The mark spans 22 of 32 units; scaled by 0.65 about 14, its far ends 8 units from the centre,
  // well inside the safe circle's 12.8.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${MARK_BACKGROUND}"/><g transform="translate(5.6 5.6) scale(0.65)">${markStroke()}</g></svg>`;
}

/** The Apple touch icon: a full square (iOS rounds it), the mark a little smaller than the favicon's. */
export function touchIconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${MARK_BACKGROUND}"/><g transform="translate(2.4 2.4) scale(0.85)">${markStroke()}</g></svg>`;
}

export type IconPurpose = 'any' | 'maskable';

export interface AppIcon {
  /** The file in public/, written by scripts/make-icons.ts. */
  file: string;
  size: number;
  purpose: IconPurpose;
  svg: () => string;
}

/** The PNG app icons the manifest lists; the rounded ones have transparent corners. */
export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any', svg: faviconSvg },
  { file: 'icon-512.png', size: 512, purpose: 'any', svg: faviconSvg },
  { file: 'icon-maskable-192.png', size: 192, purpose: 'maskable', svg: maskableIconSvg },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable', svg: maskableIconSvg },
];

/** The icon iOS shows on the home screen (linked from every page's head). */
export const TOUCH_ICON: AppIcon = { file: 'apple-touch-icon.png', size: 180, purpose: 'any', svg: touchIconSvg };
