/**
 * The timeline on real coverage (issue 6): every GVC val + test document run together through
 * clean → analyse → corpus (story clustering and cross-document merging included), scored against
 * our hand-labelled incident dates (eval/_timeline-gvc-incidents.json; val = dev, test = held).
 * (a) per document: is the shooting its lead reports (the attack/death event of the first sentence
 *     that tells of a shooting) dated to the labelled day, year included; misses get a cause;
 * (b) per incident: does the timeline hold an attack/death on the labelled day with evidence from
 *     the incident's documents; do their leads fall into one timeline event per type; how many
 *     events mix two incidents;
 * (c) shooting events dated after their document's creation day (impossible) or more than 31 days
 *     before it (suspicious), in the documents and in the timeline.
 * Usage: npx tsx eval/_timeline-gvc.ts [--json] [--misses]   (misses of the dev split only)
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { DateValue, Dossier, DossierEvent } from '../src/contract/dossier.ts';
import type { AnalysedDocument, DocAnalysis, EventMention, RawArticle, Span } from '../src/contract/pipeline.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { analyseDocument } from '../src/analyse/index.ts';
import { buildDossier } from '../src/corpus/index.ts';
import { loadGvc } from './_gvc.ts';

type Split = 'dev' | 'held';
export interface DocException { doc: string; date: string | null; why: string }
export interface Incident { split: Split; incident: string; date: string | null; precision: 'day' | 'month' | 'unknown'; docs: string[]; note: string; docExceptions?: DocException[] }

/** Event types that report a shooting: the lexicon's attack ("shot", "shooting", "killed") and death ("found dead"). */
export const SHOOTING_TYPES = new Set(['attack', 'death']);
/** A sentence telling of a shooting (eval's own definition of the lead, independent of the event lexicon). */
const SHOOTING_WORDS = /\b(shot|shoot(?:s|ing|ings)?|gunfire|gunshots?|gunman|killed|kills?|dead|died|dies|deaths?|murder|homicide|bodies|fired|discharged|went off)\b/i;
/** A rough sentence of the uncleaned body, to see whether cleaning dropped the lead. */
const RAW_SENTENCE = /[^.!?\n]+[.!?]*/g;
/** Characters of the raw lead looked for in the cleaned text. */
const LEAD_PROBE_CHARS = 40;
/** More than this many days before its document, a shooting event is suspicious (a follow-up a month on is the most we saw). */
export const SUSPICIOUS_DAYS = 31;
const DAY_MS = 86_400_000;

