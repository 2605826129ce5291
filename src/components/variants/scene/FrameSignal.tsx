/**
 * Marks the stage element after each drawn frame, so tests (and anyone else) can wait on a fact:
 * data-scene-ready="true" after the first frame, data-scene-type = the type the last settled frame
 * shows, data-scene-moving while a camera or type transition runs.
 */
import { useFrame } from '@react-three/fiber';
import { useScene } from './SceneContext.tsx';

export function FrameSignal({ target, onFirstFrame }: { target: HTMLElement | null; onFirstFrame: () => void }) {
  const { status } = useScene();
  useFrame(() => {
    if (!target) return;
    const moving = status.moving > 0;
    target.dataset.sceneMoving = String(moving);
    if (!moving) target.dataset.sceneType = status.drawnType;
    if (target.dataset.sceneReady !== 'true') {
      target.dataset.sceneReady = 'true';
      onFirstFrame();
    }
  });
  return null;
}
