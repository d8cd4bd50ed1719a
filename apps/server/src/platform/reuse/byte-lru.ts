/**
 * A map bounded in bytes: the least recently used entries go first when a new one would pass
 * the limit; an entry larger than the whole limit is not kept. What the reuse of answers,
 * portal pages and draft documents keeps in memory.
 */
export class ByteLru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(
    private readonly limitBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const bytes = this.sizeOf(value);
    if (bytes > this.limitBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [k, v] of this.entries) {
      if (this.total <= this.limitBytes) break;
      this.entries.delete(k);
      this.total -= v.bytes;
    }
  }

  /** an entry grew after it was stored (a compressed copy added): counts it and evicts */
  resize(key: string): void {
    const hit = this.entries.get(key);
    if (hit) this.set(key, hit.value);
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.total -= old.bytes;
  }

  /** drops every entry whose key starts with `prefix` */
  deletePrefix(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get size(): { entries: number; bytes: number; limitBytes: number } {
    return { entries: this.entries.size, bytes: this.total, limitBytes: this.limitBytes };
  }
}
