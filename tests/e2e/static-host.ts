import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

// A minimal static host over a built site, for tests that must change what the host serves
// between two visits (a new deploy). Playwright's routing cannot do that for sw.js: the browser
// fetches service-worker scripts itself, outside any page.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.wasm': 'application/wasm', '.xml': 'application/xml', '.txt': 'text/plain',
};

export interface StaticHost {
  origin: string;
  /** Serves `text` at `path` from now on, as a new deploy would. */
  replace(path: string, text: string): void;
  close(): Promise<void>;
}

export async function startStaticHost(dir: string): Promise<StaticHost> {
  const replaced = new Map<string, string>();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    const headers = (name: string) => ({ 'content-type': TYPES[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    if (replaced.has(path)) return response.writeHead(200, headers(path)).end(replaced.get(path));
    try {
      if (!file.startsWith(normalize(dir))) throw new Error('outside the site');
      response.writeHead(200, headers(file)).end(await readFile(file));
    } catch {
      response.writeHead(404, headers('.html')).end(await readFile(join(dir, '404.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    replace: (path, text) => replaced.set(path, text),
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
