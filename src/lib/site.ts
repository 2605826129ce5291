/** Site-wide names and navigation, in one place so the header, footer and tests agree. */
export const SITE_NAME = 'Sciatic Atlas';
export const SITE_TAGLINE = 'The sciatic nerve and sciatic-type pain, for hands-on therapists';
export const SITE_DESCRIPTION =
  'An open, interactive course on the sciatic nerve and sciatic-type pain for massage and manual therapy students, instructors and practising therapists: anatomy, entrapment sites, causes, red flags and referral.';

export const EDUCATIONAL_NOTE =
  'Educational material, not medical advice; follow your local scope of practice.';

export interface NavItem { href: string; label: string }

export const MAIN_NAV: readonly NavItem[] = [
  { href: '/lessons/', label: 'Lessons' },
  { href: '/red-flags/', label: 'Red flags' },
  { href: '/dermatomes/', label: 'Dermatomes' },
  { href: '/variants/', label: '3D variants' },
  { href: '/cases/', label: 'Case quizzes' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/review/', label: 'Review' },
  { href: '/about/', label: 'About' },
];

/** True when `current` is the page `href` points to or a page below it (for aria-current). */
export function isCurrentSection(href: string, current: string): boolean {
  return href === '/' ? current === '/' : current === href || current.startsWith(href);
}
