// Chromium: a 500-member group popup checked and decorated with the real code (check + data-qg-nick + badges).
import { checkNickname, compileNicknameRules } from '../utils/core/nickname/check';
import { defaultNicknamePolicy } from '../utils/core/nickname/model';
import { markNameElement } from '../utils/content/features/nickname';
import { setBadge } from '../utils/content/ui/nick-badge';
import { wechatWebAdapter } from '../utils/site/wechat-web/adapter';
import { generateNames } from './names';

declare global {
  interface Window {
    qgNickBench: { decorate(round: number): { ms: number; members: number; badges: number } };
  }
}

const container = document.querySelector('#mmpop_chatroom_members .members_inner.scroll-content')!;
const template = container.querySelector('.member:not(.opt)')!.cloneNode(true) as Element;

window.qgNickBench = {
  decorate(round) {
    container.querySelectorAll('.member:not(.opt)').forEach((m) => m.remove());
    for (const name of generateNames(500, round + 11)) {
      const member = template.cloneNode(true) as Element;
      member.querySelector('p.nickname')!.textContent = name;
      container.append(member);
    }
    const start = performance.now();
    const rules = compileNicknameRules(defaultNicknamePolicy());
    const ctx = { chatClass: 'internal' as const, today: '2026-11-23' };
    const members = wechatWebAdapter.memberNameElements(document);
    for (const { element, name } of members) {
      const verdict = checkNickname(name, rules, ctx);
      markNameElement(element, verdict);
      setBadge(element, verdict, () => {});
    }
    const ms = performance.now() - start;
    return { ms, members: members.length, badges: container.querySelectorAll('qg-nick-badge').length };
  },
};
