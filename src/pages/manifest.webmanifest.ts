import type { APIRoute } from 'astro';
import { APP_MANIFEST } from '../lib/app-manifest.ts';

// Written at build time from src/lib/app-manifest.ts.
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(APP_MANIFEST, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
