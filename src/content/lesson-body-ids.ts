// Lessons link glossary terms and cite sources by id inside their MDX body, where the frontmatter
// schema cannot see. The Markdown pipeline's plugin (src/integrations/remark-known-ids.ts) finds
// every <Term> and <Cite> in the parsed lesson and hands them here, so a typo stops the build with
// the file, the line and the component named. Pure: no parser, no file system.

export type IdComponentName = 'Term' | 'Cite';

/** One <Term> or <Cite> as the parser found it. */
export interface IdComponent {
  name: IdComponentName;
  /** The `id` attribute: a string, `undefined` when absent, `null` when it is an expression `{...}`. */
  id: string | undefined | null;
  line: number;
}

export interface BodyIdProblem { line: number; message: string }

export interface KnownIds {
  glossary: ReadonlySet<string>;
  /** The ids in this lesson's frontmatter `references`. */
  lessonReferences: ReadonlySet<string>;
}

function problemWith({ name, id }: IdComponent, known: KnownIds): string | undefined {
  if (id === undefined) return `<${name}> has no id`;
  if (id === null) return `<${name} id={...}> must name its id as a plain string, e.g. id="sciatica"`;
  if (name === 'Term' && !known.glossary.has(id)) return `<Term id="${id}"> names no file in content/glossary/`;
  if (name === 'Cite' && !known.lessonReferences.has(id)) return `<Cite id="${id}"> is not in this lesson's frontmatter "references"`;
  return undefined;
}

/** The problems of a lesson's components, in line order. */
export function findBodyIdProblems(components: readonly IdComponent[], known: KnownIds): BodyIdProblem[] {
  return components
    .flatMap((component) => {
      const message = problemWith(component, known);
      return message ? [{ line: component.line, message }] : [];
    })
    .sort((a, b) => a.line - b.line);
}

/** One error message for a lesson file, or undefined when its body is clean. */
export function describeBodyIdProblems(file: string, problems: readonly BodyIdProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  return problems.map((p) => `${file}:${p.line}: ${p.message}`).join('\n');
}
