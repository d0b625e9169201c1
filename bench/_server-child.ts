/**
 * A server for bench/server.ts, in its own process so the load generator does not share its event loop.
 * `app <db>`: the real Hono app over the store, plus one static page; `bare`: node:http answering the
 * same page, the reference. Prints `{"url": ...}` once listening; on each stdin line answers its CPU time (µs).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { createApp } from '../src/server/index.ts';
import { openStore } from '../src/store/index.ts';

/** The static page both servers answer: a small HTML file like the UI's index.html. */
export const STATIC_PAGE = new TextEncoder().encode(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Triangulate</title></head><body>${'<p>static reference page</p>'.repeat(20)}</body></html>`);

function report(url: string): void {
  process.stdout.write(`${JSON.stringify({ url })}\n`);
  createInterface({ input: process.stdin }).on('line', () => {
    const u = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuMicros: u.user + u.system })}\n`);
  });
}

const [mode, dbPath] = process.argv.slice(2);
if (mode === 'bare') {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': STATIC_PAGE.length });
    res.end(STATIC_PAGE);
  });
  server.listen(0, '127.0.0.1', () => report(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
} else {
  const { app } = createApp({ store: openStore(dbPath), web: new Map([['/index.html', { body: STATIC_PAGE, type: 'text/html; charset=utf-8' }]]) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  server.once('listening', () => report(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
}
