/** Small in-page UI for customer records: the chat-header bar, chat-list row badges, notice receipt badges. */
import type { ChatClass } from '../../core/classify';
import { tc } from '../../i18n/content';
import { createShadowHost } from './shadow-host';

export const HEADER_CSS = `
.bar { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 2px 12px; font: 12px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #555; }
select { font: inherit; }
.wait { color: #8a5a00; } .overdue { color: #fff; background: #e64340; border-radius: 8px; padding: 0 6px; }
`;

const classLabel = (c: ChatClass) => tc(`class.${c}`);

export interface HeaderState {
  chatClass: ChatClass;
  /** The class from the policy's patterns (shown for the "automatic" choice). */
  patternClass: ChatClass;
  tagged: boolean;
  sla: { minutes: number; overdue: boolean; text: string } | null;
  leader: { from: string; minutes: number; overdue: boolean; text: string } | null;
}

export function renderHeader(host: HTMLElement, container: HTMLElement, state: HeaderState, onTag: (cls: ChatClass | null) => void): void {
  host.dataset.qgChatClass = state.chatClass;
  if (state.sla) {
    host.dataset.qgSlaMinutes = String(state.sla.minutes);
    host.dataset.qgSlaOverdue = String(state.sla.overdue);
  } else {
    delete host.dataset.qgSlaMinutes;
    delete host.dataset.qgSlaOverdue;
  }
  if (state.leader) host.dataset.qgLeaderMinutes = String(state.leader.minutes);
  else delete host.dataset.qgLeaderMinutes;

  const bar = document.createElement('div');
  bar.className = 'bar';
  const label = document.createElement('label');
  label.append(tc('tag.label'));
  const select = document.createElement('select');
  select.setAttribute('aria-label', tc('tag.aria'));
  select.dataset.qgTag = '';
  const auto = new Option(tc('tag.auto', { class: classLabel(state.patternClass) }), '');
  select.append(auto, ...(['customer', 'internal', 'external', 'ignored'] as const).map((c) => new Option(classLabel(c), c)));
  select.value = state.tagged ? state.chatClass : '';
  select.onchange = () => onTag((select.value || null) as ChatClass | null);
  label.append(select);
  bar.append(label);
  for (const item of [state.sla, state.leader]) {
    if (!item) continue;
    const span = document.createElement('span');
    span.className = item.overdue ? 'overdue' : 'wait';
    span.textContent = item.text;
    bar.append(span);
  }
  container.replaceChildren(bar);
}

const BADGE_CSS = `:host { all: initial; display: inline-block; margin-left: 4px; vertical-align: middle; }
span { font: 11px/16px system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; padding: 0 5px; border-radius: 8px; }
.overdue { background: #e64340; color: #fff; } .wait { background: #fff3d6; color: #8a5a00; }
.receipt { background: #eef6ff; color: #1967d2; cursor: pointer; }
.list-head, ul { font: 12px/1.5 system-ui, sans-serif; color: #555; background: #fff; }
.list-head { margin: 2px 0 0; } ul { margin: 0; padding-left: 16px; }`;

/** A badge host (own shadow root) placed right after `anchor`, or appended inside it. */
function badgeHost(tag: string, anchor: Element, inside: boolean): HTMLElement {
  const existing = inside ? anchor.querySelector(`:scope > ${tag}`) : anchor.nextElementSibling?.tagName.toLowerCase() === tag ? anchor.nextElementSibling : null;
  if (existing) return existing as HTMLElement;
  const host = createShadowHost(tag, BADGE_CSS, document.createElement('div'));
  if (inside) anchor.append(host);
  else anchor.after(host);
  return host;
}

export function setRowBadge(nameElement: Element, wait: { minutes: number; overdue: boolean; text: string } | null): void {
  if (!wait) {
    if (nameElement.nextElementSibling?.tagName.toLowerCase() === 'qg-sla-row') nameElement.nextElementSibling.remove();
    return;
  }
  const host = badgeHost('qg-sla-row', nameElement, false);
  host.dataset.qgSlaMinutes = String(wait.minutes);
  const span = document.createElement('span');
  span.className = wait.overdue ? 'overdue' : 'wait';
  span.textContent = wait.text;
  host.shadowRoot!.querySelector('div')!.replaceChildren(span);
}

export function setReceiptBadge(body: Element, replied: string[], missing: string[], total: number): void {
  const host = badgeHost('qg-notice-receipt', body, true);
  host.dataset.replied = String(replied.length);
  host.dataset.total = String(total);
  const box = host.shadowRoot!.querySelector('div')!;
  const span = document.createElement('span');
  span.className = 'receipt';
  span.textContent = tc('receipt.count', { replied: replied.length, total });
  // Never 全部已回复 while some are missing: without the member list the names are unknown, the count is not.
  span.title = missing.length
    ? tc('receipt.missing', { names: missing.join(tc('list.separator')) })
    : replied.length >= total
      ? tc('receipt.all')
      : tc('receipt.missingCount', { count: total - replied.length });
  span.setAttribute('role', 'button');
  span.tabIndex = 0;
  const open = host.dataset.open === 'true';
  const nodes: Node[] = [span];
  if (open && missing.length) {
    const heading = document.createElement('p');
    heading.className = 'list-head';
    heading.textContent = tc('receipt.missingHead');
    nodes.push(heading);
    const list = document.createElement('ul');
    for (const name of missing) {
      const li = document.createElement('li');
      li.textContent = name;
      list.append(li);
    }
    nodes.push(list);
  }
  span.onclick = () => {
    host.dataset.open = String(!open);
    setReceiptBadge(body, replied, missing, total);
  };
  box.replaceChildren(...nodes);
}
