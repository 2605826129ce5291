/**
 * One material per structure (so one can be highlighted or ghosted alone), plus a few shared ones.
 * Colours follow the site's figures: bone ivory, muscle red, tibial division gold and solid, common
 * fibular division teal with dark stripes. Created once per canvas and disposed with it. Lambert
 * shading (no physically based lighting): matte tissue looks the same, and a software renderer
 * draws it in a fraction of the time.
 */
import { Color, DoubleSide, MeshLambertMaterial, type Texture } from 'three';
import { STRUCTURES, type LayerState, type StructureId } from '../../../data/variants/structures.ts';
import { fibreTexture, stripeTexture } from '../geometry/textures.ts';

const COLOUR: Record<StructureId, string> = {
  'lumbar-vertebrae': '#e6dcc4',
  sacrum: '#e6dcc4',
  'hip-bone': '#e9e0ca',
  femur: '#e6dcc4',
  sacrotuberous: '#b9c7c9',
  sacrospinous: '#a3b6bb',
  piriformis: '#c9453c',
  'superior-gemellus': '#b2655c',
  'obturator-internus': '#a9574f',
  'inferior-gemellus': '#b2655c',
  'quadratus-femoris': '#a55a52',
  'gluteus-maximus': '#c77a6e',
  'gluteus-medius': '#b86d63',
  'gluteus-minimus': '#a8625a',
  hamstrings: '#b87068',
  'nerve-roots': '#e0b63a',
  'sciatic-nerve': '#f0c24a',
  'tibial-division': '#e8ac0c',
  'common-fibular-division': '#1ba3ad',
};

const MUSCLE_LAYERS = new Set(['piriformis', 'rotators', 'gmax', 'gmedmin', 'hamstrings']);
/** Gluteus maximus covers everything: even "shown" it stays see-through. */
const SHOWN_OPACITY: Partial<Record<StructureId, number>> = { 'gluteus-maximus': 0.45 };
const GHOST_OPACITY = 0.1;
const HIGHLIGHT = new Color('#ff6a00');
const NO_GLOW = new Color('#000000');

export interface SceneMaterials {
  byStructure: Record<StructureId, MeshLambertMaterial>;
  /** Foramina and other small dark details on bone. */
  dark: MeshLambertMaterial;
  disc: MeshLambertMaterial;
  dispose(): void;
}

export function createMaterials(): SceneMaterials {
  const bands = stripeTexture();
  const fibres = fibreTexture();
  const textures: Texture[] = [bands, fibres];
  const byStructure = {} as Record<StructureId, MeshLambertMaterial>;
  for (const s of STRUCTURES) {
    const muscle = MUSCLE_LAYERS.has(s.layer);
    byStructure[s.id] = new MeshLambertMaterial({
      color: COLOUR[s.id],
      // Muscles and ligaments get a faint lengthwise grain; the fibular division its bands.
      map: s.id === 'common-fibular-division' ? bands : muscle || s.layer === 'ligaments' ? fibres : null,
      // Gluteus maximus is seen through from both sides, so draw its inner face too.
      ...(s.id === 'gluteus-maximus' ? { side: DoubleSide } : {}),
    });
  }
  const dark = new MeshLambertMaterial({ color: '#5e5443' });
  const disc = new MeshLambertMaterial({ color: '#8cb1d6' });
  const all = [...Object.values(byStructure), dark, disc];
  return {
    byStructure,
    dark,
    disc,
    dispose() {
      for (const m of all) m.dispose();
      for (const t of textures) t.dispose();
    },
  };
}

/** Shows a structure's layer state and selection on its material. */
export function applyLook(material: MeshLambertMaterial, id: StructureId, state: LayerState, selected: boolean): void {
  const opacity = state === 'ghost' ? GHOST_OPACITY : (SHOWN_OPACITY[id] ?? 1);
  material.transparent = opacity < 1;
  material.opacity = opacity;
  // See-through surfaces must not hide what lies behind them in the depth buffer.
  material.depthWrite = opacity === 1;
  material.emissive.copy(selected ? HIGHLIGHT : NO_GLOW);
  material.emissiveIntensity = selected ? 0.55 : 0;
  material.needsUpdate = true;
}
