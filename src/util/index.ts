/**
 * Helpers any stage may import (the one place shared across stages, beside `contract`'s types): small, pure, no stage logic.
 */

/**
 * A memo of at most `max` values by key, cleared when full: what depends only on its key (a sentence's tagging, a word's
 * skeleton, a stem's patterns) is computed once, and the bound keeps a long-running process from holding every key it ever
 * read. Values are shared: callers only read them. `read` must not return undefined (a miss is told by undefined).
 */
export function boundedMemo<T>(max: number): (key: string, read: () => T) => T {
  const known = new Map<string, T>();
  return (key, read) => {
    // (One lookup on a hit: keys are often whole sentences.)
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    if (known.size >= max) known.clear();
    const out = read();
    known.set(key, out);
    return out;
  };
}

/** `compute` memoised by its one string argument (see boundedMemo). */
export function memoByKey<T>(max: number, compute: (key: string) => T): (key: string) => T {
  const memo = boundedMemo<T>(max);
  return (key) => memo(key, () => compute(key));
}
