import type { CleanDocument, EntityMention, LocalEntity, Span } from '../../contract/pipeline.ts';

/** Entity mentions merged into document-local entities. PLACEHOLDER until issue 4 lands. */
export function findEntities(_doc: CleanDocument, _sentences: Span[]): { entities: LocalEntity[]; mentions: EntityMention[] } {
  return { entities: [], mentions: [] };
}
