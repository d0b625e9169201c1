/** One document: cleaned text with entity, quote, claim and event spans highlighted (text nodes only). */
import { get, type DocSpan, type DocumentView } from '../_api.ts';
import { append, enc, empty, h, link, section } from '../_dom.ts';
import { badge, docHref, flagList, fmtDate, plural } from '../_common.ts';
import { ALL_KINDS, FOLLOWED_KINDS, spanNote } from './_span-note.ts';
import { segments } from '../_segments.ts';
import type { Route } from '../_router.ts';
import { PATTERNS } from '../patterns.ts';

function parseAt(v: string | null): [number, number] | null {
  const m = PATTERNS.atSpan.exec(v ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function spanLabel(s: DocSpan): string {
  if (s.kind === 'quote') return `quote by ${s.label}`;
  if (s.kind === 'claim') return `claim (${s.label}, ${s.role === 'conflict' ? 'contradicts' : 'supports'})`;
  return `${s.kind}: ${s.label}`;
}

/** Longest stretch of text rendered at once: Chromium's layout breaks down (and takes seconds) on multi-megabyte text. */
const TEXT_WINDOW_CHARS = 200_000;

/** The part of the text to render: all of it, or a window centred on the followed span (or starting at `from`). */
function textWindow(length: number, at: [number, number] | null, from: number | null): [number, number] {
  if (length <= TEXT_WINDOW_CHARS) return [0, length];
  const wanted = at ? at[0] - TEXT_WINDOW_CHARS / 2 : (from ?? 0);
  const start = Math.max(0, Math.min(length - TEXT_WINDOW_CHARS, Math.floor(wanted)));
  return [start, start + TEXT_WINDOW_CHARS];
}

type AnySpan = DocSpan | { kind: 'target'; start: number; end: number };

/** The article body: one text node per segment; covered segments wrapped in <span class="hl ..."> with a title. */
function body(view: DocumentView, at: [number, number] | null, [ws, we]: [number, number]): HTMLElement {
  const text = view.document.text.slice(ws, we);
  const spans: AnySpan[] = [...view.spans];
  if (at && at[1] > at[0] && at[1] <= view.document.text.length) spans.push({ kind: 'target', start: at[0], end: at[1] });
  // Clip every span to the window and shift it to window offsets.
  const local = spans.filter((s) => s.end > ws && s.start < we).map((s) => ({ ...s, start: Math.max(s.start, ws) - ws, end: Math.min(s.end, we) - ws }));
  const el = h('div', { class: 'doc-text', id: 'doc-text', lang: view.document.language || undefined });
  let targetDone = false;
  for (const seg of segments(text.length, local)) {
    const chunk = text.slice(seg.start, seg.end);
    if (!seg.spans.length) { el.appendChild(document.createTextNode(chunk)); continue; }
    const kinds = [...new Set(seg.spans.map((s) => s.kind))];
    const real = seg.spans.filter((s): s is DocSpan => s.kind !== 'target');
    const conflict = real.some((s) => s.kind === 'claim' && s.role === 'conflict');
    const wrap = h('span', {
      class: ['hl', ...kinds.map((k) => `hl-${k}`), conflict ? 'hl-conflict' : ''].join(' ').trim(),
      title: real.map(spanLabel).join('\n') || undefined,
      'data-start': seg.start + ws,
    }, chunk);
    if (kinds.includes('target') && !targetDone) {
      targetDone = true;
      wrap.id = 'target';
      wrap.setAttribute('tabindex', '-1');
    }
    el.appendChild(wrap);
  }
  return el;
}

/** For long documents: which part is shown, with links to the parts before and after. */
function windowNote(id: string, length: number, [ws, we]: [number, number], elId?: string): HTMLElement | null {
  if (ws === 0 && we === length) return null;
  const fmt = (n: number): string => n.toLocaleString('en');
  return h('p', { class: 'window-note meta', id: elId },
    ws > 0 ? [link(`#/doc/${enc(id)}?from=${Math.max(0, ws - TEXT_WINDOW_CHARS)}`, '← earlier part'), ' · '] : null,
    `Long document: showing characters ${fmt(ws)}–${fmt(we)} of ${fmt(length)}`,
    we < length ? [' · ', link(`#/doc/${enc(id)}?from=${we}`, 'later part →')] : null);
}

export async function documentPage(route: Route, main: HTMLElement): Promise<void> {
  const view = await get<DocumentView>(`/api/documents/${enc(route.params.id)}`);
  const d = view.document;
  document.title = `${d.title || d.source} — Triangulate`;
  const at = parseAt(route.query.get('at'));
  const from = Number.parseInt(route.query.get('from') ?? '', 10);
  const win = textWindow(d.text.length, at, Number.isFinite(from) ? from : null);
  const el = body(view, at, win);
  // Tapping or clicking a highlighted passage (no hover on a phone) pins the same note for what is there.
  el.addEventListener('click', (e) => {
    const seg = (e.target as Element).closest<HTMLElement>('.hl[data-start]');
    if (!seg || !window.getSelection()?.isCollapsed) return;
    const start = Number(seg.dataset.start);
    const fresh = spanNote(view, [start, start + 1], ALL_KINDS);
    const old = main.querySelector('#target-info');
    if (old && fresh) old.replaceWith(fresh);
    else if (fresh) el.parentElement?.append(fresh);
    else old?.remove();
  });
  const note = windowNote(d.id, d.text.length, win, 'doc-window');
  const quoteItems = view.quotes.map((q) => h('li', null,
    link(docHref(d.id, q.start, q.end), `“${q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text}”`),
    h('span', { class: 'meta' }, ' — ', q.speakerId ? link(`#/entity/${enc(q.speakerId)}`, q.speakerText ?? 'speaker') : (q.speakerText ?? 'unattributed')),
    q.statementId && view.story ? h('span', { class: 'meta' }, ' · ', link(`#/story/${enc(view.story.id)}?focus=${enc(`stmt-${q.statementId}`)}`,
      q.elsewhere.length ? `in ${plural(new Set(q.elsewhere.map((x) => x.outlet)).size, 'other outlet')}` : 'in the ledger')) : null));
  const claimItems = view.claims.map((c) => h('li', null, badge(c.status), ' ',
    c.storyId ? link(`#/story/${enc(c.storyId)}?focus=${enc(`claim-${c.id}`)}`, c.text) : c.text,
    c.elsewhere.length ? h('span', { class: 'meta' }, ` · ${plural(new Set(c.elsewhere.map((x) => x.outlet)).size, 'other outlet')}`) : null));
  append(main, [
    h('p', { class: 'crumbs' }, link('#/', 'Stories'), ' › ', view.story ? link(`#/story/${enc(view.story.id)}`, view.story.title || 'story') : 'no story'),
    h('h1', null, d.title || d.source),
    h('p', { class: 'meta' }, `${d.outlet ?? 'unknown outlet'} · ${fmtDate(d.publishedAt)}${d.byline ? ` · ${d.byline}` : ''} · `, h('span', { class: 'source' }, d.source),
      d.duplicateOf ? [' · copy of ', link(docHref(d.duplicateOf), 'another article')] : null),
    h('p', { class: 'legend', 'aria-hidden': 'true' }, 'Marked: ', h('span', { class: 'hl hl-entity' }, 'entity'), ' ', h('span', { class: 'hl hl-quote' }, 'quote'), ' ',
      h('span', { class: 'hl hl-claim' }, 'claim'), ' ', h('span', { class: 'hl hl-claim hl-conflict' }, 'contradicting claim'), ' ', h('span', { class: 'hl hl-event' }, 'event'),
      ' · tap or hover a passage for details'),
    h('div', { class: 'doc-layout' },
      h('article', { class: 'doc' }, note, el, windowNote(d.id, d.text.length, win), at ? spanNote(view, at, FOLLOWED_KINDS) : null),
      h('aside', { class: 'doc-side', 'aria-label': 'In this article' },
        section('doc-quotes', 'Quotes', view.quotes.length ? h('ul', { class: 'plain' }, quoteItems) : empty('None found.')),
        section('doc-claims', 'Claims', view.claims.length ? h('ul', { class: 'plain' }, claimItems) : empty('None found.')),
        section('doc-entities', 'Entities', view.entities.length ? h('ul', { class: 'chips' }, view.entities.map((e) => h('li', null, link(`#/entity/${enc(e.id)}`, e.name)))) : empty('None found.')),
        view.flags.length ? section('doc-flags', 'Flags', flagList(view.flags)) : null,
        view.related.length ? section('doc-related', 'Same story', h('ul', { class: 'plain' }, view.related.map((r) => h('li', null, link(docHref(r.id), r.title || r.source), h('span', { class: 'meta' }, ` — ${r.outlet ?? 'unknown outlet'}`))))) : null)),
  ]);
}
