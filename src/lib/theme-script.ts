import { APP_COLOURS } from './brand.ts';
import { THEME_KEY } from './theme.ts';

/**
 * The one inline script of the site: it applies a stored theme choice before the first paint, so a
 * dark-theme reader never sees a white flash. It must run before the stylesheet paints, so it cannot
 * be a bundled module. Head.astro writes this exact text and astro.config.mjs hashes it into the
 * Content-Security-Policy: edit it here only, and both follow. It also sets the browser's
 * theme-color to the chosen theme's (Head.astro writes the theme-color tags before it).
 */
const THEME_COLOURS = { light: APP_COLOURS.light.theme, dark: APP_COLOURS.dark.theme };
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark"){document.documentElement.dataset.theme=t;var c=${JSON.stringify(THEME_COLOURS)}[t];document.querySelectorAll('meta[name="theme-color"]').forEach(function(m){m.content=c})}}catch(e){}`;
