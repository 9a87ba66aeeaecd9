// Prints the content-script size after a build (goal: <= 60 KB gzip without dictionaries). Loads on every chat page.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = '.output/chrome-mv3/content-scripts';
if (!existsSync(dir)) {
  console.error(`report-size: ${dir} not found; run "npm run build" first`);
  process.exit(1);
}
const GOAL = 60 * 1024;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const raw = readFileSync(join(dir, file));
  const gz = gzipSync(raw, { level: 9 }).length;
  const verdict = gz <= GOAL ? 'within' : 'OVER';
  console.log(`content script ${file}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (${verdict} the 60 KB goal)`);
}