/** Day distance b − a between two ISO days. */
const dayDiff = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** The last day a date value may stand for ("2016-06" → "2016-06-30"). */
function lastDay(d: DateValue): string {
  if (d.precision === 'day') return d.value;
  if (d.precision === 'month') {
    const [y, m] = d.value.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return `${d.value}-12-31`;
}

/** The first day a date value may stand for. */
const firstDay = (d: DateValue): string => (d.precision === 'day' ? d.value : d.precision === 'month' ? `${d.value}-01` : `${d.value}-01-01`);

/** Is an event date impossible (after the document's creation day) or suspicious (over 31 days before it)? */
export function outOfRange(date: DateValue, created: string): 'after' | 'early' | null {
  if (firstDay(date) > created) return 'after';
  if (dayDiff(lastDay(date), created) > SUSPICIOUS_DAYS) return 'early';
  return null;
}

/** The first sentence that tells of a shooting. */
export function leadSentence(text: string, sentences: Span[]): Span | null {
  return sentences.find((s) => SHOOTING_WORDS.test(text.slice(s.start, s.end))) ?? null;
}

const inside = (e: Span, s: Span): boolean => e.start < s.end && e.end > s.start;

export type Lead = { kind: 'found'; event: EventMention } | { kind: 'type wrong'; types: string[] } | { kind: 'event not found' };

const onDay = (d: DateValue | null, day: string): boolean => d?.precision === 'day' && d.value === day;

/**
 * The shooting event of the lead sentence (when the sentence holds several, "dead after a shooting",
 * the one on the expected day, else a dated one); else what the sentence holds instead.
 */
export function leadEvent(lead: Span | null, events: EventMention[], expected: string | null): Lead {
  if (!lead) return { kind: 'event not found' };
  const there = events.filter((e) => e.evidence.some((s) => inside(s, lead)));
  const shooting = there.filter((e) => SHOOTING_TYPES.has(e.type)).sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  const best = shooting.find((e) => expected && onDay(e.date, expected)) ?? shooting.find((e) => e.date) ?? shooting[0];
  if (best) return { kind: 'found', event: best };
  return there.length ? { kind: 'type wrong', types: [...new Set(there.map((e) => e.type))] } : { kind: 'event not found' };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Does a sentence name this day, by weekday ("late Friday") or month and day ("Aug. 1", "September 11th")? */
export function namesDay(sentence: string, day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = new RegExp(`\\b${WEEKDAYS[d.getUTCDay()]}\\b`, 'i');
  const monthDay = new RegExp(`\\b${MONTHS[d.getUTCMonth()]}[a-z]*\\.? ${d.getUTCDate()}(?:st|nd|rd|th)?\\b`, 'i');
  return weekday.test(sentence) || monthDay.test(sentence);
}

/** Did cleaning drop the body's first sentence that tells of a shooting, the one that names its day? */
export function leadDropped(body: string, cleaned: string, expected: string): boolean {
  const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();
  const first = (body.match(RAW_SENTENCE) ?? []).find((s) => SHOOTING_WORDS.test(s));
  return !!first && namesDay(first, expected) && !squash(cleaned).includes(squash(first).slice(0, LEAD_PROBE_CHARS));
}

export type DocCause = 'right' | 'undated' | 'document date changed' | 'wrong mention attached' | 'date mention resolved wrong' | 'type wrong' | 'event not found' | 'lead dropped by clean';

/** Why a document's lead shooting is not on the expected day (or 'right'). */
export function docCause(lead: Lead, expected: string, analysis: Pick<DocAnalysis, 'publishedAt' | 'dates'>, created: string, dropped = false): DocCause {
  if (lead.kind === 'found' && onDay(lead.event.date, expected)) return 'right';
  if (dropped) return 'lead dropped by clean';
  if (lead.kind !== 'found') return lead.kind;
  const d = lead.event.date;
  if (!d) return 'undated';
  if (analysis.publishedAt?.slice(0, 10) !== created) return 'document date changed';
  // The document reads the labelled day somewhere, but the event took another mention.
  if (analysis.dates.some((m) => m.date.precision === 'day' && m.date.value === expected)) return 'wrong mention attached';
  return 'date mention resolved wrong';
}

function loadIncidents(): Incident[] {
  const path = new URL('./_timeline-gvc-incidents.json', import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { incidents: Incident[] }).incidents;
}

/** A GVC document as the ingest stage makes a JSON article ({title, text, date}), keeping the corpus id. */
function raw(d: { id: string; title: string; text: string; publishedAt: string | null }): RawArticle {
  return { id: d.id, source: `gvc/${d.id}`, format: 'text', content: d.text, hints: { title: d.title, ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}) } };
}

interface DocRow {
  id: string; incident: string; expected: string; cause: DocCause; got: string; timeline: string; leadText: string; dates: string;
  /** Any attack/death event of the document is on the expected day. */
  anyOnDay: boolean;
}
interface SplitScores {
  docs: number; right: number; anyOnDay: number; causes: Record<string, number>;
  /** The timeline event holding the lead mention is on the expected day; merged wrong = the document had it right, the timeline not. */
  rightInTimeline: number; mergedWrong: number; repairedByMerge: number;
  incidents: number; incidentsOnDay: number; incidentsOneEventOnDay: number; fragments: number; leadTypes: number; splitSameDay: number;
  /** Timeline attack/death events with evidence from this split that mix documents of two incidents. */
  crossIncidentEvents: number; crossIncidentNotes: string[];
  docEventsAfter: number; docEventsEarly: number; timelineEventsAfter: number; timelineEventsEarly: number;
  rows: DocRow[]; incidentMisses: string[]; fragmentNotes: string[]; rangeNotes: string[];
}

const emptyScores = (): SplitScores => ({ docs: 0, right: 0, anyOnDay: 0, causes: {}, rightInTimeline: 0, mergedWrong: 0, repairedByMerge: 0, incidents: 0, incidentsOnDay: 0, incidentsOneEventOnDay: 0,
  fragments: 0, leadTypes: 0, splitSameDay: 0, crossIncidentEvents: 0, crossIncidentNotes: [], docEventsAfter: 0, docEventsEarly: 0, timelineEventsAfter: 0, timelineEventsEarly: 0,
  rows: [], incidentMisses: [], fragmentNotes: [], rangeNotes: [] });

const fmt = (d: DateValue | null | undefined): string => (d ? d.value : 'undated');
const sameSpan = (a: Span, b: { documentId: string; start: number; end: number }, doc: string): boolean => b.documentId === doc && a.start === b.start && a.end === b.end;
/** Date mentions this many characters around the lead are printed with a miss. */
const MISS_CONTEXT_CHARS = 200;

