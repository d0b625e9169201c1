import type { EventMention } from '../../contract/pipeline.ts';
import type { AnalysisContext } from '../context.ts';

/** Event mentions. PLACEHOLDER until issue 6 lands. */
export function findEvents(_ctx: AnalysisContext): EventMention[] {
  return [];
}
