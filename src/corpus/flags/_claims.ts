/** Flags from cross-checked claims: number and date conflicts, single-source figures of consequence. */
import type { Claim, Flag, SpanRef } from '../../contract/dossier.ts';
import type { AnalysedDocument, ClaimMention } from '../../contract/pipeline.ts';
import { unitClass } from '../claims/index.ts';
import { CONSEQUENTIAL_UNITS, DATE_CLASH_MAX_DAYS } from './constants.ts';

type Lookup = Map<string, AnalysedDocument>;

function mentionAt(docs: Lookup, r: SpanRef): { claim: ClaimMention; outlet: string; days: string[] } | null {
  const d = docs.get(r.documentId);
  const claim = d?.analysis.claims.find((c) => c.start === r.start);
  if (!d || !claim) return null;
  const days = d.analysis.dates.filter((x) => x.start >= claim.start && x.end <= claim.end && x.date.precision === 'day').map((x) => x.date.value);
  return { claim, outlet: d.doc.outlet ?? d.doc.id, days };
}

const figure = (c: ClaimMention, text: string, cls: string): string | null => {
  const n = c.numbers.find((x) => unitClass(x.unit).cls === cls);
  return n ? text.slice(n.start, n.end) : null;
};

function numberClash(a: ClaimMention, b: ClaimMention): string | null {
  for (const n of a.numbers) {
    const { cls, factor } = unitClass(n.unit);
    const vb = b.numbers.filter((m) => unitClass(m.unit).cls === cls).map((m) => m.value * unitClass(m.unit).factor);
    const va = a.numbers.filter((m) => unitClass(m.unit).cls === cls).map((m) => m.value * unitClass(m.unit).factor);
    if (vb.length && !va.some((x) => vb.includes(x)) && factor > 0) return cls;
  }
  return null;
}

const dayClash = (a: string[], b: string[]): [string, string] | null => {
  if (a.some((x) => b.includes(x))) return null;
  for (const x of a) for (const y of b) if (Math.abs(Date.parse(x) - Date.parse(y)) <= DATE_CLASH_MAX_DAYS * 86_400_000) return [x, y];
  return null;
};

/** One number flag and one date flag at most per contested claim, from the first clashing pair. */
export function claimFlags(claims: Claim[], docs: Lookup): Flag[] {
  const flags: Flag[] = [];
  for (const claim of claims) {
    if (claim.status !== 'contested' || !claim.support.length || !claim.conflicts.length) continue;
    const ids = [...new Set([...claim.support, ...claim.conflicts].map((r) => r.documentId))].sort();
    const evidence = [...claim.support, ...claim.conflicts];
    let number = false;
    let date = false;
    for (const sr of claim.support) for (const cr of claim.conflicts) {
      const a = mentionAt(docs, sr);
      const b = mentionAt(docs, cr);
      if (!a || !b) continue;
      const cls = number ? null : numberClash(a.claim, b.claim);
      if (cls) {
        number = true;
        const ta = docs.get(sr.documentId)!.doc.text;
        const tb = docs.get(cr.documentId)!.doc.text;
        flags.push({ kind: 'number', documentIds: ids, evidence,
          message: `Sources disagree on a figure: "${figure(a.claim, ta, cls)}" (${a.outlet}) vs "${figure(b.claim, tb, cls)}" (${b.outlet}).` });
      }
      const days = date ? null : dayClash(a.days, b.days);
      if (days) {
        date = true;
        flags.push({ kind: 'date', documentIds: ids, evidence,
          message: `Sources disagree on a date: ${days[0]} (${a.outlet}) vs ${days[1]} (${b.outlet}).` });
      }
    }
  }
  return flags;
}

/** A figure about casualties, forces or money that only one source gives. */
export function singleSourceFlags(claims: Claim[], docs: Lookup): Flag[] {
  const flags: Flag[] = [];
  for (const claim of claims) {
    if (claim.status !== 'single-source' || claim.support.length !== 1) continue;
    const a = mentionAt(docs, claim.support[0]!);
    const n = a?.claim.numbers.find((x) => CONSEQUENTIAL_UNITS.has(x.unit) && x.value >= 1);
    if (!a || !n) continue;
    flags.push({ kind: 'single-source', documentIds: [claim.support[0]!.documentId], evidence: claim.support,
      message: `Only ${a.outlet} reports this figure: "${a.claim.text.slice(0, 120)}"` });
  }
  return flags;
}
