/**
 * Public labelled documents for the date measures: GVC (creation date = sentence 0), PolNeAR
 * (metadata.tsv publication_date) and ECB+ (dates in the source URL, for some documents), each
 * with a dev/held split. Data is read by path from ../shared/data; nothing is copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGvc } from './_gvc.ts';
import { loadEcb } from './_ecbplus.ts';
import { POLNEAR_DIR } from './_quotes-polnear.ts';

export type PublicSplit = 'dev' | 'held';

export interface PublicDoc {
  /** "gvc:test:<hash>", "polnear:<name>", "ecb:<topic>_<n>ecbplus". */
  id: string;
  corpus: 'gvc' | 'polnear' | 'ecb';
  split: PublicSplit;
  title: string;
  /** Body as the article gives it, title not repeated. */
  body: string;
  /** The labelled publication date (YYYY-MM-DD). */
  date: string;
}

/** ECB+ topics 36–45 are the usual test topics in the cross-document coreference literature. */
const ECB_HELD_FROM_TOPIC = 36;

function gvcDocs(): PublicDoc[] {
  const g = loadGvc();
  if (!g) return [];
  return g.docs.filter((d) => d.publishedAt).map((d) => ({
    id: `gvc:${d.id}`, corpus: 'gvc' as const, split: d.id.startsWith('test:') ? 'held' as const : 'dev' as const,
    title: d.title, body: d.text, date: d.publishedAt!,
  }));
}

/** PolNeAR dev and test articles (train is left out to keep the run short). */
function polnearDocs(): PublicDoc[] {
  const meta = join(POLNEAR_DIR, 'metadata.tsv');
  if (!existsSync(meta)) return [];
  const out: PublicDoc[] = [];
  for (const line of readFileSync(meta, 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    const [split, name, , , , date] = c;
    if ((split !== 'dev' && split !== 'test') || !name || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) continue;
    const path = join(POLNEAR_DIR, split, 'text', `${name}.txt`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const nl = text.indexOf('\n');
    out.push({ id: `polnear:${name}`, corpus: 'polnear', split: split === 'dev' ? 'dev' : 'held',
      title: (nl < 0 ? text : text.slice(0, nl)).trim(), body: nl < 0 ? '' : text.slice(nl + 1).trim(), date: date! });
  }
  return out;
}

function ecbDocs(): PublicDoc[] {
  const e = loadEcb();
  if (!e) return [];
  return e.docs.filter((d) => d.publishedAt).map((d) => ({
    id: `ecb:${d.id}`, corpus: 'ecb' as const, split: +d.id.split('_')[0]! >= ECB_HELD_FROM_TOPIC ? 'held' as const : 'dev' as const,
    title: d.title, body: d.text, date: d.publishedAt!,
  }));
}

/** Every dated public document available here (empty when ../shared/data is absent). */
export function loadPublicDocs(): PublicDoc[] {
  return [...gvcDocs(), ...polnearDocs(), ...ecbDocs()];
}
