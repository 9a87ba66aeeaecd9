import { useMemo, useState } from 'preact/hooks';
import { classifyChat } from '@/utils/core/classify';
import { checkNickname, compileNicknameRules } from '@/utils/core/nickname/check';
import { explain } from '@/utils/core/nickname/reasons';
import type { Policy } from '@/utils/core/policy/model';
import { dayInZone } from '@/utils/core/time';

/** Type a nickname (and optionally a group name) -> verdict, reason and suggestion, with the active policy. */
export function NicknamePlayground({ policy }: { policy: Policy }) {
  const [name, setName] = useState('销售部张三');
  const [group, setGroup] = useState('');
  const rules = useMemo(() => {
    try {
      return compileNicknameRules(policy.nickname);
    } catch {
      return null;
    }
  }, [policy]);
  const verdict = rules && name ? checkNickname(name, rules, { chatClass: classifyChat(group, policy.groups), today: dayInZone(Date.now(), policy.timeZone) }) : null;
  return (
    <section class="card" data-qg-section="nickname-playground">
      <h2>试一试</h2>
      <div class="row">
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="输入群昵称" data-qg-playground-nick aria-label="群昵称" />
        <input value={group} onInput={(e) => setGroup(e.currentTarget.value)} placeholder="群名（可选，用于判断内部群）" aria-label="群名" />
      </div>
      {verdict && (
        <p class={`verdict verdict-${verdict.verdict}`} data-qg-playground-verdict={verdict.verdict}>
          <b>{{ ok: '规范', bad: '不规范', exempt: '豁免', outsider: '名单外' }[verdict.verdict]}</b> — {explain(verdict)}
        </p>
      )}
    </section>
  );
}
