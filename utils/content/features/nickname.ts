/**
 * Nickname compliance in the page: every member name in a member list (members-seen) and every sender name in a
 * group is checked; each name element gets `data-qg-nick` = ok | bad | exempt | outsider (and
 * `data-qg-nick-suggest`), non-compliant ones a badge; the open group gets a summary bar with 复制提醒 (a ready
 * message @-mentioning who should rename, copied for staff to send themselves) and, when the account's own group
 * nickname breaks the rule, a notice with the fix; each violation is logged once per person per group per day.
 * The page's own text is never changed.
 */
import { compileNicknameRules, checkMember, checkOwnNickname, rulesForGroup, type CompiledNicknameRules } from '../../core/nickname/check';
import type { NicknameVerdict } from '../../core/nickname/model';
import { renameItems } from '../../core/nickname/reminder';
import { nicknameScope } from '../../core/nickname/scope';
import type { CurrentChat, Member } from '../../core/events';
import { accountChatKey } from '../../core/keys';
import type { Policy } from '../../core/policy/model';
import { dayInZone } from '../../core/time';
import { tc } from '../../i18n/content';
import { renameReminderText } from '../../i18n/messages/rules-reasons';
import { coalesced } from '../coalesce';
import { setBadge } from '../ui/nick-badge';
import { copyToClipboard } from '../ui/nick-copy';
import { CARD_CSS, renderCard } from '../ui/nick-card';
import type { OwnNickname } from '../ui/nick-own';
import { renderSummary, SUMMARY_CSS } from '../ui/nick-summary';
import type { ContentFeature, FeatureApi } from './types';

/** Mark a name element with the verdict (the test/support contract, documented in docs/contracts.md). */
export function markNameElement(element: Element, verdict: NicknameVerdict): void {
  element.setAttribute('data-qg-nick', verdict.verdict);
  if (verdict.verdict === 'bad' && verdict.suggestion) element.setAttribute('data-qg-nick-suggest', verdict.suggestion);
  else element.removeAttribute('data-qg-nick-suggest');
}

/**
 * The account's own entry in a member list: by session id when the site tells it (the list shows the group
 * nickname, not the account name), else by the account name (an account without a group nickname shows that).
 */
export function ownEntry(members: Member[], accountId: string | null, accountName: string): Member | null {
  if (accountId && members.some((m) => m.sessionId)) return members.find((m) => m.sessionId === accountId) ?? null;
  return members.find((m) => m.name === accountName) ?? null;
}

/**
 * What the account's own name is (remark, group nickname, WeChat nickname), when anyone says: the entry itself,
 * else the site model's entry for the account when it shows the same name. A list read off the page does not say,
 * and may come after the model's.
 */
export function ownNameFrom(entry: Member, modelList: Member[] | undefined, accountId: string | null, accountName: string): Member['nameFrom'] {
  if (entry.nameFrom) return entry.nameFrom;
  const fromModel = modelList && ownEntry(modelList, accountId, accountName);
  return fromModel?.name === entry.name ? fromModel.nameFrom : undefined;
}

