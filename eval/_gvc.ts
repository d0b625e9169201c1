/** GVC documents (test + val) rebuilt from CoNLL tokens, with gold story = incident id. */
import { existsSync, readFileSync } from 'node:fs';
import type { PlainDoc } from './_docs.ts';

export const GVC_DIR = new URL('../../shared/data/gvc', import.meta.url).pathname;

function detok(tokens: string[]): string {
  return tokens.join(' ').replace(/ ?\/\/n ?/g, '\n').replace(/ ([.,;:!?%)\]'’]|n't|'s)/g, '$1').replace(/([($[]) /g, '$1');
}

/** Tuning split: the val documents are "dev", the test documents "held" (`goldId` is "split:incident"). */
export function gvcSplit(goldId: string): 'dev' | 'held' {
  return goldId.startsWith('val:') ? 'dev' : 'held';
}

/**
 * Score each GVC split (val = dev, test = held) with `score` and, unless `quiet`, print `rows` under `heading`,
 * the two splits side by side: the table of the timeline's real-coverage checks (redate, misdated).
 */
export function devHeldTable<F>(gvc: { docs: PlainDoc[]; gold: Map<string, string> }, score: (docs: PlainDoc[]) => F,
  heading: string, rows: ReadonlyArray<readonly [string, keyof F]>, quiet: boolean): Record<'dev' | 'held', F> {
  const of = (s: 'dev' | 'held'): PlainDoc[] => gvc.docs.filter((d) => gvcSplit(gvc.gold.get(d.id) ?? '') === s);
  const out = { dev: score(of('dev')), held: score(of('held')) };
  if (!quiet) {
    console.log(`\n${heading.padEnd(89)}dev    held`);
    for (const [label, k] of rows) console.log(`  ${label.padEnd(68)}${String(out.dev[k]).padStart(5)}${String(out.held[k]).padStart(8)}`);
  }
  return out;
}

export function loadGvc(): { docs: PlainDoc[]; gold: Map<string, string> } | null {
  if (!existsSync(GVC_DIR)) return null;
  const docs: PlainDoc[] = [];
  const gold = new Map<string, string>();
  for (const split of ['test', 'val']) {
    const conll = readFileSync(`${GVC_DIR}/${split}/dataset.conll`, 'utf8');
    const byDoc = new Map<string, Map<number, string[]>>();
    for (const line of conll.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [key, sent, , token] = line.split('\t');
      if (!key || token === undefined) continue;
      if (!byDoc.has(key)) byDoc.set(key, new Map());
      const sents = byDoc.get(key)!;
      if (!sents.has(+sent!)) sents.set(+sent!, []);
      sents.get(+sent!)!.push(token);
    }
    for (const [key, sents] of byDoc) {
      const incident = key.split('/')[1]!;
      const ordered = [...sents].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
      const date = ordered[0]?.join('') ?? '';
      const id = `${split}:${key.split('/')[2]}`;
      docs.push({
        id,
        title: detok(ordered[1] ?? []),
        text: ordered.slice(2).map(detok).join(' '),
        publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
        outlet: null,
        url: null,
      });
      gold.set(id, `${split}:${incident}`);
    }
  }
  return { docs, gold };
}
