/**
 * Wording of the Beaton & Anson types for lessons, built from src/data/variants/types.ts so a
 * lesson's table and inline figures cannot drift from the 3D viewer's.
 */
import { VARIANT_TYPES, SOURCE_LABEL, variantType, type Passage, type Prevalence, type ReferenceId, type TypeId, type VariantType } from '../../data/variants/types.ts';

const PASSAGE_WORDS: Record<Passage, string> = {
  above: 'above the muscle',
  through: 'through the muscle',
  below: 'below the muscle',
};

export interface PrevalenceRow {
  type: TypeId;
  commonFibular: string;
  tibial: string;
  /** One entry per source, in the data's order. */
  prevalence: readonly { value: string; basis: string; text: string; source: ReferenceId; sourceLabel: string }[];
}

/** "9.8% (pooled from 45 studies)", "none (294 cadaver limbs)". */
export function prevalenceText(p: Prevalence): string {
  return `${p.value} (${p.basis})`;
}

function routeCell(type: VariantType, division: 'tibial' | 'commonFibular'): string {
  const words = PASSAGE_WORDS[type.passage[division]];
  return !type.divided && division === 'commonFibular' ? `${words} (nerve undivided)` : words;
}

export function prevalenceRows(): PrevalenceRow[] {
  return VARIANT_TYPES.map((type) => ({
    type: type.id,
    commonFibular: routeCell(type, 'commonFibular'),
    tibial: routeCell(type, 'tibial'),
    prevalence: type.prevalence.map((p) => ({ value: p.value, basis: p.basis, text: prevalenceText(p), source: p.source, sourceLabel: SOURCE_LABEL[p.source] })),
  }));
}

/** The figure one source gives for one type, as stated ("9.8%"); throws when that source gives none. */
export function prevalenceValue(id: TypeId, source?: ReferenceId): string {
  const type = variantType(id);
  const found = source ? type.prevalence.find((p) => p.source === source) : type.prevalence[0];
  if (!found) throw new Error(`No prevalence for type ${id} from ${source ?? 'any source'}`);
  return found.value;
}
