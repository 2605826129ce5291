import { describe, expect, it } from 'vitest';
import { FRAMED_ASPECT, portraitZoom } from '../../../src/components/variants/scene/framing.ts';

// The stage on a 375 px phone is 3 wide by 3.6 high (variants.css).
const PHONE = 3 / 3.6;

describe('framing on a portrait canvas', () => {
  it('leaves a landscape canvas as the presets were framed', () => {
    for (const view of ['closeup', 'posterior', 'lateral', 'superior'] as const) expect(portraitZoom(FRAMED_ASPECT, view)).toBe(1);
  });

  it('zooms the wide views out so the whole region still fits the width', () => {
    expect(portraitZoom(PHONE, 'posterior')).toBeCloseTo(PHONE / FRAMED_ASPECT);
    expect(portraitZoom(PHONE, 'posterior')).toBeLessThan(1);
  });

  it('zooms the close-up in on a phone, so the variant fills the canvas', () => {
    const zoom = portraitZoom(PHONE, 'closeup');
    expect(zoom).toBeGreaterThan(1.2);
    // At least 1.8 times what the wide framing would give it.
    expect(zoom / portraitZoom(PHONE, 'posterior')).toBeGreaterThan(1.8);
  });
});
