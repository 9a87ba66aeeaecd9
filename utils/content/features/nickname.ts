/**
 * Nickname compliance in the page: every member name in the member popup and every sender name in a group is
 * checked; each name element gets `data-qg-nick` = ok | bad | exempt | outsider (and `data-qg-nick-suggest`),
 * non-compliant ones a badge; the open group gets a summary bar; each violation is logged once per person per
 * group per day. The page's own text is never changed.
 */
import { compileNicknameRules, checkMember, type CompiledNicknameRules } from '../../core/nickname/check';
import type { NicknameVerdict } from '../../core/nickname/model';
import { nicknameScope } from '../../core/nickname/scope';
import type { CurrentChat } from '../../core/events';
import { accountChatKey } from '../../core/keys';
import type { Policy } from '../../core/policy/model';
import { dayInZone } from '../../core/time';
import { coalesced } from '../coalesce';
import { setBadge } from '../ui/nick-badge';
import { CARD_CSS, renderCard } from '../ui/nick-card';
import { renderSummary, SUMMARY_CSS } from '../ui/nick-summary';
import type { ContentFeature, FeatureApi } from './types';

/** Mark a name element with the verdict (the test/support contract, documented in docs/contracts.md). */
export function markNameElement(element: Element, verdict: NicknameVerdict): void {
  element.setAttribute('data-qg-nick', verdict.verdict);
  if (verdict.verdict === 'bad' && verdict.suggestion) element.setAttribute('data-qg-nick-suggest', verdict.suggestion);
  else element.removeAttribute('data-qg-nick-suggest');
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
      cardUi ??= await api.createShadowUi({ name: 'qg-nick-card', position: 'inline', anchor: 'body', append: 'last', css: CARD_CSS, onMount: () => undefined });
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
      if (!chat || !anchor || !verdicts.size) {
        summaryUi?.remove();
        return;
      }
      summaryUi ??= await api.createShadowUi({ name: 'qg-nick-summary', position: 'inline', anchor: () => api.adapter.summaryAnchor(api.doc), append: 'last', css: SUMMARY_CSS, onMount: () => undefined });
      if (!summaryUi.shadowHost.isConnected) summaryUi.mount();
      renderSummary(summaryUi.shadowHost, summaryUi.uiContainer, [...verdicts.values()], expanded, () => {
        expanded = !expanded;
        void drawSummary();
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
    const groupMembers = new Map<string, string[]>();
    const groupKey = (c: CurrentChat) => c.sessionId ?? `${c.kind}\u001f${c.name}`;
    const checkWholeList = () => {
      for (const name of (chat && groupMembers.get(groupKey(chat))) ?? []) check(name);
    };

    const resetChat = (next: CurrentChat | null) => {
      chat = next;
      scope = null;
      verdicts = new Map();
      cache.clear();
      expanded = false;
      scheduleSummary();
    };

    return {
      onEvent(event) {
        switch (event.type) {
          case 'chat-opened':
            account = event.account;
            closeCard();
            resetChat(event.chat);
            checkWholeList();
            break;
          case 'members-seen':
            // The whole member list (from the site's model, popup or not): the summary counts every member.
            if (event.source === 'model') groupMembers.set(groupKey(event.chat), event.members.map((m) => m.name));
            if (chat && sameChat(event.chat, chat)) for (const member of event.members) check(member.name);
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
        checkWholeList();
        decorateMembers();
      },
    };
  },
};
