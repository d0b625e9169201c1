/** One entity: aliases, roles over time, what it said (by statement), events, where it appears. */
import { get, type EntityView } from '../_api.ts';
import { append, enc, empty, h, link, section } from '../_dom.ts';
import { docHref, excerptView, fmtDate, plural, sourceLinks } from '../_common.ts';
import { ledgerList } from '../_ledger.ts';
import type { Route } from '../_router.ts';

const dateRange = (from: string | null, to: string | null): string => (!from ? 'undated' : from === to || !to ? from : `${from} – ${to}`);

function roleHistory(v: EntityView): HTMLElement {
  if (!v.roleHistory.length) return empty('No titles or roles found in the text.');
  return h('ol', { class: 'timeline' }, v.roleHistory.map((r) => h('li', null,
    h('time', null, dateRange(r.from, r.to)),
    h('div', { class: 'tl-body' },
      h('p', null, h('b', null, r.role), h('span', { class: 'meta' }, ` · in ${plural(r.documents, 'article')}`)),
      r.evidence.slice(0, 1).map((x) => excerptView(x)),
      r.evidence.length > 1 ? h('p', { class: 'meta' }, 'Also: ', sourceLinks(r.evidence.slice(1), ', ')) : null))));
}

export async function entityPage(route: Route, main: HTMLElement): Promise<void> {
  const v = await get<EntityView>(`/api/entities/${enc(route.params.id)}`);
  const e = v.entity;
  document.title = `${e.name} — Triangulate`;
  const others = e.aliases.filter((a) => a !== e.name);
  append(main, [
    h('p', { class: 'crumbs' }, link('#/', 'Stories'), ' › ', v.stories.map((s, i) => [i ? ', ' : '', link(`#/story/${enc(s.id)}`, s.title || 'story')])),
    h('h1', null, e.name),
    h('p', { class: 'meta' }, `${e.type} · ${plural(e.mentionCount, 'mention')} in ${plural(v.documents.length, 'article')}${v.quotes.length ? ` · ${plural(v.quotes.length, 'quote')}` : ''}`),
    section('aliases', 'Also called', others.length ? h('ul', { class: 'chips' }, others.map((a) => h('li', null, a))) : empty('No other names found.')),
    section('roles', 'Roles over time', roleHistory(v)),
    section('entity-quotes', 'What they said', v.ledger.length ? ledgerList(v.ledger, false) : empty('No quotes attributed.')),
    v.events.length ? section('entity-events', 'Events', h('ol', { class: 'timeline' }, v.events.map((ev) => h('li', null,
      h('time', null, ev.date?.value ?? 'undated'),
      h('div', { class: 'tl-body' }, h('p', null, h('span', { class: 'badge' }, ev.type), ' ', ev.summary),
        ev.evidence.length ? h('p', { class: 'meta' }, 'Source: ', sourceLinks(ev.evidence, ', ')) : null))))) : null,
    section('entity-docs', 'Mentioned in', h('ul', { class: 'plain mentions' }, v.documents.map((d) => h('li', null,
      link(docHref(d.id), d.title || d.source), h('span', { class: 'meta' }, ` — ${d.outlet ?? 'unknown outlet'} · ${fmtDate(d.publishedAt)} · ${d.mentions}×`), excerptView(d.first, { outlet: false }))))),
  ]);
}
