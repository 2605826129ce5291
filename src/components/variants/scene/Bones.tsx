/** Lumbar vertebrae with their discs, sacrum and coccyx with the posterior foramina, hip bone, femur. */
import { StructureMesh } from './StructureMesh.tsx';
import { useScene } from './SceneContext.tsx';

export function Bones() {
  const { assets } = useScene();
  const { statics, materials } = assets;
  return (
    <group>
      <StructureMesh id="lumbar-vertebrae" geometry={statics['lumbar-vertebrae'].main} />
      {statics['lumbar-vertebrae'].disc && <StructureMesh id="lumbar-vertebrae" geometry={statics['lumbar-vertebrae'].disc} material={materials.disc} />}
      <StructureMesh id="sacrum" geometry={statics.sacrum.main} />
      {statics.sacrum.dark && <StructureMesh id="sacrum" geometry={statics.sacrum.dark} material={materials.dark} />}
      <StructureMesh id="hip-bone" geometry={statics['hip-bone'].main} />
      <StructureMesh id="femur" geometry={statics.femur.main} />
    </group>
  );
}
