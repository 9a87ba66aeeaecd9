import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultPolicy } from '@/utils/core/policy/model';
import { parsePolicyText } from '@/utils/core/policy/parse';
import { getPolicyState, LOCAL_POLICY_KEY, MANAGED_POLICY_KEY, saveLocalPolicy } from '@/utils/policy/store';

/** What the options page does with a policy file once the admin confirms it: validate, save only when valid. */
async function importPolicyText(text: string) {
  const parsed = parsePolicyText(text);
  if (parsed.ok) await saveLocalPolicy(parsed.policy);
  return parsed;
}

beforeEach(() => fakeBrowser.reset());

describe('the policy store', () => {
  it('uses the default policy when nothing was imported', async () => {
    expect((await getPolicyState()).effective).toEqual(defaultPolicy());
  });

  it('makes a valid imported file the active policy', async () => {
    const result = await importPolicyText('{"schemaVersion":1,"name":"华南销售群规","records":{"retentionDays":30}}');
    expect(result.ok).toBe(true);
    const state = await getPolicyState();
    expect(state.effective.name).toBe('华南销售群规');
    expect(state.effective.records.retentionDays).toBe(30);
  });

  it('leaves the active policy unchanged when the file is bad', async () => {
    await importPolicyText('{"schemaVersion":1,"name":"原策略"}');
    const stored = await fakeBrowser.storage.local.get(LOCAL_POLICY_KEY);
    const result = await importPolicyText('{"schemaVersion":1,"records":{"retentionDays":"forever"}}');
    expect(result.ok).toBe(false);
    expect(await fakeBrowser.storage.local.get(LOCAL_POLICY_KEY)).toEqual(stored);
    expect((await getPolicyState()).effective.name).toBe('原策略');
  });

  it('applies a managed policy over the local one and locks its fields', async () => {
    await importPolicyText('{"schemaVersion":1,"records":{"storeText":false,"retentionDays":30}}');
    await fakeBrowser.storage.managed.set({ [MANAGED_POLICY_KEY]: '{"schemaVersion":1,"records":{"storeText":true,"maxTextChars":200}}' });
    const state = await getPolicyState();
    expect(state.effective.records).toEqual({ storeText: true, maxTextChars: 200, retentionDays: 30, scope: 'customer' });
    expect(state.locked.sort()).toEqual(['records.maxTextChars', 'records.storeText']);
    expect(state.managed).toEqual({ present: true, issues: [] });
  });

  it('ignores an invalid managed policy and reports why', async () => {
    await fakeBrowser.storage.managed.set({ [MANAGED_POLICY_KEY]: '{"schemaVersion":1,"records":{"storeText":"yes"}}' });
    const state = await getPolicyState();
    expect(state.effective).toEqual(defaultPolicy());
    expect(state.managed.issues[0]!.path).toBe('$.records.storeText');
  });
});
