/** Full-text search over documents and quotes. */
import { get, type SearchHit } from '../_api.ts';
import { append, enc, empty, h } from '../_dom.ts';
import type { Route } from '../_router.ts';
import { hitList, searchForm } from './stories.ts';

export async function searchPage(route: Route, main: HTMLElement): Promise<void> {
  const q = route.query.get('q') ?? '';
  document.title = 'Search — Triangulate';
  append(main, [h('h1', null, 'Search the text'), searchForm(q, '#/search')]);
  if (!q) return;
  const hits = await get<{ items: SearchHit[] }>(`/api/search?q=${enc(q)}&limit=50`);
  append(main, [hits.items.length ? hitList(hits.items) : empty('Nothing found.')]);
}
