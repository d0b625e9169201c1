import type { ClaimMention } from '../../contract/pipeline.ts';
import type { AnalysisContext } from '../context.ts';

/** Checkable claims. PLACEHOLDER until issue 6 lands. */
export function findClaims(_ctx: AnalysisContext): ClaimMention[] {
  return [];
}
