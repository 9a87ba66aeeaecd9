/** A changed policy setting in words for the import preview: its name (免打扰时段 · 节假日) and old → new value. */
import type { Policy } from '@/utils/core/policy/model';
import { t, pageMessages, type MessageKey } from '@/utils/i18n';

/** The setting's name for a dotted path (`quietHours.holidays`), else its section's name, else the path. */
export function settingName(path: string): string {
  const section = path.split('.')[0]!;
  for (const key of [`setting.${path}`, `setting.${section}`]) if (key in pageMessages) return t(key as MessageKey);
  return path;
}

function at(policy: Policy, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), policy);
}

const MAX = 60;
function shown(value: unknown): string | null {
  if (typeof value === 'boolean') return t(value ? 'word.yes' : 'word.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value) || t('ux.preview.empty');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    const text = value.join(t('list.separator')) || t('ux.preview.empty');
    return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
  }
  return null; // a structured value (windows, terms, roster): named, not printed
}

export function changeText(before: Policy, after: Policy, path: string): string {
  const setting = settingName(path);
  const was = shown(at(before, path));
  const now = shown(at(after, path));
  return was !== null && now !== null ? t('ux.preview.change', { setting, before: was, after: now }) : t('ux.preview.changed', { setting });
}
