/** Scores for dates, events, claims and flags against the demo gold. */
import type { DemoGold } from '../src/demo-gold/index.ts';
import type { Flag, SpanRef } from '../src/contract/dossier.ts';
import { locate, type DemoRun } from './_timeline-run.ts';
import { strictFlagMatch } from './_timeline-flagcheck.ts';

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export interface Scores {
  docDate: { right: number; total: number; misses: string[] };
  /**
   * `inRemovedLines`: gold dates written only inside lines the same gold's `mustRemove` lists for that document
   * (a date widget, a "posted on" footer). The gold contradicts itself there — clean must drop the line, the text
   * the later stages read never has the date — so `rightInBody` / `totalInBody` score the dates the kept text holds.
   */
  dates: { right: number; found: number; total: number; inRemovedLines: number; rightInBody: number; misses: string[] };
  events: { recall: number; recallDated: number; precision: number; total: number; system: number; misses: string[];
    /** System events touching no gold event, and system events per gold event found (1 = no duplicates). */
    extra: number; fragments: number; extras: string[] };
  claims: { right: number; matched: number; total: number; misses: string[]; conflictsRight: number; conflictsTotal: number };
  /**
   * `falseFlags`: flags no gold flag backs, except single-source flags, which the gold has no kind
   * for: those are false only on a claim the gold marks corroborated or contested, right on a gold
   * single-source claim, and unverified on text no gold claim covers. `falseFlagsAllKinds` counts
   * every flag no gold flag backs (the measure before single-source flags were judged by claims).
   * `foundStrict` / `falseFlagsStrict`: the same when a gold flag backs a system flag only if the flag
   * also SAYS what the gold note says (the figures, days or wordings, eval/_timeline-flagcheck.ts); a
   * flag backed only by its documents counts as false. `lenientOnly`: those flags, with the gold notes.
   */
  flags: { found: number; total: number; falseFlags: number; falseFlagsAllKinds: number; singleSourceRight: number; singleSourceUnverified: number;
    docs: number; misses: string[]; falses: string[]; foundStrict: number; falseFlagsStrict: number; lenientOnly: string[] };
}

/** Spans of a gold snippet in the run's cleaned text. */
function snippetSpans(run: DemoRun, file: string, text: string): SpanRef[] {
  const d = run.byFile.get(file);
  if (!d) return [];
  return locate(d.doc.text, text).map((s) => ({ documentId: d.doc.id, ...s }));
}

const hits = (refs: SpanRef[], spans: SpanRef[]): boolean => refs.some((r) => spans.some((s) => s.documentId === r.documentId && overlap(r, s)));

/** Is a gold date's text absent from the cleaned text and written in a line the gold says clean must remove? */
const onlyInRemovedLines = (text: string, mustRemove: readonly string[], foundInCleanText: number): boolean =>
  foundInCleanText === 0 && mustRemove.some((line) => line.includes(text));

