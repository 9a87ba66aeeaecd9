// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PolicyHealthNotice } from '@/components/PolicyHealthNotice';
import { defaultPolicy } from '@/utils/core/policy/model';
import { getPolicyState, LOCAL_POLICY_KEY, MANAGED_POLICY_KEY, refreshEffectivePolicy, saveLocalPolicy } from '@/utils/policy/store';

function shown(state: Awaited<ReturnType<typeof getPolicyState>>, compact = false): HTMLElement {
  const root = document.createElement('div');
  render(<PolicyHealthNotice state={state} compact={compact} />, root);
  return root;
}

beforeEach(() => fakeBrowser.reset());

describe('the kept-not-applied notice', () => {
  it('says nothing while every policy applies', async () => {
    expect(shown(await getPolicyState()).textContent).toBe('');
  });

  it('names a managed layer that does not fit the local settings, the field and the policy still in force', async () => {
    await saveLocalPolicy({ ...defaultPolicy(), name: '本机群规', nickname: { ...defaultPolicy().nickname, name: { minHan: 2, maxHan: 2, allowMiddleDot: true } } });
    await fakeBrowser.storage.managed.set({ [MANAGED_POLICY_KEY]: '{"schemaVersion":1,"nickname":{"name":{"minHan":3}}}' });
    const state = await refreshEffectivePolicy();
    const page = shown(state).querySelector('[data-qg-policy-notice]')!;
    expect(page.getAttribute('data-qg-policy-notice')).toBe('managed-not-applied');
    expect(page.textContent).toContain('企业统一下发的群规与本机设置合在一起不成立，没有生效');
    expect(page.textContent).toContain('现在生效的仍是上一次有效的群规“本机群规”');
    expect(page.textContent).toContain('$.nickname.name.minHan 最少字数不能大于最多字数');
    const popup = shown(state, true).textContent!;
    expect(popup).toContain('没有生效');
    expect(popup).toContain('详情请打开设置页查看');
    expect(popup).not.toContain('$.nickname');
  });

  it('says the defaults apply when a kept local policy has no last good one to fall back on', async () => {
    await fakeBrowser.storage.local.set({ [LOCAL_POLICY_KEY]: { schemaVersion: 1, records: { retentionDays: 'forever' } } });
    const page = shown(await getPolicyState());
    expect(page.querySelector('[data-qg-policy-notice]')!.getAttribute('data-qg-policy-notice')).toBe('local-kept');
    expect(page.textContent).toContain('还没有可用的有效群规，现在生效的是默认群规');
    expect(page.querySelector('[data-qg-policy-download-kept]')).not.toBeNull();
  });
});
