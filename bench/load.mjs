// Bundle a TypeScript entry with esbuild and import it in Node (readable stack traces: a real file, not a data: URL).
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// One folder per checkout: worktrees share node_modules (a symlink), and a bundle of the same entry written by
// another worktree between our build and our import would be benchmarked in place of ours.
const CACHE = resolve('node_modules/.cache/qunguard', createHash('sha1').update(process.cwd()).digest('hex').slice(0, 12));

export async function importTs(entry) {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, `${entry.replace(/[^\w]/g, '_')}.mjs`);
  await build({ entryPoints: [entry], bundle: true, outfile, format: 'esm', platform: 'node', logLevel: 'error' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
