import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, watchPage } from './helpers.ts';
import { FIND_IT_QUESTIONS, MAP_REGIONS, ROOT_IDS, rootLabel, type RootId, type ViewId } from '../../src/data/dermatomes/index.ts';

const PAGE = '/dermatomes/';

/** Opens a page with a map and waits until its script has brought it to life (data-ready). */
async function openMap(page: Page, path = PAGE): Promise<Locator> {
  await page.goto(path);
  const map = page.locator('.derm').first();
  await map.scrollIntoViewIfNeeded();
  await expect(map).toHaveAttribute('data-ready', 'true');
  return map;
}

/** The panel that shows a root's facts. */
const panel = (page: Page, root: RootId | 'none') => page.locator(`[data-panel="${root}"]`);

/** A point on screen, from drawing units in a view. */
async function screenPoint(page: Page, view: ViewId, [x, y]: readonly [number, number]) {
  const box = (await page.locator(`svg.derm-view[data-view="${view}"]`).boundingBox())!;
  const height = view === 'anterior' ? 925 : 1085;
  return { x: box.x + (x * box.width) / 400, y: box.y + (y * box.height) / height };
}

/** Answers a find-it question with a root: by answer button, or by keyboard on one of its zones. */
async function answerWith(page: Page, root: RootId) {
  const button = page.locator(`[data-answer-button="${root}"]:visible`);
  if (await button.count()) return button.click();
  await page.locator(`.derm-hit[data-root="${root}"]`).first().focus();
  await page.keyboard.press('Enter');
}

const currentQuestion = async (page: Page) => {
  const prompt = (await page.locator('[data-prompt]').textContent())!.trim();
  const question = FIND_IT_QUESTIONS.find((q) => q.prompt === prompt);
  expect(question, prompt).toBeDefined();
  return question!;
};

