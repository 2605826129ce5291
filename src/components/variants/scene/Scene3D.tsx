/**
 * The 3D scene, loaded on demand (dynamic import) behind the static diagram. It mounts the scene
 * with fiber's own `createRoot` on a plain <canvas> (not fiber's <Canvas>, which registers all of
 * three.js and brings a measuring shell), draws only when something changes (frameloop "demand"),
 * builds every geometry once, and disposes them on unmount.
 */
import { createRoot, events, type ReconcilerRoot } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
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
  stage: HTMLElement | null;
  /** Where the 3D labels are drawn (an HTML layer over the canvas), or null when labels are off. */
  labelLayer: HTMLElement | null;
  onSelect: (selection: Selection) => void;
  onCameraMoved: (orbit: Orbit) => void;
  onFirstFrame: () => void;
  onError: (error: unknown) => void;
}

interface Size {
  width: number;
  height: number;
  top: number;
  left: number;
}

export default function Scene3D(props: Scene3DProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const { softwareRendering, onError } = props;

  useEffect(() => {
    const canvas = canvasRef.current!;
    registerSceneClasses();
    root.current = createRoot(canvas);
    const observer = new ResizeObserver(() => {
      const box = canvas.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) setSize({ width: box.width, height: box.height, top: 0, left: 0 });
    });
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      root.current?.unmount();
      root.current = null;
    };
  }, []);

  // The scene's camera starts where the first request points; later requests glide (CameraRig).
  const startAt = useRef(orbitPosition(props.camera.orbit)).current;
  useEffect(() => {
    const r = root.current;
    if (!r || !size) return;
    const tree = (
      <SceneErrorBoundary onError={onError}>
        <SceneContent {...props} />
      </SceneErrorBoundary>
    );
    r.configure({
      events,
      size,
      frameloop: 'demand',
      dpr: softwareRendering ? 1 : [1, 2],
      camera: { fov: 35, near: 0.5, far: 600, position: [startAt[0], startAt[1], startAt[2]] },
      // preserveDrawingBuffer keeps the last frame readable (for a saved image or a pixel check).
      gl: { antialias: !softwareRendering, alpha: true, preserveDrawingBuffer: true, powerPreference: 'low-power' },
    }).then(() => r.render(tree), onError);
  });

  return <canvas ref={canvasRef} className="v3d-canvas" aria-hidden="true" tabIndex={-1} />;
}
