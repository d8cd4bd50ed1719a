import { describe, it, expect } from 'vitest';
import { DomainError, errorCodes, errorStatus, isDomainError } from './errors';

describe('errorStatus', () => {
  it('maps every code to the expected HTTP status', () => {
    expect(errorStatus).toEqual({
      VALIDATION_FAILED: 400,
      UNAUTHENTICATED: 401,
      INVALID_CREDENTIALS: 401,
      SESSION_EXPIRED: 401,
      FORBIDDEN: 403,
      CSRF_INVALID: 403,
      NOT_FOUND: 404,
      VERSION_CONFLICT: 409,
      PLAN_NOT_EDITABLE: 409,
      INVALID_TRANSITION: 409,
      PLAN_INCOHERENT: 409,
      PERIOD_CLOSED: 409,
      DUPLICATE: 409,
      PAYLOAD_TOO_LARGE: 413,
      URI_TOO_LONG: 414,
      UNSUPPORTED_MEDIA_TYPE: 415,
      HEADERS_TOO_LARGE: 431,
      ACCOUNT_LOCKED: 423,
      RATE_LIMITED: 429,
      INTERNAL: 500,
      SERVICE_UNAVAILABLE: 503,
    });
  });

  it('errorCodes lists every code, each with an error status', () => {
    expect([...errorCodes].sort()).toEqual(Object.keys(errorStatus).sort());
    for (const code of errorCodes) {
      expect(errorStatus[code]).toBeGreaterThanOrEqual(400);
      expect(errorStatus[code]).toBeLessThan(600);
    }
  });
});

describe('DomainError', () => {
  it('exposes the status of its code, for every code', () => {
    for (const code of errorCodes) {
      const err = new DomainError(code);
      expect(err.status).toBe(errorStatus[code]);
      expect(err.code).toBe(code);
    }
  });

  it('is an Error named DomainError whose message defaults to the code', () => {
    const err = new DomainError('NOT_FOUND');
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('DomainError');
    expect(err.message).toBe('NOT_FOUND');
    expect(err.details).toBeUndefined();
    expect(err.issues).toBeUndefined();
  });

  it('carries message, details and field issues', () => {
    const err = new DomainError('VALIDATION_FAILED', 'bad input', {
      details: { current: 3 },
      issues: [{ field: 'body.title', message: 'required' }],
    });
    expect(err.message).toBe('bad input');
    expect(err.status).toBe(400);
    expect(err.details).toEqual({ current: 3 });
    expect(err.issues).toEqual([{ field: 'body.title', message: 'required' }]);
  });

  it('isDomainError recognises only DomainError', () => {
    expect(isDomainError(new DomainError('INTERNAL'))).toBe(true);
    expect(isDomainError(new Error('INTERNAL'))).toBe(false);
    expect(isDomainError({ code: 'INTERNAL', status: 500 })).toBe(false);
    expect(isDomainError(null)).toBe(false);
  });
});
