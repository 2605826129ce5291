import type { z } from 'astro/zod';

/**
 * Validates an author-facing component's props, so a typo in a lesson (an unknown root, a type
 * that does not exist) stops the build with the component named instead of rendering nothing.
 */
export function parseProps<Schema extends z.ZodType>(component: string, schema: Schema, props: unknown): z.infer<Schema> {
  // Astro adds a scoping attribute (data-astro-cid-*) to components placed inside a styled one.
  const authored = Object.fromEntries(Object.entries(props as Record<string, unknown>).filter(([key]) => !key.startsWith('data-astro-')));
  const result = schema.safeParse(authored);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'props'}: ${issue.message}`).join('; ');
  throw new Error(`<${component}>: ${problems} (props were ${JSON.stringify(authored)})`);
}
