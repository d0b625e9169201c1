/** The OpenAPI 3.1 document served at /openapi.json, written by hand to match the routes. */
import { DEFAULT_LIMIT, MAX_BODY_BYTES, MAX_LIMIT, MAX_UPLOAD_FILES, STORY_CLAIMS_PAGE } from './constants.ts';

type Json = Record<string, unknown>;
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const arr = (items: Json): Json => ({ type: 'array', items });
const obj = (properties: Json, required = Object.keys(properties)): Json => ({ type: 'object', properties, required });
const q = (name: string, schema: Json, description: string, required = false): Json => ({ name, in: 'query', required, schema, description });
const idPath = { name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 200 } };
const paging = [q('limit', { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }, 'page size'), q('offset', { type: 'integer', minimum: 0, default: 0 }, 'items to skip')];
const storyQ = q('storyId', str, 'only items in this story');
const errors = { 400: { $ref: '#/components/responses/Error' }, 404: { $ref: '#/components/responses/Error' }, 504: { $ref: '#/components/responses/Error' } };
const ok = (schema: Json, description = 'OK'): Json => ({ 200: { description, content: { 'application/json': { schema } } }, ...errors });
const pageOf = (item: Json): Json => ({ allOf: [ref('Page'), obj({ items: arr(item) }, ['items'])] });
const list = (summary: string, item: Json, extra: Json[] = []): Json => ({ get: { summary, parameters: [...extra, ...paging], responses: ok(pageOf(item)) } });
const one = (summary: string, schema: Json): Json => ({ get: { summary, parameters: [idPath], responses: ok(schema) } });
const oneWith = (extra: Json[], summary: string, schema: Json): Json => ({ get: { summary, parameters: [idPath, ...extra], responses: ok(schema) } });

