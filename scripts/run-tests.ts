/**
 * Runs every `*.test.ts` beside the code with Node's own test runner (node:test), through tsx.
 * Node 20's `--test` cannot glob TypeScript files itself, so we list them here.
 * Usage: npm test [-- <path filter>...]   (no filter: the type check too, beside the tests)
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const ROOTS = ['src', 'scripts', 'eval', 'bench'];

/**
 * Files that take minutes where the rest take seconds: the timeline gate runs the whole pipeline over the demo and every
 * development gold; the browser tests build stores from whole corpora (a 10 MB article among them) and drive Chromium.
 * `node --test` sorts the files it is given, so these would start late (src/server sorts after most) and run on alone
 * with a core idle; they run in a second runner started at once instead.
 */
const SLOW = ['eval/_timeline-gate.test.ts', 'src/server/e2e/hostile.test.ts', 'src/server/e2e/ui.test.ts'];

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

interface Finished { status: number; output: string }

/** Run a child to its end; `buffered` keeps its output to print later, so two runners' reports do not interleave. */
function finished(args: string[], buffered: boolean): Promise<Finished> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code) => done({ status: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

const testRun = (files: string[], concurrency: number, buffered: boolean): Promise<Finished> =>
  files.length ? finished(['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], buffered) : Promise.resolve({ status: 0, output: '' });

const filters = process.argv.slice(2);
const files = ROOTS.flatMap((r) => findTests(r)).filter((f) => !filters.length || filters.some((x) => f.includes(x))).sort();
if (!files.length) {
  console.error('no test files matched');
  process.exit(1);
}
const isSlow = (f: string): boolean => SLOW.includes(f.split(sep).join('/'));
const slow = files.filter(isSlow);
const rest = files.filter((f) => !isSlow(f));
// The whole suite includes the type check (`strict` TypeScript is part of passing); it runs beside the tests.
const typeCheck = filters.length ? Promise.resolve({ status: 0, output: '' }) : finished([join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], true);
const [restRun, slowRun, tsc] = await Promise.all([testRun(rest, 2, false), testRun(slow, slow.length, rest.length > 0), typeCheck]);
if (rest.length && slow.length) process.stdout.write(`\n# the slow files (${slow.join(', ')}), run beside the rest:\n${slowRun.output}`);
if (tsc.status !== 0) {
  process.stdout.write(tsc.output);
  console.error('type check failed (npx tsc -p tsconfig.json)');
}
process.exit([tsc.status, restRun.status, slowRun.status].find((s) => s !== 0) ?? 0);
