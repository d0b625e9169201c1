/** Every regular expression the UI uses, built once. (Route patterns stay in _router.ts, where they are the routing table.) */
export const PATTERNS = {
  /** Links may only stay inside the app: a hash route or a same-origin path (never `//host` or `javascript:`). */
  safeHref: /^(#|\/(?!\/))/,
  /** Search snippets mark matched terms as «term» (plain text from the server). */
  snippetMark: /(«[^»]*»)/,
  /** Anything but a-z and '-': what may go into a status class name. */
  notClassChar: /[^a-z-]/g,
  /** Runs of whitespace, folded to one space when comparing sentences. */
  spaces: /\s+/g,
  /** `?at=<start>-<end>`: the span a document link points at. */
  atSpan: /^(\d+)-(\d+)$/,
  /** Path separators in a route: the first segment names the page. */
  routeSep: /[/?]/,
  /** The leading # of a location hash. */
  leadingHash: /^#/,
} as const;
