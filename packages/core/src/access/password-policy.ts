/** Login protection: after this many consecutive failures the account is locked for a while. */
export const loginPolicy = {
  maxFailedAttempts: 5,
  lockMinutes: 15,
  minPasswordLength: 12,
} as const;

export function lockedUntilAfterFailure(failedAttempts: number, now: Date): Date | null {
  if (failedAttempts < loginPolicy.maxFailedAttempts) return null;
  return new Date(now.getTime() + loginPolicy.lockMinutes * 60_000);
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
