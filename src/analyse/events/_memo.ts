/**
 * A memo of at most `max` values by key, cleared when full. Re-dating a page runs the event pass again on the same
 * sentences for every candidate day, so what depends only on a sentence (its tagging, clauses, parts) is kept; the
 * bound keeps a long-running process from holding every sentence it ever read. Values are shared: callers only read them.
 */
export function boundedMemo<T>(max: number): (key: string, read: () => T) => T {
  const known = new Map<string, T>();
  return (key, read) => {
    // (One lookup on a hit: keys are whole sentences. No value kept here is undefined.)
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    if (known.size >= max) known.clear();
    const out = read();
    known.set(key, out);
    return out;
  };
}
