import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scan = (input: string, args: string[] = []) => spawnSync('node', ['scripts/scan.mjs', ...args], { input, encoding: 'utf8' });

describe('the scan command for admins', () => {
  it('answers every input line with one output line, errors in place', { timeout: 30_000 }, () => {
    const out = scan(['{"text":"请把客户名单发我"}', 'not json', '{"text":"你好"}'].join('\n'));
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { hits: [{ start: 2, end: 6, category: 'business', rule: 'term:business:客户名单', action: 'warn' }] },
      { error: expect.stringMatching(/^line 2: not JSON/) },
      { hits: [] },
    ]);
  });

  it('uses the terms of the policy file it is given', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-scan-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, sensitive: { presets: [], terms: [{ term: '蓝海计划', category: 'project', action: 'block' }] } }));
    const out = execFileSync('node', ['scripts/scan.mjs', '--policy', file], { input: '{"text":"蓝 海 計 劃，报价另发"}\n', encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ hits: [{ start: 0, end: 7, category: 'project', rule: 'term:project:蓝海计划', action: 'block' }] });
  });

  it('rejects a bad policy file with JSON paths and exit code 2', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-scan-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"schemaVersion":1,"sensitive":{"terms":[{"term":"x"}]}}');
    const out = scan('', ['--policy', file]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/\$\.sensitive\.terms\[0\]\.category {2}缺少必填项/);
  });
});
