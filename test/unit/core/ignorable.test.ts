import { describe, expect, it } from 'vitest';
import { IGNORABLE_RANGES, IGNORABLE_UNICODE_VERSION } from '@/utils/core/detector/ignorable';
import { isIgnorableCodePoint, normalisationTable, SKIP } from '@/utils/core/detector/normalize';

describe('the generated table of invisible characters', () => {
  it('lists exactly the code points Node calls Default_Ignorable_Code_Point or Cf (else run node scripts/gen-ignorable.mjs)', () => {
    const property = /^[\p{Default_Ignorable_Code_Point}\p{Cf}]$/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (property.test(String.fromCodePoint(cp)) !== isIgnorableCodePoint(cp)) wrong.push(cp.toString(16));
    }
    expect({ wrong: wrong.slice(0, 20), tableVersion: IGNORABLE_UNICODE_VERSION }).toEqual({ wrong: [], tableVersion: IGNORABLE_UNICODE_VERSION });
    expect(IGNORABLE_RANGES.length).toBeGreaterThan(10);
  });

  it('covers the classes the detector must skip: bidi controls, CGJ, variation selectors, fillers, tags', () => {
    for (const cp of [0x200e, 0x202e, 0x2066, 0x034f, 0xfe0f, 0xe0100, 0x3164, 0x115f, 0xffa0, 0xe0041, 0x00ad, 0xfeff]) {
      expect(isIgnorableCodePoint(cp), cp.toString(16)).toBe(true);
    }
    for (const cp of [0x20, 0x41, 0x4e00, 0x1f600, 0x3000]) expect(isIgnorableCodePoint(cp), cp.toString(16)).toBe(false);
  });

  it('maps every BMP ignorable unit to SKIP in the normalisation table', () => {
    const table = normalisationTable();
    for (const [from, to] of IGNORABLE_RANGES) for (let c = from; c <= Math.min(to, 0xffff); c++) expect(table[c]).toBe(SKIP);
  });
});