/** `full`: the whole gold, so a flag touching this split is false only when no gold flag backs it. */
export function score(run: DemoRun, gold: DemoGold, full: DemoGold = gold): Scores {
  const files = new Set(gold.documents.map((d) => d.file));
  const docDate = { right: 0, total: 0, misses: [] as string[] };
  for (const g of gold.documents) {
    const d = run.byFile.get(g.file);
    docDate.total++;
    const got = d?.analysis.publishedAt?.slice(0, 10) ?? null;
    if (got === g.publishedAt) docDate.right++; else docDate.misses.push(`${g.file}: ${got} ≠ ${g.publishedAt}`);
  }
  const dates = { right: 0, found: 0, total: 0, inRemovedLines: 0, rightInBody: 0, misses: [] as string[] };
  const removedLines = new Map(gold.documents.map((d) => [d.file, d.mustRemove]));
  for (const g of gold.dates) {
    dates.total++;
    const d = run.byFile.get(g.file);
    const spans = d ? locate(d.doc.text, g.text) : [];
    const ms = d ? d.analysis.dates.filter((m) => spans.some((s) => overlap(m, s))) : [];
    const inRemoved = onlyInRemovedLines(g.text, removedLines.get(g.file) ?? [], spans.length);
    if (inRemoved) dates.inRemovedLines++;
    if (ms.length) dates.found++;
    if (ms.some((m) => m.date.value === g.value)) {
      dates.right++;
      if (!inRemoved) dates.rightInBody++;
    } else dates.misses.push(`${g.file} "${g.text}": ${ms.map((m) => m.date.value).join('/') || 'none'} ≠ ${g.value}${inRemoved ? ' (in a line the gold removes)' : ''}`);
  }
  const events = { recall: 0, recallDated: 0, precision: 0, total: gold.events.length, system: 0, misses: [] as string[],
    extra: 0, fragments: 0, extras: [] as string[] };
  const goldSpans = gold.events.map((e) => e.evidence.flatMap((x) => snippetSpans(run, x.file, x.text)));
  for (const [i, g] of gold.events.entries()) {
    const cands = run.dossier.events.filter((e) => hits(e.evidence, goldSpans[i]!));
    if (cands.length) events.recall++;
    events.fragments += cands.length;
    if (cands.some((e) => e.date?.value === g.date)) events.recallDated++;
    else events.misses.push(`${g.id} (${g.date}): ${cands.map((e) => `${e.type}@${e.date?.value ?? '-'}`).join(', ') || 'none'}`);
  }
  const inSplit = run.dossier.events.filter((e) => e.evidence.some((r) => files.has(run.fileOf.get(r.documentId) ?? '')));
  events.system = inSplit.length;
  events.precision = inSplit.filter((e) => goldSpans.some((s) => hits(e.evidence, s))).length;
  for (const e of inSplit.filter((x) => !goldSpans.some((s) => hits(x.evidence, s)))) {
    events.extra++;
    events.extras.push(`${e.type}@${e.date?.value ?? '-'}: ${e.summary.slice(0, 100)}`);
  }
  const claims = { right: 0, matched: 0, total: gold.claims.length, misses: [] as string[], conflictsRight: 0, conflictsTotal: 0 };
  for (const g of gold.claims) {
    const spans = [...g.support, ...g.conflicts].flatMap((x) => snippetSpans(run, x.file, x.text));
    const best = [...run.dossier.claims]
      .map((c) => ({ c, n: [...c.support, ...c.conflicts].filter((r) => hits([r], spans)).length }))
      .sort((a, b) => b.n - a.n)[0];
    if (!best || !best.n) { claims.misses.push(`${g.id}: no claim`); continue; }
    claims.matched++;
    // Each gold conflicting report should be on the system claim's conflict side.
    for (const x of g.conflicts) {
      const xs = snippetSpans(run, x.file, x.text);
      if (!xs.length) continue;
      claims.conflictsTotal++;
      if (hits(best.c.conflicts, xs)) claims.conflictsRight++;
      else claims.misses.push(`${g.id}: conflict not on the conflict side: ${x.file} "${x.text.slice(0, 50)}"`);
    }
    if (best.c.status === g.status) claims.right++;
    else claims.misses.push(`${g.id}: ${best.c.status} ≠ ${g.status} (${best.c.support.length}/${best.c.conflicts.length})`);
  }
  const idsOf = (fs: string[]): Set<string> => new Set(fs.map((f) => run.byFile.get(f)?.doc.id).filter((x): x is string => !!x));
  // Gold flags touching this split, with all their files (a flag spans splits).
  const goldFlags = full.flags.filter((f) => f.files.some((x) => files.has(x))).map((f) => ({ f, ids: idsOf(f.files) }));
  const sysFlags = run.dossier.flags.filter((f) => f.documentIds.some((id) => files.has(run.fileOf.get(id) ?? '')));
  // A system flag backs a gold flag when at least half of its documents are the gold flag's files.
  const flagMatch = (_kind: string, docIds: string[], ids: Set<string>): boolean =>
    docIds.filter((id) => ids.has(id)).length >= Math.max(1, Math.ceil(docIds.length / 2));
  const flags = { found: 0, total: goldFlags.length, falseFlags: 0, falseFlagsAllKinds: 0, singleSourceRight: 0, singleSourceUnverified: 0,
    docs: gold.documents.length, misses: [] as string[], falses: [] as string[], foundStrict: 0, falseFlagsStrict: 0, lenientOnly: [] as string[] };
  // Years of the gold's documents, for the days a gold note writes without one ("on November 1").
  const years = [...new Set(full.documents.flatMap((d) => (d.publishedAt ? [Number(d.publishedAt.slice(0, 4))] : [])))];
  const strictMatch = (s: Flag, g: { f: DemoGold['flags'][number]; ids: Set<string> }): boolean =>
    g.f.kind === s.kind && flagMatch(s.kind, s.documentIds, g.ids) && strictFlagMatch(s.kind, s.message, g.f, years);
  // Spans of the gold claims by status, to judge single-source flags.
  const claimSpans = full.claims.map((c) => ({ single: c.status === 'single-source',
    spans: [...c.support, ...c.conflicts].flatMap((x) => snippetSpans(run, x.file, x.text)) }));
  for (const g of goldFlags) {
    if (sysFlags.some((s) => s.kind === g.f.kind && flagMatch(s.kind, s.documentIds, g.ids))) flags.found++;
    else flags.misses.push(`${g.f.kind}: ${g.f.note.slice(0, 90)}`);
    if (sysFlags.some((s) => strictMatch(s, g))) flags.foundStrict++;
  }
  const allGold = full.flags.map((f) => ({ f, ids: idsOf(f.files) }));
  for (const s of sysFlags) {
    const backing = allGold.filter((g) => g.f.kind === s.kind && flagMatch(s.kind, s.documentIds, g.ids));
    if (backing.length && !backing.some((g) => strictMatch(s, g))) {
      flags.falseFlagsStrict++;
      flags.lenientOnly.push(`${s.kind}: ${s.message}\n      gold: ${backing.map((g) => g.f.note).join('\n      gold: ')}`);
    }
    if (backing.length) continue;
    flags.falseFlagsAllKinds++;
    if (s.kind === 'single-source') {
      const on = claimSpans.filter((c) => hits(s.evidence ?? [], c.spans));
      if (on.some((c) => c.single)) { flags.singleSourceRight++; continue; }
      if (!on.length) { flags.singleSourceUnverified++; continue; }
    }
    flags.falseFlags++;
    flags.falseFlagsStrict++;
    flags.falses.push(`${s.kind}: ${s.message.slice(0, 110)}`);
  }
  return { docDate, dates, events, claims, flags };
}
