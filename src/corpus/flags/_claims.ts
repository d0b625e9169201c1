/** Flags from cross-checked claims: number and date conflicts, single-source figures of consequence. */
import type { Claim, Flag, SpanRef } from '../../contract/dossier.ts';
import type { AnalysedDocument, ClaimMention } from '../../contract/pipeline.ts';
import { NO_DAY_CONFLICT_TYPES, PART_SUFFIX, WEEKDAYS, claimWeekday, eventDays, figures, isTally, rangesApart, unitClass } from '../claims/index.ts';
import { CONSEQUENTIAL_UNITS, DATE_CLASH_MAX_DAYS, SAME_FIGURE_TOLERANCE } from './constants.ts';
import { docName } from './_names.ts';
import { BOUND_DAY, STANDING_FIGURE_BEFORE, VAGUE_FIGURE } from './patterns.ts';

type Lookup = Map<string, AnalysedDocument>;

function mentionAt(docs: Lookup, r: SpanRef): { claim: ClaimMention; outlet: string; days: Map<string, string>; weekday: number | null } | null {
  const d = docs.get(r.documentId);
  const claim = d?.analysis.claims.find((c) => c.start === r.start);
  if (!d || !claim) return null;
  return { claim, outlet: docName(d.doc), days: eventDays(d.analysis, claim), weekday: claimWeekday(d.analysis, claim) };
}

const weekdayName = (i: number): string => WEEKDAYS[i]!.replace(/^./, (c) => c.toUpperCase());

/** A weekday named without a date against another source's day of an event that falls on another weekday. */
function weekdayClash(weekday: number | null, days: Map<string, string>): string | null {
  if (weekday === null) return null;
  for (const [type, day] of days) {
    if (!NO_DAY_CONFLICT_TYPES.has(type) && new Date(day).getUTCDay() !== weekday) return day;
  }
  return null;
}

/** The words of the claim's figure of class `cls` with this value ("at least 31" reads as "31"). */
const figure = (c: ClaimMention, text: string, value: number): string | null => {
  const n = c.numbers.find((x) => x.value * unitClass(x.unit).factor === value);
  return n ? text.slice(n.start, n.end) : null;
};

/** The claim without figures that name no number ("dozens of flights", "hundreds of homes"): they allow any figure of their size. */
const withoutVague = (c: ClaimMention, text: string): ClaimMention => {
  const numbers = c.numbers.filter((n) => !VAGUE_FIGURE.test(text.slice(n.start, n.end)));
  return numbers.length === c.numbers.length ? c : { ...c, numbers };
};

/** A figure the two claims state differently, neither allowing the other's ("more than 300" allows 340): its class and the two values. */
function numberClash(a: ClaimMention, b: ClaimMention): { cls: string; x: number; y: number } | null {
  const fb = figures(b);
  for (const [cls, va] of figures(a)) {
    const vb = fb.get(cls);
    if (vb?.length && !va.some((x) => vb.some((y) => x.value === y.value || !rangesApart(x, y)))) {
      // The pair nearest in value is the one a reader compares ("97" against "103", not a date's "15").
      const [x, y] = va.flatMap((p) => vb.map((q) => [p.value, q.value] as const))
        .sort((m, n) => Math.abs(m[0] - m[1]) / Math.max(m[0], m[1]) - Math.abs(n[0] - n[1]) / Math.max(n[0], n[1]))[0]!;
      return { cls, x, y };
    }
  }
  return null;
}

/** The same event on different nearby days in two sentences. */
const dayClash = (a: Map<string, string>, b: Map<string, string>): [string, string] | null => {
  for (const [type, x] of a) {
    if (NO_DAY_CONFLICT_TYPES.has(type)) continue;
    const y = b.get(type);
    if (y && x !== y && Math.abs(Date.parse(x) - Date.parse(y)) <= DATE_CLASH_MAX_DAYS * 86_400_000) return [x, y];
  }
  return null;
};

