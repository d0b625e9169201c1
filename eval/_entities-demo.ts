/** Demo gold for the entity eval: run ingest → clean → entities on one split and score it. */
import { resolve } from 'node:path';
import { ingestPaths } from '../src/ingest/index.ts';
import { cleanArticle } from '../src/clean/index.ts';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { findEntities, type Recogniser } from '../src/analyse/entities/index.ts';
import { resolveEntities } from '../src/corpus/entities/index.ts';
import { BLIND_SET_NAMES, DEV_SET_NAMES, GOLD_SETS, goldForSplit, loadDemoGold, parseFileRef, REPO_ROOT, type BlindSetName, type DemoGold, type DevSetName, type GoldSplit } from '../src/demo-gold/index.ts';
import type { AnalysedDocument, CleanDocument, DocAnalysis, RawArticle } from '../src/contract/pipeline.ts';
import { mergeScores, prf, type PRF } from './_entities-score.ts';

export interface DemoScores { aliasMentions: { found: number; total: number; recall: number }; missed: string[]; spurious: string[]; mistyped: string[]; docs: number; entities: PRF; typed: PRF; merge: PRF & { falseMerges: number }; falseMergeExamples: string[] }

function rawArticles(files: Set<string>): Map<string, RawArticle> {
  const paths = [...new Set([...files].map((f) => resolve(REPO_ROOT, parseFileRef(f).path)))];
  const out = new Map<string, RawArticle>();
  for (const ev of ingestPaths(paths)) {
    if (ev.kind !== 'file') continue;
    for (const a of ev.articles) {
      const rel = a.source.startsWith(REPO_ROOT) ? a.source.slice(REPO_ROOT.length) : a.source;
      const ref = rel.replace(/^\/+/, '');
      if (files.has(ref)) out.set(ref, a);
    }
  }
  return out;
}

export function analyseDemo(files: Set<string>, mode: Recogniser): AnalysedDocument[] {
  const out: AnalysedDocument[] = [];
  for (const [, raw] of [...rawArticles(files).entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const doc: CleanDocument = cleanArticle(raw);
    const sentences = splitSentences(doc.text);
    const { entities, mentions } = findEntities(doc, sentences, mode);
    const analysis = { documentId: doc.id, publishedAt: doc.publishedAt, sentences, entities, mentions } as unknown as DocAnalysis;
    out.push({ doc, analysis });
  }
  return out;
}

const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

const LABEL_LOOKBACK_WORDS = 6;

/** Each gold alias's gold entity; null when two gold entities share it ("the president" labels nothing). */
export function indexGoldAliases(entities: readonly { id: string; aliases: readonly string[] }[]): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const e of entities) for (const a of e.aliases) { const k = norm(a); owners.set(k, owners.has(k) && owners.get(k) !== e.id ? null : e.id); }
  return owners;
}

const POSSESSIVE_DETERMINER_BEFORE = /\b(?:his|her|its|their|our|my|your)[ \u00A0]+$/iu;
/** A genitive just before a phrase, with the word before it: "Quenmark's ", "the company’s ", "the Joneses' ". */
const GENITIVE_BEFORE = /(?:^|\s)(?:(\S+)\s+)?([\p{L}\p{N}.&-]+)(?:['’]s|s['’])[ \u00A0]+$/u;
/** Genitives of time, which own no role: "Tuesday's dam collapse", "last year's flood". */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight|day|night|morning|afternoon|evening|week|weekend|month|year|season|decade|century)$/iu;

/**
 * A possessor just before `start`: "Quenmark's", "the company’s", "its". A time is none, nor a genitive after "a", which
 * classifies the noun instead of owning it ("a children's syrup").
 */
function hasPossessorBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (POSSESSIVE_DETERMINER_BEFORE.test(before)) return true;
  const m = GENITIVE_BEFORE.exec(before);
  return !!m && !TIME_WORD.test(m[2]) && !/^an?$/iu.test(m[1] ?? '');
}

/**
 * A role description whose role a possessor names — a phrase behind a possessor with no capital, so no name in it either:
 * "Quenmark's foreign minister" is not the gold's "the foreign minister" (whoever held that role); the possessor takes the
 * place of "the". ("its port of Tarn" is Tarn all the same.)
 */
