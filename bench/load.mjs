// Bundle a TypeScript entry with esbuild and import it in Node (readable stack traces: a real file, not a data: URL).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const CACHE = resolve('node_modules/.cache/qunguard');

export async function importTs(entry) {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, `${entry.replace(/[^\w]/g, '_')}.mjs`);
  await build({ entryPoints: [entry], bundle: true, outfile, format: 'esm', platform: 'node', logLevel: 'error' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