test.describe('explore', () => {
  for (const view of ['anterior', 'posterior'] as const) {
    test(`every ${view} zone is reachable by keyboard and selects its own panel`, async ({ page }) => {
      test.slow(); // up to 40 key presses, each checked against the panel it selects
      const problems = watchPage(page);
      await openMap(page);
      const figure = page.locator(`svg.derm-view[data-view="${view}"]`);
      // Tab from the view switch lands on the front view's zones, then on the back view's.
      await page.getByRole('radio', { name: 'Both' }).focus();
      await page.keyboard.press('Tab');
      if (view === 'posterior') await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? null);
      expect(await focused()).toMatch(new RegExp(`^${view}-`));

      const visited = new Set<string>();
      for (const across of ['Home', 'ArrowRight']) {
        await page.keyboard.press(across);
        if (across === 'ArrowRight') await page.keyboard.press('Home');
        for (let step = 0; step < 20; step++) {
          const region = (await focused())!;
          visited.add(region);
          const { root, side } = MAP_REGIONS.find((r) => r.id === region)!;
          await page.keyboard.press(step % 2 ? 'Space' : 'Enter');
          await expect(panel(page, root)).toBeVisible();
          await expect(panel(page, root).getByRole('heading')).toHaveText(`${rootLabel(root)} dermatome`);
          await expect(page.locator('.derm-panel__side')).toHaveText(`Selected: ${rootLabel(root)}, ${side} side`);
          await expect(figure.locator(`.derm-hit[data-region="${region}"]`)).toHaveAttribute('aria-pressed', 'true');
          await expect(page.locator('[data-announcer]')).toContainText(`${rootLabel(root)} dermatome selected, ${side} side.`);
          await page.keyboard.press('ArrowDown');
          if ((await focused()) === region) break;
        }
      }
      const expected = MAP_REGIONS.filter((r) => r.view === view).map((r) => r.id).sort();
      expect([...visited].sort()).toEqual(expected);
      expect(problems).toEqual([]);
    });
  }

  test('zones have names, a pointer selects, and Escape clears', async ({ page }) => {
    await openMap(page);
    const front = page.getByRole('group', { name: 'Front view' });
    const back = page.getByRole('group', { name: 'Back view' });
    await expect(front.getByRole('button', { name: 'L5 dermatome, left leg' })).toHaveCount(1);
    await expect(back.getByRole('button', { name: 'L5 dermatome, left leg' })).toHaveCount(1);
    await expect(back.getByRole('button', { name: 'S4–5 dermatome, right side of the anus' })).toHaveCount(1);
    await expect(page.locator('.derm-hit[data-root]')).toHaveCount(MAP_REGIONS.length);
    for (const root of ROOT_IDS) await expect(page.locator(`.derm-hit[data-root="${root}"]`).first()).toBeAttached();

    // The L4 key point sits inside the L4 zone: clicking there selects L4.
    const point = (await page.locator('.derm-kp[data-root="L4"]').first().boundingBox())!;
    await page.mouse.click(point.x + point.width / 2, point.y + point.height / 2);
    await expect(panel(page, 'L4')).toBeVisible();
    await expect(panel(page, 'L4')).toContainText('medial malleolus');
    await expect(panel(page, 'L4')).toContainText('Ankle dorsiflexors');
    await expect(panel(page, 'L4')).toContainText('L3/4');
    await expect(page).toHaveURL(/#L4$/);
    await page.keyboard.press('Escape');
    await expect(panel(page, 'none')).toBeVisible();
    await expect(page).toHaveURL(/\/dermatomes\/$/);
  });

  test('the root buttons select, and the address carries the root for sharing', async ({ page }) => {
    await openMap(page, `${PAGE}#S1`);
    await expect(panel(page, 'S1')).toBeVisible();
    await expect(panel(page, 'S1')).toContainText('Achilles');
    await page.locator('[data-root-button="S4-5"]').click();
    await expect(panel(page, 'S4-5')).toBeVisible();
    await expect(panel(page, 'S4-5').locator('.box--caution')).toContainText('cauda equina');
    await expect(page).toHaveURL(/#S4-5$/);
  });

  test('a hash that is not a root is ignored without an error', async ({ page }) => {
    const problems = watchPage(page);
    for (const hash of ['#%3Cimg%20src%3Dx%3E', '#l5', '#table']) {
      await openMap(page, `${PAGE}${hash}`);
      await expect(panel(page, 'none')).toBeVisible();
    }
    expect(problems).toEqual([]);
  });
});

test.describe('find it', () => {
  test('scores a right and a wrong answer, hiding the labels until answered', async ({ page }) => {
    await openMap(page);
    await page.getByRole('radio', { name: 'Find it' }).check();
    await expect(page.locator('.derm-labels').first()).toBeHidden();
    await expect(page.locator('.derm-hit').first()).toHaveAttribute('aria-label', /^Zone: /);

    const first = await currentQuestion(page);
    await answerWith(page, first.answer);
    await expect(page.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'right');
    await expect(page.locator('[data-score]')).toHaveText('Score: 1 of 1');
    await expect(page.locator('.derm-labels').first()).toBeVisible();
    // A second answer to the same question does not count.
    await page.locator(`.derm-hit[data-root="${first.answer === 'L1' ? 'L2' : 'L1'}"]`).first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-score]')).toHaveText('Score: 1 of 1');

    await page.getByRole('button', { name: 'Next question' }).click();
    const second = await currentQuestion(page);
    expect(second.id).not.toBe(first.id);
    await expect(page.locator('[data-announcer]')).toHaveText(`Question 2: ${second.prompt}`);
    const wrong = ROOT_IDS.find((r) => r !== second.answer)!;
    await answerWith(page, wrong);
    await expect(page.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'wrong');
    await expect(page.locator('[data-feedback]')).toContainText(`you chose ${rootLabel(wrong)}; the answer is ${rootLabel(second.answer)}`);
    await expect(page.locator('[data-score]')).toHaveText('Score: 1 of 2');
    await expect(page.locator(`.derm-hit.is-selected[data-root="${second.answer}"]`).first()).toBeAttached();

    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page.locator('[data-score]')).toHaveText('Score: 0 of 0');
  });
});

