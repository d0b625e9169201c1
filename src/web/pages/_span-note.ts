/** The note pinned under a document's text: what is at a passage, and where it leads on. */
import type { DocumentView } from '../_api.ts';
import { enc, h, link } from '../_dom.ts';
import { badge, sourceLinks } from '../_common.ts';

export type NoteKind = 'quote' | 'claim' | 'entity' | 'event';
/** A followed link (`?at=`) points at a quote or a claim; the names inside it would only be noise. */
export const FOLLOWED_KINDS: NoteKind[] = ['quote', 'claim'];
/** A tapped passage: everything marked there. */
export const ALL_KINDS: NoteKind[] = ['quote', 'claim', 'entity', 'event'];

/** Events read from one sentence on one day are one line, with all their types (as on the story's timeline). */
function sameEvents(events: DocumentView['events']): { date: string; summary: string; types: string[] }[] {
  const out = new Map<string, { date: string; summary: string; types: string[] }>();
  for (const e of events) {
    const date = e.date?.value ?? 'undated';
    const row = out.get(`${date}\u0000${e.summary}`);
    if (row) { if (!row.types.includes(e.type)) row.types.push(e.type); } else out.set(`${date}\u0000${e.summary}`, { date, summary: e.summary, types: [e.type] });
  }
  return [...out.values()];
}

/** The note for the passage `at` (document offsets), or null when nothing of `kinds` is there. */
export function spanNote(view: DocumentView, at: [number, number], kinds: NoteKind[]): HTMLElement | null {
  const covers = (x: { start: number; end: number }): boolean => x.start < at[1] && x.end > at[0];
  const here = (kind: NoteKind): Set<string> => new Set(kinds.includes(kind) ? view.spans.filter((s) => s.kind === kind && covers(s)).map((s) => s.id) : []);
  const quoteIds = here('quote');
  const claimIds = here('claim');
  const entityIds = here('entity');
  const eventIds = here('event');
  const quotes = view.quotes.filter((q) => quoteIds.has(q.id));
  const claims = view.claims.filter((c) => claimIds.has(c.id));
  const entities = view.entities.filter((e) => entityIds.has(e.id));
  const events = view.events.filter((e) => eventIds.has(e.id));
  if (!quotes.length && !claims.length && !entities.length && !events.length) return null;
  const storyId = view.story?.id;
  const box: HTMLElement = h('aside', { class: 'target-info', id: 'target-info', 'aria-label': 'The highlighted passage', 'aria-live': 'polite' },
    h('button', { type: 'button', class: 'close', 'aria-label': 'Close this note', onclick: () => box.remove() }, '×'),
    quotes.map((q) => h('p', null, h('b', null, 'Quote'), ' by ', q.speakerId ? link(`#/entity/${enc(q.speakerId)}`, q.speakerText ?? 'speaker') : (q.speakerText ?? 'an unnamed speaker'),
      q.elsewhere.length ? [' · also in ', sourceLinks(q.elsewhere, ', ')] : ' · in no other outlet',
      q.statementId && storyId ? [' · ', link(`#/story/${enc(storyId)}?focus=${enc(`stmt-${q.statementId}`)}`, 'all wordings')] : null)),
    claims.map((c) => {
      const support = c.elsewhere.filter((x) => x.role !== 'conflict');
      const conflict = c.elsewhere.filter((x) => x.role === 'conflict');
      return h('p', null, badge(c.status), ' ', h('b', null, 'Claim'), ' ',
        c.storyId ? link(`#/story/${enc(c.storyId)}?focus=${enc(`claim-${c.id}`)}`, c.text) : c.text,
        support.length ? [' · also in ', sourceLinks(support, ', ')] : null,
        conflict.length ? [' · contradicted by ', sourceLinks(conflict, ', ')] : null);
    }),
    sameEvents(events).map((e) => h('p', null, h('b', null, 'Event'), ` (${e.types.join(', ')}) ${e.date}: ${e.summary}`)),
    entities.length ? h('p', null, h('b', null, entities.length === 1 ? 'Entity' : 'Entities'), ' ', entities.map((e, i) => [i ? ', ' : '', link(`#/entity/${enc(e.id)}`, e.name), ` (${e.type})`])) : null);
  return box;
}
