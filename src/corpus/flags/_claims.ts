/** Flags from cross-checked claims: number and date conflicts, single-source figures of consequence. */
import type { Claim, Flag, SpanRef } from '../../contract/dossier.ts';
import type { AnalysedDocument, ClaimMention } from '../../contract/pipeline.ts';
import { unitClass } from '../claims/index.ts';
import { CONSEQUENTIAL_UNITS } from './constants.ts';

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

export function claimFlags(claims: Claim[], docs: Lookup): Flag[] {
  const flags: Flag[] = [];
  for (const claim of claims) {
    if (claim.status !== 'contested' || !claim.support.length || !claim.conflicts.length) continue;
    const a = mentionAt(docs, claim.support[0]!);
    const b = mentionAt(docs, claim.conflicts[0]!);
    if (!a || !b) continue;
    const ta = docs.get(claim.support[0]!.documentId)!.doc.text;
    const tb = docs.get(claim.conflicts[0]!.documentId)!.doc.text;
    const shared = a.claim.numbers.map((n) => unitClass(n.unit).cls).find((cls) => b.claim.numbers.some((m) => unitClass(m.unit).cls === cls));
    const ids = [...new Set([...claim.support, ...claim.conflicts].map((r) => r.documentId))].sort();
    const evidence = [...claim.support, ...claim.conflicts];
    const va = a.claim.numbers.filter((n) => unitClass(n.unit).cls === shared).map((n) => n.value * unitClass(n.unit).factor);
    const vb = b.claim.numbers.filter((n) => unitClass(n.unit).cls === shared).map((n) => n.value * unitClass(n.unit).factor);
    if (shared && !va.some((x) => vb.includes(x))) {
      flags.push({ kind: 'number', documentIds: ids, evidence,
        message: `Sources disagree on a figure: "${figure(a.claim, ta, shared)}" (${a.outlet}) vs "${figure(b.claim, tb, shared)}" (${b.outlet}).` });
    }
    const near = a.days.some((x) => b.days.some((y) => x !== y && Math.abs(Date.parse(x) - Date.parse(y)) <= 7 * 86_400_000));
    if (near && !a.days.some((x) => b.days.includes(x))) {
      flags.push({ kind: 'date', documentIds: ids, evidence,
        message: `Sources disagree on a date: ${a.days[0]} (${a.outlet}) vs ${b.days[0]} (${b.outlet}).` });
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
