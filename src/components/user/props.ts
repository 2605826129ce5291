import type { z } from 'astro/zod';

/**
 * Validates an author-facing component's props, so a typo in a lesson (an unknown root, a type
 * that does not exist) stops the build with the component named instead of rendering nothing.
 */
export function parseProps<Schema extends z.ZodType>(component: string, schema: Schema, props: unknown): z.infer<Schema> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`).join('; ');
  throw new Error(`<${component}>: ${problems} (props were ${JSON.stringify(props)})`);
}
