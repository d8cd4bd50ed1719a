import { describe, expect, test } from 'vitest';
import { insertBlock, insertLink, prefixLines, wrapSelection } from './markdownEdit';

describe('markdown edits', () => {
  test('wrapping with nothing selected inserts a placeholder and selects it', () => {
    const r = wrapSelection({ value: 'ab', start: 1, end: 1 }, '**', 'testo');
    expect(r.value).toBe('a**testo**b');
    expect(r.value.slice(r.start, r.end)).toBe('testo');
  });

  test('numbers every selected line', () => {
    const value = 'uno\ndue\ntre';
    const r = prefixLines({ value, start: 1, end: 6 }, (i) => `${i + 1}. `);
    expect(r.value).toBe('1. uno\n2. due\ntre');
  });

  test('a link keeps the selected words and selects the address', () => {
    const r = insertLink({ value: 'vedi sito', start: 5, end: 9 }, 'x');
    expect(r.value).toBe('vedi [sito](https://)');
    expect(r.value.slice(r.start, r.end)).toBe('https://');
  });

  test('a block goes on a line of its own, inside a paragraph too', () => {
    const r = insertBlock({ value: 'prima dopo', start: 6, end: 6 }, '{{tabella:objectives}}');
    expect(r.value).toBe('prima \n\n{{tabella:objectives}}\n\ndopo');
  });
});
