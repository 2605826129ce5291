/** The sacrotuberous and sacrospinous ligaments that close the sciatic foramina. */
import { StructureMesh } from './StructureMesh.tsx';
import { useScene } from './SceneContext.tsx';

export function Ligaments() {
  const { statics } = useScene().assets;
  return (
    <group>
      <StructureMesh id="sacrotuberous" geometry={statics.sacrotuberous.main} />
      <StructureMesh id="sacrospinous" geometry={statics.sacrospinous.main} />
    </group>
  );
}
