import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CASES,
  MAX_SEED,
  assignmentOrder,
  buildAssignmentLink,
  buildAssignmentQuery,
  caseListProblems,
  normalizeTitle,
  parseAssignmentLink,
  randomSeed,
  seedProblems,
  shown,
  titleProblems,
  type Assignment,
  type ParsedAssignmentLink,
} from '../../../src/quiz/assignment-link.ts';
import { hasUnsafeCharacters } from '../../../src/quiz/text-safety.ts';

const KNOWN = ['warehouse-lift', 'piriformis-runner', 'gluteus-minimus-gardener', 'old-hamstring-strain', 'iliolumbar-sprain'];
const MANY = Array.from({ length: 45 }, (_, i) => `case-${i + 1}`);
const known = [...KNOWN, ...MANY];

function problems(search: string): string[] {
  const result = parseAssignmentLink(search, known);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('parseAssignmentLink: good links', () => {
  it('reads title, cases in order and seed, with or without the "?"', () => {
    const expected = { ok: true, assignment: { title: 'Week 3: referral', caseIds: ['piriformis-runner', 'warehouse-lift'], seed: 42 } };
    expect(parseAssignmentLink('?t=Week%203%3A%20referral&c=piriformis-runner,warehouse-lift&s=42', known)).toEqual(expected);
    expect(parseAssignmentLink('t=Week+3:+referral&c=piriformis-runner%2Cwarehouse-lift&s=42', known)).toEqual(expected);
  });

  it('has no seed when the order is fixed, and keeps the listed order', () => {
    const result = parseAssignmentLink('?t=Quiz&c=iliolumbar-sprain,warehouse-lift', known);
    expect(result).toEqual({ ok: true, assignment: { title: 'Quiz', caseIds: ['iliolumbar-sprain', 'warehouse-lift'] } });
    expect(result.ok && assignmentOrder(result.assignment)).toEqual(['iliolumbar-sprain', 'warehouse-lift']);
  });

  it('accepts the limits: 1 and 40 cases, a 120-character title, seeds 0 and 999999', () => {
    const title = 'x'.repeat(120);
    expect(parseAssignmentLink(`?t=${title}&c=${MANY.slice(0, 40).join(',')}&s=0`, known).ok).toBe(true);
    expect(parseAssignmentLink(`?t=A&c=warehouse-lift&s=${MAX_SEED}`, known).ok).toBe(true);
  });

  it('normalises spaces in the title and allows ordinary punctuation, accents and emoji', () => {
    const result = parseAssignmentLink(`?t=${encodeURIComponent('  Cas cliniques   & “red flags” — été 2026 ✓ ')}&c=warehouse-lift`, known);
    expect(result.ok && result.assignment.title).toBe('Cas cliniques & “red flags” — été 2026 ✓');
  });
});

describe('parseAssignmentLink: bad links name every problem', () => {
  it('names an extra key and says what a link may carry', () => {
    const [message] = problems('?t=Quiz&c=warehouse-lift&utm_source=mail');
    expect(message).toContain('“utm_source”');
    expect(message).toMatch(/only t \(the title\), c \(the cases\), s \(the seed\) and x \(a case your instructor wrote\)/);
  });

  it('treats key names as case-sensitive and catches repeated keys', () => {
    expect(problems('?T=Quiz&c=warehouse-lift').join(' ')).toMatch(/“T”.*no title/s);
    expect(problems('?t=A&t=B&c=warehouse-lift')).toEqual(['The link gives “t” more than once; each part may appear only once.']);
  });

  it('names unknown and repeated case ids, and empty entries', () => {
    expect(problems('?t=Quiz&c=warehouse-lift,no-such-case')).toEqual(['No case in the library is called “no-such-case”.']);
    expect(problems('?t=Quiz&c=warehouse-lift,warehouse-lift')).toEqual(['The case “warehouse-lift” is listed more than once.']);
    expect(problems('?t=Quiz&c=warehouse-lift,,piriformis-runner')[0]).toMatch(/empty entry/);
    expect(problems('?t=Quiz&c=')).toEqual(['No case is chosen. An assignment needs at least one case.']);
    expect(problems('?t=Quiz')).toEqual(['The link names no cases (the c part is missing).']);
  });

  it('refuses more than 40 cases', () => {
    expect(problems(`?t=Quiz&c=${MANY.slice(0, 41).join(',')}`)).toEqual([`There are 41 cases; an assignment holds at most ${MAX_CASES}.`]);
  });

  it.each(['abc', '-1', '1.5', '1e3', '007', '1000000', '', ' 4', '0x10', '４２'])('refuses the seed %j', (seed) => {
    const list = problems(`?t=Quiz&c=warehouse-lift&s=${encodeURIComponent(seed)}`);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^The seed must be a whole number from 0 to 999999/);
  });

  it('refuses titles that are missing, empty, too long, markup-like or hold control characters', () => {
    expect(problems('?c=warehouse-lift')).toEqual(['The link has no title (the t part is missing).']);
    expect(problems('?t=%20%20&c=warehouse-lift')[0]).toMatch(/title is empty/);
    expect(problems(`?t=${'y'.repeat(121)}&c=warehouse-lift`)).toEqual(['The title is 121 characters long; at most 120 are allowed.']);
    for (const hostile of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'a\u0000b', 'tab\there', 'line\nbreak', 'rtl\u202Eoverride', 'isolate\u2066x\u2069', 'sep\u2028line']) {
      const list = problems(`?t=${encodeURIComponent(hostile)}&c=warehouse-lift`);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatch(/angle brackets|control or text-direction character/);
    }
  });

  it('keeps titles in every script, joiners included, exactly', () => {
    for (const title of ['Week 3 👩‍⚕️ referral', 'هفته‌ی سوم', 'क्षेत्र परीक्षा', 'Family 👨‍👩‍👧 night', 'zero\u200Bwidth', 'שבוע 3 \u200Fמקרים']) {
      const parsed = parseAssignmentLink(buildAssignmentQuery({ title, caseIds: ['warehouse-lift'] }), known);
      expect(parsed).toEqual({ ok: true, assignment: { title, caseIds: ['warehouse-lift'] } });
    }
  });

  it('lists every problem at once, and quotes bad input as inert text', () => {
    const list = problems('?t=%3Cb%3E&c=%3Cscript%3E,warehouse-lift&s=x%3Cy&onload=%22%3E%3Cimg');
    expect(list).toHaveLength(4);
    expect(list.join('\n')).not.toMatch(/[<>"&]/);
    expect(list.join('\n')).toContain('“?script?”');
  });

  it('refuses a link far longer than any real one without reading it', () => {
    expect(problems(`?t=a&c=${'x'.repeat(25_000)}`)[0]).toMatch(/longer than any assignment link/);
  });
});

describe('building links', () => {
  it('makes a readable link with the keys in order', () => {
    const link = buildAssignmentLink({ title: 'Week 3: referral & red flags', caseIds: ['warehouse-lift', 'piriformis-runner'], seed: 7 });
    expect(link).toBe('/assignment/?t=Week%203%3A%20referral%20%26%20red%20flags&c=warehouse-lift,piriformis-runner&s=7');
    expect(buildAssignmentLink({ title: 'Q', caseIds: ['warehouse-lift'] }, '/assign/key/')).toBe('/assign/key/?t=Q&c=warehouse-lift');
  });

  it('names what the builder must fix before sharing, one field at a time', () => {
    expect(caseListProblems([], new Set(known))).toEqual(['No case is chosen. An assignment needs at least one case.']);
    expect(titleProblems('')).toEqual(['The title is empty. Give the assignment a title of 1 to 120 characters.']);
    expect(seedProblems('1000000')[0]).toMatch(/seed/);
  });

  it('offers seeds inside the range', () => {
    expect(randomSeed(() => 0)).toBe(0);
    expect(randomSeed(() => 0.9999999999)).toBe(MAX_SEED);
  });
});

describe('shown()', () => {
  it('keeps at most 40 characters and replaces anything markup-like or invisible', () => {
    expect(shown('<img src=x onerror=alert(1)>')).toBe('“?img src=x onerror=alert(1)?”');
    expect(shown('a'.repeat(50))).toBe(`“${'a'.repeat(40)}…”`);
    expect(shown('\u202E&amp;')).toBe('“??amp;”');
  });
});

// Property tests: the parser meets links built by the builder and links typed, pasted, truncated or
// crafted by anyone. None may throw, and none may let markup or hidden characters through.

const FRAGMENTS = [
  't', 'c', 's', 'T', 'C', 'x', 'utm_source', '__proto__', 'constructor', 'toString', '=', '&', '?', '#', ',', '+', '%', '%2', '%ZZ', '%00', '%0A',
  '%E2%80%AE', '%F0%9F%98%80', '%ED%A0%80', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '<img src=x onerror=alert(1)>', '"><script>', '%22%3E%3Cscript%3E',
  "'", '`', 'javascript:alert(1)', '&#60;', '&lt;b&gt;', '\u0000', '\n', ' ', 'warehouse-lift', 'piriformis-runner', 'case-1', 'case-40', '42', '-1', '999999', '1000000',
];
const hostileQuery = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')),
  fc
    .array(fc.tuple(fc.constantFrom('t', 'c', 's', 'x', 'T', '__proto__'), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 })), { maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v.join('')}`).join('&')}`),
);

