import { describe, expect, it as test } from 'vitest';
import {
  auditActions,
  auditChoiceSets,
  auditEntityTypes,
  auditFieldKeys,
  errorCodes,
  type AuditChoiceSet,
} from '@pdz/core';
import { catalogues, isMessageKey, translate } from './catalogues';
import { errorMessageKeys } from './errors';
import { en } from './en';
import { it } from './it';
import { pluralBlocks } from './plural';
import { choiceKey } from './labels';

/** The names a message fills in: `{name}` and the number of `{count, plural, …}`. */
const placeholder = /(?<!(?:=\d+|\b(?:zero|one|two|few|many|other))\s*)\{(\w+)(?:\}|,\s*plural,)/g;
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(placeholder)].map((m) => m[1]))].sort();

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

  test('every plural has the forms one and other in both languages', () => {
    for (const key of Object.keys(it) as (keyof typeof it)[]) {
      for (const text of [it[key], en[key]]) {
        for (const block of pluralBlocks(text)) {
          expect(Object.keys(block.forms), `${key}: ${text}`).toEqual(
            expect.arrayContaining(['one', 'other']),
          );
        }
      }
    }
  });

  test('a number of things is always said with a plural-aware message', () => {
    // `{count} errori` reads «1 errori»: a count must pick its form (a count in brackets after
    // a heading, «Avvisi (4)», needs none)
    const counts =
      /(?<!\()\{(count|rows|skipped|created|updated|unchanged|objectives|actions|shown|minutes|seconds|changes)\}/;
    for (const key of Object.keys(it) as (keyof typeof it)[]) {
      const bare = (text: string) =>
        pluralBlocks(text).reduce((rest, b) => rest.replace(text.slice(b.start, b.end), ''), text);
      expect(bare(it[key]), key).not.toMatch(counts);
      expect(bare(en[key]), key).not.toMatch(counts);
    }
  });

  test('every error code of core has a message in both languages', () => {
    for (const code of errorCodes) {
      const key = errorMessageKeys[code];
      expect(key, code).toBeDefined();
      expect(catalogues.it[key]).not.toBe(catalogues.en[key]);
    }
  });

  test('every audit action the server may record has a sentence in both languages', () => {
    for (const action of auditActions) {
      const key = `audit.sentence.${action}`;
      expect(Object.hasOwn(it, key), key).toBe(true);
      expect(Object.hasOwn(en, key), key).toBe(true);
    }
  });

  test('every field the activity log may list has a name, and every choice a label', () => {
    for (const type of auditEntityTypes) {
      expect(isMessageKey(`audit.entity.${type}`), type).toBe(true);
      for (const field of auditFieldKeys(type)) {
        const named =
          isMessageKey(`audit.field.${type}.${field}`) || isMessageKey(`audit.field.${field}`);
        expect(named, `${type}.${field}`).toBe(true);
      }
    }
    for (const [set, values] of Object.entries(auditChoiceSets)) {
      for (const value of values) {
        expect(choiceKey(set as AuditChoiceSet, value), `${set}.${value}`).not.toBeNull();
      }
    }
  });

  test('placeholders are filled, plurals pick their form', () => {
    expect(translate('it', 'login.locked', { minutes: 15 })).toContain('Riprova tra 15 minuti');
    expect(translate('it', 'login.locked', { minutes: 1 })).toContain('Riprova tra 1 minuto.');
    expect(translate('en', 'login.locked', { minutes: 15 })).toContain('Retry in 15 minutes');
    expect(translate('en', 'login.locked', { minutes: 1 })).toContain('Retry in 1 minute.');
    expect(translate('it', 'audit.count', { count: 1 })).toBe('1 evento mostrato.');
    expect(translate('it', 'audit.count', { count: 1234 })).toBe('1.234 eventi mostrati.');
    expect(translate('en', 'audit.count', { count: 1234 })).toBe('1,234 events shown.');
  });
});
