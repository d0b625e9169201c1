/**
 * Runs every `*.test.ts` beside the code with Node's own test runner (node:test), through tsx.
 * Node 20's `--test` cannot glob TypeScript files itself, so we list them here.
 * Usage: npm test [-- <path filter>...]   (no filter: type check first, then every test)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'scripts', 'eval', 'bench'];

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
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
