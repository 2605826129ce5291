/** A click handler that selects a structure, unless the pointer was dragging the camera. */
import type { ThreeEvent } from '@react-three/fiber';
import { structure, type StructureId } from '../../../data/variants/structures.ts';
import { useScene } from './SceneContext.tsx';

/** A pointer that moved more than this many pixels was orbiting the camera, not clicking. */
export const CLICK_SLOP = 6;

/** The handler, or undefined when the structure's layer is ghosted (ghosts let clicks through). */
export function useSelectHandler(id: StructureId): ((e: ThreeEvent<MouseEvent>) => void) | undefined {
  const { layers, onSelect } = useScene();
  if (layers[structure(id).layer] !== 'shown') return undefined;
  return (e) => {
    if (e.delta > CLICK_SLOP) return;
    e.stopPropagation();
    onSelect({ kind: 'structure', id });
  };
}
