import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// npm runs on the machine's Node, but every npm script runs on the Node of the `node` dependency
// (see .npmrc). npm's own engines check looks at the wrong Node, so this test does it against the
// right one: a dependency that needs a newer Node than the one we ship fails here, by name.
interface Lockfile { packages: Record<string, { version?: string; optional?: boolean; engines?: Record<string, string> | string[] }> }

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const shippedNode = pkg.dependencies.node!;

/** Installed packages (not optional ones, which npm skips when they do not fit) whose engines reject `node`. */
function packagesRejecting(node: string, lockfile: Lockfile): string[] {
  return Object.entries(lockfile.packages).flatMap(([path, entry]) => {
    const range = !entry.optional && entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    return range && !semver.satisfies(node, range) ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version} needs node ${range}`] : [];
  });
}

const lockfiles = ['package-lock.json', 'scripts/bench/package-lock.json'].map((file) => ({ file, lock: JSON.parse(readFileSync(file, 'utf8')) as Lockfile }));

describe('the Node that runs the npm scripts', () => {
  it('is one exact version of the npm package node', () => {
    expect(semver.valid(shippedNode), 'dependencies.node is pinned').toBe(shippedNode);
  });

  it.each(lockfiles)('satisfies the engines of every package in $file', ({ lock }) => {
    expect(packagesRejecting(shippedNode, lock)).toEqual([]);
  });

  it('is the major version .nvmrc names, for tools run outside npm scripts', () => {
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(String(semver.major(shippedNode)));
  });

  it('would be caught if it were too old for a dependency', () => {
    const rejected = packagesRejecting('20.20.2', lockfiles[0]!.lock);
    expect(rejected).toContain(`astro@${lockfiles[0]!.lock.packages['node_modules/astro']!.version} needs node >=22.12.0`);
  });
});
