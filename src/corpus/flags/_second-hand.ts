/** Flags for documents that relay another outlet's reporting ("as quoted by TNA"). */
import type { Flag } from '../../contract/dossier.ts';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import { MEDIA_NAME } from '../claims/index.ts';
import { docName } from './_names.ts';

const RELAY = /\b(?:according to|as (?:quoted|reported) by|citing|reported by|quoted by)\s+(?:the\s+)?((?:[A-Z][\p{L}&'-]*\s?){1,5})/gu;

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();

export function secondHandFlags(docs: AnalysedDocument[]): Flag[] {
  const flags: Flag[] = [];
  for (const { doc } of docs) {
    const own = norm(doc.outlet ?? '');
    const seen = new Map<string, { start: number; end: number }>();
    for (const m of (doc.text ?? '').matchAll(RELAY)) {
      const name = m[1]!.trim();
      if (!MEDIA_NAME.test(name)) continue;
      const n = norm(name);
      if (own && (own.includes(n) || n.includes(own))) continue;
      if (!seen.has(name)) seen.set(name, { start: m.index!, end: m.index! + m[0].trimEnd().length });
    }
    if (!seen.size) continue;
    flags.push({
      kind: 'second-hand',
      documentIds: [doc.id],
      evidence: [...seen.values()].map((s) => ({ documentId: doc.id, ...s })),
      message: `${docName(doc)} relays reporting by ${[...seen.keys()].join(', ')} rather than its own.`,
    });
  }
  return flags;
}
