import { describe, it, expect } from 'vitest';
import { canonicalJson, hashSnapshot, sha256Hex } from './snapshot';

describe('canonicalJson', () => {
  it('sorts keys recursively and leaves no whitespace', () => {
    const value = { b: 1, a: { d: [1, 2], c: 'x' }, 'a b': true };
    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[1,2]},"a b":true,"b":1}');
  });

  it('gives the same string for the same value in a different key order', () => {
    const one = { plan: { title: 'Piano', id: 'p1' }, areas: [{ title: 'A', id: 'a1' }] };
    const two = { areas: [{ id: 'a1', title: 'A' }], plan: { id: 'p1', title: 'Piano' } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('sorts keys by code point (uppercase before lowercase)', () => {
    expect(canonicalJson({ b: 1, B: 2, a: 3, A: 4 })).toBe('{"A":4,"B":2,"a":3,"b":1}');
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([{ id: 'b' }, { id: 'a' }])).toBe('[{"id":"b"},{"id":"a"}]');
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('drops undefined properties, and writes undefined in arrays as null', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
  });

  it('writes scalars as JSON', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(-42)).toBe('-42');
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson([])).toBe('[]');
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow(/non-finite/);
    expect(() => canonicalJson([Number.NEGATIVE_INFINITY])).toThrow(TypeError);
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });

  it('escapes strings exactly as JSON.stringify does', () => {
    for (const s of [
      'Città di Milano – “Zona 1”',
      'a"b\\c',
      'line\nbreak\ttab',
      '\u0001',
      'emoji 😀',
      '\ud800',
    ]) {
      expect(canonicalJson(s)).toBe(JSON.stringify(s));
      expect(JSON.parse(canonicalJson({ s }))).toEqual({ s });
    }
  });

  it('round-trips through JSON.parse to an equal value', () => {
    const value = { z: [1, { y: null, x: 'è' }], a: false };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });
});

describe('sha256Hex', () => {
  it('matches the standard test vectors', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('hashes the UTF-8 bytes of the text', async () => {
    // "è" is c3 a8 in UTF-8 (not the single Latin-1 byte e8); digest computed independently
    const expected = '97c916cd94785d7b9b52ae7013c267854f275691ddaae212bc1c07f639b8a0c7';
    expect(await sha256Hex('è')).toBe(expected);
  });
});

describe('hashSnapshot', () => {
  const snapshot = {
    plan: { id: 'p1', title: 'Piano di Zona 2012–2014' },
    areas: [
      {
        id: 'a1',
        title: 'Anziani',
        objectives: [{ id: 'o1', title: 'Domiciliarità', actions: [{ id: 'x1', title: 'SAD' }] }],
      },
      { id: 'a2', title: 'Minori', objectives: [] },
    ],
  };

  it('returns the canonical text and its hash', async () => {
    const { canonical, sha256 } = await hashSnapshot(snapshot);
    expect(canonical).toBe(canonicalJson(snapshot));
    expect(sha256).toBe(await sha256Hex(canonical));
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is independent of key order', async () => {
    const reordered = {
      areas: snapshot.areas,
      plan: { title: snapshot.plan.title, id: snapshot.plan.id },
    };
    expect((await hashSnapshot(reordered)).sha256).toBe((await hashSnapshot(snapshot)).sha256);
  });

  it('changes when any title changes, at any depth', async () => {
    const base = (await hashSnapshot(snapshot)).sha256;
    const variants = [
      structuredClone(snapshot),
      structuredClone(snapshot),
      structuredClone(snapshot),
      structuredClone(snapshot),
    ];
    variants[0]!.plan.title = 'Piano di Zona 2015–2017';
    variants[1]!.areas[1]!.title = 'Minori e famiglie';
    variants[2]!.areas[0]!.objectives[0]!.title = 'Domiciliarità ';
    variants[3]!.areas[0]!.objectives[0]!.actions[0]!.title = 'ADI';
    const hashes = await Promise.all(variants.map(async (v) => (await hashSnapshot(v)).sha256));
    for (const h of hashes) expect(h).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('changes when the order of areas changes', async () => {
    const swapped = { ...snapshot, areas: [snapshot.areas[1], snapshot.areas[0]] };
    expect((await hashSnapshot(swapped)).sha256).not.toBe((await hashSnapshot(snapshot)).sha256);
  });
});
