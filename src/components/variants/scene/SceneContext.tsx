/** What every part of the 3D scene needs: the shared geometries and materials, the layer states, the selection. */
import { createContext, useContext } from 'react';
import type { BufferGeometry } from 'three';
import type { Selection } from '../../../data/variants/share-state.ts';
import type { Layers } from '../../../data/variants/structures.ts';
import type { StaticGeometry, StaticStructureId } from '../geometry/parts.ts';
import type { SceneMaterials } from './materials.ts';

export interface SceneAssets {
  statics: Record<StaticStructureId, StaticGeometry>;
  roots: BufferGeometry;
  materials: SceneMaterials;
}

/** Shared by the parts of the scene that animate, read by the frame signal (never React state). */
export interface SceneStatus {
  /** How many animations (camera, nerve) are under way. */
  moving: number;
  /** The type whose routes the last drawn frame shows. */
  drawnType: string;
  /** The named view the camera rests on, or "free" after the reader moved it. */
  view: string;
  /** Whether the nerve drawn now is one trunk (A, D, F) rather than two divisions. */
  undivided: boolean;
}

export interface SceneContextValue {
  assets: SceneAssets;
  layers: Layers;
  selection: Selection;
  onSelect: (selection: Selection) => void;
  status: SceneStatus;
  reducedMotion: boolean;
}

export const SceneContext = createContext<SceneContextValue | null>(null);

export function useScene(): SceneContextValue {
  const value = useContext(SceneContext);
  if (!value) throw new Error('useScene outside the 3D scene');
  return value;
}
