// Checks the ids of <Term> and <Cite> in every MDX lesson while it is compiled. Astro 7 parses
// Markdown with Sätteri, whose mdast plugins are what remark plugins were before (same node types:
// mdxJsxFlowElement, mdxJsxTextElement); this is one of them, registered in astro.config.mjs. A bad
// id fails the build with the lesson's file and line, e.g.
//   content/lessons/x.mdx:12: <Term id="dermatone"> names no file in content/glossary/
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { entryIdsIn } from '../content/ids.ts';
import { describeBodyIdProblems, findBodyIdProblems, type IdComponent, type IdComponentName, type KnownIds } from '../content/lesson-body-ids.ts';

const CHECKED: ReadonlySet<string> = new Set<IdComponentName>(['Term', 'Cite']);

function idOf(element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>): string | undefined | null {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (!attribute || attribute.type !== 'mdxJsxAttribute') return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

/** Glossary ids are read per lesson compile, so a term file added in dev is seen without a restart. */
export function remarkKnownIds(glossary: () => ReadonlySet<string> = () => entryIdsIn('glossary')): () => MdastPluginDefinition {
  return () => {
    const found: IdComponent[] = [];
    const collect = (element: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
      if (element.name && CHECKED.has(element.name)) {
        found.push({ name: element.name as IdComponentName, id: idOf(element), line: element.position?.start.line ?? 0 });
      }
    };
    return defineMdastPlugin({
      name: 'sciatic-atlas:known-ids',
      options: { position: true },
      mdxJsxFlowElement: (node) => collect(node),
      mdxJsxTextElement: (node) => collect(node),
      after: (_root, context) => {
        const frontmatter = (context.data as { astro?: { frontmatter?: { references?: unknown } } }).astro?.frontmatter;
        const references = Array.isArray(frontmatter?.references) ? frontmatter.references.filter((r): r is string => typeof r === 'string') : [];
        const known: KnownIds = { glossary: glossary(), lessonReferences: new Set(references) };
        const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : 'an MDX file';
        const message = describeBodyIdProblems(file, findBodyIdProblems(found, known));
        if (message) throw new Error(message);
      },
    });
  };
}
