// The detector section of `npm run bench` on its own: `node bench/detector.mjs` (no build, no browser).
import { importTs } from './load.mjs';

export async function detectorBench(report) {
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  const { Mint } = await import('mint-filter'); // CommonJS build: the class is a named export
  const { run: runDetector } = await importTs('bench/detector-node.ts');
  for (const [name, value, unit, goal] of runDetector({ gc, Mint, setV8Flags: (flags) => v8.setFlagsFromString(flags) })) report(name, value, unit, goal);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await detectorBench((name, value, unit, goal) => console.log(`${name}: ${value} ${unit}${goal ? `  (goal ${goal})` : ''}`));
}