function isPossessedDescription(text: string, start: number, end: number): boolean {
  return !/\p{Lu}/u.test(text.slice(start, end)) && hasPossessorBefore(text, start);
}

/** How far past a mention a gold alias that opens with it may reach ("Quenmark's foreign minister, Odo Palmet"). */
const ALIAS_REACH_CHARS = 80;

/**
 * The gold entity of an alias that opens with `phrase` and is written out in full from `from` on: a possessed description
 * with the name after it, in apposition or as a title ("Quenmark's foreign minister, Odo Palmet"), where the gold says
 * whose role it is. Null when no such alias stands there.
 */
function ownerOfAliasStartingAt(text: string, from: number, phrase: string, owners: Map<string, string | null>): string | null {
  const written = norm(text.slice(from, from + phrase.length + ALIAS_REACH_CHARS));
  let best: { alias: string; owner: string } | null = null;
  for (const [alias, owner] of owners) {
    if (!owner || alias.length <= phrase.length || !alias.startsWith(phrase) || !written.startsWith(alias)) continue;
    if (/[\p{L}\p{N}]/u.test(written[alias.length] ?? '')) continue;
    if (!best || alias.length > best.alias.length) best = { alias, owner };
  }
  return best?.owner ?? null;
}

/**
 * The gold entity of a mention: its own text's, else the longest gold alias ending at the mention ("Mrs. Palmet").
 * A description behind a possessor is read with its possessor ("Quenmark's foreign minister"), never bare.
 */
export function goldLabel(text: string, start: number, end: number, owners: Map<string, string | null>): string | null {
  const possessed = isPossessedDescription(text, start, end);
  let from = start;
  let best = possessed ? null : owners.get(norm(text.slice(start, end))) ?? null;
  // the object of a preposition is not the head of a longer alias: "the dam" in "the operator of the dam", "the NRD" in "the head of the NRD"
  if (/\b(?:of|for|at|in|from|by|with)[ \u00A0]+(?:the[ \u00A0]+)?$/iu.test(text.slice(Math.max(0, start - 12), start))) return best;
  for (let k = 0; k < LABEL_LOOKBACK_WORDS; k++) {
    const m = /(?:^|[\s])(\S+\s+)$/u.exec(text.slice(Math.max(0, from - 60), from));
    if (!m) break;
    from -= m[1].length;
    const phrase = norm(text.slice(from, end));
    const owner = owners.get(phrase) ?? (possessed ? ownerOfAliasStartingAt(text, from, phrase, owners) : null);
    if (owner) best = owner;
  }
  return best;
}

/** A row of the demo-schema golds: the demo's two splits, the second and third development sets, the blind set. */
export const DEV_ROWS = DEV_SET_NAMES;
export type DemoRow = GoldSplit | DevSetName | BlindSetName;

/** A blind set's row: scored as a whole, its misses never listed. */
const isBlindRow = (row: DemoRow): row is BlindSetName => (BLIND_SET_NAMES as readonly string[]).includes(row);

function goldOfRow(row: DemoRow): DemoGold {
  if (row === 'dev' || row === 'heldout') return goldForSplit(loadDemoGold(), row);
  if (isBlindRow(row)) return GOLD_SETS[row].load();
  return goldForSplit(GOLD_SETS[row].load(), 'dev');
}

