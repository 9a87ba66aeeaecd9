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
      // No chat given: an unclassified 1:1 chat, where a customer list warns.
      { hits: [{ start: 2, end: 6, category: 'business', rule: 'term:business:客户名单', action: 'warn' }], dialog: 'send', blocked: false, findings: [{ kind: 'content', rule: 'term:business:客户名单', action: 'warn' }] },
      { error: expect.stringMatching(/^line 2: not JSON/) },
      { hits: [], dialog: null, blocked: false, findings: [] },
    ]);
  });

  it('uses the terms of the policy file it is given', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'qg-scan-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, sensitive: { presets: [], terms: [{ term: '蓝海计划', category: 'project', action: 'block' }] } }));
    const out = execFileSync('node', ['scripts/scan.mjs', '--policy', file], { input: '{"text":"蓝 海 計 劃，报价另发"}\n', encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ hits: [{ start: 0, end: 7, category: 'project', rule: 'term:project:蓝海计划', action: 'block' }], dialog: 'send', blocked: true });
  });

  it('judges a whole send as the page does: the chat, forward destinations and the time', { timeout: 30_000 }, () => {
    const input = [
      { text: '刘总您好，合同今天下午寄出', chat: { name: '客户-刘总', kind: 'direct' } },
      { text: '底价8折', chat: { name: '客户-刘总', kind: 'direct' }, forwardTo: ['客户-华东贸易对接群'], at: '2026-12-02T02:40:00Z' },
      { text: '在吗', chat: { name: '项目群', kind: 'group' }, at: '2026-12-01T16:00:00Z' }, // 00:00 Beijing
      { text: '在吗', chat: { name: '项目群', kind: 'group' }, at: '2026-10-02T02:00:00Z' }, // 国庆节, 10:00 Beijing
      { text: '好', chat: { name: '项目群', kind: 'chat' } },
    ];
    const out = scan(input.map((l) => JSON.stringify(l)).join('\n'));
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => ('error' in l ? l.error : l.dialog))).toEqual([null, 'forward', 'quiet-hours', 'quiet-hours', 'line 5: "chat" should be {"name": "…", "kind": "direct" | "group"}']);
    expect(lines[0].hits.map((h: { rule: string }) => h.rule)).toEqual(['term:business:合同']); // found, but it goes to the customer's own chat
    expect(lines[1].findings.at(-1)).toEqual({ kind: 'destination', rule: 'forward:customer', action: 'warn', destination: 'customer' });
    expect(lines[2].findings).toEqual([{ kind: 'quiet-hours', rule: 'quiet-hours', action: 'warn', window: '23:30–07:30' }]);
    expect(lines[3].findings).toEqual([{ kind: 'quiet-hours', rule: 'quiet-hours', action: 'warn', holiday: '2026-10-02' }]);
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
