/**
 * Web WeChat refuses many accounts at login: the server answers ret 1203 or 「为了保障你的账号安全，暂不支持使用
 * 网页版微信」 (see ../shared/research/platform-2026.md). The app shows that message in an alert() and reloads the
 * page (checkLoginHandler in webwxApp.formatted.js); some answers are a whole page with the text instead.
 * QunGuard only notices it, to say so plainly in the popup; it never retries or works around a refused login.
 */
const REFUSAL_MARKS = ['暂不支持使用网页版微信', '不能登录网页微信', '不能登录网页版微信', '1203'];

/** sessionStorage key (shared by the page's world and the content script's) set when a refusal was seen. */
export const LOGIN_REFUSED_KEY = 'qunguard.loginRefused';
/** A refusal seen longer ago than this no longer colours the login page (staff may try another account). */
const REFUSAL_MEMORY_MS = 10 * 60_000;

export function isRefusalText(text: string): boolean {
  return REFUSAL_MARKS.some((mark) => text.includes(mark));
}

export function refusedRecently(storage: Pick<Storage, 'getItem'> | null, now: number): boolean {
  const at = Number(storage?.getItem(LOGIN_REFUSED_KEY) ?? NaN);
  return Number.isFinite(at) && now - at >= 0 && now - at < REFUSAL_MEMORY_MS;
}

function pageStorage(doc: Document): Storage | null {
  try {
    return doc.defaultView?.sessionStorage ?? null;
  } catch {
    return null; // storage blocked
  }
}

/** Page-world part: remember a refusal the app announces in alert() (the page reloads right after it). */
export function watchRefusalAlerts(win: Window = window): void {
  const original = win.alert;
  // Observes only: the alert shows and returns exactly as before.
  win.alert = function alertObserved(message?: unknown) {
    try {
      if (isRefusalText(String(message))) win.sessionStorage.setItem(LOGIN_REFUSED_KEY, String(Date.now()));
    } catch {
      /* storage blocked: the popup then says 请先扫码登录, as before */
    }
    return original.call(win, message);
  };
}

/** Content-script part: is this page one web WeChat shows after refusing the login? */
export function loginRefused(doc: Document, now: number): boolean {
  if (refusedRecently(pageStorage(doc), now)) return true;
  const text = doc.body?.textContent ?? '';
  return text.length < 5000 && isRefusalText(text); // the refusal page is short; the app's own page is not
}

export function forgetRefusal(doc: Document): void {
  pageStorage(doc)?.removeItem(LOGIN_REFUSED_KEY);
}
