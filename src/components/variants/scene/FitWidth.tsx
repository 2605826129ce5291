/**
 * Keeps the region's width in frame on narrow (portrait) canvases: the camera's field of view is
 * set for a landscape box, so on a phone it widens by zooming out, without changing the orbit
 * (a shared link shows the same view everywhere).
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';

/** The width-to-height ratio the camera presets were framed for. */
const FRAMED_ASPECT = 1.15;

export function FitWidth() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (height === 0) return;
    camera.zoom = Math.min(1, width / height / FRAMED_ASPECT);
    camera.updateProjectionMatrix();
    invalidate();
  }, [camera, width, height, invalidate]);
  return null;
}
