import type { Command } from 'commander';
import { DEFAULT_DB_PATH } from '../store/index.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/;

interface ServeFlags { db: string; port: number; host: string; token?: string }

export function registerServe(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the web UI and HTTP API over a store')
    .option('--db <file>', 'SQLite store written by analyze', DEFAULT_DB_PATH)
    .option('--port <n>', 'port to listen on', (v) => Number.parseInt(v, 10), 8787)
    .option('--host <addr>', 'address to bind (loopback by default)', '127.0.0.1')
    .option('--token <token>', 'bearer token for write endpoints (required off loopback; or TRIANGULATE_TOKEN)')
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? process.env.TRIANGULATE_TOKEN;
      if (!LOOPBACK.test(flags.host) && !token) {
        process.stderr.write('error: --host is not loopback, so writes need a token: pass --token or set TRIANGULATE_TOKEN\n');
        setExit(2);
        return;
      }
      const { startServer } = await import('../server/index.ts');
      const server = await startServer({ dbPath: flags.db, port: flags.port, host: flags.host, token });
      process.stdout.write(`Triangulate is serving ${flags.db} at ${server.url} (Ctrl+C to stop)\n`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => void server.close().then(resolve)));
    });
}
