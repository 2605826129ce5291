/**
 * A written case as a YAML file in the form of content/cases/<id>.yaml, ready to contribute: the
 * schema's fields in the order the library's files use, lessons from the ticked findings, no
 * answers (the build computes them). Uses the `yaml` library; the authoring page loads this module
 * only when a download is asked for.
 */
import { stringify } from 'yaml';
import type { AuthoredCase } from './authored-case.ts';
import { toCaseInput } from './authored-case.ts';

export function caseYaml(draft: AuthoredCase): string {
  const input = toCaseInput(draft);
  const data: Record<string, unknown> = {
    title: input.title,
    story: input.story,
    findings: input.findings,
    ...(input.sessionsWithoutImprovement === undefined ? {} : { sessionsWithoutImprovement: input.sessionsWithoutImprovement }),
    topics: input.topics,
    difficulty: input.difficulty,
    lessons: input.lessons,
  };
  return `# Written on Sciatic Atlas (/assign/write/). The answers are not in this file: the rules compute them.\n${stringify(data, { lineWidth: 100 })}`;
}
