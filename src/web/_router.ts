/** Hash routes: links are shareable and the server only serves one page. */
import { PATTERNS } from './patterns.ts';

export interface Route { name: string; params: Record<string, string>; query: URLSearchParams }

const ROUTES: [string, RegExp][] = [
  ['stories', /^\/?$/],
  ['story', /^\/story\/([^/]+)$/],
  ['document', /^\/doc\/([^/]+)$/],
  ['entity', /^\/entity\/([^/]+)$/],
  ['search', /^\/search$/],
  ['upload', /^\/upload$/],
];

export function parseRoute(hash: string): Route {
  const raw = hash.replace(PATTERNS.leadingHash, '');
  const [path, qs = ''] = raw.split('?', 2);
  const query = new URLSearchParams(qs);
  for (const [name, re] of ROUTES) {
    const m = re.exec(path || '/');
    if (m) {
      let id = '';
      try { id = m[1] ? decodeURIComponent(m[1]) : ''; } catch { id = m[1] ?? ''; }
      return { name, params: { id }, query };
    }
  }
  return { name: 'notfound', params: {}, query };
}
