/**
 * The roots L4–S3 and the nerve: one trunk for an undivided nerve (types A, D, F) that parts into
 * the tibial division (solid gold) and the common fibular division (teal with two dark stripes)
 * lower down, or the two divisions as separate cords from the pelvis (B, C, E).
 */
import type { Mesh } from 'three';
import type { StructureId } from '../../../data/variants/structures.ts';
import { useScene } from './SceneContext.tsx';
import { StructureMesh } from './StructureMesh.tsx';
import type { TypeGeometry, TypePart } from './type-geometry.ts';
import { useSelectHandler } from './useSelectHandler.ts';

interface Props {
  geometry: TypeGeometry;
  bind: (part: TypePart) => (mesh: Mesh | null) => void;
}

const CORDS: readonly { part: 'trunk' | 'tibial' | 'commonFibular'; id: StructureId }[] = [
  { part: 'trunk', id: 'sciatic-nerve' },
  { part: 'tibial', id: 'tibial-division' },
  { part: 'commonFibular', id: 'common-fibular-division' },
];

function Cord({ part, id, geometry, bind }: { part: TypePart; id: StructureId } & Props) {
  const { assets } = useScene();
  const onClick = useSelectHandler(id);
  return <mesh name={part} ref={bind(part)} geometry={geometry[part]} material={assets.materials.byStructure[id]} onClick={onClick} dispose={null} />;
}

export function Nerve({ geometry, bind }: Props) {
  const { assets, layers } = useScene();
  if (layers.nerve === 'hidden') return null;
  return (
    <group name="nerve">
      <StructureMesh id="nerve-roots" geometry={assets.roots} />
      {CORDS.map((c) => (
        <Cord key={c.part} part={c.part} id={c.id} geometry={geometry} bind={bind} />
      ))}
    </group>
  );
}
