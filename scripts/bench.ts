/**
 * npm run bench [-- <name> [options]]
 * One entry point for the benchmarks: `npm run bench -- scale --sizes 10000,100000` runs
 * `npm run bench:scale -- --sizes 10000,100000`. Without a name it runs the short ones in turn
 * (clean, analyse, server); the scale bench is long (a million documents take ~10 minutes), so it
 * runs only when named. Each bench prints its figures beside its reference as a ratio.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const BENCHES = {
  clean: 'pages/s and peak memory: our extractor vs Readability over linkedom and over jsdom',
  analyse: 'documents/s of the per-document analysis on all cores, CPU ms/doc by step',
  server: 'requests/s of the API and pages vs a static file and a bare Node http server',
  scale: 'synthetic coverage through clean + duplicates + stories at 10k / 100k / 1M documents',
  redate: 'dossier build CPU with pages that print no date: first build vs a rebuild reading the stored memos',
} as const;
export type BenchName = keyof typeof BENCHES;

export const SHORT_BENCHES: readonly BenchName[] = ['clean', 'analyse', 'server'];

export const isBenchName = (s: string | undefined): s is BenchName => s !== undefined && Object.hasOwn(BENCHES, s);

/** The npm invocation that runs one bench with its options. */
export function benchCommand(name: BenchName, options: readonly string[]): string[] {
  return ['run', `bench:${name}`, ...(options.length ? ['--', ...options] : [])];
}

function usage(): string {
  const rows = Object.entries(BENCHES).map(([name, what]) => `  ${name.padEnd(8)} ${what}`);
  return ['usage: npm run bench [-- <name> [options]]', '', ...rows, '', `no name: ${SHORT_BENCHES.join(', ')} in turn`].join('\n');
}

function run(name: BenchName, options: readonly string[]): number {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return spawnSync(npm, benchCommand(name, options), { stdio: 'inherit' }).status ?? 1;
}

function main(argv: string[]): number {
  const [name, ...options] = argv;
  if (name === '--help' || name === '-h') { console.log(usage()); return 0; }
  if (name === undefined) {
    let worst = 0;
    for (const b of SHORT_BENCHES) worst = Math.max(worst, run(b, []));
    return worst;
  }
  if (!isBenchName(name)) { console.error(`unknown bench "${name}"\n\n${usage()}`); return 2; }
  return run(name, options);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main(process.argv.slice(2)));
