import { describe, it, expect } from 'vitest';
import { buildPath } from './contract';

describe('buildPath', () => {
  it('fills every :param segment', () => {
    expect(
      buildPath('/api/districts/:districtId/plans/:planId', { districtId: 'd1', planId: 'p2' }),
    ).toBe('/api/districts/d1/plans/p2');
  });

  it('accepts numbers', () => {
    expect(buildPath('/api/plans/:planId/versions/:number', { planId: 'p', number: 3 })).toBe(
      '/api/plans/p/versions/3',
    );
  });

  it('encodes values so they stay inside one segment', () => {
    expect(buildPath('/api/districts/:slug', { slug: 'a/b c?d#è' })).toBe(
      '/api/districts/a%2Fb%20c%3Fd%23%C3%A8',
    );
  });

  it('leaves a path without params untouched', () => {
    expect(buildPath('/api/auth/session')).toBe('/api/auth/session');
  });

  it('ignores extra params', () => {
    expect(buildPath('/api/plans/:planId', { planId: 'p', other: 'x' })).toBe('/api/plans/p');
  });

  it('throws on a missing param, naming it', () => {
    expect(() => buildPath('/api/plans/:planId/areas/:areaId', { planId: 'p' })).toThrow(
      'missing path parameter areaId',
    );
    expect(() => buildPath('/api/plans/:planId')).toThrow(/planId/);
  });

  it('keeps 0 and empty-string values (they are given, not missing)', () => {
    expect(buildPath('/api/plans/:planId/versions/:number', { planId: 'p', number: 0 })).toBe(
      '/api/plans/p/versions/0',
    );
    expect(buildPath('/api/plans/:planId/x', { planId: '' })).toBe('/api/plans//x');
  });
});
