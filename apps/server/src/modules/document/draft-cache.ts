import { ByteLru } from '../../platform/reuse/byte-lru';

/**
 * The drafts' files made lately, by plan version, format and language, bounded in bytes: the
 * least recently used go first. A draft's file changes with every write to the plan (its version
 * is in the key), so nothing here is ever stale; it only saves typesetting the same draft twice.
 */
export class DraftCache extends ByteLru<Uint8Array> {
  constructor(limitBytes: number) {
    super(limitBytes, (file) => file.byteLength);
  }
}
