/** One story: timeline, quote ledger, source matrix, claims, entity graph, flags, articles. */
import { get, type ClaimView, type StorySlice } from '../_api.ts';
import { append, enc, empty, h, jumpLink, link, section } from '../_dom.ts';
import { badge, docHref, excerptView, flagList, fmtDate, pager, plural, sourceLinks } from '../_common.ts';
import { ledgerList } from '../_ledger.ts';
import { timelineRows } from '../_timeline.ts';
import type { Route } from '../_router.ts';
import { drawGraph, graphLegend } from '../_graph.ts';

/** Claim text longer than this is cut in the matrix (the full text is in the claims list and the tooltip). */
const MATRIX_CLAIM_CHARS = 140;
/** Supporting excerpts shown per claim before the rest fold into "N more". */
const CLAIM_EXCERPTS = 2;
/** Entities listed under the graph. */
const ENTITY_CHIPS = 60;
const short = (t: string): string => (t.length > MATRIX_CLAIM_CHARS ? `${t.slice(0, MATRIX_CLAIM_CHARS - 1)}…` : t);

const CELL = { supports: ['✔', 'supports'], silent: ['–', 'silent'], contradicts: ['✖', 'contradicts'] } as const;
/** Class on the page while single-source claims are shown; without it they are hidden (CSS). */
const SHOW_SINGLE = 'show-single';

function timeline(s: StorySlice): HTMLElement {
  const rows = timelineRows(s.timeline);
  if (!rows.length) return empty('No dated events found.');
  return h('ol', { class: 'timeline' }, rows.map((r) => h('li', null,
    h('time', { datetime: r.date ?? undefined }, r.date ?? 'undated'),
    h('div', { class: 'tl-body' },
      h('p', null, r.types.map((t) => [h('span', { class: 'badge' }, t), ' ']), r.text),
      h('p', { class: 'meta' },
        r.participants.length ? ['Who: ', r.participants.map((p, i) => [i ? ', ' : '', link(`#/entity/${enc(p.id)}`, p.name)]), ' · '] : null,
        'Source: ', sourceLinks(r.evidence, ', '))))));
}

/** One button per section, all bound to the page's single-source switch. */
function singleToggle(root: HTMLElement, singles: number): HTMLElement | null {
  if (!singles) return null;
  const label = (): string => (root.classList.contains(SHOW_SINGLE) ? `Hide the ${singles} single-source claims` : `Show the ${singles} single-source claims too`);
  const btn = h('button', { type: 'button', class: 'toggle', 'aria-pressed': 'false', onclick: () => {
    root.classList.toggle(SHOW_SINGLE);
    root.dispatchEvent(new CustomEvent('single-toggled'));
  } }, label());
  const sync = (): void => { btn.textContent = label(); btn.setAttribute('aria-pressed', String(root.classList.contains(SHOW_SINGLE))); };
  root.addEventListener('single-toggled', sync);
  sync();
  return btn;
}

function matrixTable(s: StorySlice, toggle: HTMLElement | null): HTMLElement {
  const { outlets, rows } = s.matrix;
  if (!rows.length) return empty('No claims to compare.');
  return h('div', null,
    h('p', { class: 'meta' }, 'Which outlet carries each claim: ✔ supports, ✖ contradicts, – silent. Claims are ordered contested first, then by the number of independent sources.'),
    toggle,
    h('div', { class: 'scroll-x', tabindex: 0, role: 'region', 'aria-label': 'Sources × claims (scrolls sideways)' },
      h('table', { class: 'matrix' },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Claim'), outlets.map((o) => h('th', { scope: 'col' }, o)))),
        h('tbody', null, rows.map((r) => h('tr', { class: r.claim.status === 'single-source' ? 'claim-single' : undefined },
          h('th', { scope: 'row', title: r.claim.text }, badge(r.claim.status), ' ', jumpLink(`claim-${r.claim.id}`, short(r.claim.text))),
          r.cells.map((c, i) => h('td', { class: `cell-${c}`, title: `${outlets[i]}: ${c}` },
            h('span', { 'aria-hidden': 'true' }, CELL[c][0]), h('span', { class: 'cell-word' }, ` ${CELL[c][1]}`)))))))));
}

function claimItem(c: ClaimView): HTMLElement {
  const shown = c.support.slice(0, CLAIM_EXCERPTS);
  const more = c.support.slice(CLAIM_EXCERPTS);
  const sources = c.independentSources ?? new Set(c.support.map((x) => x.outlet)).size;
  return h('li', { id: `claim-${c.id}`, tabindex: -1, class: c.status === 'single-source' ? 'claim-single' : undefined },
    h('p', { class: 'claim-text' }, badge(c.status), ' ', c.text, h('span', { class: 'meta' }, ` · ${plural(sources, 'independent source')}`)),
    c.support.length ? h('div', { class: 'support' }, h('p', { class: 'meta' }, 'Supported by'), shown.map((x) => excerptView(x)),
      more.length ? h('details', null, h('summary', null, `${more.length} more: `, [...new Set(more.map((x) => x.outlet))].join(', ')), more.map((x) => excerptView(x))) : null) : null,
    c.conflicts.length ? h('div', { class: 'conflicts' }, h('p', { class: 'meta' }, 'Contradicted by'), c.conflicts.map((x) => excerptView(x))) : null);
}

