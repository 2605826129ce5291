import { chromium } from '@playwright/test';
const base = 'http://localhost:4335';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const tag = process.argv[2] ?? 'a';
for (const scheme of ['light', 'dark']) {
  for (const [w, h] of [[375, 812], [1280, 800]]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, hasTouch: w < 500 });
    const page = await ctx.newPage();
    await page.goto(base + '/red-flags/');
    await page.waitForSelector('[data-checker][data-hydrated]');
    await page.screenshot({ path: `/tmp/islands-shots/checker-${tag}-first-${w}-${scheme}.png` });
    await page.locator('[data-group="emergency"] input[type=checkbox]').first().check();
    await page.screenshot({ path: `/tmp/islands-shots/checker-${tag}-ticked-${w}-${scheme}.png` });
    const refer = page.locator('[data-group="refer"] input[type=checkbox]');
    await refer.nth(2).check();
    await page.screenshot({ path: `/tmp/islands-shots/checker-${tag}-scrolled-${w}-${scheme}.png` });
    if (w > 1000) await page.screenshot({ path: `/tmp/islands-shots/checker-${tag}-full-${w}-${scheme}.png`, fullPage: true });
    await ctx.close();
  }
}
await browser.close();
