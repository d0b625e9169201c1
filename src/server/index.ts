/**
 * server: the HTTP API and web UI over a store (Hono on Node).
 * `createApp` builds the routes over an open store; `startServer` opens the store and listens.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import type { runAnalyze } from '../pipeline/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { apiError } from './_http.ts';
import { JobRunner } from './_jobs.ts';
import { readRoutes } from './_routes-read.ts';
import { writeRoutes } from './_routes-write.ts';
import { isLoopback, securityHeaders } from './_security.ts';
import { ServerState } from './_state.ts';
import { FALLBACK_PAGE, ensureWeb, loadWeb, type BuildMode, type StaticFile } from './_static.ts';
import { REQUEST_TIMEOUT_MS } from './constants.ts';
import { openApiDocument } from './openapi.ts';

export { isLoopback, CONTENT_SECURITY_POLICY } from './_security.ts';
export { buildWeb, webBuildStale, WEB_DIST } from './_static.ts';

export interface AppOptions {
  /** An open store; the app reads its latest dossier and ingests into it. */
  store: Store;
  /** Bearer token for write endpoints; when unset, writes are open (loopback only). */
  token?: string;
  /** Built web UI files by URL path (default: none, a plain fallback page). */
  web?: Map<string, StaticFile>;
  /** The ingest pipeline (tests may pass a stub). Default: the real `runAnalyze`. */
  analyze?: typeof runAnalyze;
}

export interface TriangulateApp {
  app: Hono;
  /** Resolves once every queued ingest job has finished. */
  idle(): Promise<void>;
}

/** The real pipeline, loaded on first ingest so serving reads never depends on it. */
const defaultAnalyze: typeof runAnalyze = async (o) => (await import('../pipeline/index.ts')).runAnalyze(o);

export function createApp(opts: AppOptions): TriangulateApp {
  const state = new ServerState(opts.store);
  const jobs = new JobRunner(state, opts.analyze ?? defaultAnalyze);
  const web = opts.web ?? new Map<string, StaticFile>();
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use('/api/*', async (c, next) => (c.req.method === 'GET' ? timeout(REQUEST_TIMEOUT_MS, () => apiError(504, 'timeout', 'the request took too long'))(c, next) : next()));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });

  const openapi = openApiDocument();
  app.get('/openapi.json', (c) => c.json(openapi));
  app.route('/api', readRoutes(state));
  app.route('/api', writeRoutes(state, jobs, opts.token));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no endpoint ${c.req.method} ${c.req.path}` } }, 404));

  app.get('*', (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = web.get(path);
    if (file) {
      const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type, 'Cache-Control': cache });
    }
    if (path === '/index.html') return c.html(FALLBACK_PAGE);
    return c.text('not found', 404);
  });

  return { app, idle: () => jobs.idle() };
}

export interface ServerOptions {
  dbPath: string;
  port: number;
  host: string;
  /** Bearer token required for write endpoints; mandatory when the host is not loopback. */
  token?: string;
  /** When to build the web UI with Vite before serving (default: only if dist-web is missing). */
  buildWeb?: BuildMode;
  /** Ingest pipeline override (tests). */
  analyze?: typeof runAnalyze;
}

/** Seconds a client gets to send a whole request (uploads included) before the socket is dropped. */
const SOCKET_REQUEST_TIMEOUT_MS = 120_000;
/** Seconds a client gets to send its headers. */
const SOCKET_HEADERS_TIMEOUT_MS = 20_000;

export async function startServer(opts: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  if (!isLoopback(opts.host) && !opts.token) throw new Error(`host ${opts.host} is not loopback: a token is required for write endpoints`);
  const buildError = await ensureWeb(opts.buildWeb ?? 'if-missing');
  if (buildError) process.stderr.write(`warning: the web UI could not be built (${buildError.split('\n')[0]}); serving the API only\n`);
  const store = openStore(opts.dbPath);
  const { app, idle } = createApp({ store, token: opts.token, web: loadWeb(), analyze: opts.analyze });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }) as Server;
    s.once('listening', () => resolve(s));
    s.once('error', (e) => { store.close(); reject(e); });
  });
  server.requestTimeout = SOCKET_REQUEST_TIMEOUT_MS;
  server.headersTimeout = SOCKET_HEADERS_TIMEOUT_MS;
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') && !opts.host.startsWith('[') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await idle();
      store.close();
    },
  };
}