const span = obj({ documentId: str, start: int, end: int });
const excerpt = obj({ documentId: str, outlet: str, start: int, end: int, before: str, span: str, after: str });
/** A span in another document, named by its outlet. */
const elsewhere = obj({ documentId: str, outlet: str, start: int, end: int, role: { enum: ['support', 'conflict'] } }, ['documentId', 'outlet', 'start', 'end']);

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Triangulate API', version: '1', description: 'Read a dossier built from news articles, and add articles. Offsets are UTF-16 character offsets into the document\'s cleaned text. Write endpoints need `Authorization: Bearer <token>` when the server was started with a token (always, off loopback).' },
    paths: {
      '/api/status': { get: { summary: 'Store and dossier status', responses: ok(obj({ ready: { type: 'boolean' }, documentCount: int, generatedAt: nstr, storyCount: int })) } },
      '/api/stories': list('Stories with counts; q searches titles and full text', ref('StorySummary'), [q('q', { type: 'string', maxLength: 200 }, 'search text')]),
      '/api/stories/{id}': oneWith([q('claimOffset', { type: 'integer', minimum: 0, default: 0 }, 'claims (and matrix rows) to skip, weightiest first'), q('claimLimit', { type: 'integer', minimum: 1, maximum: STORY_CLAIMS_PAGE, default: STORY_CLAIMS_PAGE }, 'claims per page')], 'One story\'s dossier slice: documents, timeline, entity graph, quote ledger, claims (contested, then corroborated, then single-source), source matrix, flags', ref('StorySlice')),
      '/api/documents': list('Documents (without text)', ref('DocumentBrief'), [storyQ, q('outlet', str, 'only this outlet')]),
      '/api/documents/{id}': one('One document with its cleaned text and every entity, quote, claim and event span', ref('DocumentView')),
      '/api/entities': list('Entities, most mentioned first', ref('EntityBrief'), [storyQ, q('q', str, 'name or alias contains'), q('type', { enum: ['person', 'organization', 'place', 'other'] }, 'entity type')]),
      '/api/entities/{id}': one('One entity: aliases, roles over time (raw and grouped by title), its statements, events, and the articles mentioning it', ref('EntityView')),
      '/api/quotes': list('Quotes', ref('Quote'), [storyQ, q('speakerId', str, 'speaker entity'), q('documentId', str, 'document'), q('statementId', str, 'statement')]),
      '/api/statements': list('Quote ledger: statements with wording variants and outlets', ref('LedgerRow'), [storyQ]),
      '/api/statements/{id}': one('One statement across sources', obj({ id: str, text: str, ledger: ref('LedgerRow') })),
      '/api/events': list('Timeline events, earliest first (undated last)', ref('Event'), [storyQ]),
      '/api/claims': list('Claims', ref('Claim'), [storyQ, q('status', { enum: ['corroborated', 'single-source', 'contested'] }, 'claim status')]),
      '/api/claims/{id}': one('One claim with excerpts of its support and conflicts', ref('ClaimDetail')),
      '/api/flags': list('Flags, each with the outlet, title and first span of every document it names', ref('FlagView'), [storyQ, q('kind', str, 'flag kind')]),
      '/api/search': { get: { summary: 'Full-text search over documents and quotes (SQLite FTS5)', parameters: [q('q', { type: 'string', minLength: 1, maxLength: 200 }, 'search text', true), ...paging], responses: ok(pageOf(ref('SearchHit'))) } },
      '/api/ingest': {
        post: {
          summary: 'Add articles; processed in the background', security: [{ bearer: [] }],
          requestBody: { required: true, content: {
            'multipart/form-data': { schema: obj({ files: arr({ type: 'string', format: 'binary' }) }) },
            'application/json': { schema: obj({ articles: { type: 'array', minItems: 1, maxItems: MAX_UPLOAD_FILES, items: obj({ name: str, content: str }) } }) },
          } },
          responses: { 202: { description: 'Job queued', content: { 'application/json': { schema: obj({ job: ref('Job'), href: str }) } } }, 400: { $ref: '#/components/responses/Error' }, 401: { $ref: '#/components/responses/Error' }, 413: { description: `Body over ${MAX_BODY_BYTES} bytes or over ${MAX_UPLOAD_FILES} files` }, 415: { $ref: '#/components/responses/Error' } },
        },
      },
      '/api/jobs/{id}': one('Ingest job progress', ref('Job')),
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: { Error: { description: 'Error', content: { 'application/json': { schema: ref('Error') } } } },
      schemas: {
        Error: obj({ error: obj({ code: str, message: str, issues: arr(obj({ path: str, message: str })) }, ['code', 'message']) }),
        Page: obj({ total: int, limit: int, offset: int }),
        Span: span, Excerpt: excerpt,
        StorySummary: obj({ id: str, title: str, dateRange: obj({ from: nstr, to: nstr }), documentCount: int, outletCount: int, quoteCount: int, claimCount: int, entityCount: int, eventCount: int, flagCount: int }),
        DocumentBrief: obj({ id: str, title: str, outlet: nstr, source: str, publishedAt: nstr, storyId: nstr, duplicateOf: nstr, language: str }),
        DocumentView: obj({ document: { type: 'object' }, story: { type: ['object', 'null'] }, spans: arr(obj({ kind: { enum: ['entity', 'quote', 'claim', 'event'] }, id: str, start: int, end: int, label: str, role: { enum: ['support', 'conflict'] } }, ['kind', 'id', 'start', 'end', 'label'])), entities: arr({ type: 'object' }), quotes: arr({ allOf: [ref('QuoteBrief'), obj({ elsewhere: arr(elsewhere) })] }), claims: arr(obj({ id: str, text: str, status: str, storyId: nstr, elsewhere: arr(elsewhere) })), events: arr(obj({ id: str, type: str, summary: str, date: { type: ['object', 'null'] } })), flags: arr(ref('FlagView')), related: arr(ref('DocumentBrief')) }),
        EntityBrief: obj({ id: str, type: str, name: str, aliases: arr(str), mentionCount: int }),
        Quote: obj({ id: str, documentId: str, text: str, start: int, end: int, speakerId: nstr, speakerText: nstr, statementId: nstr }),
        LedgerRow: obj({ statementId: nstr, speaker: { type: ['object', 'null'] }, speakerText: nstr, outletCount: int, variants: arr(obj({ text: str, fragment: { type: 'boolean' }, quotes: arr(ref('QuoteBrief')) })) }),
        Event: obj({ id: str, type: str, summary: str, date: { type: ['object', 'null'] }, participantIds: arr(str), placeId: nstr, evidence: arr(span) }),
        Claim: obj({ id: str, text: str, status: { enum: ['corroborated', 'single-source', 'contested'] }, support: arr(span), conflicts: arr(span) }),
        Flag: obj({ kind: str, documentIds: arr(str), message: str, evidence: arr(span) }, ['kind', 'documentIds', 'message']),
        FlagView: { allOf: [ref('Flag'), obj({ readable: str, sources: arr(obj({ documentId: str, outlet: str, title: str, start: { type: ['integer', 'null'] }, end: { type: ['integer', 'null'] } })) })] },
        ClaimDetail: obj({ id: str, text: str, status: { enum: ['corroborated', 'single-source', 'contested'] }, independentSources: int, storyId: nstr, support: arr(ref('Excerpt')), conflicts: arr(ref('Excerpt')) }, ['id', 'text', 'status', 'support', 'conflicts']),
        EntityView: obj({
          entity: obj({ id: str, type: str, name: str, aliases: arr(str), linkedIds: arr(str), mentionCount: int }),
          roles: arr(obj({ role: str, date: nstr, documentId: str, start: int, end: int, excerpt: ref('Excerpt') })),
          roleHistory: arr(obj({ role: str, from: nstr, to: nstr, documents: int, evidence: arr(ref('Excerpt')) })),
          quotes: arr(ref('QuoteBrief')), ledger: arr(ref('LedgerRow')),
          documents: arr({ allOf: [ref('DocumentBrief'), obj({ mentions: int, first: ref('Excerpt') })] }),
          stories: arr(obj({ id: str, title: str })),
          events: arr(obj({ id: str, type: str, summary: str, date: { type: ['object', 'null'] }, evidence: arr(ref('Excerpt')) })),
        }),
        QuoteBrief: obj({ id: str, documentId: str, outlet: str, title: str, start: int, end: int, text: str, speakerId: nstr, speakerText: nstr, statementId: nstr, partial: { type: 'boolean' } }),
        SearchHit: obj({ kind: { enum: ['document', 'quote'] }, id: str, documentId: str, snippet: str, title: str, outlet: nstr, storyId: nstr, start: { type: ['integer', 'null'] }, end: { type: ['integer', 'null'] } }),
        StorySlice: obj({ story: { type: 'object' }, totals: obj({ claims: int, claimOffset: int, claimLimit: int, singleSource: int, events: int, statements: int }), summary: ref('StorySummary'), documents: arr(ref('DocumentBrief')), timeline: arr({ type: 'object' }), entities: arr({ type: 'object' }), graph: obj({ nodes: arr({ type: 'object' }), edges: arr(obj({ source: str, target: str, weight: int })) }), ledger: arr(ref('LedgerRow')), claims: arr(ref('ClaimDetail')), matrix: obj({ outlets: arr(str), rows: arr(obj({ claim: { type: 'object' }, cells: arr({ enum: ['supports', 'silent', 'contradicts'] }) })) }), flags: arr(ref('FlagView')) }),
        Job: obj({ id: str, status: { enum: ['queued', 'running', 'done', 'failed'] }, total: int, done: int, message: nstr, result: {}, createdAt: str, updatedAt: str }),
      },
    },
  };
}