export const nickname: ContentFeature = {
  id: 'nickname',
  start(api) {
    let rules: CompiledNicknameRules | null = null;
    let rulesFor: Policy | null = null;
    const compiled = (): CompiledNicknameRules | null => {
      const policy = api.policy();
      if (rulesFor !== policy) {
        rulesFor = policy;
        try {
          rules = compileNicknameRules(policy.nickname);
        } catch (error) {
          console.warn('[QunGuard] nickname rules invalid, check skipped', error);
          rules = null;
        }
      }
      return rules;
    };

    let account = '';
    let chat: CurrentChat | null = null;
    /** Verdicts of the open group by shown name (members + senders). */
    let verdicts = new Map<string, NicknameVerdict>();
    const cache = new Map<string, NicknameVerdict>(); // name -> verdict for the current chat + policy
    let expanded = false;
    /** The account's own entry in the open group's member list, and its verdict (a notice when bad). */
    let own: (OwnNickname & { name: string }) | null = null;
    /** How the last 复制提醒 went, for the text it copied (a changed text shows the button afresh). */
    let reminderStatus: { text: string; how: 'copied' | 'manual' } | null = null;
    /** The open group's last member list, checked again when the policy changes (the list is not re-sent). */
    let lastMembers: { account: string; members: Member[] } | null = null;

    /** Whether rules apply in the open chat, computed once per chat (resetChat clears it on chat or policy change). */
    let scope: ReturnType<typeof nicknameScope> | null = null;

    const check = (name: string): NicknameVerdict | null => {
      if (!chat) return null;
      const c = compiled();
      scope ??= nicknameScope(chat, api.policy(), api.classify(chat));
      if (!c || !scope.applies) return null;
      const cached = cache.get(name);
      if (cached && verdicts.has(name)) return cached;
      const today = dayInZone(api.now(), api.policy().timeZone);
      // Null: a customer in a group where only our own people are checked — marked and counted nowhere.
      const verdict = cached ?? checkMember(name, c, { chatClass: scope.chatClass, today, chatName: chat.name });
      if (!verdict) return null;
      cache.set(name, verdict);
      if (!verdicts.has(name)) {
        verdicts.set(name, verdict);
        if (verdict.verdict === 'bad' || verdict.verdict === 'outsider') logViolation(verdict, today);
        scheduleSummary();
      }
      return verdict;
    };

    /** The account's own group nickname, judged as the person running QunGuard (roster or not). */
    const checkOwn = (members: Member[], accountName: string) => {
      if (!chat) return;
      const c = compiled();
      scope ??= nicknameScope(chat, api.policy(), api.classify(chat));
      if (!c || !scope.applies) return;
      const accountId = api.adapter.readAccountId?.(api.doc) ?? null;
      const entry = ownEntry(members, accountId, accountName);
      if (!entry) return;
      const nameFrom = ownNameFrom(entry, groupMembers.get(groupKey(chat))?.members, accountId, accountName);
      if (own?.name === entry.name && own.nameFrom === nameFrom) return;
      const today = dayInZone(api.now(), api.policy().timeZone);
      own = { name: entry.name, nameFrom, verdict: checkOwnNickname(entry.name, c, { chatClass: scope.chatClass, today, chatName: chat.name }) };
      scheduleSummary();
    };

    /** 复制提醒's text: everyone in the open group to rename but the account itself, worded with the group's template. */
    const reminderText = (): string => {
      const c = compiled();
      if (!chat || !c || !scope) return '';
      const others = [...verdicts.values()].filter((v) => v.name !== own?.name);
      return renameReminderText(tc, renameItems(others), rulesForGroup(c, scope.chatClass, chat.name).template);
    };
    const copyReminder = () => {
      const text = reminderText();
      void copyToClipboard(text).then((ok) => {
        reminderStatus = { text, how: ok ? 'copied' : 'manual' };
        void drawSummary();
      });
    };

    const logViolation = (verdict: NicknameVerdict, day: string) => {
      if (!chat) return;
      api.log({
        kind: 'nickname',
        eventId: `nick\u001f${accountChatKey(account, chat)}\u001f${verdict.name}\u001f${day}`,
        account,
        chat: chat.name,
        data: {
          name: verdict.name,
          verdict: verdict.verdict,
          reasons: 'reasons' in verdict ? verdict.reasons : [],
          suggestion: verdict.verdict === 'bad' ? (verdict.suggestion ?? null) : null,
          checked: 'display-name',
        },
      });
    };

    // --- UI: one detail card and one summary bar, both in shadow roots ------------------------------
    let cardUi: Awaited<ReturnType<FeatureApi['createShadowUi']>> | null = null;
    const openCard = async (anchor: Element, verdict: NicknameVerdict) => {
      cardUi ??= await api.createShadowUi({ name: 'qg-nick-card', anchor: 'body', css: CARD_CSS });
      if (!cardUi.shadowHost.isConnected) cardUi.mount();
      renderCard(cardUi.uiContainer, anchor, verdict, closeCard, api.adapter.composerElement(api.doc)?.getBoundingClientRect() ?? null);
    };
    const cardOpen = () => !!cardUi?.uiContainer.firstChild;
    const closeCard = () => cardUi?.uiContainer.replaceChildren();
    // The card closes on Esc anywhere, on a click outside it, and when another chat opens (see onEvent).
    window.addEventListener('keydown', (e) => cardOpen() && e.key === 'Escape' && closeCard(), { capture: true, signal: api.signal });
    window.addEventListener(
      'pointerdown',
      (e) => {
        if (cardOpen() && cardUi && !e.composedPath().includes(cardUi.shadowHost)) closeCard();
      },
      { capture: true, signal: api.signal },
    );
    const onBadge = (anchor: Element, verdict: NicknameVerdict) => void openCard(anchor, verdict);

    let summaryUi: Awaited<ReturnType<FeatureApi['createShadowUi']>> | null = null;
    const scheduleSummary = coalesced(api.setTimeout, 0, () => void drawSummary());
    const drawSummary = async () => {
      const anchor = api.adapter.summaryAnchor(api.doc);
      if (!chat || !anchor || (!verdicts.size && own?.verdict.verdict !== 'bad')) {
        summaryUi?.remove();
        return;
      }
      summaryUi ??= await api.createShadowUi({ name: 'qg-nick-summary', anchor: () => api.adapter.summaryAnchor(api.doc), css: SUMMARY_CSS });
      if (!summaryUi.shadowHost.isConnected) summaryUi.mount();
      const text = reminderText();
      renderSummary(summaryUi.shadowHost, summaryUi.uiContainer, [...verdicts.values()], {
        expanded,
        onToggle: () => {
          expanded = !expanded;
          void drawSummary();
        },
        own,
        reminder: { text, status: reminderStatus?.text === text ? reminderStatus.how : null, onCopy: copyReminder },
      });
    };
    api.onTeardown(() => {
      summaryUi?.remove();
      cardUi?.remove();
    });

    const decorateMembers = () => {
      for (const { element, name } of api.adapter.memberNameElements(api.doc)) {
        const verdict = check(name);
        if (!verdict) continue;
        markNameElement(element, verdict);
        setBadge(element, verdict, onBadge);
      }
    };

    /** Members of every group arrive; the open chat's are those with its session id (or, without one, its name). */
    const sameChat = (a: CurrentChat, b: CurrentChat) => (a.sessionId && b.sessionId ? a.sessionId === b.sessionId : a.name === b.name && a.kind === b.kind);
    /** Whole member lists by group (the site's model delivers every group's at start): checked when a group opens. */
    const groupMembers = new Map<string, { account: string; members: Member[] }>();
    const groupKey = (c: CurrentChat) => c.sessionId ?? `${c.kind}\u001f${c.name}`;
    const checkMembers = () => {
      if (!lastMembers) return;
      for (const member of lastMembers.members) check(member.name);
      checkOwn(lastMembers.members, lastMembers.account);
    };

    const resetChat = (next: CurrentChat | null) => {
      chat = next;
      scope = null;
      verdicts = new Map();
      cache.clear();
      expanded = false;
      own = null;
      reminderStatus = null;
      scheduleSummary();
    };

    return {
      onEvent(event) {
        switch (event.type) {
          case 'chat-opened':
            account = event.account;
            closeCard();
            lastMembers = groupMembers.get(groupKey(event.chat)) ?? null;
            resetChat(event.chat);
            checkMembers();
            break;
          case 'members-seen':
            // The list may come from the popup or from the site's own model (every group's, popup or not).
            if (event.source === 'model') groupMembers.set(groupKey(event.chat), { account: event.account, members: event.members });
            if (chat && sameChat(event.chat, chat)) {
              lastMembers = { account: event.account, members: event.members };
              checkMembers();
            }
            decorateMembers();
            break;
          case 'message-seen': {
            if (event.message.direction !== 'in' || event.message.chat.kind !== 'group') break;
            const element = api.adapter.senderNameElement(event.element);
            if (!element || !event.message.senderName) break;
            const verdict = check(event.message.senderName);
            if (!verdict) break;
            markNameElement(element, verdict);
            setBadge(element, verdict, onBadge);
            break;
          }
          default:
            break;
        }
      },
      onPolicyChange() {
        const current = chat;
        resetChat(current);
        checkMembers();
        decorateMembers();
      },
    };
  },
};
