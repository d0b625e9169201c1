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

/**
 * The index of the span holding offset `at` (start inclusive, end exclusive), or -1. `spans` are in text order and do not
 * overlap (a document's sentences), so a binary search finds it: stages ask this for every mention of a page.
 */
export function spanIndexAt(spans: readonly Readonly<{ start: number; end: number }>[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The span holding offset `at` (see spanIndexAt), or undefined. */
export function spanAt<T extends Readonly<{ start: number; end: number }>>(spans: readonly T[], at: number): T | undefined {
  const i = spanIndexAt(spans, at);
  return i < 0 ? undefined : spans[i];
}

/** The span holding all of `part` (a mention inside one sentence), or undefined when none does. */
export function spanAround<T extends Readonly<{ start: number; end: number }>>(spans: readonly T[], part: Readonly<{ start: number; end: number }>): T | undefined {
  const s = spanAt(spans, part.start);
  return s && part.end <= s.end ? s : undefined;
}
