/** One entity: aliases, roles over time, quotes, where it appears. */
import { get, type EntityView } from '../_api.ts';
import { append, enc, empty, h, link, section } from '../_dom.ts';
import { docHref, excerptView, fmtDate } from '../_common.ts';
import type { Route } from '../_router.ts';

export async function entityPage(route: Route, main: HTMLElement): Promise<void> {
  const v = await get<EntityView>(`/api/entities/${enc(route.params.id)}`);
  const e = v.entity;
  document.title = `${e.name} — Triangulate`;
  append(main, [
    h('p', { class: 'crumbs' }, link('#/', 'Stories'), ' › ', v.stories.map((s, i) => [i ? ', ' : '', link(`#/story/${enc(s.id)}`, s.title || 'story')])),
    h('h1', null, e.name),
    h('p', { class: 'meta' }, `${e.type} · ${e.mentionCount} mentions in ${v.documents.length} articles`),
    section('aliases', 'Also called', e.aliases.length ? h('ul', { class: 'chips' }, e.aliases.map((a) => h('li', null, a))) : empty('No other names.')),
    section('roles', 'Roles over time', v.roles.length ? h('ol', { class: 'timeline' }, v.roles.map((r) => h('li', null,
      h('time', null, r.date ?? 'undated'), h('div', { class: 'tl-body' }, h('p', null, r.role), excerptView(r.excerpt))))) : empty('No roles found.')),
    section('entity-quotes', 'Quotes', v.quotes.length ? h('ul', { class: 'plain' }, v.quotes.map((q) => h('li', null,
      h('blockquote', null, q.text), h('p', { class: 'meta' }, link(docHref(q.documentId, q.start, q.end), q.outlet), ` · ${q.title}`)))) : empty('No quotes attributed.')),
    v.events.length ? section('entity-events', 'Events', h('ul', { class: 'plain' }, v.events.map((ev) => h('li', null, h('time', null, ev.date?.value ?? 'undated'), ' ', ev.summary)))) : null,
    section('entity-docs', 'Mentioned in', h('ul', { class: 'plain' }, v.documents.map((d) => h('li', null,
      link(docHref(d.id), d.title || d.source), h('span', { class: 'meta' }, ` — ${d.outlet ?? ''} · ${fmtDate(d.publishedAt)} · ${d.mentions}×`), excerptView(d.first))))),
  ]);
}
