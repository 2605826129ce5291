/**
 * The roots L4–S3, the tibial division (solid gold) and the common fibular division (teal with dark
 * bands), the see-through sheath that binds them, and "T" / "CF" labels where they part.
 */
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SpriteMaterial } from 'three';
import { routeFor } from '../../../data/variants/routes.ts';
import { add, type Vec3 } from '../../../data/variants/vec.ts';
import { useScene } from './SceneContext.tsx';
import { StructureMesh } from './StructureMesh.tsx';
import type { TypeGeometry, TypeMeshes } from './TypeAnatomy.tsx';
import { useSelectHandler } from './useSelectHandler.ts';

interface Props {
  geometry: TypeGeometry;
  meshes: TypeMeshes;
}

/** A text label drawn on a small canvas (system font, nothing fetched). */
function labelMaterial(text: string, colour: string): SpriteMaterial {
  const canvas = document.createElement('canvas');
  canvas.width = 128;
  canvas.height = 64;
  const g = canvas.getContext('2d');
  if (g) {
    g.fillStyle = 'rgba(255,255,255,0.92)';
    g.beginPath();
    g.roundRect(4, 4, 120, 56, 14);
    g.fill();
    g.lineWidth = 5;
    g.strokeStyle = colour;
    g.stroke();
    g.fillStyle = '#1c2226';
    g.font = 'bold 38px system-ui, sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(text, 64, 34);
  }
  return new SpriteMaterial({ map: new CanvasTexture(canvas), depthTest: false });
}

/** Label positions: either side of the nerve between the greater trochanter and the ischial tuberosity (the same in every type). */
const LABEL_AT: Record<'tibial' | 'commonFibular', Vec3> = {
  tibial: add(routeFor('A', 'tibial')[6]!, [-1.9, -1.5, 0.8]),
  commonFibular: add(routeFor('A', 'commonFibular')[6]!, [2.1, -1.5, 0.8]),
};

export function Nerve({ geometry, meshes }: Props) {
  const { assets, layers } = useScene();
  const { materials } = assets;
  const selectTibial = useSelectHandler('tibial-division');
  const selectFibular = useSelectHandler('common-fibular-division');
  const labels = useMemo(() => ({ tibial: labelMaterial('T', '#e8ac0c'), commonFibular: labelMaterial('CF', '#1ba3ad') }), []);
  useEffect(
    () => () => {
      for (const m of Object.values(labels)) {
        m.map?.dispose();
        m.dispose();
      }
    },
    [labels],
  );
  if (layers.nerve === 'hidden') return null;
  return (
    <group>
      <StructureMesh id="nerve-roots" geometry={assets.roots} />
      <mesh ref={(m) => void (meshes.tibial = m)} geometry={geometry.tibial} material={materials.byStructure['tibial-division']} onClick={selectTibial} dispose={null} />
      <mesh
        ref={(m) => void (meshes.commonFibular = m)}
        geometry={geometry.commonFibular}
        material={materials.byStructure['common-fibular-division']}
        onClick={selectFibular}
        dispose={null}
      />
      {layers.nerve === 'shown' && (
        <mesh ref={(m) => void (meshes.sheath = m)} geometry={geometry.sheath} material={materials.sheath} dispose={null} />
      )}
      {layers.nerve === 'shown' &&
        (['tibial', 'commonFibular'] as const).map((d) => (
          <sprite key={d} position={LABEL_AT[d]} scale={[2.4, 1.2, 1]} material={labels[d]} renderOrder={20} dispose={null} />
        ))}
    </group>
  );
}
