/**
 * Triangulate as a library: the dossier contract, the stage functions, and the main job.
 *
 *   import { runAnalyze, DossierSchema } from 'triangulate';
 */
/** The dossier contract: zod schemas and the types inferred from them. */
export * from './contract/dossier.ts';
/** Types passed between the pipeline stages. */
export type * from './contract/pipeline.ts';
/** Read inputs into raw articles. */
export { ingestPaths, ingestBytes } from './ingest/index.ts';
/** One article → cleaned text and metadata. */
export { cleanArticle } from './clean/index.ts';
/** One cleaned document → sentences, entities, quotes, dates, events, claims. */
export { analyseDocument } from './analyse/index.ts';
/** Every analysed document → the dossier. */
export { buildDossier } from './corpus/index.ts';
/** Render and write the dossier files. */
export { renderMarkdown, renderHtml, writeDossier } from './dossier/index.ts';
/** The store behind `analyze` and `serve`. */
export { openStore, type Store } from './store/index.ts';
/** The main job: inputs → store → dossier. */
export { runAnalyze, type AnalyzeOptions, type AnalyzeResult } from './pipeline/index.ts';
