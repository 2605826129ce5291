/**
 * What the viewer's panels and live region say, from the data: the selected item's panel, its
 * name in an announcement, and the words read out when the type changes. Pure, so it is tested
 * without a browser (tests/unit/variants/viewer-words.test.ts).
 */
import { ENTRAPMENT_SITES } from '../../data/variants/entrapment.ts';
import type { Selection } from '../../data/variants/share-state.ts';
import { structure } from '../../data/variants/structures.ts';
import { variantType, type TypeId } from '../../data/variants/types.ts';

export interface SelectionInfo {
  title: string;
  lines: readonly string[];
  lesson: { href: string; label: string };
}

export function selectionInfo(selection: NonNullable<Selection>): SelectionInfo {
  if (selection.kind === 'structure') {
    const s = structure(selection.id);
    return { title: s.name, lines: s.description, lesson: s.lesson };
  }
  const s = ENTRAPMENT_SITES.find((x) => x.id === selection.id)!;
  return { title: `Site ${s.number}: ${s.title}`, lines: [s.explanation], lesson: s.lesson };
}

export function selectionName(selection: Selection): string {
  if (!selection) return 'nothing';
  if (selection.kind === 'structure') return structure(selection.id).name;
  const site = ENTRAPMENT_SITES.find((s) => s.id === selection.id)!;
  return `site ${site.number}, ${site.title}`;
}

export function typeAnnouncement(type: TypeId): string {
  const t = variantType(type);
  return `${t.name}. ${t.description} ${t.prevalence.map((p) => `${p.value} ${p.basis}`).join('; ')}.`;
}

/** The 3D view's accessible name for a type. */
export function stageLabel(type: TypeId): string {
  return `Type ${type}, right buttock and thigh. ${variantType(type).description}`;
}