function expectInert(result: ParsedAssignmentLink): void {
  const texts = result.ok ? [result.assignment.title, ...result.assignment.caseIds] : result.problems;
  for (const text of texts) {
    expect(text).not.toMatch(/[<>]/);
    expect(hasUnsafeCharacters(text)).toBe(false);
  }
}

describe('property: hostile and random query strings', () => {
  it('never throw, and always give a valid assignment or at least one problem, with no markup in either', () => {
    fc.assert(
      fc.property(hostileQuery, (search) => {
        const result = parseAssignmentLink(search, known);
        if (result.ok) {
          const { caseIds, title, seed } = result.assignment;
          expect(caseIds.length).toBeGreaterThanOrEqual(1);
          expect(caseIds.length).toBeLessThanOrEqual(MAX_CASES);
          expect(new Set(caseIds).size).toBe(caseIds.length);
          expect(caseIds.every((id) => known.includes(id))).toBe(true);
          expect([...title].length).toBeGreaterThanOrEqual(1);
          expect([...title].length).toBeLessThanOrEqual(120);
          if (seed !== undefined) expect(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED).toBe(true);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
        }
        expectInert(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('the link a valid assignment builds parses back to the same assignment', () => {
    const validTitle = fc
      .string({ minLength: 1, maxLength: 130, unit: fc.constantFrom('a', 'Z', 'é', ' ', '\u00A0', ':', '&', '%', '+', '=', '#', '?', ',', '"', "'", '/', '😀', '—', '3')})
      .map(normalizeTitle)
      .filter((t) => t.length > 0 && [...t].length <= 120);
    const assignment = fc.record(
      {
        title: validTitle,
        caseIds: fc.shuffledSubarray(known, { minLength: 1, maxLength: MAX_CASES }),
        seed: fc.integer({ min: 0, max: MAX_SEED }),
      },
      { requiredKeys: ['title', 'caseIds'] },
    );
    fc.assert(
      fc.property(assignment, (a: Assignment) => {
        expect([...caseListProblems(a.caseIds, new Set(known)), ...titleProblems(a.title), ...seedProblems(String(a.seed ?? 0))]).toEqual([]);
        const parsed = parseAssignmentLink(buildAssignmentQuery(a), known);
        expect(parsed).toEqual({ ok: true, assignment: a });
        // The address the browser ends up with, after URL parsing, reads the same.
        const url = new URL(buildAssignmentLink(a), 'https://atlas.example.org');
        expect(parseAssignmentLink(url.search, known)).toEqual({ ok: true, assignment: a });
      }),
      { numRuns: 500 },
    );
  });

  it('a hostile title is either refused or kept as the same plain text, never changed into something else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 140 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 10 }).map((p) => p.join(''))), (title) => {
        const result = parseAssignmentLink(`?t=${encodeURIComponent(title.replace(/\p{Cs}/gu, '\uFFFD'))}&c=warehouse-lift`, known);
        if (result.ok) expect(result.assignment.title).toBe(normalizeTitle(title));
        expectInert(result);
      }),
      { numRuns: 500 },
    );
  });
});
