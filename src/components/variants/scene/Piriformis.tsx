/** The piriformis as its two bellies (they meet into one muscle when nothing passes through it). */
import type { BufferGeometry } from 'three';
import { useScene } from './SceneContext.tsx';
import type { TypeMeshes } from './TypeAnatomy.tsx';
import { useSelectHandler } from './useSelectHandler.ts';

interface Props {
  geometry: [BufferGeometry, BufferGeometry];
  /** Where TypeAnatomy finds the meshes to swap their geometry during a transition. */
  meshes: TypeMeshes;
}

export function Piriformis({ geometry, meshes }: Props) {
  const { assets, layers } = useScene();
  const onClick = useSelectHandler('piriformis');
  if (layers.piriformis === 'hidden') return null;
  const material = assets.materials.byStructure.piriformis;
  return (
    <group>
      <mesh ref={(m) => void (meshes.upper = m)} geometry={geometry[0]} material={material} onClick={onClick} dispose={null} />
      <mesh ref={(m) => void (meshes.lower = m)} geometry={geometry[1]} material={material} onClick={onClick} dispose={null} />
    </group>
  );
}
