/** Joins indexed geometries that share the same attributes (position, normal, uv) into one, so a structure is one draw call. */
import { BufferGeometry, Float32BufferAttribute } from 'three';

export function mergeGeometries(parts: readonly BufferGeometry[]): BufferGeometry {
  const names = ['position', 'normal', 'uv'] as const;
  const data: Record<(typeof names)[number], number[]> = { position: [], normal: [], uv: [] };
  const indices: number[] = [];
  let offset = 0;
  for (const part of parts) {
    for (const name of names) {
      const attr = part.getAttribute(name);
      for (let i = 0; i < attr.count * attr.itemSize; i++) data[name].push(attr.array[i]!);
    }
    const index = part.getIndex();
    const count = part.getAttribute('position').count;
    if (index) for (let i = 0; i < index.count; i++) indices.push(index.getX(i) + offset);
    else for (let i = 0; i < count; i++) indices.push(i + offset);
    offset += count;
    part.dispose();
  }
  const merged = new BufferGeometry();
  merged.setAttribute('position', new Float32BufferAttribute(data.position, 3));
  merged.setAttribute('normal', new Float32BufferAttribute(data.normal, 3));
  merged.setAttribute('uv', new Float32BufferAttribute(data.uv, 2));
  merged.setIndex(indices);
  merged.computeBoundingSphere();
  return merged;
}
