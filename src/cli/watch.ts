/**
 * `triangulate watch <folder>`: ingest new files as they arrive and keep the dossier current.
 * Polls instead of fs.watch: polling behaves the same on every filesystem (network shares,
 * containers) and lets us wait until a file stops growing before reading it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_DB_PATH } from '../store/index.ts';
import { positiveNumber } from './_args.ts';

interface WatchFlags { out: string; db: string; interval: number; json?: boolean; once?: boolean }

type Snapshot = Map<string, string>;

function snapshot(dir: string, skip: (p: string) => boolean, out: Snapshot = new Map()): Snapshot {
  let names: string[] = [];
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (skip(path)) continue;
    try {
      const st = statSync(path);
      if (st.isDirectory()) snapshot(path, skip, out);
      else if (st.isFile()) out.set(path, `${st.size}:${st.mtimeMs}`);
    } catch { /* vanished between listing and stat: next poll sees it or not */ }
  }
  return out;
}

/** Files that changed since `before` and have been stable since `last` (not still being written). */
export function settledChanges(before: Snapshot, last: Snapshot, now: Snapshot): string[] {
  return [...now].filter(([p, sig]) => before.get(p) !== sig && last.get(p) === sig).map(([p]) => p).sort();
}

/**
 * Paths the watcher writes itself (the dossier folder, the store and its journal files), compared
 * as absolute paths: a relative `--out` inside an absolutely named folder must still be skipped,
 * or the dossier would be read back in as an article.
 */
export function ownOutput(outDir: string, dbPath: string): (p: string) => boolean {
  const out = resolve(outDir);
  const db = resolve(dbPath);
  return (p: string): boolean => {
    const abs = resolve(p);
    return abs === out || abs.startsWith(out + sep) || abs === db || abs.startsWith(db + '-');
  };
}

export function registerWatch(program: Command, setExit: (code: number) => void): void {
  program
    .command('watch')
    .description('ingest new files in a folder as they arrive and keep the dossier current')
    .argument('<folder>', 'folder to watch (recursively)')
    .option('-o, --out <dir>', 'folder for the dossier files', 'out')
    .option('--db <file>', 'SQLite store', DEFAULT_DB_PATH)
    .option('--interval <seconds>', 'seconds between scans', positiveNumber, 2)
    .option('--json', 'print one JSON line per update')
    .option('--once', 'scan once and exit (for scripts and tests)')
    .action(async (folder: string, flags: WatchFlags) => {
      const skip = ownOutput(flags.out, flags.db);
      const { runAnalyze } = await import('../pipeline/index.ts');
      const done: Snapshot = new Map();
      let last: Snapshot = new Map();
      let stopping = false;
      let failed = false;
      process.once('SIGINT', () => (stopping = true));
      for (;;) {
        const now = snapshot(folder, skip);
        const changed = flags.once ? [...now.keys()].sort() : settledChanges(done, last, now);
        if (changed.length) {
          try {
            const r = await runAnalyze({ inputs: changed.map((path) => ({ path })), dbPath: flags.db, outDir: flags.out });
            for (const p of changed) done.set(p, now.get(p) as string);
            const line = { files: changed.length, added: r.added, documents: r.dossier.documents.length, stories: r.dossier.stories.length, warnings: r.warnings };
            process.stdout.write(flags.json ? JSON.stringify(line) + '\n' : `${new Date().toISOString()} +${r.added} documents (${line.documents} in ${line.stories} stories), ${r.warnings.length} warnings\n`);
          } catch (err) {
            // A failed run (store busy, disk full) must not end the watch: the files are tried again next scan.
            process.stderr.write(`watch: ${(err as Error).message}\n`);
            failed = true;
          }
        }
        last = now;
        if (flags.once || stopping) break;
        await new Promise((r) => setTimeout(r, flags.interval * 1000));
      }
      setExit(flags.once && failed ? 1 : 0);
    });
}
