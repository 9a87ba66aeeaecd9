// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createShadowUi } from '@/utils/content/ui/shadow-ui';

describe('an in-page UI in its own shadow root', () => {
  it('mounts at its anchor with our stylesheet behind a reset, and removes itself empty', () => {
    const header = document.createElement('div');
    document.body.append(header);
    const ui = createShadowUi({ name: 'qg-test-bar', anchor: () => header, css: '.bar { color: red; }' });
    ui.uiContainer.append(Object.assign(document.createElement('p'), { textContent: '未回复 37 分钟' }));
    ui.mount();
    expect(ui.shadowHost.parentElement).toBe(header);
    expect(ui.shadow.querySelector('style')?.textContent).toBe(':host{all:initial !important;}\n.bar { color: red; }');
    ui.remove();
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(ui.uiContainer.childNodes).toHaveLength(0);
  });

  it('says so when its anchor is missing instead of mounting somewhere else', () => {
    const ui = createShadowUi({ name: 'qg-test-bar', anchor: () => null, css: '' });
    expect(() => ui.mount()).toThrow(/qg-test-bar/);
  });

  it.each([
    [true, 0],
    [false, 1],
  ])('keeps key presses from the chat page when isolating events (%s)', (isolateEvents, reachedPage) => {
    const ui = createShadowUi({ name: 'qg-test-dialog', anchor: 'body', css: '', isolateEvents });
    const field = document.createElement('textarea');
    ui.uiContainer.append(field);
    ui.mount();
    let seen = 0;
    const onPage = () => seen++;
    document.addEventListener('keydown', onPage);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    document.removeEventListener('keydown', onPage);
    ui.remove();
    expect(seen).toBe(reachedPage);
  });
});
