import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

// The variants viewer. The 3D view renders through SwiftShader in headless Chromium; every wait is
// on an attribute the scene sets after drawing a frame (data-scene-ready, data-scene-type), never a timer.
const TYPES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** Opens a page and waits until the viewer's script has taken over (before that, a click would be lost). */
async function gotoHydrated(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-variants-viewer]').first()).toHaveAttribute('data-enhanced', 'true');
}

async function open3D(page: Page, query = '') {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await gotoHydrated(page, `/variants/${query}`);
  await page.getByRole('button', { name: 'Load the 3D view' }).click();
  const stage = page.locator('.v3d-stage');
  await expect(stage).toHaveAttribute('data-scene-ready', 'true', { timeout: 20_000 });
  return stage;
}

/** A 48×36 grey-level thumbnail of the canvas, read from a screenshot (so it sees what a person sees). */
async function thumbnail(page: Page): Promise<number[]> {
  const png = await page.locator('.v3d-stage canvas').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 48;
    c.height = 36;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0, 48, 36);
    const { data } = g.getImageData(0, 0, 48, 36);
    const out: number[] = [];
    for (let i = 0; i < data.length; i += 4) out.push(0.3 * data[i]! + 0.59 * data[i + 1]! + 0.11 * data[i + 2]!);
    return out;
  }, png.toString('base64'));
}

const spread = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
};
const difference = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]!), 0) / a.length;

/** Makes the page's browser report no WebGL at all, as an old or locked-down browser would. */
async function disableWebGL(page: Page) {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (kind === 'webgl' || kind === 'webgl2' || kind === 'experimental-webgl') return null;
      return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof original;
  });
}

async function chooseType(page: Page, type: string) {
  await page.getByRole('radio', { name: new RegExp(`^Type ${type}\\b`) }).check();
  await expect(page.locator('.v3d-stage')).toHaveAttribute('data-scene-type', type);
}

test('the page teaches without the 3D view: switcher, diagram, description and sources', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/variants/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore the piriformis variants');
  await expect(page.getByRole('img', { name: /Diagram of type A/ })).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(0); // nothing 3D until asked
  await expect(page.getByRole('table')).toContainText('Type D');
  await expect(page.getByLabel('Scope of practice')).toBeVisible();
  expect(problems).toEqual([]);
});

test('the 3D view renders every type, each one different from type A', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchPage(page);
  await open3D(page);
  await expect(page.locator('.v3d-stage')).toHaveAttribute('data-scene-type', 'A');
  const a = await thumbnail(page);
  expect(spread(a), 'type A is not a blank canvas').toBeGreaterThan(12);
  for (const type of TYPES.slice(1)) {
    await chooseType(page, type);
    const other = await thumbnail(page);
    expect(spread(other), `type ${type} is not blank`).toBeGreaterThan(12);
    expect(difference(other, a), `type ${type} differs from type A`).toBeGreaterThan(0.4);
  }
  expect(problems).toEqual([]);
});

test('switching type updates the description, the prevalence and the address', async ({ page }) => {
  await gotoHydrated(page, '/variants/');
  const summary = page.locator('.v3d-summary:visible');
  await expect(summary).toContainText('both of its divisions pass below');
  await page.getByRole('radio', { name: /^Type B\b/ }).check();
  await expect(summary).toContainText('the common fibular division passes through the piriformis');
  await expect(summary).toContainText('9.8%');
  await expect(summary.getByRole('link', { name: 'Tomaszewski 2016' })).toHaveAttribute('href', '/references/#ref-tomaszewski-2016');
  await expect(page.getByRole('img', { name: /Diagram of type B/ })).toBeVisible();
  await expect(page).toHaveURL(/\?type=B&cam=closeup$/);
  // Arrow keys move through the radio group like any other.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /^Type C\b/ })).toBeChecked();
  await expect(summary).toContainText('passes above the piriformis');
});

