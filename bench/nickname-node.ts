// Node: nickname checks per second (distinct names, no cache), rules only and with a 2,000-person roster.
import { checkNickname, compileNicknameRules } from '../utils/core/nickname/check';
import { defaultNicknamePolicy } from '../utils/core/nickname/model';
import { generateNames, generateRoster } from './names';

export function run() {
  const names = generateNames(200_000);
  const ctx = { chatClass: 'internal' as const, today: '2026-11-23' };
  const measure = (label: string, policy = defaultNicknamePolicy(), count = names.length) => {
    const rules = compileNicknameRules(policy);
    for (let i = 0; i < 5000; i++) checkNickname(names[i]!, rules, ctx); // warm-up
    const start = performance.now();
    let bad = 0;
    for (let i = 0; i < count; i++) if (checkNickname(names[i]!, rules, ctx).verdict !== 'ok') bad++;
    const seconds = (performance.now() - start) / 1000;
    return { label, perSecond: Math.round(count / seconds), bad, count };
  };
  return [
    measure('rules only'),
    measure('with a 2,000-person roster', { ...defaultNicknamePolicy(), roster: generateRoster(2000) }, 20_000),
  ];
}
