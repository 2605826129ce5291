/** Soft light from all round, plus a lamp that follows the camera so every view is lit from the front. */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import type { DirectionalLight } from 'three';

export function Lights() {
  const lamp = useRef<DirectionalLight>(null);
  useFrame(({ camera }) => {
    const l = lamp.current;
    if (!l) return;
    // A little above and to the left of the eye, so shapes keep their shading.
    l.position.copy(camera.position).add(camera.up.clone().multiplyScalar(12));
    l.target.position.set(8, -12, 0);
    l.target.updateMatrixWorld();
  });
  return (
    <>
      <hemisphereLight args={['#ffffff', '#9c9488', 1.4]} />
      <directionalLight ref={lamp} intensity={2.2} />
    </>
  );
}
