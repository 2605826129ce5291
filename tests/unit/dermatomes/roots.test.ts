import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LESSON_LINKS, MAP_SOURCES, REFERRAL_PATTERNS, REFERRAL_VS_ROOT, ROOTS, ROOT_IDS, SCIATIC_ROOTS, rootById, rootForKeyPoint, rootLabel,
} from '../../../src/data/dermatomes/index.ts';
import { lessonHeading } from '../../../src/rules/index.ts';
import { documentedAnchors, isDocumentedSection } from '../helpers/anchors.ts';

// The root facts as the sources in content/references/ give them, restated as the checks the data must pass.
describe('root facts against the sources', () => {
  it('covers L1 to S4–5 once each, in order', () => {
    expect(ROOTS.map((r) => r.id)).toEqual([...ROOT_IDS]);
    expect(rootLabel('S4-5')).toBe('S4–5');
  });

  it.each([
    ['L1', /inguinal ligament.*T12.*L2/],
    ['L2', /front of the thigh/],
    ['L3', /medial femoral condyle/],
    ['L4', /medial malleolus/],
    ['L5', /third metatarsophalangeal joint/],
    ['S1', /heel/],
    ['S2', /popliteal fossa/],
    ['S3', /ischial tuberosity/],
    ['S4-5', /1 cm.*anus/],
  ] as const)('%s has the ISNCSCI key sensory point', (id, pattern) => {
    const { name, detail } = rootById(id).keyPoint;
    expect(`${name} ${detail}`).toMatch(pattern);
  });

  it('gives the ISNCSCI key muscles for L2 to S1 and none for the others', () => {
    const groups = Object.fromEntries(ROOTS.map((r) => [r.id, r.keyMuscle?.group ?? null]));
    expect(groups).toEqual({
      L1: null, L2: 'Hip flexors', L3: 'Knee extensors', L4: 'Ankle dorsiflexors', L5: 'Long toe extensors',
      S1: 'Ankle plantar flexors', S2: null, S3: null, 'S4-5': null,
    });
    for (const root of ROOTS) if (root.keyMuscle) expect(root.keyMuscle.test.length).toBeGreaterThan(20);
  });

  it('links the reflexes as the sheet does, marking the medial hamstring as less established', () => {
    expect(rootById('L3').reflex?.name).toMatch(/Patellar/);
    expect(rootById('L4').reflex?.name).toMatch(/Patellar/);
    expect(rootById('L4').reflex?.note).toMatch(/L3/);
    expect(rootById('L4').reflex?.note).toMatch(/textbooks/i);
    expect(rootById('L5').reflex).toMatchObject({ name: 'Medial hamstring', established: false });
    expect(rootById('L5').reflex?.note).toMatch(/Jensen 1987; Esene 2012/);
    expect(rootById('S1').reflex?.name).toMatch(/Achilles/);
    for (const id of ['L1', 'L2', 'S2', 'S3', 'S4-5'] as const) expect(rootById(id).reflex).toBeNull();
  });

  it('names the disc above for the usual posterolateral herniation, and the exiting root for far-lateral', () => {
    expect(rootById('L4').disc.level).toBe('L3/4');
    expect(rootById('L5').disc.level).toBe('L4/5');
    expect(rootById('S1').disc.level).toBe('L5/S1');
    expect(rootById('L4').disc.text).toMatch(/far-lateral L4\/5/);
    expect(rootById('L5').disc.text).toMatch(/far-lateral L5\/S1/);
    for (const id of ['S2', 'S3', 'S4-5'] as const) {
      expect(rootById(id).disc.level).toBeNull();
      expect(rootById(id).disc.text).toMatch(/cauda equina/);
    }
  });

  it('makes the sciatic nerve from L4 to S3, with S3 in the tibial part only', () => {
    expect(SCIATIC_ROOTS).toEqual(['L4', 'L5', 'S1', 'S2', 'S3']);
    expect(rootById('S3').sciatic.part).toBe('tibial');
    for (const id of ['L4', 'L5', 'S1', 'S2'] as const) expect(rootById(id).sciatic.part).toBe('both');
  });

  it('flags saddle numbness as a red flag on the sacral roots that form the saddle', () => {
    expect(ROOTS.filter((r) => r.redFlag).map((r) => r.id)).toEqual(['S2', 'S3', 'S4-5']);
  });

  it('never quotes the unsourced "90–95%" disc-level figure', () => {
    expect(JSON.stringify(ROOTS)).not.toMatch(/9\d\s*[–-]\s*9\d\s*%/);
  });
});

describe('rootForKeyPoint (for the case quizzes)', () => {
  it.each([
    ['medial malleolus', 'L4'],
    ['the inner ankle bone (medial malleolus)', 'L4'],
    ['Medial Femoral Condyle', 'L3'],
    ['ischial tuberosity', 'S3'],
    ['popliteal fossa', 'S2'],
    ['the outer side of the heel', 'S1'],
  ] as const)('%s → %s', (place, root) => expect(rootForKeyPoint(place)).toBe(root));

  it.each(['', 'knee', 'lateral malleolus', '<b>medial malleolus</b>x'])('%j → undefined', (place) => {
    expect(rootForKeyPoint(place)).toBeUndefined();
  });
});

describe('links and sources', () => {
  it('links only to lesson sections listed in docs/anchors.md', () => {
    const hrefs = new Set([...Object.values(LESSON_LINKS), ...ROOTS.flatMap((r) => r.lessons)].map((l) => l.href));
    const anchors = documentedAnchors();
    for (const href of hrefs) expect(isDocumentedSection(href, anchors), href).toBe(true);
  });

  it('labels each lesson link with its section’s heading, except the roots link, which names what it shows', () => {
    for (const [key, link] of Object.entries(LESSON_LINKS)) {
      if (key !== 'sciaticRoots') expect(link.label, link.href).toBe(lessonHeading(link.href));
    }
    expect(LESSON_LINKS.sciaticRoots.label).toBe('The sciatic nerve’s roots');
  });

  it('names map sources that exist as reference files, including the three maps that disagree', () => {
    expect(MAP_SOURCES.map((s) => s.id)).toEqual(expect.arrayContaining(['foerster-1933', 'keegan-garrett-1948', 'lee-2008', 'isncsci-2019']));
    for (const source of MAP_SOURCES) expect(existsSync(`content/references/${source.id}.yaml`), source.id).toBe(true);
  });

  it('sets gluteus minimus referral beside L5 and S1, with no neurological signs', () => {
    expect(REFERRAL_PATTERNS.map((p) => [p.fibres, p.overlaps])).toEqual([['anterior', ['L5']], ['posterior', ['S2', 'S1']]]);
    const signs = REFERRAL_VS_ROOT.map((r) => r.sign.toLowerCase()).join(' ');
    for (const sign of ['numbness', 'weakness', 'reflex']) expect(signs).toContain(sign);
    expect(REFERRAL_VS_ROOT.find((r) => r.sign === 'How far down')?.referral).toMatch(/past the ankle/);
  });
});
