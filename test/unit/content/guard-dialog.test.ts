// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { compileDetector } from '@/utils/core/detector/detector';
import { detectorPolicy } from '@/utils/core/detector/presets';
import { evaluateOutgoing, type OutgoingAction } from '@/utils/core/guard';
import { maskPersonalData } from '@/utils/core/mask';
import { defaultPolicy } from '@/utils/core/policy/model';
import { renderGuardDialog } from '@/utils/content/ui/guard-dialog';

const TEN_AM = Date.parse('2026-12-02T10:00:00+08:00');
const TEXT = '刘总，身份证 11010519880312041X，手机 13812341234';
const action: OutgoingAction = { kind: 'send', chat: { name: '客户-刘总', kind: 'direct' }, text: TEXT, fileNames: [] };
const policy = defaultPolicy();
const verdict = evaluateOutgoing(action, policy, compileDetector(detectorPolicy(policy.sensitive)), TEN_AM);
const masked = maskPersonalData(TEXT, verdict.hits).text;

function open(maskedText: string | null) {
  const container = document.createElement('div');
  document.body.append(container);
  const done = vi.fn();
  renderGuardDialog(container, verdict, TEXT, [], done, maskedText);
  return { container, done };
}

describe('the send dialog for personal data', () => {
  it('shows the masked text and 脱敏后发送, which needs no reason', () => {
    expect(masked).toBe('刘总，身份证 110105********041X，手机 138****1234');
    const { container, done } = open(masked);
    expect(container.querySelector('[data-qg-masked]')!.textContent).toBe(`将发送：${masked}`);
    const button = container.querySelector<HTMLButtonElement>('[data-qg-action="mask-send"]')!;
    expect(button.textContent).toBe('脱敏后发送');
    expect(button.disabled).toBe(false);
    expect(container.querySelector<HTMLButtonElement>('[data-qg-action="send-anyway"]')!.disabled).toBe(true); // a reason first
    button.click();
    expect(done).toHaveBeenCalledWith({ decision: 'masked' });
  });

  it('does not take Enter on 脱敏后发送 as a confirmation', () => {
    const { container, done } = open(masked);
    const button = container.querySelector<HTMLButtonElement>('[data-qg-action="mask-send"]')!;
    button.focus();
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    button.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(done).not.toHaveBeenCalled();
  });

  it('offers no 脱敏后发送 when there is nothing QunGuard can mask', () => {
    const { container } = open(null);
    expect(container.querySelector('[data-qg-action="mask-send"]')).toBeNull();
    expect(container.querySelector('[data-qg-masked]')).toBeNull();
  });
});
