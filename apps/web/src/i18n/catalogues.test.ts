import { describe, expect, it as test } from 'vitest';
import { auditActions, errorCodes } from '@pdz/core';
import { catalogues, translate } from './catalogues';
import { errorMessageKeys } from './errors';
import { en } from './en';
import { it } from './it';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  test('Italian and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(it).sort());
  });

  test('no message is empty and both languages use the same placeholders', () => {
    for (const key of Object.keys(it) as (keyof typeof it)[]) {
      expect(it[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(it[key]));
    }
  });

  test('every error code of core has a message in both languages', () => {
    for (const code of errorCodes) {
      const key = errorMessageKeys[code];
      expect(key, code).toBeDefined();
      expect(catalogues.it[key]).not.toBe(catalogues.en[key]);
    }
  });

  test('every audit action the server may record has a label in both languages', () => {
    for (const action of auditActions) {
      const key = `auditAction.${action}`;
      expect(Object.hasOwn(it, key), key).toBe(true);
      expect(Object.hasOwn(en, key), key).toBe(true);
    }
  });

  test('placeholders are filled', () => {
    expect(translate('it', 'login.locked', { minutes: 15 })).toContain('Riprova tra 15 minuti');
    expect(translate('en', 'login.locked', { minutes: 15 })).toContain('Retry in 15 minutes');
  });
});