export function scoreDemo(split: DemoRow, mode: Recogniser): DemoScores | null {
  let gold;
  // the blind set is its own gold file; it is scored, never listed miss by miss (see aliasRecall)
  try { gold = goldOfRow(split); } catch { return null; }
  const files = new Set(gold.documents.map((d) => d.file));
  const docs = analyseDemo(files, mode);
  const res = resolveEntities(docs);
  // gold entity by alias; aliases shared by two gold entities ("the president") label nothing
  const aliasOwner = indexGoldAliases(gold.entities);
  const goldType = new Map(gold.entities.map((e) => [e.id, e.type]));
  const items: { gold: string; pred: string; text: string }[] = [];
  const votes = new Map<string, Map<string, number>>();
  for (const { doc, analysis } of docs) {
    const ids = res.globalIds.get(doc.id) ?? [];
    for (const m of analysis.mentions) {
      const pred = ids[m.entity];
      const g = goldLabel(doc.text, m.start, m.end, aliasOwner);
      const v = votes.get(pred) ?? new Map<string, number>();
      votes.set(pred, v);
      if (g) { items.push({ gold: g, pred, text: m.text }); v.set(g, (v.get(g) ?? 0) + 1); }
    }
  }
  // each predicted entity stands for the gold entity most of its mentions name (none: a false entity)
  const matched = new Map<string, string>();
  for (const [pred, v] of votes) { const best = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]; if (best) matched.set(pred, best[0]); }
  const predType = new Map(res.entities.map((e) => [e.id, e.type]));
  const found = new Set(matched.values());
  const foundTyped = new Set([...matched.entries()].filter(([p, g]) => predType.get(p) === goldType.get(g)).map(([, g]) => g));
  const n = res.entities.length;
  const entities = prf(found.size, n - matched.size, gold.entities.length - found.size);
  const typed = prf(foundTyped.size, n - foundTyped.size, gold.entities.length - foundTyped.size);
  const merge = mergeScores(items);
  const examples = new Set<string>();
  const byPred = new Map<string, Set<string>>();
  for (const it of items) byPred.set(it.pred, new Set([...(byPred.get(it.pred) ?? []), it.gold]));
  for (const [pred, gs] of byPred) if (gs.size > 1) examples.add(`${pred}: ${[...gs].join(' + ')}`);
  const missed = gold.entities.filter((e) => !found.has(e.id)).map((e) => e.id);
  const spurious = res.entities.filter((e) => !matched.has(e.id)).map((e) => `${e.type}:${e.name}`);
  const mistyped = [...matched.entries()].filter(([p, g]) => predType.get(p) !== goldType.get(g)).map(([p, g]) => `${p} (gold ${goldType.get(g)})`);
  const aliasMentions = aliasRecall(docs, res.globalIds, aliasOwner, matched, !isBlindRow(split));
  if (isBlindRow(split)) return { aliasMentions, missed: [], spurious: [], mistyped: [], docs: docs.length, entities, typed, merge, falseMergeExamples: [] };
  return { aliasMentions, missed, spurious, mistyped, docs: docs.length, entities, typed, merge, falseMergeExamples: [...examples] };
}

/**
 * Every occurrence of an unambiguous gold alias in the cleaned texts (longest first, no overlaps; a role description
 * behind a possessor is none): found when one of our mentions overlaps it and belongs to the entity standing for that gold entity.
 */
function aliasRecall(docs: AnalysedDocument[], globalIds: Map<string, string[]>, owners: Map<string, string | null>, matched: Map<string, string>, listMisses: boolean): { found: number; total: number; recall: number } {
  const aliases = [...owners.entries()].filter(([a, o]) => o && a.length > 1).sort((x, y) => y[0].length - x[0].length);
  let found = 0; let total = 0;
  for (const { doc, analysis } of docs) {
    const lower = doc.text.toLowerCase().replace(/’/g, "'");
    const taken: [number, number][] = [];
    const ids = globalIds.get(doc.id) ?? [];
    for (const [alias, owner] of aliases) {
      for (let at = lower.indexOf(alias); at >= 0; at = lower.indexOf(alias, at + 1)) {
        const end = at + alias.length;
        if (/[\p{L}\p{N}]/u.test(lower[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(lower[end] ?? '') || taken.some(([s, e]) => s < end && at < e)) continue;
        taken.push([at, end]);
        // "Quenmark's foreign minister" is no occurrence of the gold's "the foreign minister" (see goldLabel)
        if (isPossessedDescription(doc.text, at, end)) continue;
        total++;
        if (analysis.mentions.some((m) => m.start < end && at < m.end && matched.get(ids[m.entity]) === owner)) found++;
        else if (listMisses && process.env.ENTITY_EVAL_DEBUG) console.error(`missed ${owner}: ${doc.text.slice(Math.max(0, at - 30), end + 10).replace(/\n/g, ' ')}`);
      }
    }
  }
  return { found, total, recall: total ? found / total : 1 };
}
