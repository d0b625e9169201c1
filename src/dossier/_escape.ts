/**
 * Escaping for untrusted article content. Everything from a dossier (titles, text, names, outlets,
 * sources, urls, ids) passes through one of these before it reaches Markdown or HTML.
 */
import { MAX_LABEL_CHARS } from './constants.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escape for HTML text and double-quoted attribute values. */
export function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escape a document body for a text container whose offsets must survive parsing: the HTML parser
 * turns CR into LF and drops NUL, so both are written as character references of the same length.
 */
export function escapeHtmlText(s: string): string {
  return escapeHtml(s).replace(/\r/g, '&#13;').replace(/\0/g, '&#65533;');
}

/** An href from article data: only absolute http(s) URLs survive; anything else becomes null. */
export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const u = url.trim();
  if (!/^https?:\/\/[^\s<>"'`\\]+$/i.test(u)) return null;
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Collapse all whitespace (including newlines) to single spaces and trim. */
export function oneLine(s: string): string {
  return String(s).replace(/\s+/g, ' ').trim();
}

/** Shorten to `max` characters with an ellipsis. */
export function clip(s: string, max = MAX_LABEL_CHARS): string {
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

/**
 * Escape inline Markdown: every character that can open a link or image (`[`, `]`), emphasis,
 * code span, HTML tag or autolink (`<`, `>`), entity (`&`), table cell or heading close is
 * backslash-escaped, newlines are folded, and a leading block marker (quote, list, rule) is
 * neutralised. Parentheses stay: without a `[` they cannot form a link.
 */
export function escapeMd(s: string): string {
  const flat = oneLine(s).replace(/[\\`*_{}[\]<>#|~&]/g, (c) => '\\' + c);
  return flat.replace(/^([+\-=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A DOM-safe, injective element id for a document id: `doc-` + id with anything outside [A-Za-z0-9-] hex-escaped. */
export function docDomId(id: string): string {
  return 'doc-' + String(id).replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
}

/** The fragment that opens a document view with one span highlighted. */
export function spanHash(documentId: string, start: number, end: number): string {
  return `#${docDomId(documentId)}:${Math.max(0, Math.trunc(start))}-${Math.max(0, Math.trunc(end))}`;
}

/**
 * Text safe to print on a terminal: control characters (which include ANSI escape sequences) and
 * bidirectional overrides are replaced by spaces, then whitespace is folded.
 */
export function termSafe(s: string): string {
  return oneLine(String(s).replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' '));
}
