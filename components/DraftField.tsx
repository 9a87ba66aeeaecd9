/**
 * Inputs that keep what the admin typed until it is fixed. A section saves only a valid policy; a controlled input
 * bound to the saved value would snap back to it on the next render and lose the typing. These hold their own
 * text and take the saved value again only when that value changes (after a good save, or from elsewhere).
 */
import { createElement } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { linesToList } from './policy-edit';

function useDraft(saved: string): [string, (text: string) => void] {
  const [text, setText] = useState(saved);
  const last = useRef(saved);
  useEffect(() => {
    if (saved !== last.current) {
      last.current = saved;
      setText(saved);
    }
  }, [saved]);
  return [text, setText];
}

/** The few attributes these fields are given (data-qg-* hooks for tests among them). */
interface FieldProps {
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  rows?: number;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  class?: string;
  [data: `data-${string}`]: string | boolean | undefined;
}
type InputProps = FieldProps;

/** A one-line text or number input; `onCommit` gets the text (or the number) when the admin leaves or presses Enter. */
export function DraftInput({ value, onCommit, ...props }: InputProps & { value: string | number; onCommit: (value: string) => unknown }) {
  const [text, setText] = useDraft(String(value));
  // createElement: Preact's <input> typings are a union per `type` that a pass-through of attributes cannot meet.
  return createElement('input', {
    ...props,
    value: text,
    onInput: (e: Event) => setText((e.currentTarget as HTMLInputElement).value),
    onChange: (e: Event) => void onCommit((e.currentTarget as HTMLInputElement).value),
  });
}

/** A number input that reports what was typed as a number (an empty field is NaN, which the validator words). */
export function DraftNumber({ value, onCommit, ...props }: InputProps & { value: number; onCommit: (value: number) => unknown }) {
  return <DraftInput {...props} type="number" value={value} onCommit={(text) => onCommit(text.trim() === '' ? Number.NaN : Number(text))} />;
}

type AreaProps = FieldProps;

/** A textarea holding one entry per line. */
export function DraftLines({ value, onCommit, toText = (v) => v.join('\n'), ...props }: AreaProps & { value: string[]; onCommit: (lines: string[], text: string) => unknown; toText?: (v: string[]) => string }) {
  const [text, setText] = useDraft(toText(value));
  return <textarea {...props} value={text} onInput={(e) => setText(e.currentTarget.value)} onChange={(e) => void onCommit(linesToList(e.currentTarget.value), e.currentTarget.value)} />;
}

/** A textarea with its own text form (sensitive terms `词,分类,动作`). */
export function DraftText({ value, onCommit, ...props }: AreaProps & { value: string; onCommit: (text: string) => unknown }) {
  const [text, setText] = useDraft(value);
  return <textarea {...props} value={text} onInput={(e) => setText(e.currentTarget.value)} onChange={(e) => void onCommit(e.currentTarget.value)} />;
}
