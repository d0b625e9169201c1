/**
 * flags: what the reader should check — misdated pages (from analysis), duplicates, number and
 * date conflicts, quote wording variants, second-hand sourcing, single-source figures of consequence.
 */
import type { Claim, DossierEvent, Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping, QuoteLedger } from '../types.ts';
import { claimFlags, singleSourceFlags } from './_claims.ts';
import { quoteFlags } from './_quotes.ts';
import { secondHandFlags } from './_second-hand.ts';
import { stalePageFlags } from './_stale-page.ts';
import { copyFlags } from './_copies.ts';
import { withTextCopies } from '../duplicates/index.ts';

export interface FlagInputs {
  docs: AnalysedDocument[];
  grouping: Grouping;
  ledger: QuoteLedger;
  events: DossierEvent[];
  claims: Claim[];
}

/**
 * One flag rule's flags; when the rule throws, none of its flags and a warning naming it, so a fault in one rule
 * costs the reader that rule's flags, not the dossier (and is not lost in silence).
 */
export function guardedRule(rule: string, run: () => Flag[], warn: (rule: string, error: unknown) => void): Flag[] {
  try {
    return run();
  } catch (error) {
    warn(rule, error);
    return [];
  }
}

const warnRuleFailed = (rule: string, error: unknown): void => {
  const why = error instanceof Error ? error.message : String(error);
  process.emitWarning(`the ${rule} flag rule failed (${why}); the dossier lacks its flags. Please report this with the input files.`, 'TriangulateFlagRule');
};

/** Flags for the reader, in a stable order. Never throws: a failing rule is reported as a process warning. */
export function collectFlags({ docs, grouping, ledger, claims }: FlagInputs): Flag[] {
  const sorted = [...docs].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const byId = new Map(sorted.map((d) => [d.doc.id, d]));
  const flags: Flag[] = sorted.flatMap(({ doc, analysis }) => analysis.flags.map((f) => ({ ...f, documentIds: [doc.id] })));
  for (const [id, of] of [...grouping.duplicateOf].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (of) flags.push({ kind: 'duplicate', documentIds: [id, of], message: `${id} duplicates ${of}` });
  }
  const guarded = (rule: string, f: () => Flag[]): Flag[] => guardedRule(rule, f, warnRuleFailed);
  flags.push(...guarded('copy', () => copyFlags(sorted, grouping, byId)));
  flags.push(...guarded('misdated-page', () => stalePageFlags(sorted, claims, grouping)));
  // Figures are in dispute only where the claims stage set them against each other: two claims it kept apart
  // (a company's offer and a union's demand, a strike's length told on two days) disagree about nothing.
  flags.push(...guarded('claim-conflict', () => claimFlags(claims, byId)));
  // Copies the duplicates stage missed are one wording with their original, as its duplicates are.
  const withCopies = withTextCopies(sorted, grouping);
  flags.push(...guarded('quote-wording', () => quoteFlags(ledger, withCopies, byId)));
  flags.push(...guarded('second-hand', () => secondHandFlags(sorted)));
  flags.push(...guarded('single-source', () => singleSourceFlags(claims, byId)));
  return flags;
}