/** One number flag and one date flag at most per contested claim, naming the documents that clash. */
export function claimFlags(claims: Claim[], docs: Lookup): Flag[] {
  const flags: Flag[] = [];
  for (const claim of claims) {
    if (claim.status !== 'contested' || !claim.support.length || !claim.conflicts.length) continue;
    const num = { refs: new Set<SpanRef>(), msg: '', sameOutlet: false };
    const date = { refs: new Set<SpanRef>(), msg: '', gap: Infinity };
    for (const sr of claim.support) for (const cr of claim.conflicts) {
      const a = mentionAt(docs, sr);
      const b = mentionAt(docs, cr);
      if (!a || !b) continue;
      const textA = docs.get(sr.documentId)!.doc.text;
      const textB = docs.get(cr.documentId)!.doc.text;
      const clash = numberClash(withoutVague(a.claim, textA), withoutVague(b.claim, textB));
      if (clash) {
        num.refs.add(sr).add(cr);
        // Name two different outlets when the claim has them (a rebuttal reports both figures).
        if (!num.msg || (num.sameOutlet && a.outlet !== b.outlet)) {
          num.sameOutlet = a.outlet === b.outlet;
          num.msg = `Sources disagree on a figure: "${figure(a.claim, textA, clash.x)}" (${a.outlet}) vs "${figure(b.claim, textB, clash.y)}" (${b.outlet}).`;
        }
      }
      // A day that bounds what is due ("exchange prisoners by Friday", "within a week") is no day it happened on.
      const bounded = BOUND_DAY.test(a.claim.text) || BOUND_DAY.test(b.claim.text);
      const days = bounded ? null : dayClash(a.days, b.days);
      const weekdayA = bounded ? null : weekdayClash(a.weekday, b.days);
      const weekdayB = bounded ? null : weekdayClash(b.weekday, a.days);
      if (!days && (weekdayA || weekdayB)) {
        date.refs.add(sr).add(cr);
        // A weekday against a date is a clash of days, but a looser one than two dates a day apart.
        if (!date.msg) date.msg = weekdayA ? `Sources disagree on a date: ${weekdayName(a.weekday!)} (${a.outlet}) vs ${weekdayA} (${b.outlet}).`
          : `Sources disagree on a date: ${weekdayB} (${a.outlet}) vs ${weekdayName(b.weekday!)} (${b.outlet}).`;
      }
      if (days) {
        date.refs.add(sr).add(cr);
        const gap = Math.abs(Date.parse(days[0]) - Date.parse(days[1]));
        if (gap < date.gap) { date.gap = gap; date.msg = `Sources disagree on a date: ${days[0]} (${a.outlet}) vs ${days[1]} (${b.outlet}).`; }
      }
    }
    for (const [kind, x] of [['number', num], ['date', date]] as const) {
      if (!x.refs.size) continue;
      const evidence = [...x.refs];
      flags.push({ kind, documentIds: [...new Set(evidence.map((r) => r.documentId))].sort(), evidence, message: x.msg });
    }
  }
  return flags;
}

/** Each figure class ("person:dead", "licence") → the values stated for it anywhere in the corpus, with their outlet (else document). */
function figureOutlets(docs: Lookup): Map<string, { value: number; outlet: string }[]> {
  const out = new Map<string, { value: number; outlet: string }[]>();
  for (const { doc, analysis } of docs.values()) {
    for (const c of analysis.claims ?? []) for (const [cls, fs] of figures(c)) {
      const list = out.get(cls) ?? [];
      for (const f of fs) list.push({ value: f.value, outlet: doc.outlet ?? doc.id });
      out.set(cls, list);
    }
  }
  return out;
}

/** The class a claim's figures() puts number `n` in ("killing at least 25 people" → "person:dead"). */
function classOf(c: ClaimMention, n: ClaimMention['numbers'][number]): string {
  const { cls, factor } = unitClass(n.unit);
  for (const [k, fs] of figures(c)) if (fs.some((f) => f.value === n.value * factor) && (k === cls || k.startsWith('person:'))) return k;
  return cls;
}

/**
 * A figure about casualties, forces or money that only one source gives. A figure other outlets
 * state too, in words the claims did not align ("the organisers said more than 5,000 people had
 * come" / "put Monday's crowd at 5,000"; "the toll has risen to 25" / "killing at least 25 people"),
 * or nearly the same figure another outlet gives (231 aboard / 230: a dispute, not one source), is not single-source;
 * nor is a figure that describes what something is ("employs 600 people"): it is background, of no consequence.
 */
export function singleSourceFlags(claims: Claim[], docs: Lookup): Flag[] {
  const flags: Flag[] = [];
  const stated = figureOutlets(docs);
  for (const claim of claims) {
    if (claim.status !== 'single-source' || claim.support.length !== 1) continue;
    const a = mentionAt(docs, claim.support[0]!);
    const n = a?.claim.numbers.find((x) => CONSEQUENTIAL_UNITS.has(x.unit) && x.value >= 1);
    if (!a || !n) continue;
    // "employs about 600 people", "home to 90,000 people": what something is, background, not a figure of the news.
    if (STANDING_FIGURE_BEFORE.test(a.claim.text.slice(0, n.start - a.claim.start))) continue;
    const value = n.value * unitClass(n.unit).factor;
    const cls = classOf(a.claim, n);
    // "two of them seriously": a part of a count told just before stands or falls with that count.
    if ([...figures(a.claim)].some(([k, fs]) => k.endsWith(PART_SUFFIX) && fs.some((f) => f.value === value))) continue;
    // A running tally is an exact count: 28 dead is not 29.
    const near = (x: number): boolean => (isTally(cls) ? x === value : Math.abs(x - value) <= SAME_FIGURE_TOLERANCE * Math.max(x, value));
    const outlets = new Set((stated.get(cls) ?? []).filter((x) => near(x.value)).map((x) => x.outlet));
    if (outlets.size > 1) continue;
    flags.push({ kind: 'single-source', documentIds: [claim.support[0]!.documentId], evidence: claim.support,
      message: `Only ${a.outlet} reports this figure: "${a.claim.text.slice(0, 120)}"` });
  }
  return flags;
}
