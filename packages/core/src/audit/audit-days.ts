/**
 * Calendar days as the district lives them. The activity log filters "from 26/03/2012 to
 * 27/03/2012" in Italian time whatever the server's clock zone: the range starts at midnight of
 * the first day and ends just before midnight after the last one.
 */
export const districtTimeZone = 'Europe/Rome';

/** Minutes the zone is ahead of UTC at that instant (60 in winter, 120 in summer in Italy). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant a day (`yyyy-mm-dd`) begins in the zone. */
export function startOfDay(isoDate: string, timeZone: string = districtTimeZone): Date {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const midnightUtc = Date.UTC(y, m - 1, d);
  const first = offsetMinutes(new Date(midnightUtc), timeZone);
  const guess = midnightUtc - first * 60_000;
  // the offset at the guessed instant is the one that counts when a change of time lies between
  const second = offsetMinutes(new Date(guess), timeZone);
  return new Date(second === first ? guess : midnightUtc - second * 60_000);
}

function nextDay(isoDate: string): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** `from` and `to` (both included) as instants: events at or after `since` and before `until`. */
export function auditDayRange(
  from: string | undefined,
  to: string | undefined,
  timeZone: string = districtTimeZone,
): { since: Date | undefined; until: Date | undefined } {
  return {
    since: from ? startOfDay(from, timeZone) : undefined,
    until: to ? startOfDay(nextDay(to), timeZone) : undefined,
  };
}

const dayInDistrict = new Intl.DateTimeFormat('en-CA', { timeZone: districtTimeZone });

/** The calendar day (`yyyy-mm-dd`) it is in the district at that instant: what "late" is judged by. */
export function districtDay(instant: Date = new Date()): string {
  return dayInDistrict.format(instant);
}
