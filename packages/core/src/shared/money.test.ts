import { describe, it, expect } from 'vitest';
import { cents, formatMoney } from './money';

describe('formatMoney (it)', () => {
  it('formats cents as euro with Italian separators and a plain space', () => {
    expect(formatMoney(123456)).toBe('1.234,56 €');
    expect(formatMoney(123456, 'it')).toBe('1.234,56 €');
  });

  it('never contains a no-break space', () => {
    for (const v of [0, 5, 123456, -123456, 123456789])
      expect(formatMoney(v)).not.toMatch(/[\u00a0\u202f]/);
  });

  it('formats zero, a few cents and large amounts', () => {
    expect(formatMoney(0)).toBe('0,00 €');
    expect(formatMoney(5)).toBe('0,05 €');
    expect(formatMoney(100)).toBe('1,00 €');
    expect(formatMoney(123456789)).toBe('1.234.567,89 €');
  });

  it('groups thousands also for four-digit amounts', () => {
    expect(formatMoney(100000)).toBe('1.000,00 €');
  });

  it('formats negative amounts with a minus sign', () => {
    expect(formatMoney(-123456)).toMatch(/^[-\u2212]1\.234,56 €$/);
  });
});

describe('formatMoney (en)', () => {
  it('puts the euro sign first with English separators', () => {
    expect(formatMoney(123456, 'en')).toBe('€1,234.56');
    expect(formatMoney(5, 'en')).toBe('€0.05');
  });
});

describe('cents', () => {
  it('accepts integer amounts, including zero and negatives', () => {
    expect(cents(0)).toBe(0);
    expect(cents(123456)).toBe(123456);
    expect(cents(-5)).toBe(-5);
  });

  it('rejects fractions of a cent and non-numbers', () => {
    expect(() => cents(12.5)).toThrow(RangeError);
    expect(() => cents(0.1 + 0.2)).toThrow(/not an integer/);
    expect(() => cents(Number.NaN)).toThrow(RangeError);
    expect(() => cents(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('rejects amounts beyond the safe integer range', () => {
    expect(() => cents(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });
});
