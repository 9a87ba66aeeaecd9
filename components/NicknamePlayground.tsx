import { useMemo, useState } from 'preact/hooks';
import { classifyChat } from '@/utils/core/classify';
import { checkNickname, compileNicknameRules } from '@/utils/core/nickname/check';
import type { Policy } from '@/utils/core/policy/model';
import { dayInZone } from '@/utils/core/time';
import { t } from '@/utils/i18n';
import { explain } from '@/utils/i18n/messages/nickname-reasons';

/** Type a nickname (and optionally a group name) -> verdict, reason and suggestion, with the active policy. */
export function NicknamePlayground({ policy }: { policy: Policy }) {
  const [name, setName] = useState(() => t('play.sample'));
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
      <h2>{t('play.heading')}</h2>
      <div class="row">
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder={t('play.nick')} data-qg-playground-nick aria-label={t('play.nickAria')} />
        <input value={group} onInput={(e) => setGroup(e.currentTarget.value)} placeholder={t('play.group')} aria-label={t('play.groupAria')} />
      </div>
      {verdict && (
        <p class={`verdict verdict-${verdict.verdict}`} data-qg-playground-verdict={verdict.verdict}>
          <b>{t(`play.verdict.${verdict.verdict}`)}</b> — {explain(t, verdict)}
        </p>
      )}
    </section>
  );
}
