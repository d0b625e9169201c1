import type { EntityType } from '../../contract/dossier.ts';

/** Which recogniser(s) to run; the eval compares them, the pipeline uses the default. */
export type Recogniser = 'compromise' | 'rules' | 'combined' | 'wink' | 'rules+wink' | 'combined+wink';

/** A typed name span found by a recogniser, before alias resolution. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** gazetteer/head-word evidence beats compromise's guess when they disagree. */
  strong: boolean;
  /** A capitalised run no rule could type (kept only to guess from). */
  untyped?: boolean;
  /** Title stripped off the front of the name. */
  role?: RoleSpan | null;
  /** Gender signalled by an honorific. */
  gender?: 'female' | 'male' | null;
}

/** A recorded role or title ("Foreign Minister") with its span. */
export interface RoleSpan {
  role: string;
  start: number;
  end: number;
}