test('selecting a structure in the list highlights it in the view and shows its panel', async ({ page }) => {
  const stage = await open3D(page);
  const before = await thumbnail(page);
  await page.getByRole('button', { name: 'Piriformis', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Piriformis', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const info = page.locator('.v3d-info');
  await expect(info).toContainText('From the front of the sacrum');
  await expect(info.getByRole('link', { name: 'Against the piriformis' })).toHaveAttribute('href', '/lessons/entrapment-sites/#against-the-piriformis');
  await expect(page).toHaveURL(/sel=piriformis/);
  await expect(stage).toHaveAttribute('data-scene-moving', 'false');
  expect(difference(await thumbnail(page), before), 'the highlight shows in the picture').toBeGreaterThan(0.2);
  // A numbered site opens its explanation too.
  await page.locator('summary', { hasText: 'Entrapment sites' }).click();
  await page.getByRole('button', { name: /Site 4/ }).click();
  await expect(info).toContainText('sacrospinous ligament');
});

test('clicking a structure in the 3D view selects it in the list', async ({ page }) => {
  await open3D(page);
  // The middle of the piriformis in the default posterior view, found from the diagram's geometry.
  const box = (await page.locator('.v3d-stage canvas').boundingBox())!;
  let picked = false;
  for (const [fx, fy] of [[0.56, 0.43], [0.6, 0.44], [0.52, 0.42], [0.58, 0.4]] as const) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    if ((await page.locator('.v3d-info').getAttribute('data-selected')) !== null) {
      picked = true;
      break;
    }
  }
  expect(picked, 'a click on the scene selects something').toBe(true);
  const selected = await page.locator('.v3d-info').getAttribute('data-selected');
  await expect(page.locator(`.v3d-pick[aria-pressed="true"]`)).toHaveCount(1);
  expect(selected).toBeTruthy();
});

test('the share link restores type, layers, camera and selection', async ({ page }) => {
  const stage = await open3D(page, '?type=E&layers=gmax:shown,bones:ghost&cam=lateral&sel=sacrospinous');
  await expect(page.getByRole('radio', { name: /^Type E\b/ })).toBeChecked();
  await expect(stage).toHaveAttribute('data-scene-type', 'E');
  await expect(page.locator('.v3d-info')).toContainText('Sacrospinous ligament');
  await page.locator('summary', { hasText: 'Layers' }).click();
  await expect(page.getByLabel('Gluteus maximus', { exact: true })).toHaveValue('shown');
  await expect(page.getByLabel('Bones', { exact: true })).toHaveValue('ghost');
  const link = page.getByRole('link', { name: 'Link to this view' });
  await expect(link).toHaveAttribute('href', '/variants/?type=E&layers=bones:ghost,gmax:shown&cam=lateral&sel=sacrospinous');
  // The lateral view looks different from the posterior view of the same state.
  const lateral = await thumbnail(page);
  await page.getByRole('button', { name: 'Whole region', exact: true }).click();
  await expect(page).toHaveURL(/cam=posterior/);
  await expect(stage).toHaveAttribute('data-scene-moving', 'false');
  expect(difference(await thumbnail(page), lateral)).toBeGreaterThan(1);
});

test('a bad link shows a short message and falls back to the defaults', async ({ page }) => {
  const problems = watchPage(page);
  await page.goto('/variants/?type=<img src=x onerror=alert(1)>&cam=sideways&layers=bones:gone');
  const message = page.locator('.v3d-problems');
  await expect(message).toContainText('the types are A, B, C, D, E, F');
  await expect(message).toContainText('starts from the posterior view');
  await expect(message).toContainText('use shown, ghost or hidden');
  await expect(page.locator('.v3d-problems img')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /^Type A\b/ })).toBeChecked();
  expect(problems).toEqual([]);
});

test('keyboard: the view takes focus, arrows turn it and + zooms it', async ({ page }) => {
  const stage = await open3D(page);
  const before = await thumbnail(page);
  // Pressing Load and waiting lands in the view.
  await expect(stage).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/cam=-?\d/);
  expect(difference(await thumbnail(page), before)).toBeGreaterThan(1);
  await expect(page.getByText(/arrow keys turn/)).toBeVisible();
});

