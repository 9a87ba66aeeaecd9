// npm run -s scan -- --policy FILE
// Reads JSON lines on stdin — {"text": "…", "chat": {"name": "…", "kind": "direct|group"}, "forwardTo": ["…"], "at": "ISO"}
// (only text required) — and judges each as the page judges a send (scripts/scan-judge.ts → utils/core/guard.ts):
//   {"hits":[…],"dialog":null|"send"|"forward"|"quiet-hours","blocked":false,"findings":[…]}
// A line that is not valid input gets {"error":"…"} in its place, so output line N always answers input line N.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { importTs } from '../bench/load.mjs';

function usage(message) {
  if (message) console.error(`scan: ${message}`);
  console.error('usage: npm run -s scan -- [--policy policy.json] < input.jsonl > hits.jsonl');
  process.exit(2);
}

const args = process.argv.slice(2);
let policyFile = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--policy') policyFile = args[++i] ?? usage('--policy needs a file');
  else if (args[i] === '--help' || args[i] === '-h') usage();
  else usage(`unknown argument ${args[i]}`);
}

const core = await importTs(new URL('./scan-entry.ts', import.meta.url).pathname);

let policy = core.defaultPolicy();
if (policyFile) {
  let text;
  try {
    text = readFileSync(policyFile, 'utf8');
  } catch (error) {
    usage(`cannot read ${policyFile}: ${error.message}`);
  }
  const parsed = core.parsePolicyText(text);
  if (!parsed.ok) {
    console.error(`scan: ${policyFile} is not a valid policy:`);
    for (const issue of parsed.issues) console.error(`  ${issue.path}  ${core.describeIssue(issue)}`);
    process.exit(2);
  }
  policy = parsed.policy;
}
const detector = core.scanDetector(policy);

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNo = 0;
for await (const line of lines) {
  lineNo++;
  if (!line.trim()) {
    process.stdout.write(`${JSON.stringify({ error: `line ${lineNo}: empty line` })}\n`);
    continue;
  }
  let input;
  try {
    input = JSON.parse(line);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: `line ${lineNo}: not JSON (${error.message})` })}\n`);
    continue;
  }
  const answer = core.judgeLine(input, policy, detector);
  process.stdout.write(`${JSON.stringify('error' in answer ? { error: `line ${lineNo}: ${answer.error}` } : answer)}\n`);
}
