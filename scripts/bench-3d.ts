/**
 * `node scripts/bench-3d.ts`: the 3D viewer beside a bare three.js scene (scripts/bench-3d/bare:
 * one lit mesh, WebGLRenderer, OrbitControls), in one run on this machine's software renderer:
 * gzip bytes of each, the time from the load button to the viewer's first frame (and from
 * navigation to the bare scene's), and the mean frame time while orbiting (a small turn per frame,
 * 90 frames). Needs a built site served on E2E_PORT (astro preview); builds the bare scene itself.
 */
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { weighPage } from './dist/page-assets.ts';

const port = Number(process.env.E2E_PORT ?? 4331);
const FRAMES = 90;
const bareOut = '/tmp/bench-3d-bare';

await build({ root: 'scripts/bench-3d/bare', logLevel: 'warn', build: { outDir: bareOut, emptyOutDir: true } });
const bareJs = readdirSync(join(bareOut, 'assets')).filter((f) => f.endsWith('.js'));
// gzip at the default level, as the budget check weighs pages.
const bareBytes = bareJs.reduce((sum, f) => sum + gzipSync(readFileSync(join(bareOut, 'assets', f))).length, 0);
const server = createServer((req, res) => {
  const path = req.url === '/' ? '/index.html' : req.url!;
  try {
    const body = readFileSync(join(bareOut, path));
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0);
const barePort = (server.address() as { port: number }).port;

/** Mean milliseconds between frames while `step` turns the camera once per animation frame. */
async function orbitFrameTime(page: Page, step: string): Promise<number> {
  return page.evaluate(
    ([frames, stepCode]) =>
      new Promise<number>((resolve) => {
        const turn = new Function(stepCode as string) as () => void;
        const times: number[] = [];
        const tick = (t: number) => {
          times.push(t);
          if (times.length > (frames as number)) {
            resolve((times[times.length - 1]! - times[0]!) / (times.length - 1));
            return;
          }
          turn();
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [FRAMES, step] as const,
  );
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const results: Record<string, { bytes: string; firstFrame: number; frame: number }> = {};

{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const start = Date.now();
  await page.goto(`http://localhost:${barePort}/`);
  await page.locator('body[data-scene-ready="true"]').waitFor();
  const firstFrame = Date.now() - start;
  const frame = await orbitFrameTime(page, 'window.orbitStep()');
  results['bare three.js scene'] = { bytes: `${(bareBytes / 1024).toFixed(1)} KB`, firstFrame, frame };
  await page.close();
}
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The page's own JS files as the browser asks for them: before the load button, and after.
  const requested = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/_astro/') && path.endsWith('.js')) requested.add(path);
  });
  const gzipOf = (paths: Iterable<string>) => [...paths].reduce((sum, p) => sum + gzipSync(readFileSync(join('dist', p))).length, 0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`http://localhost:${port}/variants/?type=B&cam=closeup`);
  await page.locator('[data-variants-viewer][data-enhanced="true"]').first().waitFor();
  const atStart = gzipOf(requested);
  const start = Date.now();
  await page.getByRole('button', { name: 'Load the 3D view' }).click();
  await page.locator('.v3d-stage[data-scene-ready="true"]').waitFor({ timeout: 60_000 });
  const firstFrame = Date.now() - start;
  const frame = await orbitFrameTime(
    page,
    "document.querySelector('.v3d-stage').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }))",
  );
  const open = gzipOf(requested);
  // The budget check's figure: every module the page can load.
  const total = weighPage('dist', '/variants/', 'dist/variants/index.html').js.gzip;
  results['3D viewer, /variants/'] = {
    bytes: `${(open / 1024).toFixed(1)} KB JS fetched with the view open (${(atStart / 1024).toFixed(1)} KB at start; ${(total / 1024).toFixed(1)} KB all it can load)`,
    firstFrame,
    frame,
  };
  await page.close();
}
await browser.close();
server.close();

console.log('| scene | bytes (gzip) | first frame | mean frame while orbiting |');
console.log('| --- | --- | ---: | ---: |');
for (const [name, r] of Object.entries(results)) console.log(`| ${name} | ${r.bytes} | ${r.firstFrame} ms | ${r.frame.toFixed(1)} ms |`);
const ratio = results['3D viewer, /variants/']!.frame / results['bare three.js scene']!.frame;
console.log(`\nOrbiting costs ${ratio.toFixed(2)}× the bare scene's frame time (target: at most 3×).`);