test.describe('compare', () => {
  test('overlays gluteus minimus referral on L5 and S1, layer by layer', async ({ page }) => {
    await openMap(page);
    await page.getByRole('radio', { name: 'Compare' }).check();
    const anterior = page.locator('[data-referral="anterior"]').first();
    const posterior = page.locator('[data-referral="posterior"]').first();
    await expect(anterior).toBeVisible();
    await expect(posterior).toBeVisible();
    await expect(page.locator('.derm-compare__table')).toContainText('Numbness');
    await expect(page.locator('.derm__side')).toContainText('Travell & Simons 1992');

    await page.getByRole('checkbox', { name: /Anterior fibres/ }).uncheck();
    await expect(anterior).toBeHidden();
    await expect(posterior).toBeVisible();
    await page.getByRole('checkbox', { name: /Posterior fibres/ }).uncheck();
    await expect(posterior).toBeHidden();
    await page.getByRole('checkbox', { name: /Anterior fibres/ }).check();
    await expect(anterior).toBeVisible();

    // Only the L5 and S1 labels show until "Other dermatomes" is ticked.
    await expect(page.locator('.derm-label[data-root="L5"]').first()).toBeVisible();
    await expect(page.locator('.derm-label[data-root="L2"]').first()).toBeHidden();
    await page.getByRole('checkbox', { name: 'Other dermatomes' }).check();
    await expect(page.locator('.derm-label[data-root="L2"]').first()).toBeVisible();
  });
});

test.describe('sketch', () => {
  test('a stroke down the outer shin reads as L5, with the caveat; undo clears it', async ({ page }) => {
    await openMap(page);
    await page.getByRole('radio', { name: 'Sketch symptoms' }).check();
    await expect(page.locator('[data-coverage]')).toContainText('Nothing painted yet');
    const path = [[104, 600], [106, 650], [108, 700], [111, 740], [114, 780]] as const;
    const start = await screenPoint(page, 'anterior', path[0]);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (const p of path.slice(1)) {
      const to = await screenPoint(page, 'anterior', p);
      await page.mouse.move(to.x, to.y, { steps: 4 });
    }
    await page.mouse.up();
    await expect(page.locator('[data-covered]').first()).toHaveAttribute('data-covered', 'L5');
    await expect(page.locator('[data-covered="L5"]')).toContainText('right side');
    await expect(page.locator('[data-announcer]')).toContainText('Pain sketch touches L5');
    await expect(page.locator('.derm__side')).toContainText('A clue, not a diagnosis');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('[data-coverage]')).toContainText('Nothing painted yet');
  });

  test('paints by keyboard too', async ({ page }) => {
    await openMap(page);
    await page.getByRole('radio', { name: 'Sketch symptoms' }).check();
    const surface = page.locator('[data-sketch="anterior"]');
    await expect(surface).toHaveAccessibleDescription(/arrow keys/);
    await surface.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-covered]').first()).toBeVisible();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.locator('[data-announcer]')).toHaveText('Sketch cleared.');
  });
});

/** Paints a stroke through drawing-unit points on one view. */
async function paint(page: Page, view: ViewId, path: readonly (readonly [number, number])[]) {
  const start = await screenPoint(page, view, path[0]!);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (const p of path.slice(1)) {
    const to = await screenPoint(page, view, p);
    await page.mouse.move(to.x, to.y, { steps: 4 });
  }
  await page.mouse.up();
}
const OUTER_SHIN = [[104, 600], [106, 650], [108, 700], [111, 740], [114, 780]] as const;

