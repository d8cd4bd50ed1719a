import { describe, expect, it } from 'vitest';
import { formatMoneyInput, parseMoneyInput } from './budget';

describe('parseMoneyInput (amounts typed the Italian way)', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,5', 123450],
    ['1234', 123400],
    ['1.234', 123400],
    ['1.234.567,8', 123456780],
    ['0,05', 5],
    [' 12 € ', 1200],
    ['7,', 700],
    ['', 0],
    ['1.000.000.000', 100_000_000_000],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['abc', 'format'],
    ['12a', 'format'],
    ['1234.56', 'format'],
    ['1.23,4', 'format'],
    ['1,2,3', 'format'],
    ['1,234', 'decimals'],
    ['-5', 'negative'],
    ['1.000.000.000,01', 'tooLarge'],
    ['99999999999999', 'tooLarge'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, problem });
  });

  it('writes cents back in the form it reads', () => {
    expect(formatMoneyInput(123456)).toBe('1.234,56');
    expect(formatMoneyInput(5)).toBe('0,05');
    expect(formatMoneyInput(100_000_000_000)).toBe('1.000.000.000,00');
    for (const c of [0, 1, 99, 100, 123456789]) {
      expect(parseMoneyInput(formatMoneyInput(c))).toEqual({ ok: true, cents: c });
    }
  });
});
