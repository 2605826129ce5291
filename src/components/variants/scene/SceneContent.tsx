/**
 * Everything inside the 3D scene: shared geometry and materials (built once, disposed on unmount),
 * the structures, the markers, the labels, the camera and the frame signal.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { Selection } from '../../../data/variants/share-state.ts';
import { STRUCTURES, type Layers } from '../../../data/variants/structures.ts';
import { buildRoots } from '../geometry/nerve.ts';
import { buildStaticStructures } from '../geometry/parts.ts';
import { Bones } from './Bones.tsx';
import { CameraRig } from './CameraRig.tsx';
import { FitWidth } from './FitWidth.tsx';
import { FrameSignal } from './FrameSignal.tsx';
import { GlutealLayers } from './GlutealLayers.tsx';
import { Hamstrings } from './Hamstrings.tsx';
import { LabelProjector } from './LabelProjector.tsx';
import { Ligaments } from './Ligaments.tsx';
import { Lights } from './Lights.tsx';
import { Markers } from './Markers.tsx';
import { applyLook, createMaterials } from './materials.ts';
import type { Scene3DProps } from './Scene3D.tsx';
import { SceneContext, type SceneAssets, type SceneContextValue, type SceneStatus } from './SceneContext.tsx';
import { ShortRotators } from './ShortRotators.tsx';
import { TypeAnatomy } from './TypeAnatomy.tsx';

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
    assets.materials.dark.opacity = layers.bones === 'ghost' ? 0.1 : 1;
    assets.materials.dark.transparent = layers.bones === 'ghost';
    invalidate();
  }, [layers, selection, assets, invalidate]);
  return null;
}

export function SceneContent(props: Scene3DProps) {
  const { type, layers, selection, camera, reducedMotion, stage, labelLayer, onSelect, onCameraMoved, onFirstFrame } = props;
  const assets = useMemo(createAssets, []);
  useEffect(() => () => disposeAssets(assets), [assets]);
  const status = useRef<SceneStatus>({ moving: 0, drawnType: '', undivided: false, view: 'free' }).current;
  const context = useMemo<SceneContextValue>(
    () => ({ assets, layers, selection, onSelect, status, reducedMotion }),
    [assets, layers, selection, onSelect, status, reducedMotion],
  );
  return (
    <SceneContext.Provider value={context}>
      <Lights />
      <FitWidth request={camera} />
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
      {/* After the camera rig, so labels are placed for the camera this frame draws. */}
      <LabelProjector layer={labelLayer} />
      <FrameSignal target={stage} onFirstFrame={onFirstFrame} />
    </SceneContext.Provider>
  );
}