test.describe('each mode has its own state', () => {
  test('switching modes clears the other mode\'s highlight, answer and facts', async ({ page }) => {
    const map = await openMap(page);
    const highlighted = map.locator('.derm-hit.is-selected, .derm-fill.is-selected');
    await map.locator('[data-root-button="L5"]').click();
    await expect(map).toHaveAttribute('data-selected', 'L5');

    await page.getByRole('radio', { name: 'Find it' }).check();
    await expect(map).not.toHaveAttribute('data-selected');
    await expect(highlighted).toHaveCount(0);
    const question = await currentQuestion(page);
    await answerWith(page, question.answer);
    await expect(map).toHaveAttribute('data-selected', question.answer);
    await expect(map.locator(`.derm-hit.is-selected[data-root="${question.answer}"]`).first()).toBeAttached();

    for (const mode of ['Compare', 'Sketch symptoms'] as const) {
      await page.getByRole('radio', { name: mode }).check();
      await expect(map, mode).not.toHaveAttribute('data-selected');
      await expect(highlighted, mode).toHaveCount(0);
      await expect(map.locator('[data-panel]:visible'), mode).toHaveCount(0);
      await expect(map.locator('[data-feedback]:visible'), mode).toHaveCount(0);
    }
    await paint(page, 'anterior', OUTER_SHIN);
    await expect(map.locator('[data-paint] [data-brush]')).not.toHaveCount(0);

    // Back in explore: its own L5, no paint, no answer.
    await page.getByRole('radio', { name: 'Explore' }).check();
    await expect(map).toHaveAttribute('data-selected', 'L5');
    await expect(panel(page, 'L5')).toBeVisible();
    await expect(map.locator('[data-paint]')).toHaveCount(0);
    await expect(page).toHaveURL(/#L5$/);
    // And find-it kept its own answered question.
    await page.getByRole('radio', { name: 'Find it' }).check();
    await expect(map.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'right');
    await expect(map).toHaveAttribute('data-selected', question.answer);
  });

  test('a find-it question hides the root colours, as its note says, until it is answered', async ({ page }) => {
    const map = await openMap(page);
    const fillOf = (root: RootId) => map.locator(`.derm-fill.derm-root-${root}`).first().evaluate((el) => getComputedStyle(el).fill);
    expect(await fillOf('L5')).not.toBe(await fillOf('S1'));
    await page.getByRole('radio', { name: 'Find it' }).check();
    await expect(map.locator('.derm-legend__hidden-note')).toHaveText('Labels and colours are hidden until you answer.');
    await expect(map.locator('.derm-legend__hidden-note')).toBeVisible();
    const fills = new Set<string>();
    for (const root of ROOT_IDS) fills.add(await fillOf(root));
    expect([...fills]).toHaveLength(1);
    await answerWith(page, (await currentQuestion(page)).answer);
    await expect(map.locator('.derm-legend__hidden-note')).toBeHidden();
    expect(await fillOf('L5')).not.toBe(await fillOf('S1'));
  });
});

test.describe('sketch brushes', () => {
  test('pain, pins and needles and numbness each paint in their own pattern, with a key and shares per brush', async ({ page }) => {
    const map = await openMap(page);
    await page.getByRole('radio', { name: 'Sketch symptoms' }).check();
    for (const name of ['Pain (diagonal hatching)', 'Pins and needles (dots)', 'Numbness (level lines)']) {
      await expect(map.locator('.derm-legend__brush').filter({ hasText: name })).toBeVisible();
    }
    await expect(page.getByRole('radio', { name: /^Pain/ })).toBeChecked();
    await page.getByRole('radio', { name: /^Numbness/ }).check();
    await paint(page, 'anterior', OUTER_SHIN);
    const stroke = map.locator('[data-paint="anterior"] [data-brush="numbness"]');
    await expect(stroke).toHaveCount(1);
    await expect(stroke).toHaveAttribute('stroke', /^url\(#.+-brush-numbness\)$/);
    const numbness = map.locator('[data-coverage-brush="numbness"]');
    await expect(numbness.locator('[data-covered]').first()).toHaveAttribute('data-covered', 'L5');
    await expect(numbness.locator('[data-covered="L5"]')).toContainText('of the numbness painted');
    await expect(map.locator('[data-coverage-brush="pain"]')).toHaveCount(0);
    await expect(map.locator('[data-coverage-what]')).toContainText('share of what you painted with that brush');
    await expect(map.locator('[data-coverage-what]')).toContainText('more than 100%');
    await expect(page.locator('[data-announcer]')).toHaveText('Numbness sketch touches L5.');

    await page.getByRole('radio', { name: /^Pins and needles/ }).check();
    await paint(page, 'anterior', [[300, 600], [296, 650], [292, 700]]);
    await expect(map.locator('[data-paint] [data-brush="pins-and-needles"]')).toHaveCount(1);
    await expect(map.locator('[data-coverage-brush]')).toHaveCount(2);
  });
});

test('root swatches are the colour the map draws each zone', async ({ page }) => {
  const map = await openMap(page);
  // Canvas turns any CSS colour into RGB; the map draws a zone at 55% over the skin.
  const rgb = (css: string) => page.evaluate((colour) => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
  }, css);
  for (const root of ['L2', 'L5', 'S1'] as const) {
    const zone = await rgb(await map.locator(`.derm-fill.derm-root-${root}`).first().evaluate((el) => getComputedStyle(el).fill));
    const opacity = Number(await map.locator(`.derm-fill.derm-root-${root}`).first().evaluate((el) => getComputedStyle(el).fillOpacity));
    const skin = await rgb(await map.locator('.derm-skin').first().evaluate((el) => getComputedStyle(el).fill));
    const drawn = zone.map((c, i) => c * opacity + skin[i]! * (1 - opacity));
    for (const swatch of [map.locator(`[data-root-button="${root}"] .derm-swatch`), map.locator(`.derm-legend__root[data-root="${root}"] .derm-swatch`)]) {
      const shown = await rgb(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor));
      shown.forEach((c, i) => expect(Math.abs(c - drawn[i]!), `${root} swatch channel ${i}`).toBeLessThanOrEqual(4));
    }
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('axe passes in every mode', async ({ page }) => {
      test.setTimeout(60_000); // four full axe runs
      await openMap(page);
      await page.locator('[data-root-button="L5"]').click();
      expect(await axeViolations(page), 'explore').toEqual([]);
      await page.getByRole('radio', { name: 'Find it' }).check();
      expect(await axeViolations(page), 'find it').toEqual([]);
      await page.getByRole('radio', { name: 'Compare' }).check();
      expect(await axeViolations(page), 'compare').toEqual([]);
      await page.getByRole('radio', { name: 'Sketch symptoms' }).check();
      await page.locator('[data-sketch="anterior"]').focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Space');
      expect(await axeViolations(page), 'sketch').toEqual([]);
    });
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`one view at a time, tap to select, no sideways scrolling, axe passes (${colorScheme})`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await openMap(page);
      await expect(page.getByRole('radio', { name: 'Front' })).toBeChecked();
      await expect(page.locator('svg.derm-view[data-view="posterior"]')).toBeHidden();
      await page.getByRole('radio', { name: 'Back' }).check();
      const keyPoint = page.locator('.derm-kp[data-root="S2"]').first();
      await keyPoint.scrollIntoViewIfNeeded();
      const point = (await keyPoint.boundingBox())!;
      await page.touchscreen.tap(point.x + point.width / 2, point.y + point.height / 2);
      await expect(panel(page, 'S2')).toBeVisible();
      await expect(panel(page, 'S2')).toBeInViewport();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '')).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\D|$)/);
      expect(await axeViolations(page)).toEqual([]);
      // Compare mode brings a wide table: it scrolls in its own box, the page does not.
      await page.getByRole('radio', { name: 'Compare' }).check();
      await expect(page.getByRole('radio', { name: 'Back' })).toBeChecked();
      await expect(page.locator('.derm-compare__table')).toBeVisible();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wide).toBeLessThanOrEqual(0);
      const figure = (await page.locator('svg.derm-view[data-view="posterior"]').boundingBox())!;
      expect(figure.x + figure.width).toBeLessThanOrEqual(360);
    });
  }
});

