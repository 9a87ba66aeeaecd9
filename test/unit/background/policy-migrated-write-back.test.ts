import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PolicyMigration } from '@/utils/core/policy/migrate';
import { readCachedEffectivePolicy } from '@/utils/policy/startup';
import { LOCAL_POLICY_KEY, refreshEffectivePolicy } from '@/utils/policy/store';

// A format "version 0" that called etiquette.maxChars `maxLength`, with its step to version 1, stands in for the
// first real migration: the store must read it through the step and write it back in the current format.
const zeroToOne: PolicyMigration = {
  from: 0,
  migrate: ({ etiquette, ...doc }) => {
    const { maxLength, ...rest } = etiquette as Record<string, unknown>;
    return { ...doc, etiquette: { ...rest, maxChars: maxLength } };
  },
};
vi.mock('@/utils/core/policy/migrate', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/core/policy/migrate')>();
  return { ...original, migratePolicyDocument: (raw: unknown, target?: number) => original.migratePolicyDocument(raw, target, [zeroToOne]) };
});

beforeEach(() => fakeBrowser.reset());

describe('a stored policy in an older format', () => {
  it('is migrated, applied, and written back in the current format with the admin’s values', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: { schemaVersion: 0, name: '旧版群规', etiquette: { maxLength: 150, linksInCustomerGroups: false } } });
    const state = await refreshEffectivePolicy();
    expect([state.effectiveFrom, state.localMigratedFrom, state.localKept]).toEqual(['current', 0, null]);
    expect(state.effective.etiquette).toEqual({ maxChars: 150, linksInCustomerGroups: false });
    const stored = (await fakeBrowser.storage.local.get(LOCAL_POLICY_KEY))[LOCAL_POLICY_KEY] as Record<string, unknown>;
    expect([stored.schemaVersion, stored.name, stored.etiquette]).toEqual([1, '旧版群规', { maxChars: 150, linksInCustomerGroups: false }]);
    expect((await readCachedEffectivePolicy())?.etiquette.maxChars).toBe(150);
    // Read again: nothing left to migrate.
    expect((await refreshEffectivePolicy()).localMigratedFrom).toBeUndefined();
  });
});
