/** User inputs (files, folders, globs) → the list of files to read, with a warning per bad path. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import type { IngestWarning } from '../contract/pipeline.ts';
import { kindFromName } from './read.ts';

export interface FileList {
  files: string[];
  warnings: IngestWarning[];
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Walk a folder recursively in name order; `seen` holds real paths, so symlink loops end. */
/** Paths skipped silently: our own outputs (the dossier folder, the store file) inside an input folder. */
type Excluded = (path: string) => boolean;

function excluder(exclude: string[]): Excluded {
  const roots = exclude.map((p) => resolve(p));
  return (path) => {
    const abs = resolve(path);
    return roots.some((r) => abs === r || abs.startsWith(r + sep) || abs.startsWith(r + '-'));
  };
}

function walk(dir: string, seen: Set<string>, out: FileList, skip: Excluded): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    out.warnings.push({ source: dir, reason: `cannot resolve (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); a broken or looping symlink?` });
    return;
  }
  if (seen.has(real)) {
    out.warnings.push({ source: dir, reason: 'symlink loop (folder already visited); skipped' });
    return;
  }
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    out.warnings.push({ source: dir, reason: `cannot list folder (${(err as NodeJS.ErrnoException).code})` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    addPath(join(dir, name), seen, out, false, skip);
  }
}

function addPath(path: string, seen: Set<string>, out: FileList, explicit: boolean, skip: Excluded): void {
  if (skip(path)) return;
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist (check the path)' : code === 'ELOOP' ? 'symlink loop; skipped' : `cannot read (${code})`;
    out.warnings.push({ source: path, reason });
    return;
  }
  if (st.isDirectory()) return walk(path, seen, out, skip);
  if (!st.isFile()) {
    out.warnings.push({ source: path, reason: 'not a regular file; skipped' });
    return;
  }
  if (!explicit && !kindFromName(path)) {
    out.warnings.push({ source: path, reason: 'unsupported file type (use .txt .md .html .htm .json .jsonl .ndjson, optionally .gz)' });
    return;
  }
  out.files.push(path);
}

/** Expand inputs to files. `-` stays as is (stdin). Explicit files of unknown type are sniffed. */
export function expandInputs(inputs: string[], exclude: string[] = []): FileList {
  const out: FileList = { files: [], warnings: [] };
  const skip = excluder(exclude);
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === '-') {
      out.files.push('-');
    } else if (GLOB_CHARS.test(input)) {
      const matches = fg.sync(input, { dot: false, onlyFiles: false, followSymbolicLinks: false }).sort();
      if (!matches.length) out.warnings.push({ source: input, reason: 'pattern matched no files' });
      for (const m of matches) addPath(m, seen, out, false, skip);
    } else {
      addPath(input, seen, out, true, skip);
    }
  }
  return { files: [...new Set(out.files)], warnings: out.warnings };
}
