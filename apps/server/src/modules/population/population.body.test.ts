import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { limited } from './population.body';

describe('the streamed import body', () => {
  it('passes the chunks through up to the limit', async () => {
    const out: string[] = [];
    for await (const c of limited(Readable.from([Buffer.from('abc'), Buffer.from('de')]), 5)) {
      out.push(Buffer.from(c).toString());
    }
    expect(out).toEqual(['abc', 'de']);
  });

  it('stops with a 413 beyond the limit, saying the limit in MB', async () => {
    const source = Readable.from([Buffer.alloc(600_000), Buffer.alloc(600_000)]);
    const read = async () => {
      for await (const _ of limited(source, 1024 * 1024)) void _;
    };
    await expect(read()).rejects.toMatchObject({ statusCode: 413, message: /larger than 1 MB/ });
  });
});
