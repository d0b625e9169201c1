/** Fast 32-bit hashing for shingles and MinHash (no crypto needed: collisions only cost a little accuracy). */

/** FNV-1a over a string's UTF-16 units, then a murmur finaliser for good bit mixing. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Murmur3 fmix32. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine two 32-bit hashes (order matters). */
export function combine(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x27d4eb2f, 31) + b) | 0);
}
