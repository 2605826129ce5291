/**
 * The 3D scene, loaded on demand (dynamic import) behind the static diagram. It draws only when
 * something changes (frameloop="demand"), builds every geometry once, and disposes them on unmount.
 */
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { orbitPosition, type Orbit } from '../../../data/variants/cameras.ts';
import type { Selection } from '../../../data/variants/share-state.ts';
import { STRUCTURES, type Layers } from '../../../data/variants/structures.ts';
import type { TypeId } from '../../../data/variants/types.ts';
import { buildRoots } from '../geometry/nerve.ts';
import { buildStaticStructures } from '../geometry/parts.ts';
import { Bones } from './Bones.tsx';
import { CameraRig, type CameraRequest } from './CameraRig.tsx';
import { FitWidth } from './FitWidth.tsx';
import { FrameSignal } from './FrameSignal.tsx';
import { GlutealLayers } from './GlutealLayers.tsx';
import { Hamstrings } from './Hamstrings.tsx';
import { Ligaments } from './Ligaments.tsx';
import { Lights } from './Lights.tsx';
import { Markers } from './Markers.tsx';
import { applyLook, createMaterials } from './materials.ts';
import { SceneContext, type SceneAssets, type SceneContextValue, type SceneStatus } from './SceneContext.tsx';
import { ShortRotators } from './ShortRotators.tsx';
import { TypeAnatomy } from './TypeAnatomy.tsx';

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
  onSelect: (selection: Selection) => void;
  onCameraMoved: (orbit: Orbit) => void;
  onFirstFrame: () => void;
}

function createAssets(): SceneAssets {
  return { statics: buildStaticStructures(), roots: buildRoots(), materials: createMaterials() };
}

function disposeAssets(assets: SceneAssets): void {
  for (const g of Object.values(assets.statics)) {
    g.main.dispose();
    g.dark?.dispose();
    g.disc?.dispose();
  }
  assets.roots.dispose();
  assets.materials.dispose();
}

/** Applies layer states and the selection to the materials, then asks for one frame. */
function MaterialLooks({ layers, selection, assets }: { layers: Layers; selection: Selection; assets: SceneAssets }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    for (const s of STRUCTURES) {
      const selected = selection?.kind === 'structure' && selection.id === s.id;
      applyLook(assets.materials.byStructure[s.id], s.id, layers[s.layer], selected);
    }
    assets.materials.sheath.opacity = layers.nerve === 'ghost' ? 0.08 : 0.3;
    invalidate();
  }, [layers, selection, assets, invalidate]);
  return null;
}

export default function Scene3D(props: Scene3DProps) {
  const { type, layers, selection, camera, reducedMotion, softwareRendering, stage, onSelect, onCameraMoved, onFirstFrame } = props;
  const assets = useMemo(createAssets, []);
  useEffect(() => () => disposeAssets(assets), [assets]);
  const status = useRef<SceneStatus>({ moving: 0, drawnType: '' }).current;
  const context: SceneContextValue = { assets, layers, selection, onSelect, status, reducedMotion };
  const start = orbitPosition(camera.orbit);
  return (
    <Canvas
      frameloop="demand"
      dpr={softwareRendering ? 1 : [1, 2]}
      camera={{ fov: 35, near: 0.5, far: 600, position: [start[0], start[1], start[2]] }}
      // preserveDrawingBuffer keeps the last frame readable (for a saved image or a pixel check).
      gl={{ antialias: !softwareRendering, alpha: true, preserveDrawingBuffer: true, powerPreference: 'low-power' }}
      aria-hidden="true"
      tabIndex={-1}
    >
      <SceneContext.Provider value={context}>
        <Lights />
        <FitWidth />
        <MaterialLooks layers={layers} selection={selection} assets={assets} />
        {/* Each structure hides itself with its layer (StructureMesh), so the groups always mount. */}
        <Bones />
        <Ligaments />
        <ShortRotators />
        <TypeAnatomy type={type} />
        <GlutealLayers />
        <Hamstrings />
        <Markers />
        <CameraRig request={camera} keyTarget={stage} onMoved={onCameraMoved} />
        <FrameSignal target={stage} onFirstFrame={onFirstFrame} />
      </SceneContext.Provider>
    </Canvas>
  );
}
