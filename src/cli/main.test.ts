import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/triangulate.js', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input });

test('--version and --help on every command exit 0', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const v = run(['--version']);
  assert.deepEqual([v.status, v.stdout.trim()], [0, pkg.version]);
  for (const cmd of [[], ['analyze'], ['serve'], ['watch']]) {
    const h = run([...cmd, '--help']);
    assert.equal(h.status, 0, cmd.join(' '));
    assert.match(h.stdout, /^Usage: triangulate/);
  }
});

test('usage errors exit 2 with a hint', () => {
  for (const args of [['analyze'], ['frobnicate'], ['analyze', 'x', '--max-file-mb', 'lots']]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /--help/);
  }
});

test('nothing ingestible exits 3 naming each bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = run(['analyze', join(dir, 'empty.txt'), join(dir, 'missing'), '--db', join(dir, 't.db'), '--out', join(dir, 'out')]);
  assert.equal(r.status, 3);
  assert.match(r.stderr, /empty\.txt: empty file/);
  assert.match(r.stderr, /missing: does not exist/);
});

test('--json prints one summary object as the last line; warnings do not fail the run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'Port Velin — The harbour accord was signed on Wednesday by both governments.');
  writeFileSync(join(dir, 'b.jsonl'), '{"text":"Talks resumed in Saran on Friday.","outlet":"Saran Daily"}\nnot json\n');
  const r = run(['analyze', dir, '--db', join(dir, 't.db'), '--out', join(dir, 'out'), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout.trim().split('\n').pop() as string);
  assert.deepEqual([summary.read, summary.added, summary.counts.documents], [2, 2, 2]);
  assert.deepEqual(summary.warnings.map((w: { source: string }) => w.source.slice(dir.length + 1)), ['b.jsonl#2']);
  assert.equal(r.stderr, '', 'no progress output with --json');
});

test('- reads an article from standard input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tri-cli-'));
  const r = run(['analyze', '-', '--db', join(dir, 't.db'), '--out', join(dir, 'out'), '--json'], 'Ministers toasted the accord in Port Velin on Thursday evening.');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout.trim()).added, 1);
});
