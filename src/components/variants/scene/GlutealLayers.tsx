/** Gluteus medius and minimus on the ilium, and gluteus maximus over everything (see-through). */
import { StructureMesh } from './StructureMesh.tsx';
import { useScene } from './SceneContext.tsx';

export function GlutealLayers() {
  const { statics } = useScene().assets;
  return (
    <group>
      <StructureMesh id="gluteus-minimus" geometry={statics['gluteus-minimus'].main} />
      <StructureMesh id="gluteus-medius" geometry={statics['gluteus-medius'].main} />
      <StructureMesh id="gluteus-maximus" geometry={statics['gluteus-maximus'].main} />
    </group>
  );
}
