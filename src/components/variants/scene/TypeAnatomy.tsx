/**
 * The parts that change with the type: the piriformis (whole or split) and the nerve (one trunk,
 * or two divisions). Switching type blends the shapes over a short moment, or jumps with reduced
 * motion. Geometry is built in type-geometry.ts and swapped on the meshes outside React.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { blendShapes, ease, shapeOf, type TypeShape } from '../../../data/variants/morph.ts';
import type { TypeId } from '../../../data/variants/types.ts';
import { Nerve } from './Nerve.tsx';
import { Piriformis } from './Piriformis.tsx';
import { useScene } from './SceneContext.tsx';
import { applyTypeGeometry, buildTypeGeometry, disposeTypeGeometry, type TypeGeometry, type TypeMeshRefs } from './type-geometry.ts';

const DURATION_MS = 650;

export function TypeAnatomy({ type }: { type: TypeId }) {
  const { status, reducedMotion } = useScene();
  const invalidate = useThree((s) => s.invalidate);
  const shape = useRef<TypeShape>(shapeOf(type));
  // The first geometry is built during render so the very first frame already shows the type.
  const initial = useMemo(() => buildTypeGeometry(shape.current), []);
  const current = useRef<TypeGeometry>(initial);
  // One ref per mesh, handed down: the children attach them, this component swaps their geometry.
  const refs: TypeMeshRefs = {
    upper: useRef(null),
    lower: useRef(null),
    trunk: useRef(null),
    tibial: useRef(null),
    commonFibular: useRef(null),
  };
  const animation = useRef<{ from: TypeShape; to: TypeShape; start: number } | null>(null);

  const show = (next: TypeShape) => {
    const old = current.current;
    const fresh = buildTypeGeometry(next);
    applyTypeGeometry(refs, fresh);
    disposeTypeGeometry(old);
    current.current = fresh;
    shape.current = next;
    status.undivided = next.undivided;
  };

  // Only a new type (or a change of motion setting) starts a transition; the helpers read refs.
  useEffect(() => {
    status.undivided = shape.current.undivided;
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
  useEffect(() => () => disposeTypeGeometry(current.current), []);

  // Reading the ref here is deliberate: a mesh that remounts (its layer shown again) must get the
  // geometry that is current now, not the one the scene started with.
  return (
    <>
      <Piriformis upper={current.current.upper} lower={current.current.lower} refs={refs} />
      <Nerve geometry={current.current} refs={refs} />
    </>
  );
}
