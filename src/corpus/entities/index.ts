import type { AnalysedDocument } from '../../contract/pipeline.ts';
import type { EntityResolution } from '../types.ts';

/** Cross-document entity resolution. PLACEHOLDER until issue 4 lands: exact names only. */
export function resolveEntities(docs: AnalysedDocument[]): EntityResolution {
  const byKey = new Map<string, EntityResolution['entities'][number]>();
  const globalIds = new Map<string, string[]>();
  for (const { doc, analysis } of docs) {
    const ids = analysis.entities.map((e, i) => {
      const key = `${e.type}:${e.name.toLowerCase()}`;
      let ent = byKey.get(key);
      if (!ent) { ent = { id: `e${byKey.size + 1}`, type: e.type, name: e.name, aliases: [], mentions: [] }; byKey.set(key, ent); }
      for (const a of e.aliases) if (!ent.aliases.includes(a)) ent.aliases.push(a);
      for (const m of analysis.mentions) if (m.entity === i) ent.mentions.push({ documentId: doc.id, start: m.start, end: m.end });
      return ent.id;
    });
    globalIds.set(doc.id, ids);
  }
  return { entities: [...byKey.values()], globalIds };
}
