/**
 * claims: checkable claims aligned across documents, each corroborated (two or more independent
 * sources), single-source, or contested (sources disagree on a number or a date).
 */
import { createHash } from 'node:crypto';
import type { Claim, SpanRef } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping } from '../types.ts';
import { ID_HEX_CHARS } from './constants.ts';
import { claimItems, type ClaimItem } from './_features.ts';
import { align } from './_align.ts';
import { sides } from './_conflicts.ts';
import { independentCount } from './_sources.ts';
import { withTextCopies } from '../duplicates/index.ts';

export { viaAgency, MEDIA_NAME } from './_sources.ts';
export { unitClass, eventDays, claimWeekday, toldDates, happeningDates } from './_features.ts';
export { clockNearby, sameHappening, figures, isPersonClass, isTally, rangesApart, sameQuestion, statedFigures, toldAs, type Figure } from './_figures.ts';
export { CLOCK_CLASS, NO_DAY_CONFLICT_TYPES, PART_SUFFIX, PERSON_UNITS, POSITION_QUESTION, TRAVELLER_UNITS, WEEKDAYS } from './constants.ts';
export { DATELINE_CREDIT, RUNNING_TALLY } from './patterns.ts';
export { actWordsOf } from './_acts.ts';

const ref = (x: ClaimItem): SpanRef => ({ documentId: x.documentId, start: x.claim.start, end: x.claim.end });
const byRef = (a: SpanRef, b: SpanRef): number => a.documentId.localeCompare(b.documentId) || a.start - b.start;

/** Claims aligned across documents with corroboration status. Pure and order-independent. */
export function crossCheckClaims(docs: AnalysedDocument[], res: EntityResolution, grouping: Grouping): Claim[] {
  const out: Claim[] = [];
  // Copies the duplicates stage missed (a cut-down syndicated wire) count once too.
  for (const found of align(claimItems(docs, res, withTextCopies(docs, grouping)))) {
    // Both readings of one clause in one claim are that clause once (see byMeasure).
    const members = [...new Set(found.map((x) => (x.whole && found.filter((y) => y.whole === x.whole).length > 1 ? x.whole : x)))];
    const { support, conflicts, kinds } = sides(members);
    const independent = independentCount(support);
    const first = [...members].sort((a, b) => byRef(ref(a), ref(b)))[0]!;
    const key = `${first.documentId}|${first.claim.start}`;
    out.push({
      id: `cl-${createHash('sha1').update(key).digest('hex').slice(0, ID_HEX_CHARS)}`,
      text: first.claim.text,
      status: kinds.size && conflicts.length ? 'contested' : independent >= 2 ? 'corroborated' : 'single-source',
      support: support.map(ref).sort(byRef),
      conflicts: conflicts.map(ref).sort(byRef),
      independentSources: independent,
      storyId: first.story,
    });
  }
  return out.sort((a, b) => byRef(a.support[0] ?? a.conflicts[0]!, b.support[0] ?? b.conflicts[0]!));
}
