import { describe, expect, it } from 'vitest';
import { columnLetter, formatEuroText, parseItalianNumber, readMoneyCell } from './cells';
import {
  formatStaff,
  formatTargetGroups,
  parseStaff,
  parseTargetGroups,
  parseTargets,
} from './list-cells';

describe('spreadsheet cells', () => {
  it('reads euro amounts the Italian way into cents, and numbers from a workbook as they are', () => {
    const cents = (c: string | number) => {
      const r = readMoneyCell(c);
      return r.ok ? r.cents : r.problem;
    };
    expect(cents('1.234,56')).toBe(123456);
    expect(cents('1.234,56 €')).toBe(123456);
    expect(cents('1234,5')).toBe(123450);
    expect(cents('1234')).toBe(123400);
    expect(cents(1234.56)).toBe(123456);
    expect(cents('1234.56')).toBe('format');
    expect(cents('1,234')).toBe('decimals');
    expect(cents(0.001)).toBe('decimals');
    expect(cents('mille')).toBe('format');
    expect(formatEuroText(123456789)).toBe('1.234.567,89');
  });

  it('reads numbers with a decimal comma and grouped thousands', () => {
    expect(parseItalianNumber('10,5')).toBe(10.5);
    expect(parseItalianNumber('-1.000')).toBe(-1000);
    expect(parseItalianNumber('1.5')).toBeNull();
  });

  it('writes and reads list cells', () => {
    const groups = [
      { userAreaCode: 'ELD', expected: 120 },
      { userAreaCode: 'DIS', expected: null },
    ];
    expect(formatTargetGroups(groups)).toBe('ELD:120; DIS');
    expect(parseTargetGroups('ELD:120; DIS')).toEqual({ ok: true, value: groups });
    expect(parseTargetGroups('ELD:molti')).toEqual({ ok: false, part: 'ELD:molti' });
    expect(formatStaff([{ profileCode: 'AS', fte: 1.5 }])).toBe('AS:1,5');
    expect(parseStaff('AS:1,5;EDU: 2')).toEqual({
      ok: true,
      value: [
        { profileCode: 'AS', fte: 1.5 },
        { profileCode: 'EDU', fte: 2 },
      ],
    });
    expect(parseTargets('2024:100; 2025:120,5')).toEqual({
      ok: true,
      value: [
        { year: 2024, value: 100 },
        { year: 2025, value: 120.5 },
      ],
    });
    expect(parseTargets('24:1').ok).toBe(false);
  });

  it('names columns as the spreadsheet does', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});
