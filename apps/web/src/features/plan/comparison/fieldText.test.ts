import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber } from '@pdz/core';
import { isMessageKey, translate, type MessageKey } from '../../../i18n/catalogues';
import { fieldLabel, fieldValue, type FieldText } from './fieldText';

const it: FieldText = {
  t: (key: MessageKey, vars?: Record<string, string | number>) => translate('it', key, vars),
  has: isMessageKey,
  number: (n) => formatNumber(n, 'it'),
  date: formatDate,
};

describe('a changed field in words', () => {
  test('names the field as the forms do, and leaves an unknown one as it is', () => {
    expect(fieldLabel('status', it)).toBe('Stato');
    expect(fieldLabel('milestones', it)).toBe('Tappe');
    expect(fieldLabel('somethingNew', it)).toBe('somethingNew');
  });

  test('writes codes, dates, numbers, flags and lists as on screen', () => {
    expect(fieldValue('status', '"completed"', it)).toBe('Concluso');
    expect(fieldValue('startDate', '"2013-03-31"', it)).toBe('31/03/2013');
    expect(fieldValue('baselineValue', '1234.5', it)).toBe('1.234,5');
    expect(fieldValue('coDesign', 'true', it)).toBe('Sì');
    expect(fieldValue('title', '"Centri estivi"', it)).toBe('«Centri estivi»');
    expect(fieldValue('description', '""', it)).toBe('(vuoto)');
    expect(fieldValue('lead', 'null', it)).toBe('(vuoto)');
    expect(fieldValue('lead', '{"id":"o1","name":"Comune di Pavia"}', it)).toBe(
      '«Comune di Pavia»',
    );
    expect(fieldValue('targets', '[{"value":20,"year":2013},{"value":22.5,"year":2014}]', it)).toBe(
      '2013: 20; 2014: 22,5',
    );
    expect(
      fieldValue('milestones', '[{"done":true,"title":"a"},{"done":false,"title":"b"}]', it),
    ).toBe('2 tappe, 1 completata');
    expect(fieldValue('milestones', '[{"done":false,"title":"a"}]', it)).toBe(
      '1 tappa, nessuna completata',
    );
    expect(fieldValue('partners', '[{"id":"o1","name":"A","role":"x"}]', it)).toBe('1 elemento');
  });
});
