/**
 * Frames the view on narrow (portrait) canvases, where the camera presets, set for a landscape box,
 * would crop the sides: for the wide views the camera zooms out until the region's width fits; for
 * the close-up it zooms in, so the piriformis and the crossings (the middle of the landscape frame,
 * where the types differ) fill a phone's canvas instead of a small patch of it. The orbit is never
 * changed, so a shared link shows the same view everywhere.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { PerspectiveCamera } from 'three';
import { VIEWS, VIEW_IDS, sameOrbit, type ViewId } from '../../../data/variants/cameras.ts';
import { portraitZoom } from './framing.ts';
import type { CameraRequest } from './CameraRig.tsx';

export function FitWidth({ request }: { request: CameraRequest }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const invalidate = useThree((s) => s.invalidate);
  // A free orbit (from a link) keeps the framing of the last named view.
  const view = useRef<ViewId>('posterior');
  view.current = VIEW_IDS.find((v) => sameOrbit(VIEWS[v].orbit, request.orbit)) ?? view.current;
  const framed = view.current;
  useEffect(() => {
    if (height === 0) return;
    camera.zoom = portraitZoom(width / height, framed);
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, width, height, framed, invalidate]);
  return null;
}
