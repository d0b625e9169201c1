/**
 * Types passed between pipeline stages: ingest → clean → analyse → corpus → dossier.
 * Each stage consumes the previous stage's type and never reaches into another stage's internals.
 */
import type { DateProvenance, DatePrecision, DateValue, EntityType, Flag } from './dossier.ts';

export interface Span {
  start: number;
  end: number;
}

/** Metadata a structured input (JSON/JSONL) carried alongside the article body. */
export interface ArticleHints {
  title?: string;
  url?: string;
  outlet?: string;
  publishedAt?: string;
  byline?: string;
}

/** One article as read from input, before any cleaning. Produced by `ingest`. */
export interface RawArticle {
  /** Content hash (hex) of format + content + hints: the same article ingested twice has one id. */
  id: string;
  /** The path or URL as given; `file.jsonl#12` for the 12th line of a JSONL file. */
  source: string;
  format: 'text' | 'html';
  /** Decoded body: plain text (txt/md/json text) or an HTML page. */
  content: string;
  hints: ArticleHints;
}

/** A problem with one input; the run goes on without it. */
export interface IngestWarning {
  source: string;
  reason: string;
}

/** A publish-date candidate found while cleaning, with where it came from. */
export interface DateCandidate {
  /** ISO date or date-time. */
  value: string;
  method: DateProvenance['method'];
  raw: string;
}

/** One article after cleaning. Produced by `clean`. */
export interface CleanDocument {
  id: string;
  source: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  /** Chosen publish date (ISO) or null; `analyse` may correct it against the text. */
  publishedAt: string | null;
  dateProvenance: DateProvenance;
  /** Every date candidate seen (metadata, widgets, timestamps), kept as evidence. */
  dateCandidates: DateCandidate[];
  modifiedAt: string | null;
  language: string;
  url: string | null;
  /** Cleaned main text; paragraphs separated by a blank line. All offsets point into this. */
  text: string;
  /**
   * Credit lines lifted out of the body ("CORVEN" signing off a wire copy, "Source: ZNA, QBC"): who the text
   * comes from, for the second-hand flags. Absent on documents stored before clean kept them.
   */
  credits?: string[];
  /**
   * Paragraphs of `text` that are photo captions (the line under an image file name, a figure's caption the page
   * prints again as a paragraph): page content that shows what the story tells, with or without a credit. Absent when none.
   */
  captions?: string[];
  /**
   * The year the page's copyright line prints ("© 2026 The Herald", "(c) Vessolian News Agency 2024"; the later of a
   * range): a date the page prints at year precision, though the cleaner drops the line. Absent when it prints none.
   */
  copyrightYear?: number;
}

export interface EntityMention extends Span {
  /** Surface text, `text.slice(start, end)`. */
  text: string;
  /** Index into `DocAnalysis.entities`. */
  entity: number;
}

/** An entity as resolved inside one document (aliases merged within the document). */
export interface LocalEntity {
  type: EntityType;
  /** Fullest name seen in the document. */
  name: string;
  aliases: string[];
  /** Roles/titles seen for this entity in this document ("Foreign Minister"). */
  roles: { role: string; start: number; end: number }[];
  /** Grammatical gender cue for pronoun resolution, when the text gives one. */
  gender?: 'female' | 'male';
}

export interface QuoteMention extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  partial: boolean;
  /** Index into `DocAnalysis.entities`, or null when the text names no speaker. */
  speaker: number | null;
  speakerText: string | null;
  /** Channel through which the words came ("according to Reuters"): an entity index. */
  via: number | null;
  viaText: string | null;
}

export interface DateMention extends Span {
  text: string;
  date: DateValue;
  /** How the date was resolved: "absolute", "relative to document date", "weekday", ... */
  method: string;
}

export interface EventMention {
  type: string;
  summary: string;
  date: DateValue | null;
  participants: number[];
  place: number | null;
  evidence: Span[];
  /** True when the event is mentioned as background, long before the document date. */
  background: boolean;
}

export interface NumberMention extends Span {
  value: number;
  /** What is counted or measured ("hours", "people", "million euros"). */
  unit: string;
}

export interface ClaimMention extends Span {
  text: string;
  kind: 'number' | 'event' | 'attribution' | 'description';
  numbers: NumberMention[];
  /** Entity indices involved. */
  entities: number[];
  /** Lower-cased content words used to align the claim across documents. */
  keyTerms: string[];
}

/** A document-level flag raised during analysis (e.g. a misdated page). */
export type DocFlag = Omit<Flag, 'documentIds'>;

/** Per-document analysis: a pure function of one CleanDocument. Produced by `analyse`. */
export interface DocAnalysis {
  documentId: string;
  /** Publish date after checking metadata against the text (may differ from CleanDocument's). */
  publishedAt: string | null;
  dateProvenance: DateProvenance;
  sentences: Span[];
  entities: LocalEntity[];
  mentions: EntityMention[];
  quotes: QuoteMention[];
  dates: DateMention[];
  events: EventMention[];
  claims: ClaimMention[];
  flags: DocFlag[];
}

/** Everything the corpus stage needs about one document. */
export interface AnalysedDocument {
  doc: CleanDocument;
  analysis: DocAnalysis;
}

export type { DatePrecision };
