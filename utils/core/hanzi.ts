/**
 * Traditional -> simplified, character by character, from OpenCC's TSCharacters table (opencc-js ships it as a
 * separate module, so we avoid the 1 MB phrase converter). Names and department words need no phrase rules.
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let table: Map<number, string> | null = null;

/** Code point of a traditional character -> its simplified form (OpenCC's first candidate). Also used by the detector. */
export function traditionalToSimplified(): Map<number, string> {
  if (table) return table;
  table = new Map();
  for (const pair of TS_CHARACTERS.split('|')) {
    const space = pair.indexOf(' ');
    if (space < 0) continue;
    const from = pair.slice(0, space);
    const to = pair.slice(space + 1).split(' ')[0]!; // first candidate is OpenCC's default
    const code = from.codePointAt(0)!;
    if (from.length === String.fromCodePoint(code).length) table.set(code, to);
  }
  return table;
}

export function toSimplified(text: string): string {
  const map = traditionalToSimplified();
  let out = '';
  for (const char of text) out += map.get(char.codePointAt(0)!) ?? char;
  return out;
}

export const HAN = /\p{Script=Han}/u;
