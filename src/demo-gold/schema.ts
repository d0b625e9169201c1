/**
 * Schema of `demo/gold.json`, of the blind set `eval/blind/gold.json` and of the second and third
 * development sets `eval/dev2/gold.json` and `eval/dev3/gold.json`: what a careful human extracts
 * from a corpus. Every `text` / `evidence` / `mustKeep` / `mustRemove` string occurs verbatim in the
 * named file (for `demo/feed.jsonl#N`, in the `text` or `html` field of line N, 1-based). Quote
 * `text` is the words between the quote marks, without the marks and without a trailing comma that
 * belongs to the attribution ("…joins us," he said → `…joins us`); in a transcript, the words after
 * the speaker label ("NAME: …").
 */
import { z } from 'zod';

/** `demo/x.txt`, `eval/blind/x.txt`, `eval/blindN/x.txt` (N 2-99) or `eval/devN/x.txt` (N 2-99), or `demo/feed.jsonl#2` for line 2 of a JSONL file. */
export const GoldFileRefSchema = z.string().regex(/^(demo|eval\/blind(?:[2-9]|[1-9][0-9])?|eval\/dev(?:[2-9]|[1-9][0-9]))\/[^#\s]+(#\d+)?$/);
/** `dev` is tuned on (demo dev files and all of eval/dev2 … eval/devN); `heldout` was seen while tuning; `blind` (eval/blind) is never tuned on. */
export const GoldSplitSchema = z.enum(['dev', 'heldout', 'blind']);
export const GoldDateValueSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const GoldSnippetSchema = z.object({ file: GoldFileRefSchema, text: z.string().min(1) });

export const GoldDocumentSchema = z.object({
  file: GoldFileRefSchema,
  split: GoldSplitSchema,
  outlet: z.string(),
  title: z.string(),
  /** People only; null when the byline names an outlet ("by Coastline Post") or there is none. */
  byline: z.string().nullable(),
  /** The story's real publish day (not a scrape-day widget). */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  story: z.string(),
  duplicateOf: GoldFileRefSchema.nullable(),
  syndicatedFrom: z.string().nullable(),
  /** Exact boilerplate/metadata lines of the file; none may occur anywhere in the cleaned text. */
  mustRemove: z.array(z.string().min(1)),
  /** Exact body paragraphs/sentences; each must occur verbatim in the cleaned text. */
  mustKeep: z.array(z.string().min(1)),
  note: z.string().optional(),
});

export const GoldStorySchema = z.object({
  id: z.string(),
  title: z.string(),
  files: z.array(GoldFileRefSchema).min(1),
  /** Stories of the same storyline (the accord and its follow-ups) share it. */
  storyline: z.string().optional(),
});

export const GoldEntitySchema = z.object({
  id: z.string(),
  type: z.enum(['person', 'organization', 'place', 'other']),
  name: z.string(),
  /** Every surface form used in article bodies, incl. titles and role descriptions. */
  aliases: z.array(z.string().min(1)).min(1),
  roles: z.array(z.object({ role: z.string(), year: z.string().regex(/^\d{4}$/) })),
  /** A capital used for its government ("Kastel says …") names this country entity. */
  metonymFor: z.string().optional(),
  note: z.string().optional(),
});

export const GoldQuoteSchema = z.object({
  file: GoldFileRefSchema,
  text: z.string().min(1),
  speaker: z.string().nullable(),
  /** Agency or outlet the quote was relayed through ("according to TNA"). */
  via: z.string().nullable(),
  /**
   * Quotes of the same utterance share it, across files, wordings, translations and fragments;
   * segments of one continuous utterance (split by "he said") share it too, and so does the same
   * line repeated by the same speaker on another occasion.
   */
  statement: z.string(),
  /** A fragment or scare-quoted phrase rather than a full sentence. */
  partial: z.boolean(),
  note: z.string().optional(),
});

export const GoldEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  summary: z.string(),
  date: GoldDateValueSchema,
  precision: z.enum(['day', 'month', 'year']),
  participants: z.array(z.string()),
  place: z.string().nullable(),
  evidence: z.array(GoldSnippetSchema).min(1),
});

export const GoldDateSchema = z.object({
  file: GoldFileRefSchema,
  text: z.string().min(1),
  value: GoldDateValueSchema,
  note: z.string().optional(),
});

export const GoldClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['corroborated', 'single-source', 'contested']),
  support: z.array(GoldSnippetSchema).min(1),
  conflicts: z.array(GoldSnippetSchema),
});

export const GoldFlagSchema = z.object({
  kind: z.enum(['date', 'number', 'quote-wording', 'duplicate', 'second-hand']),
  files: z.array(GoldFileRefSchema).min(1),
  note: z.string(),
});

export const DemoGoldSchema = z.object({
  documents: z.array(GoldDocumentSchema).min(1),
  stories: z.array(GoldStorySchema),
  entities: z.array(GoldEntitySchema),
  quotes: z.array(GoldQuoteSchema),
  events: z.array(GoldEventSchema),
  dates: z.array(GoldDateSchema),
  claims: z.array(GoldClaimSchema),
  flags: z.array(GoldFlagSchema),
});

export type GoldFileRef = z.infer<typeof GoldFileRefSchema>;
export type GoldSplit = z.infer<typeof GoldSplitSchema>;
export type GoldSnippet = z.infer<typeof GoldSnippetSchema>;
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;
export type GoldStory = z.infer<typeof GoldStorySchema>;
export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldDate = z.infer<typeof GoldDateSchema>;
export type GoldClaim = z.infer<typeof GoldClaimSchema>;
export type GoldFlag = z.infer<typeof GoldFlagSchema>;
export type DemoGold = z.infer<typeof DemoGoldSchema>;
