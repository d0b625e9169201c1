import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DossierSchema, type Dossier } from '../contract/dossier.ts';
import type { AnalysedDocument } from '../contract/pipeline.ts';
import { MIGRATIONS } from './migrations.ts';
import type { Job, SearchHit, Store, StoredArticle } from './types.ts';

/** How long a writer waits for another process's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 10_000;
/** SQLite caps bound parameters per statement; chunk `IN (...)` lists below it. */
const MAX_IN_PARAMS = 500;

/** Thrown when the file is not a Triangulate store or is newer than this version understands. */
export class StoreError extends Error {}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const latest = MIGRATIONS[MIGRATIONS.length - 1].version;
  if (current > latest) throw new StoreError(`store schema version ${current} is newer than this Triangulate (${latest}); upgrade Triangulate`);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
    })();
  }
}

/** FTS5 query from free user text: each word quoted, so operators in the input are inert. */
function toFtsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

interface JobRow { id: string; status: Job['status']; total: number; done: number; message: string | null; result: string | null; created_at: string; updated_at: string }

/** Open (creating if needed) the SQLite store at `path`: WAL, migrations applied. */
export function openSqliteStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`cannot open store ${path}: ${(err as Error).message}. Is it a Triangulate database? Choose another file with --db.`);
  }

  const insertDoc = db.prepare(`INSERT OR IGNORE INTO documents (id, seq, source, format, content, hints, clean, analysis, grouped, added_at)
    VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), @source, @format, @content, @hints, @clean, @analysis, 0, @addedAt)`);
  const putState = db.prepare('INSERT INTO corpus_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');

  const store: Store = {
    path,
    existingIds(ids) {
      const found = new Set<string>();
      for (let i = 0; i < ids.length; i += MAX_IN_PARAMS) {
        const chunk = ids.slice(i, i + MAX_IN_PARAMS);
        const rows = db.prepare(`SELECT id FROM documents WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as { id: string }[];
        for (const r of rows) found.add(r.id);
      }
      return found;
    },
    putBatch: (items) =>
      db.transaction((batch: StoredArticle[]) => {
        let added = 0;
        const addedAt = new Date().toISOString();
        for (const it of batch) {
          added += insertDoc.run({
            id: it.raw.id, source: it.raw.source, format: it.raw.format, content: it.raw.content,
            hints: JSON.stringify(it.raw.hints), clean: JSON.stringify(it.doc), analysis: JSON.stringify(it.analysis), addedAt,
          }).changes;
        }
        return added;
      })(items),
    documentCount: () => (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n,
    allDocuments: () =>
      (db.prepare('SELECT clean, analysis FROM documents ORDER BY seq').all() as { clean: string; analysis: string }[]).map(
        (r): AnalysedDocument => ({ doc: JSON.parse(r.clean), analysis: JSON.parse(r.analysis) }),
      ),
    ungroupedIds: () => new Set((db.prepare('SELECT id FROM documents WHERE grouped = 0').all() as { id: string }[]).map((r) => r.id)),
    getState: (key) => (db.prepare('SELECT value FROM corpus_state WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null,
    commitCorpus: ({ state, dossier }) =>
      db.transaction(() => {
        for (const [k, v] of Object.entries(state)) putState.run(k, v);
        db.prepare('INSERT INTO dossier (id, created_at, json) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET created_at = excluded.created_at, json = excluded.json')
          .run(dossier.generatedAt, JSON.stringify(dossier));
        db.exec('DELETE FROM documents_fts; DELETE FROM quotes_fts;');
        const insDoc = db.prepare('INSERT INTO documents_fts (document_id, title, text) VALUES (?, ?, ?)');
        for (const d of dossier.documents) insDoc.run(d.id, d.title, d.text);
        const insQuote = db.prepare('INSERT INTO quotes_fts (quote_id, document_id, text) VALUES (?, ?, ?)');
        for (const q of dossier.quotes) insQuote.run(q.id, q.documentId, q.text);
        const ids = new Set(dossier.documents.map((d) => d.id));
        const mark = db.prepare('UPDATE documents SET grouped = 1 WHERE id = ?');
        for (const id of ids) mark.run(id);
      })(),
    latestDossier() {
      const row = db.prepare('SELECT json FROM dossier WHERE id = 1').get() as { json: string } | undefined;
      if (!row) return null;
      const parsed = DossierSchema.safeParse(JSON.parse(row.json));
      return parsed.success ? (parsed.data as Dossier) : null;
    },
    search(query, limit, offset) {
      const fts = toFtsQuery(query);
      if (!fts) return [];
      // `ORDER BY rank LIMIT n` inside each table lets FTS5 hand rows over best first and stop
      // after n, so snippets are built for the page only, not for every match (25,000 matches
      // cost ~12 ms of snippets a request before). The page is then cut from both tables' best.
      const best = limit + offset;
      return db.prepare(`
        SELECT * FROM (
          SELECT * FROM (
            SELECT 'document' AS kind, document_id AS id, document_id AS documentId,
                   snippet(documents_fts, 2, '«', '»', '…', 16) AS snippet, rank
              FROM documents_fts WHERE documents_fts MATCH @q ORDER BY rank LIMIT @best)
          UNION ALL
          SELECT * FROM (
            SELECT 'quote' AS kind, quote_id AS id, document_id AS documentId,
                   snippet(quotes_fts, 2, '«', '»', '…', 16) AS snippet, rank
              FROM quotes_fts WHERE quotes_fts MATCH @q ORDER BY rank LIMIT @best)
        ) ORDER BY rank, id LIMIT @limit OFFSET @offset`)
        .all({ q: fts, limit, offset, best })
        .map((r) => {
          const { kind, id, documentId, snippet } = r as SearchHit;
          return { kind, id, documentId, snippet };
        });
    },
    matchingDocumentIds(query) {
      const fts = toFtsQuery(query);
      if (!fts) return new Set<string>();
      const rows = db.prepare(`
        SELECT document_id AS id FROM documents_fts WHERE documents_fts MATCH @q
        UNION SELECT document_id AS id FROM quotes_fts WHERE quotes_fts MATCH @q`).all({ q: fts }) as { id: string }[];
      return new Set(rows.map((r) => r.id));
    },
    searchCount(query) {
      const fts = toFtsQuery(query);
      if (!fts) return 0;
      const row = db.prepare(`
        SELECT (SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH @q)
             + (SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH @q) AS n`).get({ q: fts }) as { n: number };
      return row.n;
    },
    createJob() {
      const now = new Date().toISOString();
      const id = randomUUID();
      db.prepare("INSERT INTO jobs (id, status, created_at, updated_at) VALUES (?, 'queued', ?, ?)").run(id, now, now);
      return store.getJob(id) as Job;
    },
    updateJob(id, patch) {
      const cur = store.getJob(id);
      if (!cur) return;
      const next = { ...cur, ...patch };
      db.prepare('UPDATE jobs SET status = ?, total = ?, done = ?, message = ?, result = ?, updated_at = ? WHERE id = ?')
        .run(next.status, next.total, next.done, next.message, next.result === null || next.result === undefined ? null : JSON.stringify(next.result), new Date().toISOString(), id);
    },
    getJob(id) {
      const r = db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
      if (!r) return null;
      return { id: r.id, status: r.status, total: r.total, done: r.done, message: r.message, result: r.result ? JSON.parse(r.result) : null, createdAt: r.created_at, updatedAt: r.updated_at };
    },
    close: () => db.close(),
  };
  return store;
}
