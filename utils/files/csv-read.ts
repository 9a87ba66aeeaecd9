/** CSV (UTF-8, with or without BOM; comma, semicolon or tab) -> rows of cells, via Papa Parse. */
import Papa from 'papaparse';

export function readCsv(text: string): { rows: string[][]; errors: Array<{ line: number; message: string }> } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'] });
  return {
    rows: parsed.data,
    errors: parsed.errors
      .filter((e) => e.code !== 'UndetectableDelimiter')
      .map((e) => ({ line: (e.row ?? 0) + 1, message: `CSV 格式错误：${e.message}` })),
  };
}