/** For stories with more claims than one slice holds: which ones are shown, and links to the others. */
function claimPager(s: StorySlice): HTMLElement | null {
  const t = s.totals;
  if (t.claims <= t.claimLimit) return null;
  return h('div', { class: 'claim-pages' },
    h('p', { class: 'meta' }, `This story has ${t.claims} claims; showing ${t.claimOffset + 1}–${Math.min(t.claims, t.claimOffset + t.claimLimit)}, weightiest first.`),
    pager(t.claims, t.claimLimit, t.claimOffset, (o) => `#/story/${enc(s.story.id)}?claims=${o}&focus=claims`));
}

/** "Showing the first N of M" when a list was cut short. */
const cutNote = (shown: number, total: number, what: string): HTMLElement | null =>
  (total > shown ? h('p', { class: 'meta' }, `Showing the first ${shown} of ${total} ${what}.`) : null);

function claimsList(s: StorySlice, toggle: HTMLElement | null): HTMLElement {
  if (!s.claims.length) return empty('No claims.');
  return h('div', null, claimPager(s), toggle, h('ul', { class: 'claims' }, s.claims.map(claimItem)), claimPager(s));
}

const SECTIONS = [['timeline', 'Timeline'], ['quotes', 'Who said what'], ['matrix', 'Sources'], ['claims', 'Claims'], ['entities', 'Entities'], ['flags', 'Flags'], ['documents', 'Articles']] as const;

export async function storyPage(route: Route, main: HTMLElement): Promise<void> {
  const claimOffset = Math.max(0, Number(route.query.get('claims')) || 0);
  const s = await get<StorySlice>(`/api/stories/${enc(route.params.id)}${claimOffset ? `?claimOffset=${claimOffset}` : ''}`);
  document.title = `${s.story.title} — Triangulate`;
  const sum = s.summary;
  const singles = s.claims.filter((c) => c.status === 'single-source').length;
  // Single-source claims are most of a story's claims: shown on demand, or at once when nothing is cross-checked.
  if (singles === s.claims.length) main.classList.add(SHOW_SINGLE);
  main.addEventListener('reveal', (e) => {
    if ((e.target as HTMLElement).closest('.claim-single') && !main.classList.contains(SHOW_SINGLE)) {
      main.classList.add(SHOW_SINGLE);
      main.dispatchEvent(new CustomEvent('single-toggled'));
    }
  });
  const showsAll = singles === s.claims.length;
  const graphBox = h('div', { class: 'graph', id: 'graph', role: 'img', 'aria-label': 'Entity graph: who appears with whom (the same entities are listed below)' });
  append(main, [
    h('p', { class: 'crumbs' }, link('#/', 'Stories'), ' › '),
    h('h1', null, s.story.title || '(untitled story)'),
    sum ? h('p', { class: 'meta' }, `${fmtDate(sum.dateRange.from)}${sum.dateRange.to && fmtDate(sum.dateRange.to) !== fmtDate(sum.dateRange.from) ? ` – ${fmtDate(sum.dateRange.to)}` : ''} · ${plural(sum.documentCount, 'article')} from ${plural(sum.outletCount, 'outlet')} · ${plural(sum.quoteCount, 'quote')} · ${plural(sum.claimCount, 'claim')}`) : null,
    h('nav', { class: 'toc', 'aria-label': 'Sections' }, SECTIONS.map(([id, t]) => jumpLink(id, t))),
    section('timeline', 'Timeline', timeline(s), cutNote(s.timeline.length, s.totals.events, 'events')),
    section('quotes', 'Who said what', s.ledger.length ? ledgerList(s.ledger) : empty('No quotes found.'), cutNote(s.ledger.length, s.totals.statements, 'statements')),
    section('matrix', 'Sources × claims', claimPager(s), matrixTable(s, showsAll ? null : singleToggle(main, singles))),
    section('claims', 'Claims', claimsList(s, showsAll ? null : singleToggle(main, singles))),
    section('entities', 'Entities', graphBox, s.graph.nodes.length ? graphLegend() : null,
      h('ul', { class: 'chips' }, s.entities.slice(0, ENTITY_CHIPS).map((e) => h('li', null, link(`#/entity/${enc(e.id)}`, e.name), h('span', { class: 'meta' }, ` ${e.type} · ${e.mentionCount}`))))),
    section('flags', 'Flags', s.flags.length ? flagList(s.flags) : empty('No flags: the sources agree on what was checked.')),
    section('documents', 'Articles', h('ul', { class: 'docs' }, s.documents.map((d) => h('li', null,
      link(docHref(d.id), d.title || d.source), h('span', { class: 'meta' }, ` — ${d.outlet ?? 'unknown outlet'} · ${fmtDate(d.publishedAt)}${d.duplicateOf ? ' · copy of another article' : ''}`))))),
  ]);
  // Drawn once the page is attached, so cytoscape can measure its box.
  if (s.graph.nodes.length) setTimeout(() => void drawGraph(graphBox, s.graph).catch(() => graphBox.replaceChildren(empty('The graph could not be drawn.'))), 0);
  else graphBox.replaceWith(empty('No two entities are named together often enough to draw a graph.'));
}
