/** Small pieces shared by pages: links to documents at a span, excerpts, flags, status badges. */
import { enc, h, link, type Child } from './_dom.ts';
import type { Excerpt, Flag } from './_api.ts';

export const docHref = (id: string, start?: number, end?: number): string =>
  `#/doc/${enc(id)}${start !== undefined && end !== undefined ? `?at=${start}-${end}` : ''}`;

/** An excerpt with the span emphasised, linking to the exact place in the document. */
export function excerptView(x: Excerpt, label?: Child): HTMLElement {
  return h('div', { class: 'excerpt' },
    h('span', { class: 'ctx' }, x.before && `…${x.before}`),
    link(docHref(x.documentId, x.start, x.end), h('mark', null, x.span || '(empty span)')),
    h('span', { class: 'ctx' }, x.after && `${x.after}…`),
    label ? h('span', { class: 'src' }, ' — ', label) : null);
}

export function badge(status: string): HTMLElement {
  return h('span', { class: `badge badge-${status.replace(/[^a-z-]/g, '')}` }, status);
}

export function flagList(flags: Flag[], titleOf: (docId: string) => string): HTMLElement {
  return h('ul', { class: 'flags' }, flags.map((f) => h('li', null,
    h('span', { class: 'badge badge-flag' }, f.kind), ' ', f.message, ' ',
    h('span', { class: 'flag-docs' }, f.documentIds.map((d, i) => [i ? ', ' : '', link(docHref(d), titleOf(d))])))));
}

export const fmtDate = (s: string | null | undefined): string => (s ? s.slice(0, 10) : 'undated');

export function pager(total: number, limit: number, offset: number, href: (offset: number) => string): HTMLElement | null {
  if (total <= limit) return null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? link(href(Math.max(0, offset - limit)), '← Previous') : null,
    h('span', null, ` ${offset + 1}–${Math.min(total, offset + limit)} of ${total} `),
    offset + limit < total ? link(href(offset + limit), 'Next →') : null);
}
