// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { LOGIN_REFUSED_KEY, isRefusalText, loginRefused, refusedRecently, watchRefusalAlerts } from '@/utils/site/wechat-web/login-refusal';
import { wechatWebAdapter } from '@/utils/site/wechat-web/adapter';

afterEach(() => sessionStorage.clear());

describe('a login web WeChat refused', () => {
  it.each([
    ['为了保障你的账号安全，暂不支持使用网页版微信。你可以使用Windows微信或Mac微信在电脑端登录。', true],
    ['此微信号不能登录网页微信。', true],
    ['ret 1203', true],
    ['登陆失败', false],
    ['请使用微信扫一扫以登录', false],
  ])('recognises %s: %s', (text, refused) => {
    expect(isRefusalText(text)).toBe(refused);
  });

  it('remembers a refusal announced in an alert for ten minutes, and the alert still shows', () => {
    const shown: unknown[] = [];
    const win = { alert: (m?: unknown) => void shown.push(m), sessionStorage } as unknown as Window;
    watchRefusalAlerts(win);
    win.alert('为了保障你的账号安全，暂不支持使用网页版微信');
    expect(shown).toEqual(['为了保障你的账号安全，暂不支持使用网页版微信']);
    const at = Number(sessionStorage.getItem(LOGIN_REFUSED_KEY));
    expect(refusedRecently(sessionStorage, at + 60_000)).toBe(true);
    expect(refusedRecently(sessionStorage, at + 11 * 60_000)).toBe(false);
  });

  it('leaves other alerts alone', () => {
    const win = { alert: () => undefined, sessionStorage } as unknown as Window;
    watchRefusalAlerts(win);
    win.alert('发送文件出错，请刷新后再试');
    expect(sessionStorage.getItem(LOGIN_REFUSED_KEY)).toBeNull();
  });

  it('reports the login page after a refusal as refused, not login, and a refusal page too', () => {
    document.body.innerHTML = '<div class="login"><div class="qrcode"><img src="x"></div></div>';
    expect(wechatWebAdapter.health(document).state).toBe('login');
    sessionStorage.setItem(LOGIN_REFUSED_KEY, String(Date.now()));
    expect(wechatWebAdapter.health(document).state).toBe('refused');
    sessionStorage.clear();
    document.body.innerHTML = '<p>为了保障你的账号安全，暂不支持使用网页版微信</p>';
    expect(loginRefused(document, Date.now())).toBe(true);
    expect(wechatWebAdapter.health(document).state).toBe('refused');
  });
});
