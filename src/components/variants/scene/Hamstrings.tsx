/** Long head of biceps femoris and semitendinosus in the back of the thigh. */
import { StructureMesh } from './StructureMesh.tsx';
import { useScene } from './SceneContext.tsx';

export function Hamstrings() {
  const { statics } = useScene().assets;
  return <StructureMesh id="hamstrings" geometry={statics.hamstrings.main} />;
}
