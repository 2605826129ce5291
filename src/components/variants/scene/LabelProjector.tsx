/**
 * Keeps the 3D labels (an HTML layer over the canvas, drawn by Stage from SCENE_LABELS) beside
 * their structures: after each drawn frame it projects every anchor and entrapment marker to the
 * screen and stacks the labels in a column at the nearer side edge (label-stack.ts: they never
 * overlap, and go round the markers where there is room), with a leader line from each label to its
 * anchor. It writes styles directly (no React state), so orbiting costs no re-render.
 *
 * A label whose anchor is hidden behind another solid structure (the roots behind the hip bone in
 * the lateral view) is left out: its leader would point at the wrong thing. Finding that takes a
 * ray per label, too slow for every frame on a software renderer, so it runs once the view has
 * rested for a moment, and the layer says so with data-labels-checked="true".
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Raycaster, Vector3, type Camera, type Material, type Mesh, type Object3D, type Scene } from 'three';
import { ENTRAPMENT_SITES } from '../../../data/variants/entrapment.ts';
import { SCENE_LABELS, labelAnchor, labelShown } from '../../../data/variants/labels.ts';
import { columnX, stackLabels, type Circle, type LabelBox } from './label-stack.ts';
import { MARKER_SCALE } from './Markers.tsx';
import { useScene } from './SceneContext.tsx';

/** How far in front of an anchor (cm) a surface may lie and still count as the anchor's own. */
const OWN_SURFACE = 0.9;
/** How long the view must rest before the labels are checked for what hides them. */
const REST_MS = 150;

/** Indexes of the labels whose anchor lies behind a solid (opaque, shown) structure, seen from the camera. */
function occludedLabels(camera: Camera, scene: Scene, undivided: boolean, ray: Raycaster, to: Vector3): Set<number> {
  const solid: Object3D[] = [];
  scene.traverse((o) => {
    const mesh = o as Mesh;
    if (mesh.isMesh && mesh.visible && !(mesh.material as Material).transparent) solid.push(mesh);
  });
  const hidden = new Set<number>();
  SCENE_LABELS.forEach((label, i) => {
    const anchor = labelAnchor(label, undivided);
    if (!anchor) return;
    to.set(anchor[0], anchor[1], anchor[2]).sub(camera.position);
    const distance = to.length();
    ray.set(camera.position, to.normalize());
    ray.far = distance - OWN_SURFACE;
    if (ray.far > 0 && ray.intersectObjects(solid, false).length > 0) hidden.add(i);
  });
  return hidden;
}

export function LabelProjector({ layer }: { layer: HTMLElement | null }) {
  const { layers, status } = useScene();
  const point = useMemo(() => new Vector3(), []);
  const scene = useThree((s) => s.scene);
  const occlusion = useMemo(() => ({ hidden: new Set<number>(), timer: 0 as ReturnType<typeof setTimeout> | 0, ray: new Raycaster(), to: new Vector3() }), []);
  useEffect(() => () => clearTimeout(occlusion.timer), [occlusion]);
  // Label sizes only change with the text and the view's width: measured once per width, not per
  // frame, so orbiting never forces the browser to lay out the page.
  const sizes = useMemo(() => ({ width: -1, boxes: [] as { width: number; height: number }[] }), []);
  const invalidate = useThree((s) => s.invalidate);
  // A label layer that appears (the view became ready, or labels were switched back on) needs a frame to place them.
  useEffect(() => invalidate(), [layer, layers, invalidate]);
  useFrame(({ camera, size }) => {
    if (!layer) return;
    // After every drawn frame, check again once the view rests; redraw only if the answer changed.
    layer.dataset.labelsChecked = 'false';
    clearTimeout(occlusion.timer);
    occlusion.timer = setTimeout(() => {
      const next = occludedLabels(camera, scene, status.undivided, occlusion.ray, occlusion.to);
      const changed = next.size !== occlusion.hidden.size || [...next].some((i) => !occlusion.hidden.has(i));
      occlusion.hidden = next;
      if (changed) invalidate();
      else layer.dataset.labelsChecked = 'true';
    }, REST_MS);
    const boxes = layer.querySelectorAll<HTMLElement>('[data-label]');
    const lines = layer.querySelectorAll<SVGLineElement>('line');
    const dots = layer.querySelectorAll<SVGCircleElement>('circle');
    const narrow = size.width < 480;
    if (sizes.width !== size.width || sizes.boxes.length !== boxes.length || sizes.boxes.some((b) => b.width === 0)) {
      sizes.width = size.width;
      sizes.boxes = [...boxes].map((b) => ({ width: b.offsetWidth, height: b.offsetHeight }));
    }
    camera.updateMatrixWorld();
    // From normalised device coordinates (after project()) to CSS pixels in the view.
    const toScreen = (ndc: Vector3) => ({ x: ((ndc.x + 1) / 2) * size.width, y: ((1 - ndc.y) / 2) * size.height });
    const anchors: ({ x: number; y: number } | null)[] = [];
    const placed: LabelBox[] = [];
    // Reads first (projection and sizes), writes after, so the browser lays out once.
    SCENE_LABELS.forEach((label, i) => {
      const box = boxes[i];
      const anchor = labelAnchor(label, status.undivided);
      if (!box || !anchor || !labelShown(label, layers, narrow) || occlusion.hidden.has(i)) {
        anchors.push(null);
        return;
      }
      point.set(anchor[0], anchor[1], anchor[2]).project(camera);
      const inView = point.z < 1 && Math.abs(point.x) < 0.97 && Math.abs(point.y) < 0.97;
      if (!inView) {
        anchors.push(null);
        return;
      }
      const { x, y } = toScreen(point);
      anchors.push({ x, y });
      placed.push({ index: i, x, y, ...sizes.boxes[i]!, left: x < size.width / 2 });
    });
    // The markers are sprites of a constant size on screen: their radius follows from the
    // projection's vertical scale (elements[5]) and the view's height.
    const markers: Circle[] = [];
    if (layers.sites !== 'hidden') {
      const r = (MARKER_SCALE.selected / 2) * camera.projectionMatrix.elements[5]! * (size.height / 2);
      for (const site of ENTRAPMENT_SITES) {
        point.set(site.position[0], site.position[1], site.position[2]).project(camera);
        if (point.z < 1) markers.push({ ...toScreen(point), r });
      }
    }
    stackLabels(placed, size.width, size.height, markers);
    const byIndex = new Map(placed.map((p) => [p.index, p]));
    SCENE_LABELS.forEach((_, i) => {
      const box = boxes[i];
      const line = lines[i];
      const dot = dots[i];
      const p = byIndex.get(i);
      const anchor = anchors[i];
      if (!box || !line || !dot) return;
      if (!p || !anchor) {
        box.style.visibility = 'hidden';
        line.setAttribute('visibility', 'hidden');
        dot.setAttribute('visibility', 'hidden');
        return;
      }
      const x = columnX(p, size.width);
      box.style.visibility = 'visible';
      box.style.transform = `translate(${Math.round(x)}px, ${Math.round(p.y)}px)`;
      line.setAttribute('visibility', 'visible');
      dot.setAttribute('visibility', 'visible');
      line.setAttribute('x1', String(p.left ? x + p.width : x));
      line.setAttribute('y1', String(p.y + p.height / 2));
      line.setAttribute('x2', String(anchor.x));
      line.setAttribute('y2', String(anchor.y));
      dot.setAttribute('cx', String(anchor.x));
      dot.setAttribute('cy', String(anchor.y));
    });
    layer.dataset.labelsPlaced = String(placed.length);
  });
  return null;
}