test('without WebGL the diagram of the chosen type stays, with its description', async ({ page }) => {
  await disableWebGL(page);
  const problems = watchPage(page);
  await gotoHydrated(page, '/variants/?type=D');
  // WebGL is tested only when the 3D view is asked for (the test costs a software renderer time).
  await page.getByRole('button', { name: 'Load the 3D view' }).click();
  const note = page.getByRole('note').filter({ hasText: 'This browser has no WebGL' });
  await expect(note).toBeVisible();
  await expect(note, 'focus moves from the vanished button to the note').toBeFocused();
  const diagram = page.getByRole('img', { name: /Diagram of type D/ });
  await expect(diagram).toBeVisible();
  await expect(diagram.locator('desc')).toContainText('The whole nerve, still undivided, passes through the piriformis');
  await expect(page.getByRole('button', { name: 'Load the 3D view' })).toHaveCount(0);
  await page.getByRole('radio', { name: /^Type F\b/ }).check();
  await expect(page.getByRole('img', { name: /Diagram of type F/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the lesson embed loads the 3D view when it scrolls into view, and passes axe', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/lessons/entrapment-sites/');
  const viewer = page.locator('[data-interactive="variants-3d"]').first();
  await expect(page.locator('.v3d-stage canvas')).toHaveCount(0);
  await viewer.scrollIntoViewIfNeeded();
  await expect(viewer.locator('.v3d-stage')).toHaveAttribute('data-scene-ready', 'true', { timeout: 20_000 });
  await expectNoAxeViolations(page);
});

test('the page with the 3D view open passes axe in both themes', async ({ page }) => {
  test.setTimeout(90_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await open3D(page, '?sel=piriformis');
    await page.locator('summary', { hasText: 'Layers' }).click();
    await expectNoAxeViolations(page);
  }
});

test('a change of type brings the camera to the close-up of the piriformis', async ({ page }) => {
  const stage = await open3D(page);
  await expect(stage).toHaveAttribute('data-scene-view', 'posterior');
  const region = await thumbnail(page);
  await page.getByRole('radio', { name: /^Type D\b/ }).check();
  // With reduced motion the camera jumps: the first settled frame of type D is already the close-up.
  await expect(stage).toHaveAttribute('data-scene-type', 'D');
  await expect(stage).toHaveAttribute('data-scene-view', 'closeup');
  await expect(stage).toHaveAttribute('data-scene-moving', 'false');
  await expect(page).toHaveURL(/cam=closeup/);
  expect(difference(await thumbnail(page), region), 'the close-up looks unlike the whole region').toBeGreaterThan(8);
  // The whole-region preset goes back out.
  await page.getByRole('button', { name: 'Whole region', exact: true }).click();
  await expect(stage).toHaveAttribute('data-scene-view', 'posterior');
});

test('the undivided types show one nerve trunk at the muscle, the divided types two divisions', async ({ page }) => {
  test.setTimeout(90_000);
  const stage = await open3D(page, '?type=A');
  for (const type of TYPES) {
    await chooseType(page, type);
    const divided = ['B', 'C', 'E'].includes(type);
    // Counted on the scene graph: the separate nerve meshes that span the piriformis's level.
    await expect(stage, `type ${type}`).toHaveAttribute('data-scene-cords', divided ? '2' : '1');
  }
});

test('3D labels name what the structure list lists, and switch off and on', async ({ page }) => {
  await open3D(page, '?type=B&cam=closeup');
  const layer = page.locator('.v3d-labels');
  await expect(layer).toHaveAttribute('data-labels-placed', /^[1-9]\d*$/);
  // Labels whose structure is hidden behind another are left out once the view rests.
  await expect(layer).toHaveAttribute('data-labels-checked', 'true');
  const shown = page.locator('.v3d-label:visible');
  const texts = await shown.allTextContents();
  expect(texts.length).toBeGreaterThan(4);
  const listed = await page.locator('.v3d-list--structures .v3d-pick').allTextContents();
  for (const text of texts) expect(listed, `label "${text}" is in the structure list`).toContain(text);
  expect(texts).toContain('Piriformis');
  expect(texts).toContain('Common fibular division');
  // Every visible label has a leader line drawn to its structure.
  await expect(page.locator('.v3d-labels__lines line[visibility="visible"]')).toHaveCount(texts.length);
  const toggle = page.getByRole('button', { name: 'Labels', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(shown).toHaveCount(0);
  await toggle.click();
  await expect(page.locator('.v3d-label:visible')).toHaveCount(texts.length);
});

test('the labels stay few and inside the view on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const stage = await open3D(page, '?type=E&cam=closeup');
  await expect(page.locator('.v3d-labels')).toHaveAttribute('data-labels-placed', /^[1-9]$/);
  await expect(page.locator('.v3d-labels')).toHaveAttribute('data-labels-checked', 'true');
  const box = (await stage.boundingBox())!;
  for (const label of await page.locator('.v3d-label:visible').all()) {
    const b = (await label.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(b.height, 'legible text').toBeGreaterThanOrEqual(14);
  }
});

test('the six-up figure shows all six types without WebGL, on the page and in the lesson', async ({ page }) => {
  await disableWebGL(page);
  for (const path of ['/variants/', '/lessons/piriformis-syndrome/']) {
    await page.goto(path);
    const figure = page.locator('[data-figure="variants-six-up"]');
    await expect(figure).toBeVisible();
    for (const type of TYPES) await expect(figure.getByRole('img', { name: `Type ${type}, close up on the piriformis, seen from behind` })).toBeVisible();
    // Drawn from the route data: the undivided types have one trunk, the divided types none.
    await expect(figure.locator('[data-type="A"] [data-nerve="trunk"]')).toHaveCount(1);
    await expect(figure.locator('[data-type="E"] [data-nerve="trunk"]')).toHaveCount(0);
    await expect(figure.locator('canvas')).toHaveCount(0);
  }
});

test.describe(() => {
  // The offline copy (service worker) would answer the request the test blocks.
  test.use({ serviceWorkers: 'block' });
  test('when the 3D code cannot be downloaded the reader is told why and can try again', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let block = true;
  await page.route(/\/_astro\/Scene3D\.[^/]+\.js$/, (route) => (block ? route.abort('failed') : route.continue()));
  await gotoHydrated(page, '/variants/');
  await page.getByRole('button', { name: 'Load the 3D view' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be downloaded');
  // Focus followed the pressed button to what replaced it: the retry button.
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeFocused();
  await expect(page.getByRole('img', { name: /Diagram of type A/ })).toBeVisible();
  await expect(page.getByText('Loading the 3D view')).toBeHidden();
  block = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.v3d-stage')).toHaveAttribute('data-scene-ready', 'true', { timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('in a lesson the type switcher is one row and the structure list starts closed', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/lessons/entrapment-sites/');
  const viewer = page.locator('[data-interactive="variants-3d"]').first();
  const radios = viewer.locator('.v3d-type');
  await expect(radios).toHaveCount(6);
  const tops = await radios.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'all six on one row').toBe(1);
  await expect(viewer.locator('details.v3d-panel', { hasText: 'Structures' })).not.toHaveAttribute('open', '');
});
