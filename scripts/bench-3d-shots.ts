/**
 * Screenshots of the variants viewer for looking at (not a test): every type close up, the whole
 * region, the lateral and superior views, light and dark, 1280 and 375 px wide. Needs a server on E2E_PORT (astro preview).
 * Usage: node scripts/bench-3d-shots.ts OUTDIR [types] [modes]
 */
import { chromium } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4331);
const out = process.argv[2] ?? '/tmp/3dshots';
const types = (process.argv[3] ?? 'ABCDEF').split('');
const modes = (process.argv[4] ?? 'light-1280,dark-1280,light-375,dark-375').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const mode of modes) {
  const [scheme, width] = mode.split('-') as ['light' | 'dark', string];
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`http://localhost:${port}/variants/?type=${types[0]}&cam=posterior`);
  await page.locator('[data-variants-viewer][data-enhanced="true"]').first().waitFor();
  const stage = page.locator('.v3d-stage').first();
  await stage.screenshot({ path: `${out}/${mode}-diagram.png` });
  await page.getByRole('button', { name: 'Load the 3D view' }).click();
  await page.locator('.v3d-stage[data-scene-ready="true"]').waitFor({ timeout: 30_000 });
  await page.locator('.v3d-stage[data-scene-moving="false"]').waitFor();
  await page.locator('.v3d-labels[data-labels-checked="true"]').waitFor();
  await stage.screenshot({ path: `${out}/${mode}-region.png` });
  await page.getByRole('button', { name: 'Close-up', exact: true }).click();
  for (const t of types) {
    await page.getByRole('radio', { name: new RegExp(`^Type ${t}\\b`) }).check();
    await page.locator(`.v3d-stage[data-scene-type="${t}"][data-scene-view="closeup"][data-scene-moving="false"]`).waitFor();
    await page.locator('.v3d-labels[data-labels-checked="true"]').waitFor();
    await stage.screenshot({ path: `${out}/${mode}-${t}.png` });
  }
  for (const [view, name] of [['lateral', 'Lateral'], ['superior', 'Superior']] as const) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.locator(`.v3d-stage[data-scene-view="${view}"][data-scene-moving="false"]`).waitFor();
    await page.locator('.v3d-labels[data-labels-checked="true"]').waitFor();
    await stage.screenshot({ path: `${out}/${mode}-${view}.png` });
  }
  await page.close();
}
await browser.close();
