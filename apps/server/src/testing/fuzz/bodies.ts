// Whole-body mutations of the fuzz test (see document.ts): unknown and prototype keys, malformed
// JSON, wrong or missing content types, random files (noise, the start of a ZIP archive as an
// XLSX has, CSV with hostile cells) and bodies beyond the server's limit.
import fc from 'fast-check';
import { spreadsheetTypes } from './document';

export interface BodyTwist {
  mutation: string;
  detail: string;
  body: string | Uint8Array;
  /** the content-type header; '' sends none */
  contentType: string;
}

/** A mutation of the valid JSON text of a body (`{}` when the valid request has none). */
export type Twist = (valid: string) => BodyTwist;

// prettier-ignore
const oddJson = [
  '{', '{"a":}', 'nul', "{'a':1}", '\ufeff{}', '[]', '"text"', '12', 'null', '', '{"a":1}{',
  '{"version":1,"version":"2"}', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '{"__proto__":{"x":1}}',
];

// prettier-ignore
export const wrongTypes = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
  'application/xml', 'application/json; charset=utf-16', 'application/json; charset=latin1',
  'application/merge-patch+json', 'application/problem+json', 'application/jsonx', 'text/csv',
  'application/octet-stream', spreadsheetTypes[0]!, 'image/png', '*/*', 'json',
];

const files = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.uint8Array({ maxLength: 2048 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
  fc
    .array(
      fc.array(fc.oneof(fc.string(), fc.constantFrom('\u0000', '=1+1', '"')), { maxLength: 6 }),
      {
        maxLength: 20,
      },
    )
    .map((rows) => new TextEncoder().encode(rows.map((r) => r.join(';')).join('\n'))),
);

/** Mutations of a JSON body: unknown keys, malformed text, another content type. */
export function jsonTwists(mediaType: string): fc.Arbitrary<Twist> {
  const extraKey = fc
    .constantFrom('__proto__', 'constructor', 'extra', '$where')
    .map((key): Twist => (valid) => {
      const extra = key === 'constructor' ? '{"prototype":{"admin":true}}' : '{"admin":true}';
      const body = valid.startsWith('{')
        ? `{"${key}":${extra}${valid === '{}' ? '' : ','}${valid.slice(1)}`
        : valid;
      return { mutation: 'extra-key', detail: key, body, contentType: mediaType };
    });
  const malformed = fc
    .oneof(fc.constantFrom(...oddJson), fc.integer({ min: 1, max: 60 }))
    .map((odd): Twist => (valid) => ({
      mutation: 'malformed-json',
      detail: typeof odd === 'number' ? 'cut short' : odd,
      body: typeof odd === 'number' ? valid.slice(0, Math.floor((valid.length * odd) / 61)) : odd,
      contentType: mediaType,
    }));
  const contentType = fc.constantFrom(...wrongTypes, '').map((type): Twist => (valid) => ({
    mutation: 'content-type',
    detail: type || 'none',
    body: valid,
    contentType: type,
  }));
  return fc.oneof(extraKey, malformed, contentType);
}

/** Random files, as the media types an import takes (or any other for an operation that takes none). */
export function fileTwists(types: string[]): fc.Arbitrary<Twist> {
  return fc.tuple(files, fc.constantFrom(...types)).map(([body, type]): Twist => () => ({
    mutation: 'file',
    detail: `${body.length} bytes as ${type}`,
    body,
    contentType: type,
  }));
}

/** A body just beyond the server's limit of 1 MB, with a media type it takes or one it does not. */
export function oversizedTwists(types: string[]): fc.Arbitrary<Twist> {
  return fc
    .tuple(fc.integer({ min: 1_050_000, max: 1_600_000 }), fc.constantFrom(...types, 'text/plain'))
    .map(([size, type]): Twist => () => ({
      mutation: 'oversized',
      detail: `${size} bytes as ${type}`,
      body: 'x'.repeat(size),
      contentType: type,
    }));
}
