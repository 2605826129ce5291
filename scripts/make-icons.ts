// Writes the site's icons into public/ from the mark in src/lib/brand.ts: favicon.svg, the app icons
// the manifest lists (rounded with transparent corners, and maskable full-bleed) and the Apple touch
// icon, each rendered by Chromium at its exact size; and og-image.png from scripts/assets/og-image.html.
// Run by hand after changing the mark or its colours: `npm run icons`. The files are
// committed (the build copies public/ as it is), and tests/unit/lib/brand.test.ts checks that they
// match the manifest's sizes and that favicon.svg is the mark as brand.ts draws it.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { APP_ICONS, TOUCH_ICON, faviconSvg, type AppIcon } from '../src/lib/brand.ts';
import { launchPath } from './browser/chromium.ts';

const publicDir = new URL('../public/', import.meta.url);

const browser = await chromium.launch({ executablePath: launchPath() });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async ({ file, size, svg }: AppIcon) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg()}`);
    await page.screenshot({ path: new URL(file, publicDir).pathname, omitBackground: true });
    console.log(`public/${file} (${size}x${size})`);
  };
  for (const icon of [...APP_ICONS, TOUCH_ICON]) await render(icon);

  await page.setViewportSize({ width: 1200, height: 630 });
  await page.goto(new URL('assets/og-image.html', import.meta.url).href);
  await page.screenshot({ path: new URL('og-image.png', publicDir).pathname });
  console.log('public/og-image.png (1200x630)');
} finally {
  await browser.close();
}

writeFileSync(new URL('favicon.svg', publicDir), `${faviconSvg()}\n`);
console.log('public/favicon.svg');
