/** Same-origin JSON API client. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export async function get<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

export async function post<T>(path: string, body: FormData | object, token?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (!(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  return parse<T>(await fetch(path, { method: 'POST', headers, body: body instanceof FormData ? body : JSON.stringify(body), credentials: 'same-origin' }));
}

export interface Page<T> { items: T[]; total: number; limit: number; offset: number }
export interface Span { documentId: string; start: number; end: number }
export interface Excerpt extends Span { outlet: string; before: string; span: string; after: string }
/** A span in another document, named by its outlet. */
export interface Elsewhere extends Span { outlet: string; role?: 'support' | 'conflict' }
export interface StorySummary {
  id: string; title: string; dateRange: { from: string | null; to: string | null };
  documentCount: number; outletCount: number; quoteCount: number; claimCount: number; entityCount: number; eventCount: number; flagCount: number;
}
export interface DocBrief { id: string; title: string; outlet: string | null; source: string; publishedAt: string | null; storyId: string | null; duplicateOf: string | null }
export interface QuoteBrief { id: string; documentId: string; outlet: string; title: string; start: number; end: number; text: string; speakerId: string | null; speakerText: string | null; statementId: string | null; partial: boolean }
export interface LedgerRow { statementId: string | null; speaker: { id: string; name: string } | null; speakerText: string | null; outletCount: number; variants: { text: string; fragment: boolean; quotes: QuoteBrief[] }[] }
export interface Flag { kind: string; documentIds: string[]; message: string; readable: string; sources: { documentId: string; outlet: string; title: string; start: number | null; end: number | null }[] }
export type Cell = 'supports' | 'silent' | 'contradicts';
export interface ClaimView { id: string; text: string; status: string; support: Excerpt[]; conflicts: Excerpt[]; independentSources?: number }
export interface TimelineItem { id: string; type: string; summary: string; date: { value: string; precision: string } | null; participants: { id: string; name: string }[]; evidence: Excerpt[] }
export interface StorySlice {
  story: { id: string; title: string; documentIds: string[] };
  totals: { claims: number; claimOffset: number; claimLimit: number; singleSource: number; events: number; statements: number };
  summary: StorySummary | null;
  documents: DocBrief[];
  timeline: TimelineItem[];
  entities: { id: string; name: string; type: string; mentionCount: number }[];
  graph: { nodes: { id: string; name: string; type: string; weight: number }[]; edges: { source: string; target: string; weight: number }[] };
  ledger: LedgerRow[];
  claims: ClaimView[];
  matrix: { outlets: string[]; rows: { claim: { id: string; text: string; status: string }; cells: Cell[] }[] };
  flags: Flag[];
}
export interface DocSpan { kind: 'entity' | 'quote' | 'claim' | 'event'; id: string; start: number; end: number; label: string; role?: 'support' | 'conflict' }
export interface DocumentView {
  document: DocBrief & { text: string; byline: string | null; language: string; url?: string | null };
  story: { id: string; title: string } | null;
  spans: DocSpan[];
  entities: { id: string; name: string; type: string }[];
  quotes: (QuoteBrief & { elsewhere: Elsewhere[] })[];
  claims: { id: string; text: string; status: string; storyId: string | null; elsewhere: Elsewhere[] }[];
  events: { id: string; type: string; summary: string; date: { value: string } | null }[];
  flags: Flag[];
  related: DocBrief[];
}
export interface EntityView {
  entity: { id: string; type: string; name: string; aliases: string[]; linkedIds: string[]; mentionCount: number };
  roles: { role: string; date: string | null; documentId: string; start: number; end: number; excerpt: Excerpt }[];
  roleHistory: { role: string; from: string | null; to: string | null; documents: number; evidence: Excerpt[] }[];
  quotes: QuoteBrief[];
  ledger: LedgerRow[];
  documents: (DocBrief & { mentions: number; first: Excerpt })[];
  stories: { id: string; title: string }[];
  events: { id: string; type: string; summary: string; date: { value: string } | null; evidence: Excerpt[] }[];
}
export interface SearchHit { kind: 'document' | 'quote'; id: string; documentId: string; snippet: string; title: string; outlet: string | null; storyId: string | null; start: number | null; end: number | null }
export interface Job { id: string; status: 'queued' | 'running' | 'done' | 'failed'; total: number; done: number; message: string | null; result: { read: number; added: number; alreadyStored: number; warnings: { source: string; reason: string }[]; documents: DocBrief[] } | null }
