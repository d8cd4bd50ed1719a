import { describe, it, expect } from 'vitest';
import { formatDate, formatDateTime, formatNumber, italianDate, parseItalianDate } from './format';

describe('formatNumber', () => {
  it('groups with a dot in Italian and a comma in English', () => {
    expect(formatNumber(99958)).toBe('99.958');
    expect(formatNumber(99958, 'it')).toBe('99.958');
    expect(formatNumber(99958, 'en')).toBe('99,958');
  });

  it('groups four-digit numbers too in Italian', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(1234567)).toBe('1.234.567');
  });

  it('leaves small numbers and zero alone', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
  });
});

describe('formatDate', () => {
  it('writes dd/mm/yyyy', () => {
    // midday UTC: the same calendar day in every time zone from UTC-11 to UTC+11
    expect(formatDate('2012-03-26T12:00:00Z')).toBe('26/03/2012');
  });

  it('pads day and month', () => {
    expect(formatDate('2014-01-05T12:00:00Z')).toBe('05/01/2014');
  });

  it('accepts a Date in local time', () => {
    expect(formatDate(new Date(2013, 11, 31, 12, 0))).toBe('31/12/2013');
  });

  it('gives an empty string for an invalid date', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatDate(new Date(Number.NaN))).toBe('');
  });
});

describe('formatDateTime', () => {
  it('writes dd/mm/yyyy hh:mm in local time', () => {
    expect(formatDateTime(new Date(2012, 2, 26, 9, 5))).toBe('26/03/2012 09:05');
  });

  it('gives an empty string for an invalid date', () => {
    expect(formatDateTime('')).toBe('');
  });
});

describe('calendar days', () => {
  it('shows an ISO date as the same day whatever the time zone', () => {
    expect(formatDate('2012-03-26')).toBe('26/03/2012');
  });
  it('tells the day in Italy, which may differ from the day in UTC', () => {
    expect(italianDate(new Date('2012-03-25T22:30:00Z'))).toBe('2012-03-26');
    expect(italianDate(new Date('2012-03-26T10:00:00Z'))).toBe('2012-03-26');
  });
});

describe('parseItalianDate', () => {
  it('reads a day as written in Italy', () => {
    expect(parseItalianDate('26/03/2012')).toBe('2012-03-26');
    expect(parseItalianDate(' 6-3-2012 ')).toBe('2012-03-06');
    expect(parseItalianDate('06.03.2012')).toBe('2012-03-06');
  });
  it('refuses what is not a real day', () => {
    expect(parseItalianDate('31/02/2012')).toBeNull();
    expect(parseItalianDate('2012-03-26')).toBeNull();
    expect(parseItalianDate('26/13/2012')).toBeNull();
    expect(parseItalianDate('')).toBeNull();
  });
});
