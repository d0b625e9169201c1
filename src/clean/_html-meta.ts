/** Metadata of an HTML page with provenance: title, byline, outlet, dates, language, canonical URL. */
import type { DateCandidate } from '../contract/pipeline.ts';
import { parseHTML } from 'linkedom';
import { FOOTER_MAX_CHARS, META_EL_MAX_CHARS, OUTLET_MAX_WORDS, STAMP_EL_MAX_CHARS, TITLE_MAX_CHARS } from './constants.ts';
import { PATTERNS } from './patterns.ts';
import { readJsonLd } from './_jsonld.ts';
import { scanPage, type PageScan } from './_scan.ts';
import { copyrightOwner } from './_text-outlet.ts';
import { cleanByline } from './_byline.ts';
import { dateFromUrl, pushCandidate } from './_dates.ts';
import { labelledStamp, stampDate } from './_text-meta.ts';

export interface PageMeta {
  title: string;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  langAttr: string | null;
  modifiedAt: string | null;
  dateCandidates: DateCandidate[];
}

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime', 'original-publish-date', 'og:article:published_time'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article.updated'];
const AUTHOR_META = ['author', 'article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'byl'];

function metaMap(metas: Element[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of metas) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const val = el.getAttribute('content');
    if (key && val && !m.has(key)) m.set(key, val.trim());
  }
  return m;
}

/** `<title>` without a trailing " | Outlet" / " - Outlet" part. */
function cleanTitle(t: string, outlet: string | null): string {
  const s = t.replace(/\s+/g, ' ').trim();
  const parts = s.split(/\s+[|–—-]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1];
    if ((outlet && last.toLowerCase().includes(outlet.toLowerCase().slice(0, 6))) || last.length < 30) return parts.slice(0, -1).join(' - ');
  }
  return s;
}

/** A headline from meta tags without a trailing " | Site" when that part names the site (outlet or domain). */
function siteSuffixCut(t: string, outlet: string | null, url: string | null): string {
  const m = /^(.{10,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(t.trim());
  if (!m) return t;
  const key = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const site = key(m[2]);
  const host = url ? key((/^https?:\/\/(?:www\.)?([^/.]+)/i.exec(url) ?? ['', ''])[1]) : '';
  return site && ((outlet && key(outlet) === site) || (host && host === site)) ? m[1] : t;
}

/** "Bike &amp; Style &mdash; Review": entities left in meta or JSON-LD values (double-escaped by the site) decoded once by the HTML parser. */
function decodeEntities(s: string): string {
  if (!PATTERNS.htmlEntity.test(s)) return s;
  const { document } = parseHTML(`<!doctype html><html><body><p>${s.replace(/</g, '&lt;')}</p></body></html>`);
  return (document as unknown as Document).body?.textContent ?? s;
}

/** Initials of the capitalised words: "Lusmaran Public Radio" → "LPR". */
const initials = (s: string): string => (s.match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]).join('');

/** "LPR – Lusmaran Public Radio", "Lusmaran Public Radio (LPR)" → the name written out, when the short part is its initials. */
export function siteName(raw: string | null): string | null {
  const m = raw ? PATTERNS.acronymName.exec(raw.trim()) : null;
  if (!m) return raw;
  const [acr, name] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
  return initials(name) === acr ? name.trim() : raw;
}

/** The site's name as the page shows it when no meta tag gives it: the footer's copyright owner, else a short masthead/logo text. */
function visibleSiteName(scan: PageScan): string | null {
  for (const el of scan.footerEls) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const owner = text.length <= FOOTER_MAX_CHARS ? copyrightOwner(text) : null;
    if (owner) return owner;
  }
  for (const el of scan.brandEls) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.split(' ').length <= OUTLET_MAX_WORDS && /^\p{Lu}/u.test(text) && !/\d/.test(text)) return text;
  }
  return null;
}

export function readHtmlMeta(doc: Document, hintUrl: string | null): PageMeta {
  const scan = scanPage(doc);
  const meta = metaMap(scan.metas);
  const ld = readJsonLd(scan.ldScripts);
  const outlet = siteName(meta.get('og:site_name') ?? ld.publisher ?? meta.get('application-name') ?? null) ?? visibleSiteName(scan);
  const canonical = scan.canonical;
  const url = [canonical, meta.get('og:url'), ld.url, hintUrl].find((u) => u && /^https?:\/\//i.test(u)) ?? null;
  const docTitle = scan.title;
  const h1 = scan.h1;
  const given = ld.headline ?? meta.get('og:title') ?? meta.get('twitter:title');
  const rawTitle = given ? siteSuffixCut(given, outlet, url) : docTitle ? cleanTitle(docTitle, outlet) : h1;
  const title = decodeEntities(rawTitle).replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX_CHARS);

  const authorMeta = AUTHOR_META.map((k) => meta.get(k)).filter((v): v is string => !!v && !/^https?:/i.test(v));
  const relAuthor = scan.bylineEls.map((e) => e.textContent ?? '');
  const byline = cleanByline(ld.authors, outlet) ?? cleanByline(authorMeta, outlet) ?? cleanByline(relAuthor, outlet);

  const cands: DateCandidate[] = [];
  pushCandidate(cands, 'json-ld', ld.datePublished);
  for (const k of PUBLISHED_META) pushCandidate(cands, 'meta', meta.get(k));
  for (const t of scan.times) {
    pushCandidate(cands, 'time', t.getAttribute('datetime') ?? t.getAttribute('content') ?? t.textContent);
  }
  // Visible stamps in byline/date elements ("Wed 10 Jun 2026 16.45 BST"): the page's own timestamp.
  // A byline element with a date ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.") is one too, and
  // comes first: stamps are chosen in page order, and a date class also marks teaser lists and header widgets.
  for (const el of [...scan.bylineEls, ...scan.stampEls]) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < STAMP_EL_MAX_CHARS) pushCandidate(cands, 'timestamp', stampDate(text));
  }
  for (const el of scan.metaEls) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length <= META_EL_MAX_CHARS) pushCandidate(cands, 'timestamp', labelledStamp(text));
  }
  const fromUrl = dateFromUrl(url);
  if (fromUrl) pushCandidate(cands, 'url', fromUrl);

  let modifiedAt: string | null = null;
  for (const raw of [ld.dateModified, ...MODIFIED_META.map((k) => meta.get(k))]) {
    const mod: DateCandidate[] = [];
    pushCandidate(mod, 'meta', raw);
    if (mod[0]) { modifiedAt = mod[0].value; break; }
  }
  const langAttr = doc.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? ld.inLanguage ?? null;
  return { title, byline, outlet: outlet ? outlet.trim().slice(0, TITLE_MAX_CHARS) : null, url, langAttr, modifiedAt, dateCandidates: cands };
}
