import type { CleanDocument, EntityMention, LocalEntity, QuoteMention, Span } from '../../contract/pipeline.ts';

/** Direct quotes with speakers. PLACEHOLDER until issue 4 lands. */
export function findQuotes(_doc: CleanDocument, _sentences: Span[], _entities: LocalEntity[], _mentions: EntityMention[]): QuoteMention[] {
  return [];
}
