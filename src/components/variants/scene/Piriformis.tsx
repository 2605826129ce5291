/** The piriformis as its two bellies (they meet into one muscle when nothing passes through it). */
import type { BufferGeometry, Mesh } from 'three';
import { useScene } from './SceneContext.tsx';
import type { TypePart } from './type-geometry.ts';
import { useSelectHandler } from './useSelectHandler.ts';

interface Props {
  upper: BufferGeometry;
  lower: BufferGeometry;
  /** Hands each mesh to TypeAnatomy, which swaps its geometry during a transition. */
  bind: (part: TypePart) => (mesh: Mesh | null) => void;
}

export function Piriformis({ upper, lower, bind }: Props) {
  const { assets, layers } = useScene();
  const onClick = useSelectHandler('piriformis');
  if (layers.piriformis === 'hidden') return null;
  const material = assets.materials.byStructure.piriformis;
  return (
    <group name="piriformis">
      <mesh ref={bind('upper')} geometry={upper} material={material} onClick={onClick} dispose={null} />
      <mesh ref={bind('lower')} geometry={lower} material={material} onClick={onClick} dispose={null} />
    </group>
  );
}
