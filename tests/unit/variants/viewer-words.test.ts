import { describe, expect, it } from 'vitest';
import { diagramDescription, diagramTitle } from '../../../src/components/variants/diagram-words.ts';
import { selectionInfo, selectionName, stageLabel, typeAnnouncement } from '../../../src/components/variants/viewer-words.ts';
import { ENTRAPMENT_SITES } from '../../../src/data/variants/entrapment.ts';
import { STRUCTURES } from '../../../src/data/variants/structures.ts';
import { TYPE_IDS, variantType } from '../../../src/data/variants/types.ts';

describe('what the viewer says', () => {
  it('names a structure and shows its two sentences and lesson', () => {
    const info = selectionInfo({ kind: 'structure', id: 'piriformis' });
    expect(info.title).toBe('Piriformis');
    expect(info.lines).toHaveLength(2);
    expect(info.lesson.href).toBe('/lessons/entrapment-sites/#against-the-piriformis');
    expect(selectionName({ kind: 'structure', id: 'piriformis' })).toBe('Piriformis');
  });

  it('numbers a site as its marker does, in the panel and in the announcement', () => {
    for (const site of ENTRAPMENT_SITES) {
      expect(selectionInfo({ kind: 'site', id: site.id }).title).toBe(`Site ${site.number}: ${site.title}`);
      expect(selectionName({ kind: 'site', id: site.id })).toBe(`site ${site.number}, ${site.title}`);
    }
    expect(selectionName(null)).toBe('nothing');
  });

  it('gives every structure a panel', () => {
    for (const s of STRUCTURES) expect(selectionInfo({ kind: 'structure', id: s.id }).lines.join(' ')).toMatch(/\w/);
  });

  it('reads out a new type with its description and every prevalence figure', () => {
    const b = typeAnnouncement('B');
    expect(b.startsWith(`${variantType('B').name}. ${variantType('B').description}`)).toBe(true);
    for (const p of variantType('B').prevalence) expect(b).toContain(`${p.value} ${p.basis}`);
    expect(stageLabel('D')).toBe(`Type D, right buttock and thigh. ${variantType('D').description}`);
  });

  it('describes the diagram as one trunk for A, D and F, two divisions for B, C and E', () => {
    for (const type of TYPE_IDS) {
      const words = diagramDescription(type, 'region');
      expect(words.startsWith(variantType(type).description)).toBe(true);
      expect(words.includes('The undivided nerve'), type).toBe(!variantType(type).divided);
      expect(words).toContain('Numbered circles');
      expect(diagramDescription(type, 'closeup')).not.toContain('Numbered circles');
    }
    expect(diagramTitle('C', 'region')).toBe('Diagram of type C, right buttock seen from behind');
    expect(diagramTitle('C', 'closeup')).toBe('Type C, close up on the piriformis, seen from behind');
  });
});
