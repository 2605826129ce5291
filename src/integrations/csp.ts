// Reading and combining Content-Security-Policy strings, for the _headers file the build writes.
// Each page carries its own policy in a <meta> tag (Astro hashes that page's scripts and styles);
// a static host sends one header for every page, so the header must allow what any page allows,
// and the browser enforces both: the header adds what a <meta> cannot say (frame-ancestors).

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // As in browsers, the first occurrence of a directive wins.
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * A policy that allows exactly what at least one of `policies` allows, directive by directive.
 * Every policy here names the same directives (they come from one config), so a directive missing
 * from some policies is simply taken from the others.
 */
export function unionPolicies(policies: readonly Policy[]): Policy {
  const union: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const merged = new Set([...(union.get(name) ?? []), ...sources]);
      union.set(name, [...merged]);
    }
  }
  return union;
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function policyOfPage(html: string): string | undefined {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv=["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return (content[1] ?? content[2] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  }
  return undefined;
}
