// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { StatusPanel } from '@/components/StatusPanel';
import type { ContentStatus } from '@/utils/bus/protocol';

const status = (modelState: ContentStatus['modelState']): ContentStatus => ({
  site: 'wechat-web',
  siteLabel: '网页版微信',
  health: { state: 'active', checks: [{ id: 'app-model', ok: false, selector: '' }] },
  account: '陈经理',
  chat: { name: '客户-刘总', kind: 'direct' },
  chatList: [],
  pendingEvents: 0,
  skippedItems: 0,
  modelState,
});

function shown(s: ContentStatus): HTMLElement {
  const root = document.createElement('div');
  render(<StatusPanel status={s} />, root);
  return root;
}

describe('the popup’s protection status', () => {
  it('says plainly that full records are paused when the app’s own data cannot be read', () => {
    expect(shown(status('unavailable')).querySelector('[data-qg-model-paused]')?.textContent).toBe('完整记录暂停：只记录屏幕上显示过的消息（其余保护照常）');
  });

  it.each(['live', 'unknown', 'none'] as const)('says nothing about records when the model is %s', (state) => {
    expect(shown(status(state)).querySelector('[data-qg-model-paused]')).toBeNull();
  });
});
