/** Story list with search and counts. */
import { get, type Page, type SearchHit, type StorySummary } from '../_api.ts';
import { append, enc, empty, h, link, marked } from '../_dom.ts';
import { docHref, fmtDate, pager, plural } from '../_common.ts';
import type { Route } from '../_router.ts';

const PAGE_SIZE = 25;
/** Text hits shown under the matching stories; the search page has the rest. */
const HITS_SHOWN = 10;

function searchForm(q: string, target: string): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Search stories, people, quotes…', 'aria-label': 'Search', id: 'q', autocomplete: 'off' });
  return h('form', { class: 'search', role: 'search', onsubmit: (e: Event) => {
    e.preventDefault();
    location.hash = `${target}?q=${enc(input.value.trim())}`;
  } }, input, h('button', { type: 'submit' }, 'Search'));
}

export { searchForm };

function storyCard(s: StorySummary): HTMLElement {
  const count = (n: number, one: string, many = `${one}s`) => h('span', { class: 'count' }, h('b', null, n), ` ${n === 1 ? one : many}`);
  return h('li', { class: 'card story-card' },
    h('h3', null, link(`#/story/${enc(s.id)}`, s.title || '(untitled story)')),
    h('p', { class: 'meta' }, s.dateRange.from ? `${fmtDate(s.dateRange.from)}${s.dateRange.to && s.dateRange.to.slice(0, 10) !== s.dateRange.from.slice(0, 10) ? ` – ${fmtDate(s.dateRange.to)}` : ''}` : 'undated'),
    h('p', { class: 'counts' }, count(s.documentCount, 'article'), count(s.outletCount, 'outlet'), count(s.quoteCount, 'quote'), count(s.claimCount, 'claim'), count(s.entityCount, 'entity', 'entities'), s.flagCount ? count(s.flagCount, 'flag') : null));
}

export function hitList(hits: SearchHit[]): HTMLElement {
  return h('ul', { class: 'hits' }, hits.map((x) => h('li', { class: 'hit' },
    h('span', { class: `badge badge-${x.kind}` }, x.kind), ' ',
    link(x.kind === 'quote' && x.start !== null && x.end !== null ? docHref(x.documentId, x.start, x.end) : docHref(x.documentId), x.title || x.documentId),
    x.outlet ? h('span', { class: 'src' }, ` — ${x.outlet}`) : null,
    h('p', { class: 'snippet' }, marked(x.snippet)))));
}

export async function storiesPage(route: Route, main: HTMLElement): Promise<void> {
  const q = route.query.get('q') ?? '';
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  document.title = q ? `“${q}” — Triangulate` : 'Stories — Triangulate';
  const [stories, hits] = await Promise.all([
    get<Page<StorySummary>>(`/api/stories?limit=${PAGE_SIZE}&offset=${offset}${q ? `&q=${enc(q)}` : ''}`),
    q ? get<Page<SearchHit>>(`/api/search?q=${enc(q)}&limit=${HITS_SHOWN}`).catch(() => null) : Promise.resolve(null),
  ]);
  append(main, [
    h('h1', null, q ? `Stories matching “${q}”` : 'Stories'),
    searchForm(q, '#/'),
    h('p', { class: 'meta', id: 'story-total' }, plural(stories.total, 'story', 'stories')),
    stories.items.length ? h('ul', { class: 'cards', id: 'stories' }, stories.items.map(storyCard))
      : q ? empty('No story matches. Try fewer words, or search the text of every article.')
        : h('p', { class: 'empty' }, 'No stories yet. ', link('#/upload', 'Upload articles'), ' or run ', h('code', null, 'triangulate analyze <folder> --db <this store>'), '.'),
    pager(stories.total, PAGE_SIZE, offset, (o) => `#/?${q ? `q=${enc(q)}&` : ''}offset=${o}`),
    hits?.items.length ? h('section', { 'aria-labelledby': 'hits-h' }, h('h2', { id: 'hits-h' }, 'In the text'), hitList(hits.items),
      hits.total > hits.items.length ? h('p', null, link(`#/search?q=${enc(q)}`, `All ${hits.total} passages →`)) : null) : null,
  ]);
}
