/**
 * The yardstick for the 3D viewer: one lit mesh, a WebGLRenderer and OrbitControls, drawn on
 * demand like the viewer. scripts/bench-3d.ts builds it with Vite and measures it beside the viewer.
 */
import { DirectionalLight, HemisphereLight, Mesh, MeshStandardMaterial, PerspectiveCamera, Scene, TorusKnotGeometry, WebGLRenderer } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

const canvas = document.getElementById('c') as HTMLCanvasElement;
const renderer = new WebGLRenderer({ canvas, antialias: false, alpha: true, preserveDrawingBuffer: true });
renderer.setSize(780, 660, false);
const scene = new Scene();
const camera = new PerspectiveCamera(35, 780 / 660, 0.5, 600);
camera.position.set(0, 0, 40);
scene.add(new HemisphereLight('#ffffff', '#9c9488', 1.4));
const lamp = new DirectionalLight('#ffffff', 2.2);
lamp.position.set(0, 12, 40);
scene.add(lamp);
scene.add(new Mesh(new TorusKnotGeometry(6, 2, 128, 16), new MeshStandardMaterial({ color: '#c9453c', roughness: 0.7 })));
const controls = new OrbitControls(camera, canvas);
const draw = () => renderer.render(scene, camera);
controls.addEventListener('change', draw);
draw();
document.body.dataset.sceneReady = 'true';
// The bench turns the camera a little each frame, as the viewer's arrow keys do.
(window as unknown as { orbitStep: () => void }).orbitStep = () => {
  controls.rotateLeft(Math.PI / 24);
  controls.update();
};
