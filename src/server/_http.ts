/** JSON errors and zod-validated request input. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { PATTERNS } from './patterns.ts';
import { DEFAULT_LIMIT, MAX_ID_CHARS, MAX_LIMIT, MAX_QUERY_CHARS } from './constants.ts';

export interface ApiError { error: { code: string; message: string; issues?: { path: string; message: string }[] } }

export function apiError(status: 400 | 401 | 404 | 408 | 409 | 413 | 415 | 500 | 503 | 504, code: string, message: string, issues?: ApiError['error']['issues']): HTTPException {
  const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return new HTTPException(status, { res: new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } }) });
}

export const notFound = (what: string, id: string): HTTPException => apiError(404, 'not_found', `no ${what} with id ${JSON.stringify(id.slice(0, MAX_ID_CHARS))}`);

/** A whole number from `min` to `max` given as a query string, with one message that says what to send. */
export const intParam = (name: string, def: number, min: number, max: number) => {
  const says = max === Number.MAX_SAFE_INTEGER ? `${name} must be a whole number, ${min} or more` : `${name} must be a whole number from ${min} to ${max}`;
  return z.string().trim()
    .refine((v) => PATTERNS.digits.test(v) && Number(v) >= min && Number(v) <= max, says)
    .transform(Number).optional().transform((n) => n ?? def);
};

export const PageQuery = z.object({
  limit: intParam('limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
  offset: intParam('offset', 0, 0, Number.MAX_SAFE_INTEGER),
});

export const SearchText = z.string().trim().max(MAX_QUERY_CHARS, `the search text must be at most ${MAX_QUERY_CHARS} characters`);
export const IdParam = z.string().min(1, 'an id must not be empty').max(MAX_ID_CHARS, `an id must be at most ${MAX_ID_CHARS} characters`);

/** Parse `c.req.query()` with `schema`, or answer 400 with every issue. */
export function query<T extends z.ZodTypeAny>(c: Context, schema: T): z.infer<T> {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw invalid(r.error);
  return r.data;
}

export function invalid(err: z.ZodError): HTTPException {
  const issues = err.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return apiError(400, 'invalid_request', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), issues);
}

export function idParam(c: Context, name = 'id'): string {
  const r = IdParam.safeParse(c.req.param(name));
  if (!r.success) throw apiError(400, 'invalid_request', `${name} must be 1-${MAX_ID_CHARS} characters`);
  return r.data;
}
