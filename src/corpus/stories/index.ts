import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { findDuplicates } from '../duplicates/index.ts';

/**
 * Serializable clustering state kept in the store between runs, so a new batch is assigned to
 * existing stories without recomputing the corpus.
 */
export type StoryState = { version: number; [key: string]: unknown };

/**
 * Assign new documents to duplicates and stories, given the state left by earlier runs.
 * PLACEHOLDER until issue 5 lands: recomputes from all documents, one story for everything.
 */
export function groupDocuments(all: AnalysedDocument[], _newIds: Set<string>, _prior: StoryState | null): { grouping: Grouping; state: StoryState } {
  const duplicateOf = findDuplicates(all);
  const storyOf = new Map(all.map(({ doc }) => [doc.id, 's1']));
  const stories = all.length ? [{ id: 's1', title: all[0].doc.title, documentIds: all.map(({ doc }) => doc.id) }] : [];
  return {
    grouping: { duplicateOf, syndicatedFrom: new Map(), storyOf, stories },
    state: { version: 0 },
  };
}
