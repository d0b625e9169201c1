/** One story: timeline, entity graph, quote ledger, source matrix, claims, flags, documents. */
import { get, type LedgerRow, type StorySlice } from '../_api.ts';
import { append, enc, empty, h, jumpLink, link, section } from '../_dom.ts';
import { badge, docHref, excerptView, flagList, fmtDate } from '../_common.ts';
import type { Route } from '../_router.ts';
import { drawGraph } from '../_graph.ts';

/** Claim text longer than this is cut in the matrix (the full text is in the claims list and the tooltip). */
const MATRIX_CLAIM_CHARS = 140;
const short = (t: string): string => (t.length > MATRIX_CLAIM_CHARS ? `${t.slice(0, MATRIX_CLAIM_CHARS - 1)}…` : t);

const CELL_TEXT = { supports: '✔ supports', silent: '· silent', contradicts: '✖ contradicts' } as const;

function timeline(s: StorySlice): HTMLElement {
  if (!s.timeline.length) return empty('No dated events found.');
  return h('ol', { class: 'timeline' }, s.timeline.map((e) => h('li', null,
    h('time', { datetime: e.date?.value ?? '' }, e.date ? e.date.value : 'undated'),
    h('div', { class: 'tl-body' },
      h('p', null, h('span', { class: 'badge' }, e.type), ' ', e.summary),
      e.participants.length ? h('p', { class: 'meta' }, 'Who: ', e.participants.map((p, i) => [i ? ', ' : '', link(`#/entity/${enc(p.id)}`, p.name)])) : null,
      e.evidence.slice(0, 2).map((x) => excerptView(x))))));
}

function ledgerRow(r: LedgerRow): HTMLElement {
  const who = r.speaker ? link(`#/entity/${enc(r.speaker.id)}`, r.speaker.name) : h('span', null, r.speakerText ?? 'Unattributed');
  return h('li', { class: 'statement', id: r.statementId ? `stmt-${r.statementId}` : undefined },
    h('p', { class: 'speaker' }, who, h('span', { class: 'meta' }, ` · ${r.outletCount} ${r.outletCount === 1 ? 'outlet' : 'outlets'} · ${r.variants.length} ${r.variants.length === 1 ? 'wording' : 'wordings'}`)),
    h('div', { class: 'variants' }, r.variants.map((v) => h('div', { class: 'variant' },
      h('blockquote', null, v.text),
      h('ul', { class: 'outlets' }, v.quotes.map((q) => h('li', null,
        link(docHref(q.documentId, q.start, q.end), q.outlet), q.partial ? h('span', { class: 'meta' }, ' (fragment)') : null)))))));
}

function matrixTable(s: StorySlice): HTMLElement {
  const { outlets, rows } = s.matrix;
  if (!rows.length) return empty('No claims to compare.');
  return h('div', { class: 'scroll-x', tabindex: 0, role: 'region', 'aria-label': 'Source comparison matrix' },
    h('table', { class: 'matrix' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Claim'), outlets.map((o) => h('th', { scope: 'col' }, o)))),
      h('tbody', null, rows.map((r) => h('tr', null,
        h('th', { scope: 'row', title: r.claim.text }, badge(r.claim.status), ' ', jumpLink(`claim-${r.claim.id}`, short(r.claim.text))),
        r.cells.map((c, i) => h('td', { class: `cell-${c}`, title: `${outlets[i]}: ${c}` }, CELL_TEXT[c])))))));
}

function claimsList(s: StorySlice): HTMLElement {
  if (!s.claims.length) return empty('No claims.');
  return h('ul', { class: 'claims' }, s.claims.map((c) => h('li', { id: `claim-${c.id}`, tabindex: -1 },
    h('p', null, badge(c.status), ' ', c.text, c.independentSources ? h('span', { class: 'meta' }, ` · ${c.independentSources} independent`) : null),
    c.support.length ? h('div', null, h('p', { class: 'meta' }, 'Supported by'), c.support.map((x) => excerptView(x))) : null,
    c.conflicts.length ? h('div', null, h('p', { class: 'meta' }, 'Contradicted by'), c.conflicts.map((x) => excerptView(x))) : null)));
}

export async function storyPage(route: Route, main: HTMLElement): Promise<void> {
  const s = await get<StorySlice>(`/api/stories/${enc(route.params.id)}`);
  const titles = new Map(s.documents.map((d) => [d.id, d.title || d.source]));
  document.title = `${s.story.title} — Triangulate`;
  const sum = s.summary;
  const graphBox = h('div', { class: 'graph', id: 'graph', role: 'img', 'aria-label': 'Entity graph: who appears with whom' });
  append(main, [
    h('p', { class: 'crumbs' }, link('#/', 'Stories'), ' › '),
    h('h1', null, s.story.title || '(untitled story)'),
    sum ? h('p', { class: 'meta' }, `${fmtDate(sum.dateRange.from)} · ${sum.documentCount} articles from ${sum.outletCount} outlets · ${sum.quoteCount} quotes · ${sum.claimCount} claims`) : null,
    h('nav', { class: 'toc', 'aria-label': 'Sections' }, [['timeline', 'Timeline'], ['quotes', 'Who said what'], ['matrix', 'Sources'], ['claims', 'Claims'], ['entities', 'Entities'], ['flags', 'Flags'], ['documents', 'Articles']]
      .map(([id, t]) => jumpLink(id, t))),
    section('timeline', 'Timeline', timeline(s)),
    section('quotes', 'Who said what', s.ledger.length ? h('ul', { class: 'ledger' }, s.ledger.map(ledgerRow)) : empty('No quotes found.')),
    section('matrix', 'Sources × claims', matrixTable(s)),
    section('claims', 'Claims', claimsList(s)),
    section('entities', 'Entities', graphBox,
      h('ul', { class: 'chips' }, s.entities.slice(0, 60).map((e) => h('li', null, link(`#/entity/${enc(e.id)}`, e.name), h('span', { class: 'meta' }, ` ${e.type} · ${e.mentionCount}`))))),
    section('flags', 'Flags', s.flags.length ? flagList(s.flags, (d) => titles.get(d) ?? d) : empty('No flags.')),
    section('documents', 'Articles', h('ul', { class: 'docs' }, s.documents.map((d) => h('li', null,
      link(docHref(d.id), d.title || d.source), h('span', { class: 'meta' }, ` — ${d.outlet ?? 'unknown outlet'} · ${fmtDate(d.publishedAt)}${d.duplicateOf ? ' · copy' : ''}`))))),
  ]);
  // Drawn once the page is attached, so cytoscape can measure its box.
  if (s.graph.nodes.length) setTimeout(() => void drawGraph(graphBox, s.graph).catch(() => graphBox.replaceChildren(empty('The graph could not be drawn.'))), 0);
  else graphBox.replaceChildren(empty('No entities.'));
}
