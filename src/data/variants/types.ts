/**
 * The six Beaton & Anson (1937) types of the sciatic nerve's relation to the piriformis, with their
 * prevalence as the sources report it. Beaton & Anson's own lettering only: some later papers reuse
 * the letters A–F with other meanings.
 */

/** Reference ids (files in content/references/) this viewer cites. */
export type ReferenceId =
  | 'beaton-anson-1937'
  | 'natsis-2014'
  | 'tomaszewski-2016'
  | 'smoll-2010'
  | 'poutoglidou-2020'
  | 'standring-2020';

export const DIVISIONS = ['tibial', 'commonFibular'] as const;
/** The nerve's two divisions, bound in one sheath until they split. */
export type Division = (typeof DIVISIONS)[number];

export const PASSAGES = ['above', 'through', 'below'] as const;
/** Where a division leaves the pelvis relative to the piriformis. */
export type Passage = (typeof PASSAGES)[number];

export const TYPE_IDS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type TypeId = (typeof TYPE_IDS)[number];

export interface Prevalence {
  /** As the source states it, e.g. "85.2%" or "none". */
  value: string;
  /** What the figure counts, in a few words, e.g. "pooled, 7,068 limbs". */
  basis: string;
  source: ReferenceId;
}

export interface VariantType {
  id: TypeId;
  /** Short name, e.g. "Type B: common fibular division through the muscle". */
  name: string;
  /** Whether the nerve is already split into its two divisions where it meets the muscle. */
  divided: boolean;
  passage: Record<Division, Passage>;
  /** One sentence saying where each division runs. */
  description: string;
  /** How common, in plain words, for a quick sense of scale. */
  rarity: string;
  prevalence: readonly Prevalence[];
}

export const VARIANT_TYPES: readonly VariantType[] = [
  {
    id: 'A',
    name: 'Type A: undivided nerve below the muscle',
    divided: false,
    passage: { tibial: 'below', commonFibular: 'below' },
    description:
      'The nerve leaves the pelvis in one piece, and both of its divisions pass below the lower border of the piriformis.',
    rarity: 'The usual pattern: most limbs.',
    prevalence: [
      { value: '85.2%', basis: 'pooled from 45 studies', source: 'tomaszewski-2016' },
      { value: '93.6%', basis: '294 cadaver limbs', source: 'natsis-2014' },
    ],
  },
  {
    id: 'B',
    name: 'Type B: common fibular division through the muscle',
    divided: true,
    passage: { tibial: 'below', commonFibular: 'through' },
    description:
      'The nerve is already divided: the common fibular division passes through the piriformis, splitting it, while the tibial division passes below it.',
    rarity: 'The most common variant: roughly one limb in ten in pooled data.',
    prevalence: [
      { value: '9.8%', basis: 'pooled from 45 studies', source: 'tomaszewski-2016' },
      { value: '4.1%', basis: '294 cadaver limbs', source: 'natsis-2014' },
    ],
  },
  {
    id: 'C',
    name: 'Type C: common fibular division above the muscle',
    divided: true,
    passage: { tibial: 'below', commonFibular: 'above' },
    description:
      'The nerve is already divided: the common fibular division passes above the piriformis and crosses behind it, while the tibial division passes below it.',
    rarity: 'Rare.',
    prevalence: [{ value: '0.3%', basis: '294 cadaver limbs', source: 'natsis-2014' }],
  },
  {
    id: 'D',
    name: 'Type D: undivided nerve through the muscle',
    divided: false,
    passage: { tibial: 'through', commonFibular: 'through' },
    description:
      'The whole nerve, still undivided, passes through the piriformis and splits the muscle into an upper and a lower belly.',
    rarity: 'Rare.',
    prevalence: [{ value: '0.3%', basis: '294 cadaver limbs', source: 'natsis-2014' }],
  },
  {
    id: 'E',
    name: 'Type E: divisions above and through the muscle',
    divided: true,
    passage: { tibial: 'through', commonFibular: 'above' },
    description:
      'The nerve is already divided: the common fibular division passes above the piriformis, while the tibial division passes through it.',
    rarity: 'Rare: Beaton and Anson described it; Natsis found none in 294 limbs.',
    prevalence: [{ value: 'none', basis: '294 cadaver limbs', source: 'natsis-2014' }],
  },
  {
    id: 'F',
    name: 'Type F: undivided nerve above the muscle',
    divided: false,
    passage: { tibial: 'above', commonFibular: 'above' },
    description:
      'The nerve leaves the pelvis in one piece above the upper border of the piriformis, then runs down behind the muscle.',
    rarity: 'Rare.',
    prevalence: [{ value: '0.3%', basis: '294 cadaver limbs', source: 'natsis-2014' }],
  },
];

/** Figures about all variants together, shown beside every type. */
export const ANY_VARIANT_NOTES: readonly { text: string; source: ReferenceId }[] = [
  {
    text: 'Piriformis and sciatic nerve anomalies of any kind (a wider group than types B to F: it includes variants of the muscle alone) were pooled at 16.9% of 6,062 cadavers and 16.2% in people operated on for piriformis syndrome. The difference was not significant, but the surgical figure rests on few patients and its confidence interval is wide (about 11% to 24%).',
    source: 'smoll-2010',
  },
  { text: 'Variants are more common in East Asian samples, about 31% pooled.', source: 'poutoglidou-2020' },
];

export const DEFAULT_TYPE: TypeId = 'A';

/** Where a division passes, as the variants page's table says it. */
export const PASSAGE_LABELS: Readonly<Record<Passage, string>> = {
  above: 'above the muscle',
  through: 'through the muscle',
  below: 'below the muscle',
};

/** "whole nerve below", "CF through, T below": where the divisions go, in a few words. */
export function passageSummary(t: VariantType): string {
  if (!t.divided) return `whole nerve ${t.passage.tibial}`;
  return `CF ${t.passage.commonFibular}, T ${t.passage.tibial}`;
}

export function isTypeId(value: string): value is TypeId {
  return (TYPE_IDS as readonly string[]).includes(value);
}

export function variantType(id: TypeId): VariantType {
  const found = VARIANT_TYPES.find((t) => t.id === id);
  if (!found) throw new Error(`unknown variant type ${id}`);
  return found;
}

/** Short labels for citing a reference on the page ("Natsis 2014"). */
export const SOURCE_LABEL: Record<ReferenceId, string> = {
  'beaton-anson-1937': 'Beaton & Anson 1937',
  'natsis-2014': 'Natsis 2014',
  'tomaszewski-2016': 'Tomaszewski 2016',
  'smoll-2010': 'Smoll 2010',
  'poutoglidou-2020': 'Poutoglidou 2020',
  'standring-2020': 'Standring 2020',
};

/** The references page anchor of a source (matches src/lib/citation.ts referenceAnchor). */
export function sourceHref(id: ReferenceId): string {
  return `/references/#ref-${id}`;
}
