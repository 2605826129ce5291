import { APP_COLOURS, APP_ICONS } from './brand.ts';
import { SITE_NAME } from './site.ts';

// The web app manifest, built from the brand's colours and icon list so that the icons
// scripts/make-icons.ts writes, the head's theme-color and the manifest cannot disagree.
// `color_scheme_dark` is the Web App Manifest's dark-theme member (w3c/manifest PR 1207);
// browsers without it use the light values.
const icon = (src: string, sizes: string, type = 'image/png') => ({ src, sizes, type });

export const APP_MANIFEST = {
  id: '/',
  name: SITE_NAME,
  short_name: SITE_NAME,
  description:
    'An open course on the sciatic nerve and sciatic-type pain for massage and manual therapy: lessons, dermatome maps, case quizzes, red flags and spaced review. Works offline once opened.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  background_color: APP_COLOURS.light.background,
  theme_color: APP_COLOURS.light.theme,
  color_scheme_dark: { background_color: APP_COLOURS.dark.background, theme_color: APP_COLOURS.dark.theme },
  categories: ['education', 'medical'],
  icons: [
    ...APP_ICONS.map(({ file, size, purpose }) => ({ ...icon(`/${file}`, `${size}x${size}`), purpose })),
    { ...icon('/favicon.svg', 'any', 'image/svg+xml'), purpose: 'any' },
  ],
  shortcuts: [
    { name: 'Review what is due', short_name: 'Review', url: '/review/' },
    { name: 'Red-flag checker', short_name: 'Red flags', url: '/red-flags/' },
    { name: 'Lessons', url: '/lessons/' },
  ].map((shortcut) => ({ ...shortcut, icons: [icon('/icon-192.png', '192x192')] })),
};
