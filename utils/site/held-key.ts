import type { HeldKey } from './types';

/** The fields of a held keydown its replay needs (a page may read the legacy `keyCode`: it is copied too). */
export function heldKeyOf(event: KeyboardEvent): HeldKey {
  const { key, code, keyCode, altKey, ctrlKey, metaKey, shiftKey } = event;
  return { key, code, keyCode, altKey, ctrlKey, metaKey, shiftKey };
}
