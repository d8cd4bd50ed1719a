/**
 * An approved version is frozen as canonical JSON with its SHA-256. Canonical means: object keys
 * sorted by code point, no insignificant whitespace, arrays in order (RFC 8785 for the values we
 * store: strings, integers, booleans, null). The same content always gives the same bytes and so
 * the same hash, whichever machine or database produced it.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('non-finite number in snapshot');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`cannot put a ${typeof value} in a snapshot`);
  }
}

/** Hex SHA-256 of a string's UTF-8 bytes (Web Crypto: the same in Node and browsers). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function hashSnapshot(
  snapshot: unknown,
): Promise<{ canonical: string; sha256: string }> {
  const canonical = canonicalJson(snapshot);
  return { canonical, sha256: await sha256Hex(canonical) };
}
