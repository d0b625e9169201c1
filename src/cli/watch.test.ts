import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ownOutput, settledChanges } from './watch.ts';

const BIN = new URL('../../bin/triangulate.js', import.meta.url).pathname;

test('a file is taken once it changed and then stayed the same for one scan', () => {
  const done = new Map([['a.txt', '10:1']]);
  const last = new Map([['a.txt', '10:1'], ['b.txt', '5:2'], ['c.txt', '7:3']]);
  const now = new Map([['a.txt', '10:1'], ['b.txt', '5:2'], ['c.txt', '9:4'], ['d.txt', '1:5']]);
  // a: already ingested; b: new and stable; c: still growing; d: first seen
  assert.deepEqual(settledChanges(done, last, now), ['b.txt']);
});

test('watch --once ingests the folder and keeps the dossier current across scans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-watch-'));
  const inbox = join(dir, 'inbox');
  const args = ['watch', inbox, '--once', '--json', '--db', join(dir, 't.db'), '--out', join(dir, 'out')];
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'a.txt'), 'Port Velin — Ministers signed the harbour accord on Wednesday.');
  const first = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(JSON.parse(first.stdout.trim()).documents, 1);
  writeFileSync(join(inbox, 'b.txt'), 'Saran — Talks on harbour fees resumed on Friday after a week of delay.');
  const second = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  const line = JSON.parse(second.stdout.trim());
  assert.deepEqual([line.added, line.documents], [1, 2]);
});

test('the dossier folder and the store are never read back in, however they are named', () => {
  const isOwn = ownOutput('inbox/out', '/data/t.db');
  assert.equal(isOwn(resolve('inbox/out/dossier.md')), true);
  assert.equal(isOwn('inbox/out'), true);
  assert.equal(isOwn('/data/t.db-wal'), true);
  assert.equal(isOwn(resolve('inbox/outlets.txt')), false);
  assert.equal(isOwn('/data/t.dbx/a.txt'), false);
});

test('watch with the dossier folder inside the watched folder ingests only the articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-watch-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'a.txt'), 'Port Velin — Ministers signed the harbour accord on Wednesday.');
  const args = ['watch', inbox, '--once', '--json', '--db', join(dir, 't.db'), '--out', relative(process.cwd(), join(inbox, 'out'))];
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  const second = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  assert.equal(second.status, 0, second.stderr);
  // The first run wrote dossier.json/.md/.html inside the folder; they are not articles.
  assert.deepEqual(JSON.parse(second.stdout.trim()), { files: 1, added: 0, documents: 1, stories: 1, warnings: [] });
});
