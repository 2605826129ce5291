import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticImports } from '../../src/integrations/built-files.ts';

export interface Weight { raw: number; gzip: number }
export interface PageWeight {
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** Bytes (gzip) of JavaScript that belongs to a UI framework (React): zero on pages without an island. */
  frameworkJsGzip: number;
  hasIsland: boolean;
}

const FRAMEWORK_MARKERS = [/react\.dev\/errors/, /__reactFiber/, /react-dom/];

const weigh = (text: string): Weight => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => m[1]!).filter(Boolean);
}

/** A JS module and every module it imports statically or dynamically (the page may load all of them). */
function moduleGraph(distDir: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  const file = join(distDir, entry);
  if (!existsSync(file)) return;
  seen.add(entry);
  const source = readFileSync(file, 'utf8');
  // Rolldown writes some specifiers as template literals (import(`./Scene3D.x.js`)): quotes of all three kinds.
  const specifiers = [
    ...staticImports(source),
    ...attributeValues(source, /\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g),
  ];
  for (const spec of specifiers) {
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const resolved = spec.startsWith('/') ? spec : posix.join(posix.dirname(entry), spec);
    moduleGraph(distDir, resolved, seen);
  }
}

export function weighPage(distDir: string, sitePath: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const scriptEntries = new Set<string>([
    ...attributeValues(html, /<script[^>]*\ssrc="([^"]+)"/g),
    ...attributeValues(html, /\scomponent-url="([^"]+)"/g),
    ...attributeValues(html, /\srenderer-url="([^"]+)"/g),
    ...attributeValues(html, /\sbefore-hydration-url="([^"]+)"/g),
  ].filter((src) => src.startsWith('/') && !src.startsWith('/pagefind/')));
  // Inline module scripts can import chunks too.
  const inlineScripts = attributeValues(html, /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g);
  for (const inline of inlineScripts) {
    for (const spec of attributeValues(inline, /\bimport\s*(?:[\w*{},\s$]+from\s*)?["'](\/[^"']+\.js)["']/g)) scriptEntries.add(spec);
  }
  const modules = new Set<string>();
  for (const entry of scriptEntries) moduleGraph(distDir, entry, modules);

  let js = inlineScripts.reduce((sum, s) => add(sum, weigh(s)), ZERO);
  let frameworkJsGzip = 0;
  for (const mod of modules) {
    const source = readFileSync(join(distDir, mod), 'utf8');
    const w = weigh(source);
    js = add(js, w);
    if (FRAMEWORK_MARKERS.some((marker) => marker.test(source))) frameworkJsGzip += w.gzip;
  }

  let css = attributeValues(html, /<style[^>]*>([\s\S]*?)<\/style>/g).reduce((sum, s) => add(sum, weigh(s)), ZERO);
  for (const href of attributeValues(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = join(distDir, href);
    if (href.startsWith('/') && existsSync(file)) css = add(css, weigh(readFileSync(file, 'utf8')));
  }

  return {
    path: sitePath,
    html: weigh(html),
    css,
    js,
    frameworkJsGzip,
    hasIsland: html.includes('<astro-island'),
  };
}