interface Run { byId: Map<string, AnalysedDocument>; body: Map<string, string>; created: Map<string, string>; incidentOf: Map<string, string>; dossier: Dossier }

/** (a) One document: its lead shooting, the timeline event it fell into (same type and span: one sentence may hold an attack and a death), and the row when it has a day to be judged on. */
function judgeDoc(run: Run, id: string, incident: string, expected: string | null): { inTimeline?: DossierEvent; row?: DocRow } {
  const a = run.byId.get(id)!;
  const sentence = leadSentence(a.doc.text, a.analysis.sentences);
  const lead = leadEvent(sentence, a.analysis.events, expected);
  const inTimeline = lead.kind === 'found' ? run.dossier.events.find((e) => e.type === lead.event.type && e.evidence.some((x) => sameSpan(lead.event.evidence[0]!, x, id))) : undefined;
  if (!expected || expected.length !== 10) return { inTimeline };
  const created = run.created.get(id)!;
  const cause = docCause(lead, expected, a.analysis, created, leadDropped(run.body.get(id) ?? '', a.doc.text, expected));
  const near = sentence ? a.analysis.dates.filter((m) => m.start < sentence.end + MISS_CONTEXT_CHARS && m.end > sentence.start - MISS_CONTEXT_CHARS) : [];
  return { inTimeline, row: {
    id, incident, expected, cause, timeline: fmt(inTimeline?.date),
    got: lead.kind === 'found' ? `${lead.event.type} ${fmt(lead.event.date)}` : lead.kind === 'type wrong' ? lead.types.join('/') : '-',
    anyOnDay: a.analysis.events.some((e) => SHOOTING_TYPES.has(e.type) && onDay(e.date, expected)),
    leadText: sentence ? a.doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').slice(0, 160) : '(no shooting sentence)',
    dates: `${near.map((m) => `"${m.text}"→${m.date.value}`).join(' ')} | doc ${a.analysis.publishedAt?.slice(0, 10) ?? 'undated'} (created ${created})`,
  } };
}

function tallyDoc(s: SplitScores, row: DocRow, inTimeline: DossierEvent | undefined): void {
  s.docs++;
  s.rows.push(row);
  s.causes[row.cause] = (s.causes[row.cause] ?? 0) + 1;
  const timelineRight = !!inTimeline && onDay(inTimeline.date, row.expected);
  if (row.cause === 'right') s.right++;
  if (row.anyOnDay) s.anyOnDay++;
  if (timelineRight) s.rightInTimeline++;
  if (row.cause === 'right' && !timelineRight) s.mergedWrong++;
  if (row.cause !== 'right' && timelineRight) s.repairedByMerge++;
}

/** (b) One incident: an attack/death on its day with evidence from its documents; how many timeline events its leads fall into. */
function tallyIncident(s: SplitScores, run: Run, inc: Incident, leadEvents: Set<DossierEvent>): void {
  s.incidents++;
  const docSet = new Set(inc.docs);
  const hit = run.dossier.events.some((e) => SHOOTING_TYPES.has(e.type) && onDay(e.date, inc.date!) && e.evidence.some((x) => docSet.has(x.documentId)));
  if (hit) s.incidentsOnDay++;
  // An attack and the death it caused are two events by design: fragmentation counts within a type.
  const types = new Set([...leadEvents].map((e) => e.type));
  s.leadTypes += types.size;
  s.fragments += leadEvents.size;
  // Not merged: two timeline events of one type, both on the labelled day, hold this incident's leads.
  if ([...types].some((t) => [...leadEvents].filter((e) => e.type === t && onDay(e.date, inc.date!)).length > 1)) s.splitSameDay++;
  if (types.size && leadEvents.size === types.size && [...leadEvents].every((e) => onDay(e.date, inc.date!))) s.incidentsOneEventOnDay++;
  else s.fragmentNotes.push(`${inc.incident} ${inc.date}: leads in ${[...types].map((t) => `${t} [${[...leadEvents].filter((e) => e.type === t).map((e) => fmt(e.date)).join(', ')}]`).join(', ') || 'no timeline event'}`);
  const incidentsIn = (e: DossierEvent): Set<string | undefined> => new Set(e.evidence.map((x) => run.incidentOf.get(x.documentId)));
  if (!hit) s.incidentMisses.push(`${inc.incident} ${inc.date}: leads in ${leadEvents.size} timeline event(s) dated ${[...leadEvents].map((e) => fmt(e.date)).join(', ') || '-'}`
    + `; incidents in them: ${[...new Set([...leadEvents].flatMap((e) => [...incidentsIn(e)]))].join(', ')}`);
}

