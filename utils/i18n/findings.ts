/** A guard finding (utils/core/guard.ts) in words, for the warning dialog. */
import type { Finding } from '../core/guard';
import { tc } from './content';
import { categoryName } from './messages/shared';

export function findingText(f: Finding): string {
  switch (f.kind) {
    case 'content':
    case 'file-name': {
      const category = categoryName(tc, f.category);
      const what = f.detail.match === undefined ? category : tc('finding.match', { match: f.detail.match, category });
      return tc(`finding.${f.kind}`, { what });
    }
    case 'quiet-hours':
      return f.detail.holiday ? tc('finding.quietHoliday', { date: f.detail.holiday }) : tc('finding.quietWindow', { window: f.detail.window ?? '' });
    case 'etiquette':
      return f.rule === 'etiquette:long' ? tc('finding.long', { max: f.detail.maxChars ?? 0 }) : tc('finding.link');
    case 'destination':
      return tc('finding.forward', { class: tc(`class.${f.detail.destination ?? 'unknown'}`) });
  }
}
