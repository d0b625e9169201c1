/** Write API: ingest by multipart upload or JSON body, processed in the background; job progress. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { apiError, idParam, invalid, notFound } from './_http.ts';
import type { JobRunner, UploadedFile } from './_jobs.ts';
import { requireToken } from './_security.ts';
import type { ServerState } from './_state.ts';
import { MAX_BODY_BYTES, MAX_UPLOAD_FILES } from './constants.ts';
import { PATTERNS } from './patterns.ts';

/** Longest accepted file name; the name only chooses the format and labels the source. */
const MAX_NAME_CHARS = 200;

/** Keep the base name only, with no control characters: the name becomes the document's source label. */
export function safeName(name: string, fallback: string): string {
  const base = name.split(PATTERNS.pathSep).pop() ?? '';
  const clean = base.replace(PATTERNS.control, '').trim().slice(-MAX_NAME_CHARS);
  return clean && clean !== '.' && clean !== '..' ? clean : fallback;
}

const JSON_SHAPE = 'send {"articles": [{"name": "a.txt", "content": "the article text"}]}';

const JsonIngest = z.object({
  articles: z.array(z.object({
    name: z.string({ error: 'name must be a file name such as a.txt or a.html (it chooses the format)' }).min(1, 'name must not be empty').max(MAX_NAME_CHARS, `name must be at most ${MAX_NAME_CHARS} characters`),
    content: z.string({ error: 'content must be the article text as a string' }),
  }), { error: `articles is missing: ${JSON_SHAPE}` }).min(1, 'articles must hold at least one article').max(MAX_UPLOAD_FILES, `at most ${MAX_UPLOAD_FILES} articles per request`),
}, { error: JSON_SHAPE });

async function filesFromMultipart(req: Request): Promise<UploadedFile[]> {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw apiError(400, 'invalid_request', 'the multipart body could not be read');
  }
  const files: UploadedFile[] = [];
  const values: File[] = [];
  form.forEach((value) => { if (typeof value !== 'string') values.push(value); });
  for (const value of values) {
    if (files.length >= MAX_UPLOAD_FILES) throw apiError(413, 'too_many_files', `at most ${MAX_UPLOAD_FILES} files per upload`);
    files.push({ name: safeName(value.name, `upload-${files.length + 1}.txt`), bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return files;
}

async function filesFromJson(req: Request): Promise<UploadedFile[]> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw apiError(400, 'invalid_json', `the body is not valid JSON: ${JSON_SHAPE}`);
  }
  const r = JsonIngest.safeParse(body);
  if (!r.success) throw invalid(r.error);
  const enc = new TextEncoder();
  return r.data.articles.map((a, i) => ({ name: safeName(a.name, `article-${i + 1}.txt`), bytes: enc.encode(a.content) }));
}

export function writeRoutes(state: ServerState, jobs: JobRunner, token: string | undefined): Hono {
  const app = new Hono();
  const mb = Math.round(MAX_BODY_BYTES / 1024 / 1024);
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => { throw apiError(413, 'payload_too_large', `the upload is over ${mb} MB (${MAX_BODY_BYTES} bytes): send the files in several uploads`); } });

  app.post('/ingest', requireToken(token), limit, async (c) => {
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    let files: UploadedFile[];
    if (type.startsWith('multipart/form-data')) files = await filesFromMultipart(c.req.raw);
    else if (type.startsWith('application/json')) files = await filesFromJson(c.req.raw);
    else throw apiError(415, 'unsupported_media_type', 'send multipart/form-data files or an application/json body {articles:[{name,content}]}');
    if (!files.length) throw apiError(400, 'invalid_request', 'no files in the request');
    const job = jobs.submit(files);
    return c.json({ job, href: `/api/jobs/${job.id}` }, 202, { Location: `/api/jobs/${job.id}` });
  });

  app.get('/jobs/:id', (c) => {
    const id = idParam(c);
    const job = state.store.getJob(id);
    if (!job) throw notFound('job', id);
    return c.json(job);
  });

  return app;
}
