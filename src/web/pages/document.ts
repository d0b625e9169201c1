/** One document: cleaned text with entity, quote, claim and event spans highlighted (text nodes only). */
import { get, type DocSpan, type DocumentView } from '../_api.ts';
import { append, enc, empty, h, link, section } from '../_dom.ts';
import { badge, docHref, flagList, fmtDate } from '../_common.ts';
import { segments } from '../_segments.ts';
import type { Route } from '../_router.ts';

function parseAt(v: string | null): [number, number] | null {
  const m = /^(\d+)-(\d+)$/.exec(v ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function spanLabel(s: DocSpan): string {
  if (s.kind === 'quote') return `quote by ${s.label}`;
  if (s.kind === 'claim') return `claim (${s.label}, ${s.role === 'conflict' ? 'contradicts' : 'supports'})`;
  return `${s.kind}: ${s.label}`;
}

/** The article body: one text node per segment; covered segments wrapped in <span class="hl ..."> with a title. */
function body(view: DocumentView, at: [number, number] | null): { el: HTMLElement; target: HTMLElement | null } {
  const text = view.document.text;
  const spans: (DocSpan | { kind: 'target'; start: number; end: number })[] = [...view.spans];
  if (at && at[1] > at[0] && at[1] <= text.length) spans.push({ kind: 'target', start: at[0], end: at[1] });
  const el = h('div', { class: 'doc-text', id: 'doc-text', lang: view.document.language || undefined });
  let target: HTMLElement | null = null;
  for (const seg of segments(text.length, spans)) {
    const chunk = text.slice(seg.start, seg.end);
    if (!seg.spans.length) { el.appendChild(document.createTextNode(chunk)); continue; }
    const kinds = [...new Set(seg.spans.map((s) => s.kind))];
    const real = seg.spans.filter((s): s is DocSpan => s.kind !== 'target');
    const conflict = real.some((s) => s.kind === 'claim' && s.role === 'conflict');
    const wrap = h('span', {
      class: ['hl', ...kinds.map((k) => `hl-${k}`), conflict ? 'hl-conflict' : ''].join(' ').trim(),
      title: real.map(spanLabel).join('\n') || undefined,
      'data-start': seg.start,
    }, chunk);
    if (kinds.includes('target') && !target) {
      target = wrap;
      wrap.id = 'target';
      wrap.setAttribute('tabindex', '-1');
    }
    el.appendChild(wrap);
  }
  return { el, target };
}

export async function documentPage(route: Route, main: HTMLElement): Promise<void> {
  const view = await get<DocumentView>(`/api/documents/${enc(route.params.id)}`);
  const d = view.document;
  document.title = `${d.title || d.source} — Triangulate`;
  const { el } = body(view, parseAt(route.query.get('at')));
  const quoteItems = view.quotes.map((q) => h('li', null,
    link(docHref(d.id, q.start, q.end), `“${q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text}”`),
    h('span', { class: 'meta' }, ' — ', q.speakerId ? link(`#/entity/${enc(q.speakerId)}`, q.speakerText ?? 'speaker') : (q.speakerText ?? 'unattributed')),
    q.statementId && view.story ? h('span', { class: 'meta' }, ' · ', link(`#/story/${enc(view.story.id)}?focus=${enc(`stmt-${q.statementId}`)}`, 'in the ledger')) : null));
  append(main, [
    h('p', { class: 'crumbs' }, link('#/', 'Stories'), ' › ', view.story ? link(`#/story/${enc(view.story.id)}`, view.story.title || 'story') : 'no story'),
    h('h1', null, d.title || d.source),
    h('p', { class: 'meta' }, `${d.outlet ?? 'unknown outlet'} · ${fmtDate(d.publishedAt)}${d.byline ? ` · ${d.byline}` : ''} · `, h('span', { class: 'source' }, d.source),
      d.duplicateOf ? [' · copy of ', link(docHref(d.duplicateOf), 'another article')] : null),
    h('p', { class: 'legend', 'aria-hidden': 'true' }, h('span', { class: 'hl hl-entity' }, 'entity'), ' ', h('span', { class: 'hl hl-quote' }, 'quote'), ' ', h('span', { class: 'hl hl-claim' }, 'claim'), ' ', h('span', { class: 'hl hl-event' }, 'event')),
    h('div', { class: 'doc-layout' },
      h('article', { class: 'doc' }, el),
      h('aside', { class: 'doc-side', 'aria-label': 'In this article' },
        section('doc-quotes', 'Quotes', view.quotes.length ? h('ul', { class: 'plain' }, quoteItems) : empty('None.')),
        section('doc-claims', 'Claims', view.claims.length ? h('ul', { class: 'plain' }, view.claims.map((c) => h('li', null, badge(c.status), ' ',
          view.story ? link(`#/story/${enc(view.story.id)}?focus=${enc(`claim-${c.id}`)}`, c.text) : c.text))) : empty('None.')),
        section('doc-entities', 'Entities', view.entities.length ? h('ul', { class: 'chips' }, view.entities.map((e) => h('li', null, link(`#/entity/${enc(e.id)}`, e.name)))) : empty('None.')),
        view.flags.length ? section('doc-flags', 'Flags', flagList(view.flags, (id) => (id === d.id ? 'this article' : view.related.find((r) => r.id === id)?.title || id))) : null,
        view.related.length ? section('doc-related', 'Same story', h('ul', { class: 'plain' }, view.related.map((r) => h('li', null, link(docHref(r.id), r.title || r.source), h('span', { class: 'meta' }, ` — ${r.outlet ?? ''}`))))) : null)),
  ]);
}
