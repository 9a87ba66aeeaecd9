/**
 * The summary bar of the open group: "昵称不规范 3/12 · 名单外 1", expandable to the list of people, with
 * 复制提醒 (./nick-reminder.ts) and, when the account's own group nickname breaks the rule, a notice (./nick-own.ts).
 */
import type { NicknameVerdict } from '../../core/nickname/model';
import { tc } from '../../i18n/content';
import { explain } from '../../i18n/messages/nickname-reasons';
import { ownNickNotice, type OwnNickname } from './nick-own';
import { reminderControls, type ReminderView } from './nick-reminder';

export const SUMMARY_CSS = `
.bar { font: 12px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #8a3a00; background: #fff7e8;
  border: 1px solid #f3d19e; border-radius: 4px; padding: 2px 8px; margin: 4px 12px; }
.bar.clean { color: #07804a; background: #f1f8f4; border-color: #b7e4c7; }
.bar button { all: unset; cursor: pointer; color: #1989fa; margin-left: 8px; }
ul { margin: 4px 0 2px; padding-left: 16px; max-height: 180px; overflow: auto; }
li { word-break: break-all; }
.own { margin: 2px 0; color: #c0302b; word-break: break-all; }
.own .how { color: #8a3a00; }
.manual textarea { width: 100%; box-sizing: border-box; font: inherit; margin-top: 2px; }
`;

export interface SummaryView {
  expanded: boolean;
  onToggle(): void;
  /** The account's own verdict in this group (a notice when it is bad), or null when unknown. */
  own: OwnNickname | null;
  reminder: ReminderView | null;
}

export interface SummaryCounts {
  total: number;
  bad: number;
  outsider: number;
}

export function countVerdicts(verdicts: Iterable<NicknameVerdict>): SummaryCounts {
  const counts = { total: 0, bad: 0, outsider: 0 };
  for (const v of verdicts) {
    counts.total++;
    if (v.verdict === 'bad') counts.bad++;
    if (v.verdict === 'outsider') counts.outsider++;
  }
  return counts;
}

export function summaryText(c: SummaryCounts): string {
  if (!c.bad && !c.outsider) return tc('summary.allOk', { total: c.total });
  return tc('summary.bad', { bad: c.bad, total: c.total }) + (c.outsider ? tc('summary.outsiders', { count: c.outsider }) : '');
}

export function renderSummary(host: HTMLElement, container: HTMLElement, verdicts: NicknameVerdict[], view: SummaryView): void {
  const { expanded, onToggle } = view;
  const counts = countVerdicts(verdicts);
  host.dataset.qgNickSummary = '';
  host.dataset.total = String(counts.total);
  host.dataset.bad = String(counts.bad);
  host.dataset.outsider = String(counts.outsider);
  const bar = document.createElement('div');
  bar.className = counts.bad || counts.outsider ? 'bar' : 'bar clean';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  // Nobody counted yet (only the account's own notice to show): no "0 people" line.
  if (counts.total) text.textContent = summaryText(counts);
  bar.append(text);
  const flagged = verdicts.filter((v) => v.verdict === 'bad' || v.verdict === 'outsider');
  if (flagged.length) {
    const toggle = document.createElement('button');
    toggle.type = 'button';
    toggle.textContent = expanded ? tc('summary.collapse') : tc('summary.expand');
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.onclick = onToggle;
    bar.append(toggle);
  }
  const reminder = view.reminder && reminderControls(view.reminder);
  if (reminder) bar.append(reminder.button);
  if (reminder?.after) bar.append(reminder.after);
  const own = view.own && ownNickNotice(view.own);
  if (own) bar.append(own);
  if (expanded && flagged.length) {
    const list = document.createElement('ul');
    for (const v of flagged) {
      const item = document.createElement('li');
      // The account itself is not @-mentioned in its own list.
      const self = view.own?.verdict.name === v.name;
      item.textContent = tc(self ? 'summary.itemSelf' : 'summary.item', { name: v.name, why: explain(tc, v) });
      list.append(item);
    }
    bar.append(list);
  }
  container.replaceChildren(bar);
}
