/**
 * The dossier contract (schemaVersion 1), as fixed in PRODUCT.md.
 * Field names and meanings here are read by other tools: extend, never rename.
 * Offsets (`start`, `end`) are UTF-16 character offsets into the document's cleaned `text`,
 * so `text.slice(start, end)` is the span in JavaScript.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

export const SpanRefSchema = z.object({
  documentId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type SpanRef = z.infer<typeof SpanRefSchema>;

export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** A calendar date at day, month or year precision: "2025-03-04", "2025-03" or "2025". */
export const DateValueSchema = z.object({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: DatePrecisionSchema,
});
export type DateValue = z.infer<typeof DateValueSchema>;

/** How a document's publish date was found; `inferred` dates come from the text, not metadata. */
export const DateProvenanceSchema = z.object({
  method: z.enum(['json-ld', 'meta', 'time', 'url', 'dateline', 'timestamp', 'input', 'inferred', 'none']),
  raw: z.string().nullable(),
  inferred: z.boolean(),
});
export type DateProvenance = z.infer<typeof DateProvenanceSchema>;

export const DocumentSchema = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string(),
  text: z.string(),
  storyId: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  // extensions
  url: z.string().nullable().optional(),
  dateProvenance: DateProvenanceSchema.optional(),
  /** Outlet whose text this is, when the document is a syndicated copy carried under another name. */
  syndicatedFrom: z.string().nullable().optional(),
});
export type DossierDocument = z.infer<typeof DocumentSchema>;

export const StorySchema = z.object({
  id: z.string(),
  title: z.string(),
  documentIds: z.array(z.string()),
  // extensions
  storylineId: z.string().nullable().optional(),
  dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }).optional(),
});
export type Story = z.infer<typeof StorySchema>;

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'other']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const RoleSchema = z.object({
  role: z.string(),
  date: z.string().nullable(),
  documentId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(SpanRefSchema),
  // extensions
  roles: z.array(RoleSchema).optional(),
  /** Place this entity stands for by metonymy (a capital city for its country's government). */
  linkedIds: z.array(z.string()).optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

export const QuoteSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speakerId: z.string().nullable(),
  speakerText: z.string().nullable(),
  statementId: z.string().nullable(),
  // extensions
  partial: z.boolean().optional(),
  viaId: z.string().nullable().optional(),
  viaText: z.string().nullable().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const EventSchema = z.object({
  id: z.string(),
  type: z.string(),
  summary: z.string(),
  date: DateValueSchema.nullable(),
  participantIds: z.array(z.string()),
  placeId: z.string().nullable(),
  evidence: z.array(SpanRefSchema),
});
export type DossierEvent = z.infer<typeof EventSchema>;

export const ClaimStatusSchema = z.enum(['corroborated', 'single-source', 'contested']);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

export const ClaimSchema = z.object({
  id: z.string(),
  text: z.string(),
  status: ClaimStatusSchema,
  support: z.array(SpanRefSchema),
  conflicts: z.array(SpanRefSchema),
  // extensions
  /** Independent outlets behind `support` (syndicated copies and one agency count once). */
  independentSources: z.number().int().optional(),
  storyId: z.string().nullable().optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const FlagSchema = z.object({
  kind: z.string(),
  documentIds: z.array(z.string()),
  message: z.string(),
  // extensions
  evidence: z.array(SpanRefSchema).optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const DossierSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  documents: z.array(DocumentSchema),
  stories: z.array(StorySchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  claims: z.array(ClaimSchema),
  flags: z.array(FlagSchema),
  // extension: statement groups behind quotes[].statementId
  statements: z
    .array(z.object({ id: z.string(), speakerId: z.string().nullable(), quoteIds: z.array(z.string()), text: z.string() }))
    .optional(),
});
export type Dossier = z.infer<typeof DossierSchema>;
