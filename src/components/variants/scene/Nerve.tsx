/**
 * The roots L4–S3 and the nerve: one trunk for an undivided nerve (types A, D, F) that parts into
 * the tibial division (solid gold) and the common fibular division (teal with two dark stripes)
 * lower down, or the two divisions as separate cords from the pelvis (B, C, E).
 */
import type { RefObject } from 'react';
import type { BufferGeometry, Mesh } from 'three';
import type { StructureId } from '../../../data/variants/structures.ts';
import { useScene } from './SceneContext.tsx';
import { StructureMesh } from './StructureMesh.tsx';
import type { TypeGeometry, TypeMeshRefs } from './type-geometry.ts';
import { useSelectHandler } from './use-select-handler.ts';

interface Props {
  geometry: TypeGeometry;
  /** TypeAnatomy's refs: it swaps the geometry on these meshes during a transition. */
  refs: Pick<TypeMeshRefs, 'trunk' | 'tibial' | 'commonFibular'>;
}

const CORDS: readonly { part: 'trunk' | 'tibial' | 'commonFibular'; id: StructureId }[] = [
  { part: 'trunk', id: 'sciatic-nerve' },
  { part: 'tibial', id: 'tibial-division' },
  { part: 'commonFibular', id: 'common-fibular-division' },
];

function Cord({ part, id, geometry, meshRef }: { part: string; id: StructureId; geometry: BufferGeometry; meshRef: RefObject<Mesh | null> }) {
  const { assets } = useScene();
  const onClick = useSelectHandler(id);
  return <mesh name={part} ref={meshRef} geometry={geometry} material={assets.materials.byStructure[id]} onClick={onClick} dispose={null} />;
}

export function Nerve({ geometry, refs }: Props) {
  const { assets, layers } = useScene();
  if (layers.nerve === 'hidden') return null;
  return (
    <group name="nerve">
      <StructureMesh id="nerve-roots" geometry={assets.roots} />
      {CORDS.map((c) => (
        <Cord key={c.part} part={c.part} id={c.id} geometry={geometry[c.part]} meshRef={refs[c.part]} />
      ))}
    </group>
  );
}
