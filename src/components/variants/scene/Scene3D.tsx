/**
 * The 3D scene, loaded on demand (dynamic import) by the viewer's script. It mounts the scene with
 * fiber's own `createRoot` on a plain <canvas>: no react-dom (fiber brings its own reconciler) and
 * not fiber's <Canvas>, which registers all of three.js and brings a measuring shell. It draws only
 * when something changes (frameloop "demand"), builds every geometry once, and disposes them on unmount.
 */
import { createRoot, events } from '@react-three/fiber';
import { orbitPosition, type Orbit } from '../../../data/variants/cameras.ts';
import type { Selection } from '../../../data/variants/share-state.ts';
import type { Layers } from '../../../data/variants/structures.ts';
import type { TypeId } from '../../../data/variants/types.ts';
import { SceneErrorBoundary } from '../SceneErrorBoundary.tsx';
import type { CameraRequest } from './CameraRig.tsx';
import { registerSceneClasses } from './catalogue.ts';
import { SceneContent } from './SceneContent.tsx';

export interface Scene3DProps {
  type: TypeId;
  layers: Layers;
  selection: Selection;
  camera: CameraRequest;
  reducedMotion: boolean;
  /** No GPU: skip multisampling and extra pixels, the two costliest things for a software renderer. */
  softwareRendering: boolean;
  /** The stage element: receives the keyboard controls and the frame signal attributes. */
  stage: HTMLElement;
  /** Where the 3D labels are drawn (an HTML layer over the canvas), or null when labels are off. */
  labelLayer: HTMLElement | null;
  onSelect: (selection: Selection) => void;
  onCameraMoved: (orbit: Orbit) => void;
  onFirstFrame: () => void;
  onError: (error: unknown) => void;
}

export interface SceneHandle {
  /** Draws the scene for new props (a new type, layers, selection, camera request…). */
  update(props: Scene3DProps): void;
  unmount(): void;
}

export function mountScene(canvas: HTMLCanvasElement, initial: Scene3DProps): SceneHandle {
  registerSceneClasses();
  const root = createRoot(canvas);
  let props = initial;
  let size: { width: number; height: number; top: number; left: number } | null = null;
  let gone = false;
  // The scene's camera starts where the first request points; later requests glide (CameraRig).
  const startAt = orbitPosition(initial.camera.orbit);

  const draw = () => {
    if (!size || gone) return;
    const current = props;
    root
      .configure({
        events,
        size,
        frameloop: 'demand',
        dpr: current.softwareRendering ? 1 : [1, 2],
        camera: { fov: 35, near: 0.5, far: 600, position: [startAt[0], startAt[1], startAt[2]] },
        // preserveDrawingBuffer keeps the last frame readable (for a saved image or a pixel check).
        gl: { antialias: !current.softwareRendering, alpha: true, preserveDrawingBuffer: true, powerPreference: 'low-power' },
      })
      .then(() => {
        if (gone) return;
        root.render(
          <SceneErrorBoundary onError={current.onError}>
            <SceneContent {...current} />
          </SceneErrorBoundary>,
        );
      }, current.onError);
  };

  const observer = new ResizeObserver(() => {
    const box = canvas.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && (box.width !== size?.width || box.height !== size.height)) {
      size = { width: box.width, height: box.height, top: 0, left: 0 };
      draw();
    }
  });
  observer.observe(canvas);

  return {
    update(next) {
      props = next;
      draw();
    },
    unmount() {
      gone = true;
      observer.disconnect();
      root.unmount();
    },
  };
}
