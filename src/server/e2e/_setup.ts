/** Build a store from a corpus with the real pipeline, then serve it on a free loopback port. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dossier } from '../../contract/dossier.ts';
import { runAnalyze, type AnalyzeInput } from '../../pipeline/index.ts';
import { openStore } from '../../store/index.ts';
import { startServer } from '../index.ts';

export interface Served { url: string; dir: string; close(): Promise<void> }

/** `extend` may add to the analysed dossier before serving (e.g. a document the pipeline would not produce). */
export async function serveCorpus(inputs: AnalyzeInput[], extend?: (d: Dossier) => Dossier): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'tri-e2e-'));
  const dbPath = join(dir, 'store.db');
  await runAnalyze({ inputs, dbPath, threads: 1 });
  if (extend) {
    const store = openStore(dbPath);
    const d = store.latestDossier();
    if (d) store.commitCorpus({ state: {}, dossier: extend(d) });
    store.close();
  }
  const server = await startServer({ dbPath, port: 0, host: '127.0.0.1', buildWeb: 'if-stale' });
  return {
    url: server.url, dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
