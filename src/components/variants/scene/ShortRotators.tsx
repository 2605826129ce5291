/** The short lateral rotators below the piriformis, on which the nerve lies. */
import { StructureMesh } from './StructureMesh.tsx';
import { useScene } from './SceneContext.tsx';

const IDS = ['superior-gemellus', 'obturator-internus', 'inferior-gemellus', 'quadratus-femoris'] as const;

export function ShortRotators() {
  const { statics } = useScene().assets;
  return (
    <group>
      {IDS.map((id) => (
        <StructureMesh key={id} id={id} geometry={statics[id].main} />
      ))}
    </group>
  );
}
