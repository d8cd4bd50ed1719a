import { describe, it, expect } from 'vitest';
import { isLocked, lockedUntilAfterFailure, loginPolicy } from './password-policy';

const now = new Date('2024-05-10T12:00:00Z');
const minutes = (n: number) => n * 60_000;

describe('login lockout', () => {
  it('locks after 5 failures for 15 minutes', () => {
    expect(loginPolicy.maxFailedAttempts).toBe(5);
    expect(loginPolicy.lockMinutes).toBe(15);
  });

  it('does not lock for the first four failures', () => {
    for (let n = 0; n < 5; n += 1) expect(lockedUntilAfterFailure(n, now)).toBeNull();
  });

  it('locks on the fifth failure until 15 minutes later', () => {
    const until = lockedUntilAfterFailure(5, now);
    expect(until).not.toBeNull();
    expect(until!.getTime() - now.getTime()).toBe(minutes(15));
    expect(until!.toISOString()).toBe('2024-05-10T12:15:00.000Z');
  });

  it('keeps locking on further failures, counted from the latest one', () => {
    const later = new Date(now.getTime() + minutes(20));
    expect(lockedUntilAfterFailure(8, later)!.toISOString()).toBe('2024-05-10T12:35:00.000Z');
  });
});

describe('isLocked', () => {
  const until = lockedUntilAfterFailure(5, now)!;

  it('is false when there is no lock', () => {
    expect(isLocked(null, now)).toBe(false);
  });

  it('is true right after locking and just before expiry', () => {
    expect(isLocked(until, now)).toBe(true);
    expect(isLocked(until, new Date(until.getTime() - 1))).toBe(true);
  });

  it('is false once the lock has expired (at and after the instant)', () => {
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(until, new Date(until.getTime() + minutes(1)))).toBe(false);
  });
});
