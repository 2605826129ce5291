/** One selectable structure: hidden with its layer, not clickable when ghosted, clicked to select. */
import type { BufferGeometry, Material } from 'three';
import { structure, type StructureId } from '../../../data/variants/structures.ts';
import { useScene } from './SceneContext.tsx';
import { useSelectHandler } from './use-select-handler.ts';

interface Props {
  id: StructureId;
  geometry: BufferGeometry;
  /** A different material for a detail of the structure (discs, foramina); defaults to the structure's own. */
  material?: Material;
}

export function StructureMesh({ id, geometry, material }: Props) {
  const { assets, layers } = useScene();
  const onClick = useSelectHandler(id);
  if (layers[structure(id).layer] === 'hidden') return null;
  // dispose={null}: geometry and material are shared and outlive this mesh (hiding a layer unmounts it).
  return <mesh geometry={geometry} material={material ?? assets.materials.byStructure[id]} onClick={onClick} dispose={null} />;
}
