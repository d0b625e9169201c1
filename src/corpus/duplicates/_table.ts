/**
 * A growable open-addressing multimap from 32-bit keys to int values, in typed arrays.
 * At a million documents × 12 bands a JS Map would hold 12M entries (close to V8's Map limit and
 * several GB); this keeps ~40 bytes per entry.
 */
export class IntMultiMap {
  private keys: Uint32Array;
  private heads: Int32Array; // entry index + 1; 0 = empty slot
  private entryValue: Int32Array;
  private entryNext: Int32Array; // entry index + 1; 0 = end of chain
  private entries = 0;
  private used = 0;

  constructor(capacity = 1 << 12) {
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.entryValue = new Int32Array(capacity >> 1);
    this.entryNext = new Int32Array(capacity >> 1);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.heads[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** Add one value under a key (newest first in its chain). */
  add(key: number, value: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    if (this.entries >= this.entryValue.length) this.growEntries();
    const i = this.slot(key >>> 0);
    if (this.heads[i] === 0) { this.keys[i] = key >>> 0; this.used++; }
    this.entryValue[this.entries] = value;
    this.entryNext[this.entries] = this.heads[i]!;
    this.heads[i] = ++this.entries;
  }

  /** Values under a key, newest first, at most `limit`. */
  get(key: number, limit: number): number[] {
    const out: number[] = [];
    const i = this.slot(key >>> 0);
    let e = this.heads[i]!;
    while (e !== 0 && out.length < limit) {
      out.push(this.entryValue[e - 1]!);
      e = this.entryNext[e - 1]!;
    }
    return out;
  }

  private growEntries(): void {
    const n = this.entryValue.length * 2 || 16;
    const v = new Int32Array(n); v.set(this.entryValue); this.entryValue = v;
    const x = new Int32Array(n); x.set(this.entryNext); this.entryNext = x;
  }

  private rehash(capacity: number): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity);
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldHeads[j] === 0) continue;
      const i = this.slot(oldKeys[j]!);
      this.keys[i] = oldKeys[j]!;
      this.heads[i] = oldHeads[j]!;
    }
  }
}
