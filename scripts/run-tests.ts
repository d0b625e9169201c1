/**
 * Runs every `*.test.ts` beside the code with Node's own test runner (node:test), through tsx.
 * Node 20's `--test` cannot glob TypeScript files itself, so we list them here.
 * Usage: npm test [-- <path filter>...]   (no filter: type check first, then every test)
 *
 * Node 20's runner starts a fresh process for every file it is given, and loading the analysis modules through tsx
 * costs about 2 s of CPU in each: with ~95 files that was a third of the suite's time. So the files go to the runner in
 * groups: one small entry module per group imports its test files in turn, and node:test collects all their tests in
 * that one process. Grouping relies on the tests sharing no process state (none changes the environment, the working
 * directory or a global); a file that fails to load is reported as a failing test and the rest of its group still runs.
 * Node 22's `--experimental-test-isolation=none` would do the same; Node 20 has no such switch, hence this file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOTS = ['src', 'scripts', 'eval', 'bench'];

/**
 * Files that take a large share of the suite on their own (whole-corpus gates, browser runs, a killed child process):
 * each runs in a group of its own, started first, so the two cores stay busy to the end. A stale entry only costs
 * balance, never correctness.
 */
const RUN_ALONE_FIRST = [
  'eval/_timeline-gate.test.ts',
  'src/pipeline/kill.test.ts',
  'src/server/e2e/hostile.test.ts',
];

/** Files per group for the rest: few enough that loading stays cheap, enough groups to keep both cores busy. */
const GROUP_SIZE = 8;

function findTests(dir: string, out: string[] = []): string[] {
  let names: string[];
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** Heavy files alone and first, then the others in runs of `size` in path order (neighbouring files share modules). */
export function groupTests(files: readonly string[], alone: readonly string[], size: number): string[][] {
  const heavy = alone.filter((f) => files.includes(f));
  const rest = files.filter((f) => !heavy.includes(f));
  const groups = heavy.map((f) => [f]);
  for (let i = 0; i < rest.length; i += size) groups.push(rest.slice(i, i + size));
  return groups;
}

/** The entry module of one group: imports each file; a file that throws while loading becomes one failing test. */
export function groupEntry(files: readonly string[]): string {
  const lines = [`import { test } from 'node:test';`];
  for (const file of files) {
    const url = JSON.stringify(pathToFileURL(resolve(file)).href);
    const label = JSON.stringify(`loads ${file}`);
    lines.push(`try { await import(${url}); } catch (error) { test(${label}, () => { throw error; }); }`);
  }
  return lines.join('\n') + '\n';
}

function main(): void {
  const filters = process.argv.slice(2);
  const files = ROOTS.flatMap((r) => findTests(r)).filter((f) => !filters.length || filters.some((x) => f.includes(x))).sort();
  if (!files.length) {
    console.error('no test files matched');
    process.exit(1);
  }
  if (!filters.length) {
    // The whole suite starts with the type check: `strict` TypeScript is part of passing.
    const tsc = spawnSync(process.execPath, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { stdio: 'inherit' });
    if (tsc.status !== 0) {
      console.error('type check failed (npx tsc -p tsconfig.json)');
      process.exit(tsc.status ?? 1);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-tests-'));
  try {
    const entries = groupTests(files, RUN_ALONE_FIRST, GROUP_SIZE).map((group, i) => {
      const entry = join(dir, `group-${String(i + 1).padStart(2, '0')}.test.mjs`);
      writeFileSync(entry, groupEntry(group));
      return entry;
    });
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...entries], { stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Imported by its own test for the pure helpers above; run as a script by `npm test`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
