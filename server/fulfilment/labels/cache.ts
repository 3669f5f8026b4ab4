/**
 * A bounded cache for values that repeat across a batch (label words, shaped
 * words, formatted dates): two generations of maps, the older dropped whole
 * when the newer fills, so a lookup costs one or two map reads. A value is kept
 * from the second time its key is stored: most of a label's lines (names,
 * addresses, numbers) occur once, and keeping them would only fill the heap.
 */
/** Keys remembered as seen once, per value kept. */
const SEEN_PER_KEPT = 2;

export class Lru<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private readonly seen = new Set<K>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.store(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (!this.seen.has(key)) {
      // the keys seen once outnumber the values kept: a label's many one-off lines must not push out
      // of sight a value that comes back a few hundred labels later (an amount, a street)
      if (this.seen.size >= this.capacity * SEEN_PER_KEPT) this.seen.clear();
      this.seen.add(key);
      return;
    }
    this.store(key, value);
  }

  private store(key: K, value: V): void {
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/** The cached value of `make(key)`. */
export function cached<V>(cache: Lru<string, V>, key: string, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  cache.set(key, value);
  return value;
}
