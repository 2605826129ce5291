/**
 * Orbit, zoom and pan with mouse and touch (three's OrbitControls) and with the keyboard when the
 * view has focus: arrows orbit, Shift+arrows pan, + and − zoom. A new camera request (a view button,
 * reset, a shared link) glides there, or jumps with reduced motion. Camera moves are reported when
 * they end, never on every frame.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { ORBIT_LIMITS, VIEWS, VIEW_IDS, orbitFrom, orbitPosition, sameOrbit, type Orbit } from '../../../data/variants/cameras.ts';
import { ease } from '../../../data/variants/morph.ts';
import type { Vec3 } from '../../../data/variants/vec.ts';
import { useScene } from './SceneContext.tsx';

export interface CameraRequest {
  orbit: Orbit;
  /** Changes whenever the camera should move, even to the same orbit again. */
  id: number;
}

interface Props {
  request: CameraRequest;
  /** The focusable element that receives the keyboard controls. */
  keyTarget: HTMLElement | null;
  onMoved: (orbit: Orbit) => void;
}

const DURATION_MS = 700;
const deg = Math.PI / 180;

function blendOrbits(a: Orbit, b: Orbit, k: number): Orbit {
  // Turn the short way round.
  const turn = ((((b.azimuth - a.azimuth) % 360) + 540) % 360) - 180;
  const mix = (x: number, y: number) => x + (y - x) * k;
  return {
    azimuth: a.azimuth + turn * k,
    elevation: mix(a.elevation, b.elevation),
    distance: mix(a.distance, b.distance),
    target: [mix(a.target[0], b.target[0]), mix(a.target[1], b.target[1]), mix(a.target[2], b.target[2])],
  };
}

export function CameraRig({ request, keyTarget, onMoved }: Props) {
  const camera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const { status, reducedMotion } = useScene();
  const controls = useMemo(() => new OrbitControls(camera, domElement), [camera, domElement]);
  const glide = useRef<{ from: Orbit; to: Orbit; start: number } | null>(null);
  const lastRequest = useRef<number | null>(null);
  const onMovedRef = useRef(onMoved);
  onMovedRef.current = onMoved;

  const current = (): Orbit => {
    const p = camera.position;
    const t = controls.target;
    return orbitFrom([p.x, p.y, p.z], [t.x, t.y, t.z] as Vec3);
  };
  const place = (o: Orbit) => {
    const p = orbitPosition(o);
    camera.position.set(p[0], p[1], p[2]);
    controls.target.set(o.target[0], o.target[1], o.target[2]);
    controls.update();
  };

  useEffect(() => {
    controls.minDistance = ORBIT_LIMITS.distance[0];
    controls.maxDistance = ORBIT_LIMITS.distance[1];
    controls.minPolarAngle = (90 - ORBIT_LIMITS.elevation[1]) * deg;
    controls.maxPolarAngle = (90 - ORBIT_LIMITS.elevation[0]) * deg;
    controls.screenSpacePanning = true;
    const redraw = () => invalidate();
    const ended = () => onMovedRef.current(current());
    const started = () => void (status.view = 'free');
    controls.addEventListener('change', redraw);
    controls.addEventListener('start', started);
    controls.addEventListener('end', ended);
    return () => {
      controls.removeEventListener('change', redraw);
      controls.removeEventListener('start', started);
      controls.removeEventListener('end', ended);
      controls.dispose();
    };
  }, [controls]);

  // Gliding after a drag is motion too: only with motion allowed.
  useEffect(() => {
    controls.enableDamping = !reducedMotion;
    controls.dampingFactor = 0.15;
  }, [controls, reducedMotion]);

  // Keyed on the request's id alone: asking for the same view twice must move the camera twice.
  useEffect(() => {
    const first = lastRequest.current === null;
    lastRequest.current = request.id;
    status.view = VIEW_IDS.find((v) => sameOrbit(VIEWS[v].orbit, request.orbit)) ?? 'free';
    if (first || reducedMotion) {
      if (glide.current) status.moving--;
      glide.current = null;
      place(request.orbit);
    } else {
      if (!glide.current) status.moving++;
      glide.current = { from: current(), to: request.orbit, start: performance.now() };
    }
    invalidate();
  }, [request.id]);

  useEffect(() => {
    if (!keyTarget) return;
    let report: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      const small = Math.PI / 24;
      const handled = (() => {
        switch (e.key) {
          case 'ArrowLeft':
            e.shiftKey ? controls.pan(40, 0) : controls.rotateLeft(small);
            return true;
          case 'ArrowRight':
            e.shiftKey ? controls.pan(-40, 0) : controls.rotateLeft(-small);
            return true;
          case 'ArrowUp':
            e.shiftKey ? controls.pan(0, 40) : controls.rotateUp(small);
            return true;
          case 'ArrowDown':
            e.shiftKey ? controls.pan(0, -40) : controls.rotateUp(-small);
            return true;
          case '+':
          case '=':
            controls.dollyIn(1.15);
            return true;
          case '-':
          case '_':
            controls.dollyOut(1.15);
            return true;
          default:
            return false;
        }
      })();
      if (!handled) return;
      e.preventDefault();
      status.view = 'free';
      invalidate();
      clearTimeout(report);
      report = setTimeout(() => onMovedRef.current(current()), 400);
    };
    keyTarget.addEventListener('keydown', onKey);
    return () => {
      keyTarget.removeEventListener('keydown', onKey);
      clearTimeout(report);
    };
  }, [keyTarget, controls]);

  useFrame(() => {
    const g = glide.current;
    if (g) {
      const t = Math.min(1, (performance.now() - g.start) / DURATION_MS);
      place(blendOrbits(g.from, g.to, ease(t)));
      if (t < 1) invalidate();
      else {
        glide.current = null;
        status.moving--;
      }
      return;
    }
    // With damping, update() keeps easing after a drag and asks for frames through its change event.
    controls.update();
  });

  return null;
}
