/** Every regular expression the server uses, built once. */
export const PATTERNS = {
  /** Hosts that only accept connections from this machine. */
  loopbackHost: /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|::1|\[::1\])$/i,
  /** Runs of anything but letters and digits: two quotes with the same words are one wording. */
  nonWord: /[^\p{L}\p{N}]+/gu,
  /** First whitespace: where context cut out of a longer text may start on a whole word. */
  firstSpace: /\s/,
  /** Last whitespace before a trailing part-word: where cut-out context may end on a whole word. */
  lastSpace: /\s\S*$/,
  /** A whole number as a query string gives it. */
  digits: /^\d+$/,
  /** `Authorization: Bearer <token>`. */
  bearer: /^Bearer\s+(\S+)$/i,
  /** Path separators (either kind) in an uploaded file name. */
  pathSep: /[\\/]/,
  /** Control characters, dropped from uploaded file names. */
  control: /[\u0000-\u001f\u007f]/g,
} as const;
