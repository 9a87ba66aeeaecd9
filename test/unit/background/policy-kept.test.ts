import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileNicknameRules } from '@/utils/core/nickname/check';
import { migratePolicyDocument, type PolicyMigration } from '@/utils/core/policy/migrate';
import { defaultPolicy, type Policy } from '@/utils/core/policy/model';
import { validatePolicyObject } from '@/utils/core/policy/parse';
import { t } from '@/utils/i18n';
import { issueText } from '@/utils/i18n/messages/issues';
import { EFFECTIVE_POLICY_CACHE_KEY, readCachedEffectivePolicy } from '@/utils/policy/startup';
import { getPolicyState, LOCAL_POLICY_KEY, MANAGED_POLICY_KEY, refreshEffectivePolicy, saveLocalPolicy } from '@/utils/policy/store';

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, '../../fixtures/policy', name), 'utf8'));
const storeLocal = (doc: unknown) => fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: doc });
const storedLocal = async () => (await fakeBrowser.storage.local.get(LOCAL_POLICY_KEY))[LOCAL_POLICY_KEY];
const pushManaged = (doc: unknown) => fakeBrowser.storage.managed.set({ [MANAGED_POLICY_KEY]: JSON.stringify(doc) });

function validPolicy(doc: unknown): Policy {
  const parsed = validatePolicyObject(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.policy;
}

beforeEach(() => fakeBrowser.reset());

describe('a stored policy written by this build or an older one', () => {
  it('is read as stored (the fixture is what this build writes) and remembered as the last good effective policy', async () => {
    const v1 = fixture('stored-v1.json');
    await storeLocal(v1);
    const state = await refreshEffectivePolicy();
    expect(state.effectiveFrom).toBe('current');
    expect(state.effective).toEqual(v1);
    expect(state.localKept).toBeNull();
    expect(await readCachedEffectivePolicy()).toEqual(v1);
    expect(await storedLocal()).toEqual(v1);
  });

  it('keeps the admin’s settings of a policy from the nickname-era build and fills only the sections it did not have', async () => {
    const old = fixture('stored-v1-nickname-era.json');
    await storeLocal(old);
    const state = await getPolicyState();
    expect(state.effectiveFrom).toBe('current');
    expect(state.effective.name).toBe('华南销售部群规');
    expect(state.effective.records).toEqual({ ...(old.records as object), scope: 'customer' });
    expect(state.effective.groups.internal).toEqual(['协作群', '/^华南.*部$/']);
    expect(state.effective.nickname.name.maxHan).toBe(3);
    expect(state.effective.customer).toEqual(defaultPolicy().customer);
  });
});

describe('the migration steps', () => {
  // A deliberate future change: version 2 renames etiquette.maxChars to etiquette.maxMessageChars.
  const renameMaxChars: PolicyMigration = {
    from: 1,
    migrate: (doc) => {
      const etiquette = { ...(doc.etiquette as Record<string, unknown>) };
      if ('maxChars' in etiquette) {
        etiquette.maxMessageChars = etiquette.maxChars;
        delete etiquette.maxChars;
      }
      return { ...doc, etiquette };
    },
  };
  const toV3: PolicyMigration = { from: 2, migrate: (doc) => ({ ...doc, name: `${doc.name as string}（v3）` }) };

  it('bring a version-1 document to the target version field by field, without touching the input', () => {
    const v1 = fixture('stored-v1.json');
    const before = structuredClone(v1);
    const result = migratePolicyDocument(v1, 2, [renameMaxChars]);
    expect(result.ok && result.from).toBe(1);
    const doc = (result.ok ? result.doc : null) as Record<string, unknown>;
    expect(doc.schemaVersion).toBe(2);
    expect(doc.etiquette).toEqual({ maxMessageChars: 200, linksInCustomerGroups: true });
    expect({ ...doc, schemaVersion: 1, etiquette: v1.etiquette }).toEqual(v1); // nothing else changed
    expect(v1).toEqual(before);
  });

  it('chain one step per version', () => {
    const result = migratePolicyDocument(fixture('stored-v1.json'), 3, [toV3, renameMaxChars]);
    const doc = (result.ok ? result.doc : null) as Record<string, unknown>;
    expect([doc.schemaVersion, doc.name, (doc.etiquette as Record<string, unknown>).maxMessageChars]).toEqual([3, '华南销售部群规（v3）', 200]);
  });

  it('leave a document from a newer build alone and say so', () => {
    expect(migratePolicyDocument({ schemaVersion: 4 }, 3, [toV3, renameMaxChars])).toEqual({ ok: false, newer: 4 });
  });

  it('leave a document alone, for validation to report, when no step leads from its version', () => {
    expect(migratePolicyDocument({ schemaVersion: 1, name: 'x' }, 3, [toV3])).toEqual({ ok: true, doc: { schemaVersion: 1, name: 'x' }, from: null });
  });
});

describe('a stored policy that does not validate', () => {
  it('is kept exactly as stored, reported, and the last good effective policy stays in force', async () => {
    const good = fixture('stored-v1.json');
    await storeLocal(good);
    await refreshEffectivePolicy();
    const broken = fixture('stored-broken.json');
    await storeLocal(broken);
    const state = await refreshEffectivePolicy();
    expect(await storedLocal()).toEqual(broken);
    expect(state.effectiveFrom).toBe('lastGood');
    expect(state.effective).toEqual(good);
    expect(state.localKept?.stored).toEqual(broken);
    expect(state.localKept?.issues.map((i) => [i.path, issueText(t, i)])).toEqual([['$.records.retentionDays', '应为整数，实际是 string']]);
    expect(await readCachedEffectivePolicy()).toEqual(good);
  });

  it('is never replaced by the defaults behind the admin’s back: without a last good policy the state says defaults apply', async () => {
    await storeLocal(fixture('stored-broken.json'));
    const state = await refreshEffectivePolicy();
    expect(state.effectiveFrom).toBe('defaults');
    expect(state.effective).toEqual(defaultPolicy());
    expect(state.localKept).not.toBeNull();
    expect(await storedLocal()).toEqual(fixture('stored-broken.json'));
    expect(await readCachedEffectivePolicy()).toBeNull();
  });

  it('from a newer build is kept with a plain reason', async () => {
    await storeLocal({ ...fixture('stored-v1.json'), schemaVersion: 2 });
    const state = await getPolicyState();
    expect(state.localKept?.issues.map((i) => issueText(t, i))).toEqual(['这份群规来自更新版本的群规卫士（格式版本 2），请先升级本扩展']);
  });

  it('is replaced only when the admin saves a valid policy', async () => {
    await storeLocal(fixture('stored-broken.json'));
    const state = await saveLocalPolicy({ ...defaultPolicy(), name: '新群规' });
    expect(state.localKept).toBeNull();
    expect(state.effectiveFrom).toBe('current');
    expect((await readCachedEffectivePolicy())?.name).toBe('新群规');
  });
});

describe('the effective policy is validated after the merge', () => {
  it('reports a managed minHan above the local maxHan and keeps the last good policy (nickname checks stay on)', async () => {
    const local = validPolicy({ schemaVersion: 1, nickname: { name: { minHan: 2, maxHan: 2 } } });
    await saveLocalPolicy(local);
    await pushManaged({ schemaVersion: 1, nickname: { name: { minHan: 3 } } });
    const state = await refreshEffectivePolicy();
    expect(state.mergedIssues.map((i) => [i.path, issueText(t, i)])).toEqual([['$.nickname.name.minHan', '最少字数不能大于最多字数']]);
    expect(state.effectiveFrom).toBe('lastGood');
    expect(state.effective.nickname.name).toEqual({ minHan: 2, maxHan: 2, allowMiddleDot: true });
    expect(() => compileNicknameRules(state.effective.nickname)).not.toThrow();
    expect(state.locked).toEqual(['nickname.name.minHan']);
  });

  it('reports storeText pushed over a local zero text cap instead of storing empty text', async () => {
    await saveLocalPolicy(validPolicy({ schemaVersion: 1, records: { storeText: false, maxTextChars: 0 } }));
    await pushManaged({ schemaVersion: 1, records: { storeText: true } });
    const state = await refreshEffectivePolicy();
    expect(state.mergedIssues.map((i) => i.path)).toEqual(['$.records.maxTextChars']);
    expect(state.effective.records.storeText).toBe(false);
    expect((await readCachedEffectivePolicy())?.records.storeText).toBe(false);
  });

  it('applies and remembers a managed layer that merges into a valid policy', async () => {
    await saveLocalPolicy(validPolicy({ schemaVersion: 1, nickname: { name: { minHan: 2, maxHan: 4 } } }));
    await pushManaged({ schemaVersion: 1, nickname: { name: { minHan: 3 } } });
    const state = await refreshEffectivePolicy();
    expect([state.effectiveFrom, state.mergedIssues]).toEqual(['current', []]);
    expect((await readCachedEffectivePolicy())?.nickname.name.minHan).toBe(3);
  });

  it('keeps the last good policy when the managed policy itself is invalid', async () => {
    await saveLocalPolicy(defaultPolicy());
    await pushManaged({ schemaVersion: 1, records: { storeText: true, maxTextChars: 100 } });
    await refreshEffectivePolicy();
    await pushManaged({ schemaVersion: 1, records: { storeText: 'yes' } });
    const state = await refreshEffectivePolicy();
    expect(state.managed.issues.map((i) => i.path)).toEqual(['$.records.storeText']);
    expect([state.effectiveFrom, state.effective.records.storeText, state.effective.records.maxTextChars]).toEqual(['lastGood', true, 100]);
  });

  it('refuses a managed __proto__ key instead of letting it replace the merged policy’s prototype', async () => {
    await fakeBrowser.storage.managed.set({ [MANAGED_POLICY_KEY]: '{"schemaVersion":1,"__proto__":{"records":{"storeText":true}}}' });
    const state = await getPolicyState();
    expect(state.managed.issues.map((i) => [i.path, issueText(t, i)])).toEqual([['$.__proto__', '不允许使用“__proto__”作为字段名']]);
    expect(Object.getPrototypeOf(state.effective)).toBe(Object.prototype);
    expect(state.effective.records.storeText).toBe(false);
  });
});

describe('the cache key', () => {
  it('is the one the chat page reads at start-up', () => {
    expect(EFFECTIVE_POLICY_CACHE_KEY).toBe('policyEffective');
  });
});

describe('an options-page edit that the managed layer would make invalid', () => {
  it('is refused at the field and nothing is saved', async () => {
    const { savePolicyChange } = await import('@/components/policy-edit');
    await saveLocalPolicy(defaultPolicy());
    await pushManaged({ schemaVersion: 1, records: { storeText: true } });
    const state = await refreshEffectivePolicy();
    const before = await storedLocal();
    const issues = await savePolicyChange(state, (p) => ({ ...p, records: { ...p.records, maxTextChars: 0 } }));
    expect(issues.map((i) => [i.path, issueText(t, i)])).toEqual([['$.records.maxTextChars', '开启保存正文时，长度上限不能为 0']]);
    expect(await storedLocal()).toEqual(before);
  });
});

describe('two options-page changes made in quick succession', () => {
  it('both stay saved, the second starting from what the first saved', async () => {
    const { savePolicyChange } = await import('@/components/policy-edit');
    await saveLocalPolicy(defaultPolicy());
    const state = await refreshEffectivePolicy(); // the copy the page loaded, before either change
    await Promise.all([
      savePolicyChange(state, (p) => ({ ...p, records: { ...p.records, retentionDays: 90 } })),
      savePolicyChange(state, (p) => ({ ...p, customer: { ...p.customer, slaMinutes: 15 } })),
    ]);
    const saved = (await storedLocal()) as { records: { retentionDays: number }; customer: { slaMinutes: number } };
    expect([saved.records.retentionDays, saved.customer.slaMinutes]).toEqual([90, 15]);
  });
});
