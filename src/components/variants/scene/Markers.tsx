/** Numbered markers at the entrapment sites, always drawn on top; clicking one opens its explanation. */
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SpriteMaterial } from 'three';
import { ENTRAPMENT_SITES, type SiteId } from '../../../data/variants/entrapment.ts';
import { useScene } from './SceneContext.tsx';
import { CLICK_SLOP } from './use-select-handler.ts';

function markerMaterial(n: number, selected: boolean): SpriteMaterial {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 64;
  const g = canvas.getContext('2d');
  if (g) {
    g.beginPath();
    g.arc(32, 32, 27, 0, Math.PI * 2);
    g.fillStyle = selected ? '#ff6a00' : '#1c2226';
    g.fill();
    g.lineWidth = 5;
    g.strokeStyle = '#ffffff';
    g.stroke();
    g.fillStyle = '#ffffff';
    g.font = 'bold 34px system-ui, sans-serif';
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(String(n), 32, 34);
  }
  // A constant size on screen (sizeAttenuation off), so markers stay readable from near and far.
  return new SpriteMaterial({ map: new CanvasTexture(canvas), depthTest: false, transparent: true, sizeAttenuation: false });
}

/** Sprite scales (sizeAttenuation off, so a constant size on screen); LabelProjector keeps labels off them. */
export const MARKER_SCALE = { plain: 0.042, selected: 0.052 } as const;

export function Markers() {
  const { layers, selection, onSelect } = useScene();
  const materials = useMemo(
    () => new Map(ENTRAPMENT_SITES.map((s) => [s.id, { plain: markerMaterial(s.number, false), selected: markerMaterial(s.number, true) }])),
    [],
  );
  useEffect(
    () => () => {
      for (const pair of materials.values()) {
        for (const m of [pair.plain, pair.selected]) {
          m.map?.dispose();
          m.dispose();
        }
      }
    },
    [materials],
  );
  if (layers.sites === 'hidden') return null;
  const clickable = layers.sites === 'shown';
  const select = (id: SiteId) => (e: ThreeEvent<MouseEvent>) => {
    if (e.delta > CLICK_SLOP) return;
    e.stopPropagation();
    onSelect({ kind: 'site', id });
  };
  return (
    <group>
      {ENTRAPMENT_SITES.map((site) => {
        const pair = materials.get(site.id)!;
        const isSelected = selection?.kind === 'site' && selection.id === site.id;
        const material = isSelected ? pair.selected : pair.plain;
        material.opacity = layers.sites === 'ghost' ? 0.35 : 1;
        return (
          <sprite
            key={site.id}
            position={site.position}
            scale={isSelected ? MARKER_SCALE.selected : MARKER_SCALE.plain}
            material={material}
            renderOrder={30}
            onClick={clickable ? select(site.id) : undefined}
            dispose={null}
          />
        );
      })}
    </group>
  );
}
