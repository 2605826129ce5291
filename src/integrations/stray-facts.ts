/**
 * Finds facts typed into lesson text that belong in src/data or src/rules: percentages, session
 * counts and root attributions (a root named in the same sentence as a skin area, muscle, reflex,
 * disc or nerve part). Lessons render those through src/components/user/, so a typed copy is a
 * copy that can drift. A few figures that belong to one cited study are allowed where they are
 * quoted (quoted-figures.ts), but only in one file.
 *
 * Pure: text in, problems out, so the build step, the unit test and an author's editor agree.
 */

export interface StrayFact {
  file: string;
  line: number;
  kind: 'percentage' | 'session count' | 'root attribution';
  text: string;
}

export interface QuotedFigure {
  /** Path as the check sees it, e.g. "content/lessons/piriformis-syndrome.mdx". */
  file: string;
  /** The exact figure as typed, e.g. "40.9%". */
  figure: string;
  /** The reference id whose finding it is. */
  source: string;
}

const PERCENT = /\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)/gi;
const COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
const SESSION_COUNT = new RegExp(
  `\\b${COUNT}(?:\\s*(?:to|–|-|or)\\s*${COUNT})?\\s+(?:massage\\s+)?sessions?\\b|\\bsession\\s+${COUNT}\\b|\\b(?:third|fourth|fifth)\\s+session\\b`,
  'gi',
);
/** A root (L5, S1, S4–5) or a disc between two (L4/L5, L4/5, L5/S1). */
const ROOT = /\b(?:[LS][1-5](?:\s*[/–-]\s*[LS]?[1-5])?)\b/;
/** A vertebra or sacral segment named by level is anatomy, not a root attribution. */
const VERTEBRAL = /\b(?:vertebra|vertebrae|vertebral bodies|transverse process of|level of [LS][1-5] to [LS][1-5])\b/i;
/** Words that turn a named root into a claim about what it supplies or what presses on it. */
const FACT_WORDS = new RegExp(
  '\\b(?:' + [
    'dermatomes?', 'myotomes?', 'key (?:muscle|sensory point|point)s?', 'reflex(?:es)?', 'jerk', 'skin', 'area', 'zone', 'strip',
    'shin', 'foot', 'feet', 'toes?', 'heel', 'sole', 'ankle', 'malleolus', 'thigh', 'knee', 'calf', 'groin', 'saddle', 'anus',
    'perineum', 'flexors?', 'extensors?', 'dorsiflex\\w*', 'plantar', 'herniations?', 'discs?', 'sciatic nerve', 'tibial',
    'fibular', 'plexus', 'trunk', 'divisions?', 'nerve levels?',
  ].join('|') + ')\\b',
  'i',
);

/** Component tags whose props pick data (ids, roots, types) rather than carry prose. */
const DATA_TAGS = /^(?:Term|Cite|RootSelfCheck|RootName|RootFact|RootTable|SciaticRoots|DiscRuleList|VariantPrevalence|VariantPrevalenceTable|SessionRule|SessionCount|RedFlagList|GluteusMinimusZones|[A-Z]\w*Embed)$/;
/** Props whose string values a reader sees. */
const SHOWN_PROPS = /^(?:question|options|title|caption|summary)$/;

/** Same length as the input, every character but newlines turned to a space. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The text a reader sees, with everything else blanked so line numbers survive: import lines,
 * data components' props, and prop names; the string values of shown props are kept.
 */
export function readableText(source: string): string {
  let text = source.replace(/^(?:import|export) .*$/gm, blank);
  text = text.replace(/<\/?([A-Za-z][\w.]*)((?:[^>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)\/?>/g, (tag, name: string, attrs: string) => {
    const out = blank(tag).split('');
    if (DATA_TAGS.test(name)) return out.join('');
    const attrsAt = tag.indexOf(attrs);
    // Keep each shown string where it stands, so a problem in it is reported on its own line; the
    // closing quote becomes a separator so two options never read as one sentence.
    for (const m of attrs.matchAll(/(\w+)=("[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})/g)) {
      if (!SHOWN_PROPS.test(m[1]!)) continue;
      const valueAt = attrsAt + m.index! + m[1]!.length + 1;
      for (const q of m[2]!.matchAll(/"([^"]*)"|'([^']*)'/g)) {
        const start = valueAt + q.index! + 1;
        const content = q[1] ?? q[2] ?? '';
        for (let i = 0; i < content.length; i++) out[start + i] = content[i]!;
        out[start + content.length] = '|';
      }
    }
    return out.join('');
  });
  return text;
}

function sentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+|\s*\|\s*/).filter((s) => s.trim() !== '');
}

export function findStrayFacts(file: string, source: string, quoted: readonly QuotedFigure[] = []): StrayFact[] {
  const allowed = new Set(quoted.filter((q) => q.file === file).map((q) => q.figure));
  const out: StrayFact[] = [];
  readableText(source).split('\n').forEach((line, index) => {
    const at = { file, line: index + 1 };
    for (const m of line.matchAll(PERCENT)) {
      if (!allowed.has(m[0])) out.push({ ...at, kind: 'percentage', text: m[0] });
    }
    for (const m of line.matchAll(SESSION_COUNT)) out.push({ ...at, kind: 'session count', text: m[0] });
    for (const sentence of sentences(line)) {
      if (ROOT.test(sentence) && FACT_WORDS.test(sentence) && !VERTEBRAL.test(sentence)) {
        out.push({ ...at, kind: 'root attribution', text: sentence.trim().slice(0, 120) });
      }
    }
  });
  return out;
}

/** Allowlist entries that are wrong: a figure quoted in more than one file, or absent from its file. */
export function quotedFigureProblems(files: ReadonlyMap<string, string>, quoted: readonly QuotedFigure[]): string[] {
  const problems: string[] = [];
  for (const q of quoted) {
    const holders = [...files].filter(([, text]) => readableText(text).includes(q.figure)).map(([name]) => name);
    if (!holders.includes(q.file)) problems.push(`${q.file}: the quoted figure ${q.figure} (${q.source}) is not there any more; remove it from quoted-figures.ts`);
    const others = holders.filter((name) => name !== q.file);
    if (others.length > 0) problems.push(`${q.figure} (${q.source}) is allowed only in ${q.file} but also appears in ${others.join(', ')}`);
  }
  return problems;
}

export function describeStrayFacts(found: readonly StrayFact[]): string {
  return [
    `${found.length} fact(s) typed into lesson text instead of rendered from src/data or src/rules:`,
    ...found.map((f) => `  ${f.file}:${f.line}: ${f.kind} "${f.text}"`),
    'Render them with the components in src/components/user/ (see docs/authoring.md), or, for a figure',
    'that belongs to one cited study and appears nowhere else, list it in src/integrations/quoted-figures.ts.',
  ].join('\n');
}