test.describe('phone, find it', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });
  test('asks first: the question is on screen, and a tap on the map brings the feedback into view', async ({ page }) => {
    const map = await openMap(page);
    await map.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.getByRole('radio', { name: 'Find it' }).check();
    await expect(page.locator('[data-prompt]')).toBeInViewport();
    const keyPoint = page.locator('svg.derm-view[data-view="anterior"] .derm-kp[data-root="L4"]').first();
    await keyPoint.scrollIntoViewIfNeeded();
    await expect(page.locator('[data-prompt]')).not.toBeInViewport();
    const point = (await keyPoint.boundingBox())!;
    await page.touchscreen.tap(point.x + point.width / 2, point.y + point.height / 2);
    await expect(page.locator('[data-feedback]')).toBeInViewport();
  });
});

test('reduced motion turns off the zone transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMap(page);
  const duration = await page.locator('.derm-fill').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.05);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page still shows both views, the key and the full table of facts', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('img', { name: /Front view of the lower body/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Back view of the lower body/ })).toBeVisible();
    await expect(page.locator('.derm-legend__root[data-root="L5"]')).toBeVisible();
    // Controls that need a script are not offered; a note says where the facts are instead.
    await expect(page.getByRole('radio', { name: 'Find it' })).toBeHidden();
    await expect(page.locator('[data-root-button="L5"]')).toBeHidden();
    await expect(page.locator('.derm-no-script')).toBeVisible();
    const table = page.getByRole('table', { name: /Lower-limb roots/ });
    await expect(table.locator('tbody tr')).toHaveCount(ROOT_IDS.length);
    await expect(table.locator('[data-table-root="L4"]')).toContainText('medial malleolus');
    await expect(page.locator('.derm-source-note')).toContainText('Maps disagree');
    await expect(page.getByRole('link', { name: 'Lee et al. 2008' })).toHaveAttribute('href', '/references/#ref-lee-2008');
  });
});

