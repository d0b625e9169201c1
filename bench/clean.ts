/**
 * npm run bench:clean [-- --json] [-- --rounds N]
 * Pages/s and peak memory (max RSS) on the article-extraction benchmark pages for our extractor,
 * Readability over linkedom and Readability over jsdom. Each system runs in its own child process,
 * single-threaded, so peak memory is its own. Pages are read and gunzipped before the clock starts.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { cleanArticle } from '../src/clean/index.ts';
import { aebAvailable, loadAeb } from '../eval/_clean-data.ts';

const SYSTEMS = ['ours', 'readability-linkedom', 'readability-jsdom'] as const;
type System = (typeof SYSTEMS)[number];
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };

async function runOne(system: System, rounds: number): Promise<void> {
  const pages = loadAeb();
  const { JSDOM, VirtualConsole } = system === 'readability-jsdom' ? await import('jsdom') : ({} as typeof import('jsdom'));
  let failures = 0, chars = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const p of pages) {
      try {
        if (system === 'ours') chars += cleanArticle({ id: p.id, source: p.id, format: 'html', content: p.html, hints: {} }).text.length;
        else if (system === 'readability-linkedom') chars += new Readability(parseHTML(p.html).document as never).parse()?.textContent?.length ?? 0;
        else {
          const dom = new JSDOM(p.html, { url: p.url, virtualConsole: new VirtualConsole() });
          chars += new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
          dom.window.close();
        }
      } catch { failures++; }
    }
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const n = pages.length * rounds;
  console.log(JSON.stringify({ system, pages: n, seconds: secs, pagesPerSec: n / secs, cpuSeconds: cpuSecs, pagesPerCpuSec: n / cpuSecs, peakRssMB: process.resourceUsage().maxRSS / 1024, failures, chars }));
}

const only = arg('--system') as System | undefined;
const rounds = Number(arg('--rounds') ?? 1);
if (!aebAvailable()) {
  console.log('article-extraction data not found: nothing to benchmark');
} else if (only) {
  await runOne(only, rounds);
} else {
  const rows: Record<string, unknown>[] = [];
  for (const s of SYSTEMS) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1], '--system', s, '--rounds', String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const last = child.stdout.trim().split('\n').pop() ?? '';
    try { rows.push(JSON.parse(last) as Record<string, unknown>); } catch { rows.push({ system: s, error: (child.stderr || 'no output').slice(0, 200) }); }
  }
  console.log('system                  pages/s  pages/CPU-s  peak RSS MB  pages  failures (threw)');
  for (const r of rows) {
    if (r.error) { console.log(`${String(r.system).padEnd(22)}  error: ${String(r.error)}`); continue; }
    console.log(`${String(r.system).padEnd(22)}  ${(r.pagesPerSec as number).toFixed(1).padStart(7)}  ${(r.pagesPerCpuSec as number).toFixed(1).padStart(11)}  ${(r.peakRssMB as number).toFixed(0).padStart(11)}  ${String(r.pages).padStart(5)}  ${r.failures}`);
  }
  console.log('(one process per system, run one after another; pages/s is wall clock, pages/CPU-s counts CPU time of the process incl. GC threads,');
  console.log(' steadier on a shared machine; peak RSS includes the loaded benchmark pages)');
  console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (argv.includes('--json')) console.log(JSON.stringify({ systems: rows }));
}
