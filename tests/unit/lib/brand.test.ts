import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { APP_MANIFEST } from '../../../src/lib/app-manifest.ts';
import { APP_COLOURS, APP_ICONS, TOUCH_ICON, faviconSvg } from '../../../src/lib/brand.ts';
import { THEME_SCRIPT } from '../../../src/lib/theme-script.ts';

const publicFile = (name: string) => readFileSync(new URL(`../../../public/${name}`, import.meta.url));

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG signature').toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the icons in public/ are the ones brand.ts describes (re-make them with scripts/make-icons.ts)', () => {
  test('favicon.svg is the mark as brand.ts draws it', () => {
    expect(publicFile('favicon.svg').toString('utf8').trim()).toBe(faviconSvg());
  });

  test.each([...APP_ICONS, TOUCH_ICON])('$file is $size px square', ({ file, size }) => {
    expect(pngSize(publicFile(file))).toEqual({ width: size, height: size });
  });
});

describe('one set of app colours', () => {
  test('the page background token is the manifest background in both themes', () => {
    const tokens = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');
    const bg = /--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(tokens);
    expect(bg?.slice(1)).toEqual([APP_COLOURS.light.background, APP_COLOURS.dark.background]);
  });

  test('the manifest carries the light colours and the dark ones under color_scheme_dark', () => {
    expect(APP_MANIFEST).toMatchObject({
      theme_color: APP_COLOURS.light.theme,
      background_color: APP_COLOURS.light.background,
      color_scheme_dark: { theme_color: APP_COLOURS.dark.theme, background_color: APP_COLOURS.dark.background },
    });
  });

  test('the manifest lists every app icon with its size and purpose, maskable ones included', () => {
    const listed = APP_MANIFEST.icons.filter((icon) => icon.type === 'image/png');
    expect(listed).toEqual(APP_ICONS.map(({ file, size, purpose }) => ({ src: `/${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose })));
    expect(listed.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
  });

  test("the theme script gives the browser the chosen theme's colour", () => {
    expect(THEME_SCRIPT).toContain(JSON.stringify({ light: APP_COLOURS.light.theme, dark: APP_COLOURS.dark.theme }));
  });
});
