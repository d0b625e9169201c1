/** Upload articles (files or pasted text) and watch the background job. */
import { ApiError, get, post, type Job } from '../_api.ts';
import { append, enc, h, link } from '../_dom.ts';
import { docHref, plural } from '../_common.ts';
import type { Route } from '../_router.ts';

/** Poll interval for job progress (ms). */
const POLL_MS = 400;
const TOKEN_KEY = 'triangulate-token';
/** The server's body cap (25 MB), checked here first so a too-big upload is refused before it is sent. */
const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** What each pipeline phase means to the person waiting. */
const PHASES: Record<string, string> = {
  queued: 'Waiting for the previous upload to finish',
  read: 'Reading the files',
  analyse: 'Analysing articles',
  corpus: 'Cross-checking with the stories already stored',
  write: 'Saving the dossier',
  done: 'Done',
};

function statusLine(job: Job): string {
  if (job.status === 'failed') return `Failed: ${job.message ?? 'the ingest stopped'}. Check the files and try again.`;
  if (job.status === 'done') return 'Done';
  const phase = PHASES[job.message ?? ''] ?? job.message ?? 'Working';
  return job.message === 'analyse' && job.total ? `${phase}: ${job.done} of ${job.total}` : `${phase}…`;
}

function progressView(job: Job): HTMLElement {
  const pct = job.total ? Math.round((100 * job.done) / job.total) : 0;
  const r = job.result;
  return h('div', { class: `job job-${job.status}`, id: 'job', 'data-status': job.status },
    h('p', null, h('b', null, statusLine(job))),
    h('progress', { max: 100, value: job.status === 'done' ? 100 : pct, 'aria-label': 'Progress' }),
    r ? h('div', null,
      h('p', null, `${plural(r.read, 'article')} read · ${r.added} new · ${r.alreadyStored} already stored`),
      r.documents.length ? h('ul', { class: 'plain', id: 'job-docs' }, r.documents.map((d) => h('li', null, link(docHref(d.id), d.title || d.source),
        d.storyId ? h('span', { class: 'meta' }, ' · ', link(`#/story/${enc(d.storyId)}`, 'its story')) : null))) : null,
      r.warnings.length ? [h('p', null, 'Some input was skipped:'), h('ul', { class: 'warnings' }, r.warnings.map((w) => h('li', null, `${w.source}: ${w.reason}`)))] : null,
      r.read && !r.documents.length && !r.alreadyStored ? h('p', { class: 'error' }, 'No article could be read from these files.') : null,
      h('p', null, link('#/', 'Back to stories'))) : null);
}

export async function uploadPage(_route: Route, main: HTMLElement): Promise<void> {
  document.title = 'Upload — Triangulate';
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const files = h('input', { type: 'file', name: 'files', id: 'files', multiple: true, accept: '.txt,.md,.html,.htm,.json,.jsonl,.ndjson,.gz', 'aria-describedby': 'files-help' });
  const name = h('input', { type: 'text', id: 'paste-name', value: 'pasted.txt', 'aria-label': 'Name of the pasted article' });
  const paste = h('textarea', { id: 'paste', rows: 8, placeholder: 'Or paste an article here (plain text)…', 'aria-label': 'Article text' });
  const token = h('input', { type: 'password', id: 'token', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) ?? '', 'aria-label': 'Access token' });

  const watch = async (id: string): Promise<void> => {
    for (;;) {
      const job = await get<Job>(`/api/jobs/${enc(id)}`);
      status.replaceChildren(progressView(job));
      if (job.status === 'done' || job.status === 'failed') return;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const form = new FormData();
    let count = 0;
    for (const f of Array.from(files.files ?? [])) { form.append('files', f, f.name); count++; }
    if (paste.value.trim()) { form.append('files', new File([paste.value], name.value.trim() || 'pasted.txt', { type: 'text/plain' })); count++; }
    if (!count) { status.replaceChildren(h('p', { class: 'error' }, 'Choose a file or paste some text first.')); return; }
    const bytes = Array.from(files.files ?? []).reduce((n, f) => n + f.size, 0) + paste.value.length;
    if (bytes > MAX_UPLOAD_BYTES) { status.replaceChildren(h('p', { class: 'error' }, `That is ${Math.ceil(bytes / 1024 / 1024)} MB; one upload takes at most 25 MB. Send the files in several uploads.`)); return; }
    if (token.value) sessionStorage.setItem(TOKEN_KEY, token.value);
    status.replaceChildren(h('p', null, 'Uploading…'));
    // One upload at a time from this page; the progress panel is brought into view (it sits below the form).
    button.disabled = true;
    status.scrollIntoView({ block: 'nearest' });
    try {
      const res = await post<{ job: Job }>('/api/ingest', form, token.value || undefined);
      await watch(res.job.id);
      files.value = '';
      paste.value = '';
    } catch (err) {
      const hint = err instanceof ApiError && err.status === 401 ? ' Enter the access token the server was started with (under “Access token”).' : '';
      status.replaceChildren(h('p', { class: 'error' }, err instanceof ApiError ? `${err.message}.${hint}` : 'Upload failed: the server could not be reached. Check that it is running and try again.'));
    } finally {
      button.disabled = false;
    }
  };
  const button = h('button', { type: 'submit', id: 'upload-btn' }, 'Upload and analyse');

  append(main, [
    h('h1', null, 'Add articles'),
    h('form', { class: 'upload', onsubmit: (e: Event) => void submit(e) },
      h('label', { for: 'files' }, 'Article files'), files,
      h('p', { class: 'meta', id: 'files-help' }, 'Plain text, Markdown, HTML, JSON or JSONL (one article per line), or gzip of any of them. Up to 200 files and 25 MB per upload.'),
      h('label', { for: 'paste' }, 'Or paste text'), paste,
      h('label', { for: 'paste-name' }, 'Name for pasted text'), name,
      h('details', null, h('summary', null, 'Access token (only when the server asks for one)'), token),
      button),
    status,
  ]);
}
