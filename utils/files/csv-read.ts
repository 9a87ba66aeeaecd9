/** CSV (UTF-8, with or without BOM; comma, semicolon or tab) -> rows of cells, via Papa Parse. */
import { message } from '../core/message';
import type { RosterProblem } from '../core/nickname/roster-import';
import Papa from 'papaparse';

export function readCsv(text: string): { rows: string[][]; errors: RosterProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'] });
  return {
    rows: parsed.data,
    errors: parsed.errors
      .filter((e) => e.code !== 'UndetectableDelimiter')
      .map((e) => ({ line: (e.row ?? 0) + 1, ...message('csvSyntax', { detail: e.message }) })),
  };
}
