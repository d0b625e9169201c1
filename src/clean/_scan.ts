/** One walk over a parsed page collecting what metadata reading needs (linkedom selectors are slow). */

export interface PageScan {
  metas: Element[];
  ldScripts: Element[];
  times: Element[];
  canonical: string | null;
  title: string;
  h1: string;
  bylineEls: Element[];
  stampEls: Element[];
  /** Elements of a bare "meta" class (a programme's "RK1 · Broadcast 2 Jan 2026, 18:10 · Presenter: …"): a stamp only when labelled. */
  metaEls: Element[];
  /** Footers and copyright elements ("© 2026 The Harbour Weekly. All rights reserved."): the site's owner when no meta names it. */
  footerEls: Element[];
  /** The site's logo or masthead text ("<div class=\"masthead\">The Harbour Weekly</div>"). */
  brandEls: Element[];
}

const BYLINE_CLASS = /(?:^|\s|[_-])(?:byline|author|author-name)(?:$|\s)/i;
/**
 * Elements holding the article's own stamp: date classes, the meta line under a headline ("article__meta": "By X on
 * Monday, November 18th, 2019"), and a blog post's footer line ("post-footer": "Posted by X · 17/01/2026 · 6 comments").
 */
const STAMP_CLASS = /(?:^|\s)(?:dateline|date|timestamp|published|pubdate|article-date|post-date|[\w-]*publish-date|article__date|(?:article|post|entry)(?:__|-|_)(?:meta|footer))(?:$|\s)/i;
/** A bare "meta" class also marks teaser details, so its date counts only with a stamp label (see readHtmlMeta). */
const META_CLASS = /(?:^|\s)meta(?:$|\s)/i;
const FOOTER_CLASS = /(?:^|\s|[_-])(?:footer|copyright|colophon)(?:$|\s|[_-])/i;
const BRAND_CLASS = /(?:^|\s|[_-])(?:logo|masthead|brand|site-name|site-title|sitename)(?:$|\s|[_-])/i;
const MAX_COLLECT = 8;
const MAX_DEPTH = 500;

export function scanPage(doc: Document): PageScan {
  const s: PageScan = { metas: [], ldScripts: [], times: [], canonical: null, title: '', h1: '', bylineEls: [], stampEls: [], metaEls: [], footerEls: [], brandEls: [] };
  const root = doc.documentElement;
  if (!root) return s;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    const tag = el.localName;
    if (tag === 'meta') s.metas.push(el);
    else if (tag === 'script') { if ((el.getAttribute('type') ?? '').includes('ld+json')) s.ldScripts.push(el); continue; }
    else if (tag === 'style') continue;
    else if (tag === 'link' && !s.canonical && el.getAttribute('rel') === 'canonical') s.canonical = el.getAttribute('href');
    else if (tag === 'title' && !s.title) s.title = el.textContent ?? '';
    else if (tag === 'h1' && !s.h1) s.h1 = el.textContent ?? '';
    if ((tag === 'time' && el.hasAttribute('datetime')) || el.getAttribute('itemprop') === 'datePublished') { if (s.times.length < MAX_COLLECT) s.times.push(el); }
    const cls = el.getAttribute('class');
    if (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || (cls && BYLINE_CLASS.test(cls))) { if (s.bylineEls.length < MAX_COLLECT) s.bylineEls.push(el); }
    else if (cls && STAMP_CLASS.test(cls) && s.stampEls.length < MAX_COLLECT) s.stampEls.push(el);
    else if (cls && META_CLASS.test(cls) && s.metaEls.length < MAX_COLLECT) s.metaEls.push(el);
    if ((tag === 'footer' || (cls && FOOTER_CLASS.test(cls))) && s.footerEls.length < MAX_COLLECT) s.footerEls.push(el);
    else if (cls && BRAND_CLASS.test(cls) && s.brandEls.length < MAX_COLLECT) s.brandEls.push(el);
    if (depth >= MAX_DEPTH) continue;
    // Push children in reverse so they pop in document order.
    const kids: Element[] = [];
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], depth + 1]);
  }
  return s;
}
