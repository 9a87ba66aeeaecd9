import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { onSaveResult, type SaveResult } from './policy-edit';

/** 已保存 after every good change (for a few seconds), or "not saved" until the next change saves. */
export function SaveNotice() {
  const [result, setResult] = useState<{ kind: SaveResult; at: number } | null>(null);
  useEffect(() => onSaveResult((kind) => setResult({ kind, at: Date.now() })), []);
  useEffect(() => {
    if (result?.kind !== 'saved') return;
    const timer = setTimeout(() => setResult(null), 4000);
    return () => clearTimeout(timer);
  }, [result]);
  if (!result) return null;
  return (
    <p class={`save-notice ${result.kind === 'saved' ? 'ok' : 'error'}`} role="status" data-qg-save={result.kind} key={result.at}>
      {result.kind === 'saved' ? `✓ ${t('ux.saved')}` : t('ux.notSaved')}
    </p>
  );
}