function score(run: Run, incidents: Incident[]): Record<Split, SplitScores> {
  const out: Record<Split, SplitScores> = { dev: emptyScores(), held: emptyScores() };
  for (const inc of incidents) {
    const s = out[inc.split];
    const exceptions = new Map((inc.docExceptions ?? []).map((x) => [x.doc, x.date]));
    const leadEvents = new Set<DossierEvent>();
    for (const id of inc.docs) {
      if (!run.byId.has(id)) continue;
      const expected = exceptions.has(id) ? exceptions.get(id)! : inc.date;
      const { inTimeline, row } = judgeDoc(run, id, inc.incident, expected);
      // Fragmentation counts only documents whose lead reports this incident's shooting on its day.
      if (inTimeline && inc.date && expected === inc.date) leadEvents.add(inTimeline);
      if (row) tallyDoc(s, row, inTimeline);
    }
    if (inc.precision === 'day' && inc.date) tallyIncident(s, run, inc, leadEvents);
  }
  rangeChecks([...run.byId.values()], run.dossier, run.created, run.incidentOf, out);
  return out;
}

/** (c) Shooting events dated after their document(s) or long before. */
function rangeChecks(docs: AnalysedDocument[], dossier: Dossier, created: Map<string, string>, incidentOf: Map<string, string>, out: Record<Split, SplitScores>): void {
  const splitOf = (id: string): Split => (id.startsWith('val:') ? 'dev' : 'held');
  for (const a of docs) {
    const c = created.get(a.doc.id);
    if (!c) continue;
    for (const e of a.analysis.events) {
      if (!SHOOTING_TYPES.has(e.type) || !e.date) continue;
      const r = outOfRange(e.date, c);
      if (r === 'after') out[splitOf(a.doc.id)].docEventsAfter++;
      if (r === 'early') out[splitOf(a.doc.id)].docEventsEarly++;
      if (r) out[splitOf(a.doc.id)].rangeNotes.push(`${r} ${a.doc.id} (${incidentOf.get(a.doc.id)}, created ${c}): ${e.type} ${e.date.value}${e.background ? ' [background]' : ''} "${a.doc.text.slice(e.evidence[0]!.start, e.evidence[0]!.end).slice(0, 100)}"`);
    }
  }
  for (const e of dossier.events) {
    if (!SHOOTING_TYPES.has(e.type)) continue;
    const incidents = [...new Set(e.evidence.map((x) => incidentOf.get(x.documentId) ?? '?'))].sort();
    if (incidents.length > 1) {
      for (const split of new Set(e.evidence.map((x) => splitOf(x.documentId)))) {
        out[split].crossIncidentEvents++;
        out[split].crossIncidentNotes.push(`${e.type} ${fmt(e.date)}: incidents ${incidents.join(', ')}`);
      }
    }
    if (!e.date) continue;
    const days = e.evidence.map((x) => created.get(x.documentId)).filter((x): x is string => !!x).sort();
    if (!days.length) continue;
    const split = splitOf(e.evidence[0]!.documentId);
    if (outOfRange(e.date, days.at(-1)!) === 'after') out[split].timelineEventsAfter++;
    else if (outOfRange(e.date, days[0]!) === 'early') out[split].timelineEventsEarly++;
  }
}

const ratio = (a: number, b: number): number => (b ? Math.round((a / b) * 1000) / 1000 : 0);

function figures(s: SplitScores) {
  return {
    docs: s.docs, leadOnDay: ratio(s.right, s.docs), anyShootingOnDay: ratio(s.anyOnDay, s.docs), leadOnDayInTimeline: ratio(s.rightInTimeline, s.docs),
    mergedWrong: s.mergedWrong, repairedByMerge: s.repairedByMerge, causes: s.causes,
    incidents: s.incidents, incidentOnDay: ratio(s.incidentsOnDay, s.incidents), incidentOneEventOnDay: ratio(s.incidentsOneEventOnDay, s.incidents), eventsPerIncidentType: ratio(s.fragments, s.leadTypes), incidentsSplitSameDay: s.splitSameDay,
    crossIncidentEvents: s.crossIncidentEvents,
    docEventsAfterCreation: s.docEventsAfter, docEventsOver31DaysBefore: s.docEventsEarly,
    timelineEventsAfterCreation: s.timelineEventsAfter, timelineEventsOver31DaysBefore: s.timelineEventsEarly,
  };
}

export type GvcFigures = Record<Split, ReturnType<typeof figures>>;

