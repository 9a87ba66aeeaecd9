// Prints the content-script size after a build. Goal: <= 60 KB gzip without dictionaries. The OpenCC
// traditional->simplified table is a dictionary: its string literal is cut out of the bundle and the rest measured.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = '.output/chrome-mv3/content-scripts';
if (!existsSync(dir)) {
  console.error(`report-size: ${dir} not found; run "npm run build" first`);
  process.exit(1);
}
const GOAL = 60 * 1024;
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Remove the string literal that holds the OpenCC table (first entry 㑯 -> 㑔, escaped or not). */
function withoutDictionary(code) {
  const start = [code.indexOf('\\u346F \\u3454'), code.indexOf('\\u346f \\u3454'), code.indexOf('㑯 㑔')].find((i) => i >= 0);
  if (start === undefined) return code;
  const quote = Math.max(code.lastIndexOf('"', start), code.lastIndexOf("'", start), code.lastIndexOf('`', start));
  const end = code.indexOf(code[quote], start);
  return code.slice(0, quote + 1) + code.slice(end);
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(dir, file), 'utf8');
  const total = gz(code);
  const codeOnly = gz(withoutDictionary(code));
  console.log(
    `content script ${file}: ${kb(Buffer.byteLength(code))} raw, ${kb(total)} gzip; without dictionaries ${kb(codeOnly)} gzip ` +
      `(dictionaries ${kb(total - codeOnly)}) — ${codeOnly <= GOAL ? 'within' : 'OVER'} the 60 KB goal`,
  );
}
