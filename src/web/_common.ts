/** Small pieces shared by pages: links to documents at a span, excerpts, source links, flags, status badges, paging. */
import { enc, h, link, type Child } from './_dom.ts';
import type { Excerpt, Flag, Span } from './_api.ts';
import { PATTERNS } from './patterns.ts';

export const docHref = (id: string, start?: number | null, end?: number | null): string =>
  `#/doc/${enc(id)}${typeof start === 'number' && typeof end === 'number' ? `?at=${start}-${end}` : ''}`;

/** An excerpt with the span emphasised and linked to its exact place; the outlet first unless left out. */
export function excerptView(x: Excerpt, opts: { outlet?: boolean } = {}): HTMLElement {
  return h('div', { class: 'excerpt' },
    opts.outlet === false ? null : h('span', { class: 'src' }, x.outlet, ': '),
    h('span', { class: 'ctx' }, x.before && `…${x.before}`),
    link(docHref(x.documentId, x.start, x.end), h('mark', null, x.span || '(empty span)')),
    h('span', { class: 'ctx' }, x.after && `${x.after}…`));
}

/** Outlet names, each linking to its span; one link per outlet (its first span). */
export function sourceLinks(refs: (Span & { outlet: string; title?: string })[], sep: Child = ' · '): Child[] {
  const seen = new Set<string>();
  const firsts = refs.filter((r) => !seen.has(r.outlet) && seen.add(r.outlet));
  return firsts.map((r, i) => [i ? sep : '', h('a', { href: docHref(r.documentId, r.start, r.end), title: r.title || undefined }, r.outlet)]);
}

export function badge(status: string): HTMLElement {
  return h('span', { class: `badge badge-${status.replace(PATTERNS.notClassChar, '')}` }, status);
}

/** Each flag with its message, then the outlets it names, each linking to the passage that shows the problem. */
export function flagList(flags: Flag[]): HTMLElement {
  return h('ul', { class: 'flags' }, flags.map((f) => h('li', null,
    h('span', { class: 'badge badge-flag' }, f.kind), ' ', f.readable,
    f.sources.length ? h('span', { class: 'flag-docs meta' }, ' — see ', f.sources.map((s, i) => [i ? ', ' : '',
      h('a', { href: docHref(s.documentId, s.start, s.end), title: s.title || undefined }, s.outlet)])) : null)));
}

export const fmtDate = (s: string | null | undefined): string => (s ? s.slice(0, 10) : 'undated');

export function pager(total: number, limit: number, offset: number, href: (offset: number) => string): HTMLElement | null {
  if (total <= limit) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? link(href(Math.max(0, offset - limit)), '← Previous') : null,
    h('span', null, ` ${offset + 1}–${Math.min(total, offset + limit)} of ${total} `),
    offset + limit < total ? link(href(offset + limit), 'Next →') : null);
}

/** "1 outlet" / "3 outlets". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