test.describe('in the lessons', () => {
  test('the nerve-root lesson embeds the map, which comes alive and selects', async ({ page }) => {
    const map = await openMap(page, '/lessons/nerve-root-problems/');
    await expect(page.locator('[data-interactive="dermatome-map"]')).toHaveCount(1);
    await map.locator('[data-root-button="L5"]').click();
    await expect(map.locator('[data-panel="L5"]')).toBeVisible();
    await expect(map.locator('[data-panel="L5"] h3')).toHaveText('L5 dermatome');
    // A lesson keeps its own address: the map does not write #L5 there.
    await expect(page).toHaveURL(/\/lessons\/nerve-root-problems\/$/);
    await expect(page.locator('[data-interactive="dermatome-map"] details summary')).toHaveText('The same facts as a table');
  });

  test('the mimics lesson embeds the map with the gluteus minimus comparison', async ({ page }) => {
    const map = await openMap(page, '/lessons/other-causes-and-mimics/');
    const compare = map.getByRole('radio', { name: 'Compare' });
    if (!(await compare.isChecked())) await compare.check();
    await expect(map.locator('[data-referral="posterior"]').first()).toBeVisible();
    await expect(map.locator('.derm__side')).toContainText('Gluteus minimus or a nerve root?');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the mimics lesson still shows the comparison: referral over the figures and its text', async ({ page }) => {
      await page.goto('/lessons/other-causes-and-mimics/');
      const map = page.locator('.derm').first();
      await expect(map.locator('[data-referral="posterior"]').first()).toBeVisible();
      await expect(map.locator('.derm-compare__table')).toContainText('Numbness');
      await expect(map.getByRole('checkbox', { name: /Anterior fibres/ })).toBeHidden();
      await expect(map.getByRole('img', { name: /Back view of the lower body/ })).toBeVisible();
    });
  });
});
