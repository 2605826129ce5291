/**
 * The parts that change with the type: the piriformis (whole or split) and the two divisions with
 * their sheath. Switching type blends the shapes over a short moment, or jumps with reduced motion.
 * Geometry is rebuilt outside React (in effects and frames) and swapped on the meshes.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import type { BufferGeometry, Mesh } from 'three';
import { blendShapes, ease, shapeOf, type TypeShape } from '../../../data/variants/morph.ts';
import { SPLIT_INDEX } from '../../../data/variants/routes.ts';
import type { TypeId } from '../../../data/variants/types.ts';
import { buildDivision, buildSheath } from '../geometry/nerve.ts';
import { buildPiriformis } from '../geometry/piriformis.ts';
import { Nerve } from './Nerve.tsx';
import { Piriformis } from './Piriformis.tsx';
import { useScene } from './SceneContext.tsx';

const DURATION_MS = 650;

export interface TypeGeometry {
  bellies: [BufferGeometry, BufferGeometry];
  tibial: BufferGeometry;
  commonFibular: BufferGeometry;
  sheath: BufferGeometry;
}

function build(shape: TypeShape): TypeGeometry {
  return {
    bellies: buildPiriformis(shape.split),
    tibial: buildDivision(shape.tibial),
    commonFibular: buildDivision(shape.commonFibular),
    sheath: buildSheath(shape.tibial, shape.commonFibular, shape.sheathFrom, SPLIT_INDEX),
  };
}

export interface TypeMeshes {
  upper: Mesh | null;
  lower: Mesh | null;
  tibial: Mesh | null;
  commonFibular: Mesh | null;
  sheath: Mesh | null;
}

export function TypeAnatomy({ type }: { type: TypeId }) {
  const { status, reducedMotion } = useScene();
  const invalidate = useThree((s) => s.invalidate);
  const shape = useRef<TypeShape>(shapeOf(type));
  // The first geometry is built during render so the very first frame already shows the type.
  const initial = useMemo(() => build(shape.current), []);
  const current = useRef<TypeGeometry>(initial);
  const meshes = useRef<TypeMeshes>({ upper: null, lower: null, tibial: null, commonFibular: null, sheath: null });
  const animation = useRef<{ from: TypeShape; to: TypeShape; start: number } | null>(null);

  const show = (next: TypeShape) => {
    const old = current.current;
    const fresh = build(next);
    const m = meshes.current;
    if (m.upper) m.upper.geometry = fresh.bellies[0];
    if (m.lower) m.lower.geometry = fresh.bellies[1];
    if (m.tibial) m.tibial.geometry = fresh.tibial;
    if (m.commonFibular) m.commonFibular.geometry = fresh.commonFibular;
    if (m.sheath) m.sheath.geometry = fresh.sheath;
    for (const g of [...old.bellies, old.tibial, old.commonFibular, old.sheath]) g.dispose();
    current.current = fresh;
    shape.current = next;
  };

  // Only a new type (or a change of motion setting) starts a transition; the helpers read refs.
  useEffect(() => {
    if (shape.current.type === type && !animation.current) {
      status.drawnType = type;
      return;
    }
    const target = shapeOf(type);
    if (reducedMotion) {
      if (animation.current) status.moving--;
      animation.current = null;
      show(target);
      status.drawnType = type;
    } else {
      if (!animation.current) status.moving++;
      animation.current = { from: shape.current, to: target, start: performance.now() };
    }
    invalidate();
  }, [type, reducedMotion]);

  useFrame(() => {
    const a = animation.current;
    if (!a) return;
    const t = Math.min(1, (performance.now() - a.start) / DURATION_MS);
    show(blendShapes(a.from, a.to, ease(t)));
    if (t < 1) {
      invalidate();
    } else {
      animation.current = null;
      status.moving--;
      status.drawnType = a.to.type;
    }
  });

  // Dispose whatever geometry is current when the scene goes away.
  useEffect(() => () => {
    const g = current.current;
    for (const x of [...g.bellies, g.tibial, g.commonFibular, g.sheath]) x.dispose();
  }, []);

  // Reading the ref here is deliberate: a mesh that remounts (its layer shown again) must get the
  // geometry that is current now, not the one the scene started with.
  return (
    <>
      <Piriformis geometry={current.current.bellies} meshes={meshes.current} />
      <Nerve geometry={current.current} meshes={meshes.current} />
    </>
  );
}
