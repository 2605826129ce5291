/**
 * Textures made in code (no image files): the band pattern that marks the common fibular division,
 * so colour is never the only cue, and a faint grain that makes muscle read as fibres.
 */
import { DataTexture, LinearFilter, NearestFilter, RepeatWrapping, SRGBColorSpace } from 'three';

function texture(width: number, height: number, values: readonly number[], smooth: boolean): DataTexture {
  const data = new Uint8Array(width * height * 4);
  values.forEach((v, i) => data.set([v, v, v, 255], i * 4));
  const t = new DataTexture(data, width, height);
  t.wrapS = RepeatWrapping;
  t.wrapT = RepeatWrapping;
  t.magFilter = smooth ? LinearFilter : NearestFilter;
  t.minFilter = smooth ? LinearFilter : NearestFilter;
  t.colorSpace = SRGBColorSpace;
  t.needsUpdate = true;
  return t;
}

/**
 * Two dark stripes running lengthwise round the tube (across v), a quarter turn wide in all: seen
 * from any side at least one shows, and unlike rings they never read as a coil where the cord bends.
 */
export function stripeTexture(): DataTexture {
  return texture(1, 8, [255, 255, 255, 70, 255, 255, 255, 70], false);
}

/** Fine lengthwise streaks across the width (v), with a fixed seed so every render looks the same. */
export function fibreTexture(): DataTexture {
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const values = Array.from({ length: 64 }, () => Math.round(205 + next() * 50));
  return texture(1, 64, values, true);
}
