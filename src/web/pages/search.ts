/** Full-text search over documents and quotes, a page at a time. */
import { get, type Page, type SearchHit } from '../_api.ts';
import { append, enc, empty, h } from '../_dom.ts';
import { pager, plural } from '../_common.ts';
import type { Route } from '../_router.ts';
import { hitList, searchForm } from './stories.ts';

const PAGE_SIZE = 50;

export async function searchPage(route: Route, main: HTMLElement): Promise<void> {
  const q = route.query.get('q') ?? '';
  const offset = Math.max(0, Number(route.query.get('offset')) || 0);
  document.title = q ? `“${q}” in the text — Triangulate` : 'Search — Triangulate';
  append(main, [h('h1', null, 'Search the text'), searchForm(q, '#/search'),
    q ? null : h('p', { class: 'meta' }, 'Finds words in every article and quote (all words must appear; accents and case are ignored).')]);
  if (!q) return;
  const hits = await get<Page<SearchHit>>(`/api/search?q=${enc(q)}&limit=${PAGE_SIZE}&offset=${offset}`);
  append(main, [
    h('p', { class: 'meta', id: 'hit-total' }, `${plural(hits.total, 'passage')} found`),
    hits.items.length ? hitList(hits.items) : empty('Nothing found. Try fewer or other words.'),
    pager(hits.total, PAGE_SIZE, offset, (o) => `#/search?q=${enc(q)}&offset=${o}`),
  ]);
}
