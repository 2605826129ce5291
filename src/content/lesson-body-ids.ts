// Lessons link glossary terms and cite sources by id inside their MDX body, where the frontmatter
// schema cannot see. These checks run on the raw MDX text (in the unit tests and when the lesson
// page is built), so a typo fails with the file, the line and the component named.

export interface BodyIdProblem { line: number; message: string }

export interface KnownIds {
  glossary: ReadonlySet<string>;
  /** The ids in this lesson's frontmatter `references`. */
  lessonReferences: ReadonlySet<string>;
}

const COMPONENT_ID = /<(Term|Cite)\b[^>]*?\bid=["']([^"']*)["']/g;
const COMPONENT_WITHOUT_ID = /<(Term|Cite)\b(?![^>]*\bid=)[^>]*>/g;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** `source` is the whole MDX file, so line numbers match the file. */
export function findBodyIdProblems(source: string, known: KnownIds): BodyIdProblem[] {
  const problems: BodyIdProblem[] = [];
  for (const match of source.matchAll(COMPONENT_ID)) {
    const [, component, id] = match;
    const line = lineOf(source, match.index);
    if (component === 'Term' && !known.glossary.has(id!)) {
      problems.push({ line, message: `<Term id="${id}"> names no file in content/glossary/` });
    }
    if (component === 'Cite' && !known.lessonReferences.has(id!)) {
      problems.push({ line, message: `<Cite id="${id}"> is not in this lesson's frontmatter "references"` });
    }
  }
  for (const match of source.matchAll(COMPONENT_WITHOUT_ID)) {
    problems.push({ line: lineOf(source, match.index), message: `<${match[1]}> has no id` });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** One error message for a lesson file, or undefined when its body is clean. */
export function describeBodyIdProblems(file: string, problems: BodyIdProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n');
}
