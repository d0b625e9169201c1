/**
 * Versioned schema migrations for the SQLite store. Append only: a shipped migration is never
 * edited, so every store on disk can be brought forward one step at a time.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'documents with their cleaned form and per-document analysis; corpus state; dossier snapshot',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        content TEXT NOT NULL,
        hints TEXT NOT NULL,
        clean TEXT NOT NULL,
        analysis TEXT NOT NULL,
        grouped INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
      );
      CREATE INDEX documents_ungrouped ON documents(grouped) WHERE grouped = 0;
      CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE dossier (id INTEGER PRIMARY KEY CHECK (id = 1), created_at TEXT NOT NULL, json TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    description: 'full-text search over documents and quotes of the latest dossier',
    sql: `
      CREATE VIRTUAL TABLE documents_fts USING fts5(document_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE quotes_fts USING fts5(quote_id UNINDEXED, document_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 3,
    description: 'background ingest jobs',
    sql: `
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        total INTEGER NOT NULL DEFAULT 0,
        done INTEGER NOT NULL DEFAULT 0,
        message TEXT,
        result TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
];
