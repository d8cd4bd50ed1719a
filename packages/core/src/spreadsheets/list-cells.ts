import type { IndicatorTarget } from '../indicators/indicator';
import type { PolicyIntegration, StaffLine, TargetGroup } from '../plan/sheet';
import { formatDecimal, parseItalianNumber } from './cells';

/** List cells, items separated by `;`, each a code and maybe a value: `ELD:120; DIS:40`. */

const splitList = (text: string) =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function pairs(text: string): [string, string][] {
  return splitList(text).map((part) => {
    const at = part.indexOf(':');
    return at < 0 ? [part.trim(), ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  });
}

export const formatTargetGroups = (list: TargetGroup[]) =>
  list
    .map((g) => (g.expected === null ? g.userAreaCode : `${g.userAreaCode}:${g.expected}`))
    .join('; ');
export const formatCodes = (list: string[]) => list.join('; ');
export const formatPolicyIntegration = (list: PolicyIntegration[]) =>
  list.map((p) => (p.note ? `${p.sectorCode}: ${p.note}` : p.sectorCode)).join('; ');
export const formatStaff = (list: StaffLine[]) =>
  list.map((s) => `${s.profileCode}:${formatDecimal(s.fte)}`).join('; ');
export const formatTargets = (list: IndicatorTarget[]) =>
  list.map((t) => `${t.year}:${formatDecimal(t.value)}`).join('; ');

export type ListResult<T> = { ok: true; value: T } | { ok: false; part: string };

/** Reads every `code:value` item; the first item `read` refuses (null) is the one reported. */
function readPairs<T>(
  text: string,
  read: (code: string, value: string) => T | null,
): ListResult<T[]> {
  const out: T[] = [];
  for (const [code, value] of pairs(text)) {
    const item = read(code, value);
    if (item === null) return { ok: false, part: `${code}:${value}` };
    out.push(item);
  }
  return { ok: true, value: out };
}

export function parseTargetGroups(text: string): ListResult<TargetGroup[]> {
  return readPairs(text, (userAreaCode, n) => {
    if (n === '') return { userAreaCode, expected: null };
    const v = parseItalianNumber(n);
    return v === null || !Number.isInteger(v) || v < 0 ? null : { userAreaCode, expected: v };
  });
}

export function parseCodes(text: string): ListResult<string[]> {
  return { ok: true, value: splitList(text) };
}

export function parsePolicyIntegration(text: string): ListResult<PolicyIntegration[]> {
  return { ok: true, value: pairs(text).map(([sectorCode, note]) => ({ sectorCode, note })) };
}

export function parseStaff(text: string): ListResult<StaffLine[]> {
  return readPairs(text, (profileCode, n) => {
    const fte = parseItalianNumber(n);
    return fte === null ? null : { profileCode, fte };
  });
}

export function parseTargets(text: string): ListResult<IndicatorTarget[]> {
  return readPairs(text, (y, n) => {
    const value = parseItalianNumber(n);
    return !/^\d{4}$/.test(y) || value === null ? null : { year: Number(y), value };
  });
}