/** Runs the measure and prints its table (and the dev misses when asked); null when the data is absent. */
export function runGvcTimeline(showMisses: boolean): GvcFigures | null {
  const gvc = loadGvc();
  if (!gvc) {
    console.log('../shared/data/gvc not found: GVC timeline measure skipped');
    return null;
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const analysed: AnalysedDocument[] = gvc.docs.map((d) => { const doc = cleanArticle(raw(d)); return { doc, analysis: analyseDocument(doc) }; });
  // The documents the dossier shows (a page without a date re-dated from its story), as the reader sees them.
  const { dossier, docs } = buildDossier({ docs: analysed, newIds: new Set(analysed.map((d) => d.doc.id)), prior: null, generatedAt: '2000-01-01T00:00:00Z' });
  const created = new Map(gvc.docs.filter((d) => d.publishedAt).map((d) => [d.id, d.publishedAt!]));
  const run: Run = { byId: new Map(docs.map((d) => [d.doc.id, d])), body: new Map(gvc.docs.map((d) => [d.id, d.text])), created, incidentOf: gvc.gold, dossier };
  const out = score(run, loadIncidents());
  const cpu = process.cpuUsage(cpu0);
  const f: GvcFigures = { dev: figures(out.dev), held: figures(out.held) };
  const row = (label: string, k: keyof ReturnType<typeof figures>) => console.log(`  ${label.padEnd(62)}${String(f.dev[k]).padStart(8)}${String(f.held[k]).padStart(8)}`);
  console.log(`GVC timeline on real coverage: ${docs.length} documents, ${dossier.events.length} timeline events (${((performance.now() - t0) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
  console.log(`  ${''.padEnd(62)}${'dev'.padStart(8)}${'held'.padStart(8)}`);
  row('(a) documents judged', 'docs');
  row('    lead shooting dated to the labelled day', 'leadOnDay');
  row('    any attack/death of the document on that day', 'anyShootingOnDay');
  row('    the lead\'s timeline event on that day', 'leadOnDayInTimeline');
  row('    ... merged wrong (document right, timeline not)', 'mergedWrong');
  row('    ... repaired by merging (document wrong, timeline right)', 'repairedByMerge');
  row('(b) incidents judged (day labels)', 'incidents');
  row('    timeline holds an attack/death on the day', 'incidentOnDay');
  row('    ... its leads in one timeline event per type, on the day', 'incidentOneEventOnDay');
  row('    timeline events per incident and type (its leads; 1 ideal)', 'eventsPerIncidentType');
  row('    incidents split into two events of a type on the day', 'incidentsSplitSameDay');
  row('    attack/death events mixing two incidents (merged wrong)', 'crossIncidentEvents');
  row('(c) document shooting events after creation (impossible)', 'docEventsAfterCreation');
  row('    document shooting events > 31 days before creation', 'docEventsOver31DaysBefore');
  row('    timeline shooting events after creation (impossible)', 'timelineEventsAfterCreation');
  row('    timeline shooting events > 31 days before creation', 'timelineEventsOver31DaysBefore');
  console.log(`  dev causes (a): ${Object.entries(out.dev.causes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (showMisses) {
    console.log('\nDev misses (a), by cause:');
    for (const r of out.dev.rows.filter((x) => x.cause !== 'right').sort((a, b) => a.cause.localeCompare(b.cause))) {
      console.log(`  [${r.cause}] ${r.id} (${r.incident}) want ${r.expected}, doc event ${r.got}, timeline ${r.timeline}\n      lead: ${r.leadText}\n      dates: ${r.dates}`);
    }
    console.log('\nDev merged wrong (document right, its timeline event not):');
    for (const r of out.dev.rows.filter((x) => x.cause === 'right' && x.timeline !== x.expected)) console.log(`  ${r.id} (${r.incident}) want ${r.expected}, timeline ${r.timeline}`);
    console.log('\nDev timeline events mixing incidents:');
    for (const m of out.dev.crossIncidentNotes) console.log(`  ${m}`);
    console.log('\nDev misses (b):');
    for (const m of out.dev.incidentMisses) console.log(`  ${m}`);
    console.log('\nDev incidents whose leads are not one timeline event per type on the day:');
    for (const m of out.dev.fragmentNotes) console.log(`  ${m}`);
    console.log('\nDev (c):');
    for (const m of out.dev.rangeNotes) console.log(`  ${m}`);
  }
  return f;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const f = runGvcTimeline(process.argv.includes('--misses'));
  if (process.argv.includes('--json')) console.log(JSON.stringify(f ?? { skipped: 'no gvc data' }));
}
