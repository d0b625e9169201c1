/** The built web UI (dist-web/), held in memory and served by exact path only, so no path can escape the folder. */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Repository root: this file lives in src/server (or dist/server once compiled). */
export const REPO_ROOT = resolve(HERE, '..', '..');
export const WEB_SRC = join(REPO_ROOT, 'src', 'web');
export const WEB_DIST = join(REPO_ROOT, 'dist-web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile { body: Uint8Array; type: string }

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

function newestMtime(dir: string): number {
  return existsSync(dir) ? Math.max(0, ...walk(dir).filter((p) => !p.endsWith('.test.ts')).map((p) => statSync(p).mtimeMs)) : 0;
}

/** Whether dist-web is missing or older than any file of src/web. */
export function webBuildStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  return !existsSync(index) || newestMtime(WEB_SRC) > statSync(index).mtimeMs;
}

/** Build the web UI with Vite (a dev dependency) into dist-web/. */
export async function buildWeb(): Promise<void> {
  const vite = await import('vite');
  await vite.build({ configFile: join(WEB_SRC, 'vite.config.ts'), logLevel: 'warn' });
}

export type BuildMode = 'if-missing' | 'if-stale' | 'never';

/** A build lock older than this is left over from a killed process and is taken over. */
const BUILD_LOCK_STALE_MS = 120_000;
/** How often a waiting process re-checks the build lock. */
const BUILD_LOCK_POLL_MS = 100;
const LOCK_DIR = join(REPO_ROOT, '.dist-web.lock');

const needsBuild = (mode: BuildMode): boolean =>
  mode !== 'never' && (mode === 'if-stale' ? webBuildStale() : !existsSync(join(WEB_DIST, 'index.html')));

/** Take the build lock (a directory: mkdir is atomic), so two servers or test files never build at once. */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch {
      const age = existsSync(LOCK_DIR) ? Date.now() - statSync(LOCK_DIR).mtimeMs : 0;
      if (age > BUILD_LOCK_STALE_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, BUILD_LOCK_POLL_MS));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Build when asked and needed; never throws (a failed build leaves the fallback page). */
export async function ensureWeb(mode: BuildMode): Promise<string | null> {
  if (!needsBuild(mode)) return null;
  if (!existsSync(join(WEB_SRC, 'vite.config.ts'))) return 'web sources are not available';
  try {
    await withBuildLock(async () => {
      if (needsBuild(mode)) await buildWeb(); // another process may have built it while we waited
    });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Load every built file into memory, keyed by its URL path. */
export function loadWeb(dir: string = WEB_DIST): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(dir)) return files;
  for (const p of walk(dir)) {
    const rel = relative(dir, p).split(sep).join('/');
    files.set(`/${rel}`, { body: readFileSync(p), type: TYPES[extname(p)] ?? 'application/octet-stream' });
  }
  return files;
}

/** Shown when the UI has not been built: plain text, no script. */
export const FALLBACK_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Triangulate</title>
<body><h1>Triangulate</h1><p>The web UI is not built. Run <code>npm run build:web</code> and restart; the JSON API is at <a href="/openapi.json">/openapi.json</a>.</p></body></html>`;
