/**
 * The medium a speaker talked to ("Vukoshev told Crossline", "said to the Correspondent of KTA"):
 * in another outlet's article that agency is the channel the quote came through. In the agency's
 * own article it is not (the outlet is its own source).
 */
import type { EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';
import { MEDIUM_VERB, TOLD_MEDIUM, UNNAMED_CAPITAL } from './patterns.ts';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The outlet is this entity when one's words start the other's ("Crossline" / "Crossline News Agency"). */
function isOwnOutlet(outlet: string | null, e: LocalEntity): boolean {
  if (!outlet) return false;
  const o = words(outlet);
  return [e.name, ...e.aliases].some((n) => { const w = words(n); return w.length > 0 && (o.slice(0, w.length).join(' ') === w.join(' ') || w.slice(0, o.length).join(' ') === o.join(' ')); });
}

/**
 * The medium a speech verb addresses inside [from, to): an organisation mention, or a capitalised
 * word the entities pass left untyped that names no person of the document ("told Crossline").
 */
export function mediumChannel(text: string, from: number, to: number, entities: LocalEntity[], mentions: EntityMention[], outlet: string | null): (Span & { entity: number | null }) | null {
  if (!MEDIUM_VERB.test(text.slice(from, to))) return null; // most attributions address nobody: skip the scans
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    const e = entities[m.entity];
    if (e?.type !== 'organization' || isOwnOutlet(outlet, e)) continue;
    if (TOLD_MEDIUM.test(text.slice(Math.max(from, m.start - 60), m.start))) return { start: m.start, end: m.end, entity: m.entity };
  }
  for (const w of text.slice(from, to).matchAll(UNNAMED_CAPITAL)) {
    const start = from + (w.index ?? 0), end = start + w[0].length;
    if (mentions.some((m) => m.start < end && start < m.end) || !TOLD_MEDIUM.test(text.slice(Math.max(from, start - 60), start))) continue;
    const low = w[0].toLowerCase();
    const own = !!outlet && words(outlet)[0] === low;
    if (!own && !entities.some((e) => e.type === 'person' && [e.name, ...e.aliases].some((a) => words(a).includes(low)))) return { start, end, entity: null };
  }
  return null;
}
