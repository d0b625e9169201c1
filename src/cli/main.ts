/**
 * cli: the `triangulate` command. Exit codes: 0 dossier written (warnings allowed), 1 runtime
 * error, 2 usage error, 3 nothing could be ingested.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { positiveNumber } from './_args.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/index.ts';
import { DEFAULT_DB_PATH, StoreError } from '../store/index.ts';
import type { AnalyzeResult } from '../pipeline/index.ts';
import { progressView } from './progress.ts';
import { registerServe } from './serve.ts';
import { registerWatch } from './watch.ts';

export const EXIT = { ok: 0, error: 1, usage: 2, nothingIngested: 3 } as const;

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;


interface AnalyzeFlags {
  out: string;
  db: string;
  json?: boolean;
  maxFileMb: number;
  threads?: number;
}

/** Print the outcome of one analyze run and choose the exit code. */
async function report(result: AnalyzeResult, json: boolean): Promise<number> {
  const { summaryText, summaryJson } = await import('./summary.ts');
  if (json) process.stdout.write(JSON.stringify(summaryJson(result)) + '\n');
  else {
    for (const w of result.warnings) process.stderr.write(`warning: ${w.source}: ${w.reason}\n`);
    process.stdout.write(summaryText(result));
  }
  return result.read === 0 && result.alreadyStored === 0 ? EXIT.nothingIngested : EXIT.ok;
}

async function analyze(paths: string[], flags: AnalyzeFlags): Promise<number> {
  const view = progressView(!flags.json);
  // Loaded on use: `--help` and `--version` must not pay for the analysis stages.
  const { runAnalyze } = await import('../pipeline/index.ts');
  const { summaryJson } = await import('./summary.ts');
  try {
    const result = await runAnalyze({
      inputs: paths.map((path) => ({ path })),
      dbPath: flags.db,
      outDir: flags.out,
      maxBytes: Math.round(flags.maxFileMb * 1024 * 1024),
      threads: flags.threads,
      readStdin: () => readFileSync(0),
      onProgress: (p) => view.update(p),
    });
    view.stop();
    if (result.read === 0 && result.alreadyStored === 0) {
      for (const w of result.warnings) process.stderr.write(`warning: ${w.source}: ${w.reason}\n`);
      process.stderr.write('error: nothing could be ingested; give files or folders of .txt, .md, .html, .json or .jsonl articles\n');
      if (flags.json) process.stdout.write(JSON.stringify(summaryJson(result)) + '\n');
      return EXIT.nothingIngested;
    }
    return report(result, Boolean(flags.json));
  } catch (err) {
    view.stop();
    if (err instanceof StoreError) {
      process.stderr.write(`error: ${err.message}\n`);
      return EXIT.error;
    }
    throw err;
  }
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('triangulate')
    .description('Turn a pile of news articles about the same events into one verifiable dossier.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  program
    .command('analyze')
    .description('ingest articles, analyse them and write dossier.json, dossier.md and dossier.html')
    .argument('<paths...>', 'files, folders (read recursively), globs, or - for standard input')
    .option('-o, --out <dir>', 'folder for the dossier files', 'out')
    .option('--db <file>', 'SQLite store; an existing store is added to', DEFAULT_DB_PATH)
    .option('--json', 'no progress bar; print one JSON summary line on stdout')
    .option('--max-file-mb <mb>', 'refuse input files larger than this', positiveNumber, DEFAULT_MAX_BYTES / 1024 / 1024)
    .option('--threads <n>', 'worker threads for per-document analysis (default: all cores)', positiveNumber)
    .action(async (paths: string[], flags: AnalyzeFlags) => setExit(await analyze(paths, flags)));
  registerServe(program, setExit);
  registerWatch(program, setExit);
  for (const cmd of program.commands) cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

/** Run the CLI with `argv` (as process.argv) and return the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      return benign ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.error;
  }
}
