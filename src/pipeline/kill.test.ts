/**
 * A process killed mid-ingest (SIGKILL, no chance to clean up) must leave a consistent store,
 * and the next run must finish the job with the same dossier as an uninterrupted run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeCorpus } from './_corpus.test-helper.ts';

const BIN = new URL('../../bin/triangulate.js', import.meta.url).pathname;
/** Three store batches of 32 (the kill lands after the first), few enough to analyse three times quickly. */
const ARTICLES = 96;

function storedCount(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

function withoutClock(path: string): unknown {
  const d = JSON.parse(readFileSync(path, 'utf8'));
  delete d.generatedAt;
  return d;
}

test('SIGKILL half-way leaves a consistent store and the next run completes it identically', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-kill-'));
  const input = join(dir, 'in');
  writeCorpus(input, ARTICLES);
  const db = join(dir, 'killed.db');

  const child = spawn(process.execPath, [BIN, 'analyze', input, '--db', db, '--out', join(dir, 'out-killed'), '--json', '--threads', '1'], { stdio: 'ignore' });
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (storedCount(db) > 0) {
        child.kill('SIGKILL');
        clearInterval(poll);
      }
    }, 2);
    child.on('exit', () => {
      clearInterval(poll);
      resolve();
    });
  });
  const afterKill = storedCount(db);
  assert.ok(afterKill > 0 && afterKill < ARTICLES, `killed half-way (stored ${afterKill} of ${ARTICLES})`);
  assert.equal(afterKill % 32, 0, 'only whole batches (one transaction each) are stored');
  const check = new Database(db, { readonly: true });
  assert.deepEqual(check.prepare('PRAGMA integrity_check').all(), [{ integrity_check: 'ok' }]);
  assert.equal((check.prepare('SELECT COUNT(*) AS n FROM dossier').get() as { n: number }).n, 0, 'no half-built dossier');
  check.close();

  const resumed = spawnSync(process.execPath, [BIN, 'analyze', input, '--db', db, '--out', join(dir, 'out-resumed'), '--json'], { encoding: 'utf8' });
  assert.equal(resumed.status, 0, resumed.stderr);
  const summary = JSON.parse(resumed.stdout.trim().split('\n').pop() as string);
  assert.equal(summary.added + summary.alreadyStored, ARTICLES);
  assert.equal(summary.alreadyStored, afterKill);

  const clean = spawnSync(process.execPath, [BIN, 'analyze', input, '--db', join(dir, 'clean.db'), '--out', join(dir, 'out-clean'), '--json'], { encoding: 'utf8' });
  assert.equal(clean.status, 0, clean.stderr);
  assert.deepEqual(withoutClock(join(dir, 'out-resumed', 'dossier.json')), withoutClock(join(dir, 'out-clean', 'dossier.json')));
});
