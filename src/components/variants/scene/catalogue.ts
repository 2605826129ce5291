/**
 * The three.js classes the scene's JSX uses, and nothing else. Fiber's <Canvas> registers the whole
 * three.js namespace (`extend(THREE)`), which keeps every class in the bundle (about 54 KB gzip);
 * registering these few lets the bundler drop the rest.
 */
import { extend } from '@react-three/fiber';
import { DirectionalLight, Group, HemisphereLight, Mesh, Sprite } from 'three';

let done = false;

export function registerSceneClasses(): void {
  if (done) return;
  extend({ DirectionalLight, Group, HemisphereLight, Mesh, Sprite });
  done = true;
}
