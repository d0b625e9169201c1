import type {
  CleanDocument, DateMention, EntityMention, EventMention, LocalEntity, QuoteMention, Span,
} from '../contract/pipeline.ts';

/** What the event and claim passes can read: everything the earlier passes found. */
export interface AnalysisContext {
  doc: CleanDocument;
  sentences: Span[];
  entities: LocalEntity[];
  mentions: EntityMention[];
  quotes: QuoteMention[];
  dates: DateMention[];
  /** Publish date after the date pass checked it against the text. */
  publishedAt: string | null;
  events?: EventMention[];
}
