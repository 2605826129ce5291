import { THEME_KEY } from './theme.ts';

/**
 * The one inline script of the site: it applies a stored theme choice before the first paint, so a
 * dark-theme reader never sees a white flash. It must run before the stylesheet paints, so it cannot
 * be a bundled module. Head.astro writes this exact text and astro.config.mjs hashes it into the
 * Content-Security-Policy: edit it here only, and both follow.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
