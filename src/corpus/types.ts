import type { Entity, Quote, Story } from '../contract/dossier.ts';

/** Duplicate and story grouping of every document in the corpus. */
export interface Grouping {
  /** Document id → id of the earliest copy it duplicates, or null. */
  duplicateOf: Map<string, string | null>;
  /** Document id → outlet whose text it carries under another name (syndication), or null. */
  syndicatedFrom: Map<string, string | null>;
  /** Document id → story id. */
  storyOf: Map<string, string>;
  stories: Story[];
}

/** Cross-document entities, and for each document the global id of each of its local entities. */
export interface EntityResolution {
  entities: Entity[];
  /** Document id → global entity id by local entity index. */
  globalIds: Map<string, string[]>;
}

export interface Statement {
  id: string;
  speakerId: string | null;
  quoteIds: string[];
  /** The fullest wording. */
  text: string;
}

export interface QuoteLedger {
  quotes: Quote[];
  statements: Statement[];
}
