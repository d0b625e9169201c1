/**
 * A copy the duplicates stage did not group: most of one text is another's (a syndicated wire cut
 * down and retitled under another outlet's name). The reader should know the two are one report.
 */
import type { Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { Grouping } from '../types.ts';
import { textCopies } from '../duplicates/index.ts';
import { docName } from './_names.ts';

export function copyFlags(docs: AnalysedDocument[], grouping: Grouping, byId: Map<string, AnalysedDocument>): Flag[] {
  const flags: Flag[] = [];
  for (const [id, c] of [...textCopies(docs, grouping)].sort((a, b) => a[0].localeCompare(b[0]))) {
    const copy = byId.get(id)?.doc;
    const orig = byId.get(c.of)?.doc;
    if (!copy || !orig) continue;
    const share = Math.round(c.containment * 100);
    const under = copy.outlet && orig.outlet && copy.outlet !== orig.outlet ? ' under its own name' : '';
    flags.push({ kind: 'duplicate', documentIds: [id, c.of],
      message: `${docName(copy)} carries ${docName(orig)}'s text${under} (${share}% of the shorter text is shared): one report, not two.` });
  }
  return flags;
}
