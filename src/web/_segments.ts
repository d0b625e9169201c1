/** Split a text into flat segments, each covered by the same set of spans (pure; no DOM). */
export interface SpanLike { start: number; end: number }
export interface Segment<S extends SpanLike> { start: number; end: number; spans: S[] }

export function segments<S extends SpanLike>(length: number, spans: S[]): Segment<S>[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= length);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Segment<S>[] = [];
  let open: S[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    open = open.filter((s) => s.end > start);
    while (next < byStart.length && byStart[next].start <= start) {
      if (byStart[next].end > start) open.push(byStart[next]);
      next++;
    }
    if (end > start) out.push({ start, end, spans: [...open] });
  }
  return out;
}
