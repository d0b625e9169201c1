/** Background ingest: one job at a time over the server's open store, progress kept in the store's job table. */
import type { AnalyzeInput, runAnalyze as RunAnalyze } from '../pipeline/index.ts';
import type { Job } from '../store/index.ts';
import type { ServerState } from './_state.ts';
import { docBrief } from './_views.ts';

/** Store writes of progress: at most one per this many analysed articles, plus phase changes. */
const PROGRESS_EVERY = 5;
/** Ingest warnings kept in a job's result. */
const MAX_JOB_WARNINGS = 50;

export interface UploadedFile { name: string; bytes: Uint8Array }

export class JobRunner {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly state: ServerState, private readonly analyze: typeof RunAnalyze) {}

  /** Queue the files for ingest; returns the queued job at once. */
  submit(files: UploadedFile[]): Job {
    const store = this.state.store;
    const job = store.createJob();
    store.updateJob(job.id, { total: files.length, message: 'queued' });
    this.chain = this.chain.then(() => this.run(job.id, files)).catch(() => undefined);
    return store.getJob(job.id) as Job;
  }

  /** Resolves once every queued job has finished (tests and shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private async run(id: string, files: UploadedFile[]): Promise<void> {
    const store = this.state.store;
    store.updateJob(id, { status: 'running', message: 'read' });
    let lastPhase = '';
    try {
      const inputs: AnalyzeInput[] = files.map((f) => ({ name: f.name, bytes: f.bytes }));
      const result = await this.analyze({
        inputs, store,
        onProgress: (p) => {
          if (p.phase !== lastPhase || p.done % PROGRESS_EVERY === 0 || p.done === p.total) {
            lastPhase = p.phase;
            store.updateJob(id, { message: p.phase, done: p.phase === 'analyse' ? p.done : 0, total: p.phase === 'analyse' ? p.total : files.length });
          }
        },
      });
      this.state.invalidate();
      const names = new Set(files.map((f) => f.name));
      const documents = result.dossier.documents.filter((d) => names.has(d.source) || [...names].some((n) => d.source.endsWith(`/${n}`) || d.source.endsWith(`:${n}`))).map(docBrief);
      store.updateJob(id, {
        status: 'done', message: 'done', done: result.added + result.alreadyStored, total: result.read,
        result: { read: result.read, added: result.added, alreadyStored: result.alreadyStored, warnings: result.warnings.slice(0, MAX_JOB_WARNINGS), documents },
      });
    } catch (err) {
      store.updateJob(id, { status: 'failed', message: err instanceof Error ? err.message.slice(0, 500) : 'ingest failed' });
    }
  }
}
