import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weighPage } from '../../../scripts/dist/page-assets.ts';

// The bundler writes some dynamic imports with template literals (import(`./Scene3D.x.js`)); the
// budget must still count the chunk, or the 3D viewer's three.js would go unweighed.
describe('page weight', () => {
  it('counts chunks imported lazily with any kind of quotes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weigh-'));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, 'index.html'), '<astro-island component-url="/_astro/Island.js"></astro-island>');
    writeFileSync(join(dir, '_astro/Island.js'), 'const a=()=>import(`./Scene.js`),b=()=>import("./Other.js");');
    writeFileSync(join(dir, '_astro/Scene.js'), 'import{x}from"./three.js";' + 's'.repeat(1000));
    writeFileSync(join(dir, '_astro/three.js'), 't'.repeat(5000));
    writeFileSync(join(dir, '_astro/Other.js'), 'o'.repeat(100));
    const weight = weighPage(dir, '/', join(dir, 'index.html'));
    expect(weight.js.raw).toBeGreaterThan(6100);
  });
});
