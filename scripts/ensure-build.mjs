// e2e, bench and demo load .output/chrome-mv3; build it when missing or older than the sources.
import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.output/chrome-mv3/manifest.json';
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}
const sources = Math.max(...['entrypoints', 'components', 'utils', 'public'].filter(existsSync).map(newest), statSync('wxt.config.ts').mtimeMs);
if (!existsSync(OUT) || statSync(OUT).mtimeMs < sources) {
  console.log('ensure-build: building the extension first');
  execSync('npm run -s build', { stdio: 'inherit' });
}
