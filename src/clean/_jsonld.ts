/** JSON-LD article objects of a page: headline, dates, authors, publisher, url. */

export interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  inLanguage?: string;
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage|liveblog/i;
const MAX_NODES = 500;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function nameOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(nameOf);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    if (/organi[sz]ation|brand|corporation|newsmedia/i.test(type)) return [];
    const n = str(o.name);
    return n ? [n] : [];
  }
  return [];
}

function flatten(v: unknown, out: Record<string, unknown>[]): void {
  if (out.length > MAX_NODES) return;
  if (Array.isArray(v)) { for (const x of v) flatten(x, out); return; }
  if (!v || typeof v !== 'object') return;
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) flatten(o['@graph'], out);
}

/** Facts from every `application/ld+json` script; the first article-typed object wins per field. */
export function readJsonLd(scripts: Element[]): JsonLdFacts {
  const facts: JsonLdFacts = { authors: [] };
  const nodes: Record<string, unknown>[] = [];
  for (const s of scripts) {
    try { flatten(JSON.parse((s.textContent ?? '').trim()), nodes); } catch { /* malformed JSON-LD: skip it */ }
  }
  const articles = nodes.filter((o) => ARTICLE_TYPES.test(String(o['@type'] ?? '')) || o.datePublished);
  // Real article types before WebPage wrappers.
  articles.sort((a, b) => Number(/webpage/i.test(String(a['@type']))) - Number(/webpage/i.test(String(b['@type']))));
  for (const o of articles) {
    facts.headline ??= str(o.headline) ?? str(o.name);
    facts.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
    facts.dateModified ??= str(o.dateModified);
    facts.url ??= str(o.url) ?? str((o.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']);
    facts.inLanguage ??= str(o.inLanguage);
    const pub = o.publisher as Record<string, unknown> | undefined;
    facts.publisher ??= str(pub?.name) ?? (Array.isArray(pub) ? str((pub[0] as Record<string, unknown>)?.name) : undefined);
    if (!facts.authors.length) facts.authors = nameOf(o.author ?? o.creator);
  }
  if (!facts.publisher) {
    const org = nodes.find((o) => /newsmediaorganization|organization/i.test(String(o['@type'] ?? '')));
    facts.publisher = str(org?.name);
  }
  return facts;
}
