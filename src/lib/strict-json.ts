import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/**
 * Strict JSON for files a person hands to a command line tool: what JSON.parse accepts, minus
 * the silent surprises. A repeated key is an error (JSON.parse keeps the last one, which once let
 * `{"findings":["saddle-anesthesia"],"findings":[]}` drop an emergency sign), and the source text
 * of every number is kept so a caller can insist on a plain whole number (JSON.parse reads
 * `3.0000000000000001` as 3). jsonc-parser gives the syntax tree with offsets; JSON.parse stays the
 * judge of what is valid JSON.
 */
export type StrictJson =
  | { ok: true; value: unknown; numberText: (path: readonly (string | number)[]) => string | undefined }
  | { ok: false; error: string };

function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function findDuplicateKey(root: Node): { key: string; offset: number } | undefined {
  // Iterative on purpose: a 64 KB file of "[[[[" must not overflow the stack.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const keyNode = property.children?.[0];
        const key = String(keyNode?.value);
        if (seen.has(key)) return { key, offset: keyNode?.offset ?? property.offset };
        seen.add(key);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return undefined;
}

function nodeAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = root;
  for (const step of path) {
    if (!node) return undefined;
    if (node.type === 'object' && typeof step === 'string') node = node.children?.find((p) => p.children?.[0]?.value === step)?.children?.[1];
    else if (node.type === 'array' && typeof step === 'number') node = node.children?.[step];
    else return undefined;
  }
  return node;
}

export function parseStrictJson(text: string): StrictJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `it is not valid JSON (${(error as Error).message})` };
  }
  let tree: Node | undefined;
  try {
    const errors: ParseError[] = [];
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) return { ok: false, error: `it is not valid JSON (${printParseErrorCode(first.error)} at ${position(text, first.offset)})` };
  } catch {
    return { ok: false, error: 'it is nested too deeply to read' };
  }
  if (!tree) return { ok: false, error: 'it is not valid JSON' };
  const duplicate = findDuplicateKey(tree);
  if (duplicate) {
    return { ok: false, error: `the key ${JSON.stringify(duplicate.key).slice(0, 60)} appears twice in one object (at ${position(text, duplicate.offset)}); give each key once` };
  }
  const root = tree;
  return {
    ok: true,
    value,
    numberText: (path) => {
      const node = nodeAt(root, path);
      return node?.type === 'number' ? text.slice(node.offset, node.offset + node.length) : undefined;
    },
  };
}
