/**
 * Disputed figures: two claims each carried by several outlets give different figures for the same
 * thing ("340 licences issued" vs "only 210 licences honoured"). Each side is corroborated, so the
 * claim cross-check alone does not see the disagreement.
 */
import type { Claim, Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument, ClaimMention } from '../../contract/pipeline.ts';
import { unitClass } from '../claims/index.ts';
import { DISPUTE_MIN_SHARED_TERMS } from './constants.ts';

type Side = { claim: Claim; mentions: ClaimMention[]; values: Map<string, Set<number>>; terms: Set<string> };

function side(claim: Claim, docs: Map<string, AnalysedDocument>): Side {
  const mentions = claim.support
    .map((r) => docs.get(r.documentId)?.analysis.claims.find((c) => c.start === r.start))
    .filter((c): c is ClaimMention => !!c);
  const values = new Map<string, Set<number>>();
  for (const m of mentions) for (const n of m.numbers) {
    const { cls, factor } = unitClass(n.unit);
    values.set(cls, (values.get(cls) ?? new Set()).add(n.value * factor));
  }
  return { claim, mentions, values, terms: new Set(mentions.flatMap((m) => m.keyTerms)) };
}

export function disputeFlags(claims: Claim[], docs: Map<string, AnalysedDocument>, already: Set<string>): Flag[] {
  const sides = claims.filter((c) => c.status === 'corroborated').map((c) => side(c, docs)).filter((s) => s.values.size);
  const flags: Flag[] = [];
  for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) {
    const a = sides[i]!;
    const b = sides[j]!;
    if (a.claim.storyId !== b.claim.storyId) continue;
    for (const [cls, va] of a.values) {
      const vb = b.values.get(cls);
      if (!vb || [...va].some((x) => vb.has(x)) || already.has(cls)) continue;
      const shared = [...a.terms].filter((t) => b.terms.has(t) && t !== cls && !t.startsWith(cls)).length;
      if (shared < DISPUTE_MIN_SHARED_TERMS) continue;
      already.add(cls);
      const ids = [...new Set([...a.claim.support, ...b.claim.support].map((r) => r.documentId))].sort();
      flags.push({
        kind: 'number', documentIds: ids, evidence: [...a.claim.support, ...b.claim.support],
        message: `Figures in dispute: ${[...va].join('/')} vs ${[...vb].join('/')} ${cls} — "${a.claim.text.slice(0, 90)}" vs "${b.claim.text.slice(0, 90)}".`,
      });
    }
  }
  return flags;
}
