/**
 * Marks the stage element after each drawn frame, so tests (and anyone else) can wait on facts:
 * data-scene-ready="true" after the first frame, data-scene-type = the type the last settled frame
 * shows, data-scene-moving while a camera or type transition runs, data-scene-view = the named view
 * the camera rests on (or "free"), and data-scene-cords = how many separate nerve cords the scene
 * graph holds at the level of the piriformis (1: one trunk; 2: two divisions).
 */
import { useFrame } from '@react-three/fiber';
import type { Mesh, Object3D } from 'three';
import { useScene } from './SceneContext.tsx';

/** Height (cm) through the greater sciatic foramen, just below the piriformis. */
const MUSCLE_LEVEL = -9;

function reachesMuscle(object: Object3D | undefined): boolean {
  const geometry = (object as Mesh | undefined)?.geometry;
  if (!geometry || !geometry.getAttribute('position')) return false;
  if (!geometry.boundingBox) geometry.computeBoundingBox();
  const box = geometry.boundingBox!;
  return box.min.y < MUSCLE_LEVEL && box.max.y > MUSCLE_LEVEL;
}

export function FrameSignal({ target, onFirstFrame }: { target: HTMLElement | null; onFirstFrame: () => void }) {
  const { status } = useScene();
  useFrame(({ scene }) => {
    if (!target) return;
    const moving = status.moving > 0;
    target.dataset.sceneMoving = String(moving);
    target.dataset.sceneView = status.view;
    if (!moving) {
      target.dataset.sceneType = status.drawnType;
      const nerve = scene.getObjectByName('nerve');
      if (nerve) target.dataset.sceneCords = String(['trunk', 'tibial', 'commonFibular'].filter((n) => reachesMuscle(nerve.getObjectByName(n))).length);
    }
    if (target.dataset.sceneReady !== 'true') {
      target.dataset.sceneReady = 'true';
      onFirstFrame();
    }
  });
  return null;
}
