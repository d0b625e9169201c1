/**
 * Scale bench: synthetic coverage (bench/_generate.ts, seeded) through ingest → clean → duplicates
 * → stories, cleaning and feature extraction in worker threads, grouping online in the main
 * thread. Prints docs, seconds, docs/s, start-up seconds (workers loading and compiling their
 * TypeScript, timed apart), CPU µs per document (all threads), the load average, peak RSS and
 * B-cubed F1 against the generator's truth.
 * Usage: npm run bench:scale -- --sizes 10000,100000,1000000 [--json] [--seed 7]
 * Each size runs in a fresh process so its peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runOnce, type RunResult } from './_run.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 && args[i + 1] ? args[i + 1]! : dflt; };
const seed = Number(opt('--seed', '7'));

if (args.includes('--one')) {
  const res = await runOnce(Number(opt('--one', '10000')), seed, Number(opt('--workers', '2')));
  console.log(JSON.stringify(res));
} else {
  const sizes = opt('--sizes', '10000,100000').split(',').map(Number).filter((n) => n > 0);
  const runs: RunResult[] = [];
  console.log('docs        seconds   docs/s   start s  cpu µs/doc  load  peakRssMb   F1     (P / R)        stories  dups');
  for (const size of sizes) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', String(size), '--seed', String(seed), '--workers', opt('--workers', '2')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const last = child.stdout.trim().split('\n').pop() ?? '';
    let r: RunResult;
    try { r = JSON.parse(last) as RunResult; } catch { console.error(child.stderr); process.exit(1); }
    runs.push(r);
    console.log(`${String(r.docs).padEnd(10)} ${r.seconds.toFixed(1).padStart(8)} ${String(Math.round(r.docs / r.seconds)).padStart(8)} ${r.startupSeconds.toFixed(1).padStart(8)} ${String(Math.round((r.cpuSeconds / r.docs) * 1e6)).padStart(11)} ${r.loadAvg.toFixed(1).padStart(5)} ${String(r.peakRssMb).padStart(10)}   ${r.f1.toFixed(3)}  (${r.precision.toFixed(3)} / ${r.recall.toFixed(3)})  ${String(r.stories).padStart(7)} ${String(r.duplicates).padStart(6)}`);
  }
  if (runs.length > 1) {
    const [a, b] = [runs[0]!, runs[runs.length - 1]!];
    console.log(`per-doc cost ${a.docs}→${b.docs}: wall ×${((b.seconds / b.docs) / (a.seconds / a.docs)).toFixed(2)}, CPU ×${((b.cpuSeconds / b.docs) / (a.cpuSeconds / a.docs)).toFixed(2)} (start-up excluded)`);
  }
  if (args.includes('--json')) console.log(JSON.stringify({ runs }));
}
