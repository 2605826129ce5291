import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDINGS, URGENCY_LEVELS, getFinding, isFindingId, signsAtLevel as rulesSignsAtLevel, type FindingId } from '../../../src/rules/index.ts';
import { SIGN_LEVELS, ladderRungs, signsAtLevel } from '../../../src/components/user/red-flag-lists.ts';

// Lessons list warning signs in a few places that read as prose lists. Every item in those lists
// must name a sign the rules hold (so the checker can record it and the card prints it); a new item
// with no finding behind it, or a finding the rules drop, fails here.
const SIGN_WORDS: Partial<Record<FindingId, RegExp>> = {
  'bladder-bowel-change': /bladder|bowel control|passing urine|urine|retention|leak/i,
  'saddle-anesthesia': /saddle|between the legs/i,
  'foot-drop': /foot drop/i,
  'severe-weakness': /weakness that is new or getting worse/i,
  'severe-unrelenting-pain': /severe pain/i,
  fever: /fever/i,
  'unexplained-weight-loss': /weight loss/i,
  'feeling-unwell': /unwell/i,
  'history-of-cancer': /history of cancer/i,
  'age-over-50-new-pain': /age over 50/i,
  'thoracic-pain': /middle of the back|thoracic/i,
  'recent-infection': /recent infection/i,
  'iv-drug-use': /injecting drug/i,
  immunosuppression: /immune system|steroid/i,
  'recent-spinal-procedure': /spinal surgery|injection or another procedure/i,
  'significant-trauma': /significant trauma/i,
  osteoporosis: /osteoporosis/i,
  'pulsatile-abdominal-mass': /pulsating lump/i,
};

/** The bullet items under one heading (up to the next heading of the same or a higher level). */
function bulletsUnder(file: string, heading: string): string[] {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`${file}: no heading "${heading}"`);
  const level = heading.match(/^#+/)![0].length;
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level}} `));
  return [...(end < 0 ? rest : rest.slice(0, end)).matchAll(/^- (.+)$/gm)].map((m) => m[1]!);
}

const SIGN_LISTS: [file: string, heading: string][] = [
  ['content/lessons/red-flags-and-referral.mdx', '### Early signs and late signs'],
  ['content/lessons/red-flags-and-referral.mdx', '## Other red flags'],
  ['content/lessons/the-clients-side.mdx', '## When to get checked urgently'],
];

/** The findings a list item names; empty when it names none the rules hold. */
function signsNamed(item: string, words = SIGN_WORDS): FindingId[] {
  return (Object.entries(words) as [FindingId, RegExp][]).filter(([, re]) => re.test(item)).map(([id]) => id);
}

describe('signs listed in lessons', () => {
  it('every word list names a finding the rules hold as a warning sign', () => {
    for (const id of Object.keys(SIGN_WORDS)) {
      expect(isFindingId(id), id).toBe(true);
      expect(getFinding(id as FindingId).level).not.toBe('clue');
    }
  });

  for (const [file, heading] of SIGN_LISTS) {
    it(`${file.split('/').pop()} "${heading}": every item is a sign the rules hold`, () => {
      const items = bulletsUnder(file, heading);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(signsNamed(item), item).not.toEqual([]);
    });
  }

  it('a planted sign the rules lack is caught', () => {
    expect(signsNamed('- a sudden loss of appetite')).toEqual([]);
    expect(signsNamed('- a fever')).toEqual(['fever']);
  });
});

describe('what the lesson renders from the rules', () => {
  it('lists every sign of every level, in the rules\' order, and only those', () => {
    const listed = SIGN_LEVELS.flatMap((level) => signsAtLevel(level).map((s) => s.id));
    const signs = FINDINGS.filter((f) => f.level !== 'clue');
    expect(new Set(listed)).toEqual(new Set(signs.map((f) => f.id)));
    for (const level of SIGN_LEVELS) expect(signsAtLevel(level)).toEqual(rulesSignsAtLevel(level));
  });
  it('the ladder has every urgency level with its timescale and treating instruction', () => {
    const rungs = ladderRungs();
    expect(rungs.map((r) => r.level)).toEqual([...URGENCY_LEVELS]);
    for (const rung of rungs) {
      expect(rung.timescale.length).toBeGreaterThan(2);
      expect(rung.treating.length).toBeGreaterThan(2);
    }
  });
});
