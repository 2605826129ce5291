/** The piriformis as its two bellies (they meet into one muscle when nothing passes through it). */
import type { BufferGeometry } from 'three';
import { useScene } from './SceneContext.tsx';
import type { TypeMeshRefs } from './type-geometry.ts';
import { useSelectHandler } from './use-select-handler.ts';

interface Props {
  upper: BufferGeometry;
  lower: BufferGeometry;
  /** TypeAnatomy's refs: it swaps the geometry on these meshes during a transition. */
  refs: Pick<TypeMeshRefs, 'upper' | 'lower'>;
}

export function Piriformis({ upper, lower, refs }: Props) {
  const { assets, layers } = useScene();
  const onClick = useSelectHandler('piriformis');
  if (layers.piriformis === 'hidden') return null;
  const material = assets.materials.byStructure.piriformis;
  return (
    <group name="piriformis">
      <mesh ref={refs.upper} geometry={upper} material={material} onClick={onClick} dispose={null} />
      <mesh ref={refs.lower} geometry={lower} material={material} onClick={onClick} dispose={null} />
    </group>
  );
}
