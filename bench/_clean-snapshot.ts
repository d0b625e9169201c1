/**
 * Output check for speed work on the clean stage: cleans every page and document we have
 * (article-extraction pages as HTML, visible text and wrapped dump; ECB+ and GVC documents; the
 * demo and dev2 files; synthetic scale-bench documents) and prints one line per input with a hash
 * of the whole CleanDocument and its language, and for the synthetic ones a hash of their duplicate
 * and story features. Diff two runs: any changed line is a changed output.
 * Usage: tsx bench/_clean-snapshot.ts > before.txt   (data sets that are absent are skipped)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../src/clean/index.ts';
import { makeArticle } from '../src/ingest/index.ts';
import type { RawArticle } from '../src/contract/pipeline.ts';
import { aebAvailable, loadAeb } from '../eval/_clean-data.ts';
import { visibleText, wrappedText } from '../eval/_clean-visible.ts';
import { loadEcb } from '../eval/_ecbplus.ts';
import { loadGvc } from '../eval/_gvc.ts';
import { eventDocs, makeOutlets } from './_generate.ts';
import { dupFeatures, storyFeatures } from '../src/corpus/stories/index.ts';
import { words } from '../src/corpus/duplicates/index.ts';

const SYNTH_EVENTS = 400;
const ROOT = join(import.meta.dirname, '..');

function line(key: string, raw: RawArticle): string {
  const doc = cleanArticle(raw);
  return `${key}\t${doc.language}\t${createHash('sha1').update(JSON.stringify(doc)).digest('hex')}`;
}

const out: string[] = [];
const text = (id: string, content: string, hints: RawArticle['hints'] = {}): RawArticle => ({ id, source: id, format: 'text', content, hints });
if (aebAvailable()) {
  for (const p of loadAeb()) {
    out.push(line(`aeb-html:${p.id}`, { id: p.id, source: p.id, format: 'html', content: p.html, hints: {} }));
    out.push(line(`aeb-text:${p.id}`, text(p.id, visibleText(p.html))));
    out.push(line(`aeb-wrap:${p.id}`, text(p.id, wrappedText(p.html))));
  }
}
for (const [name, set] of [['ecb', loadEcb()], ['gvc', loadGvc()]] as const) {
  for (const d of set?.docs ?? []) out.push(line(`${name}:${d.id}`, text(d.id, `${d.title}\n\n${d.text}`)));
}
for (const dir of ['demo', 'eval/dev2']) {
  let files: string[] = [];
  try { files = readdirSync(join(ROOT, dir)).sort(); } catch { continue; }
  for (const f of files) {
    const path = join(ROOT, dir, f);
    const raw = readFileSync(path, 'utf8');
    if (f.endsWith('.jsonl')) {
      raw.split(/\r?\n/).forEach((l, i) => {
        if (!l.trim()) return;
        let r: Record<string, string | undefined>;
        try { r = JSON.parse(l) as Record<string, string | undefined>; } catch { return; } // a broken feed line is ingest's concern
        const hints = { title: r.title, url: r.url, outlet: r.outlet, publishedAt: r.publishedAt, byline: r.byline };
        out.push(line(`${dir}/${f}#${i + 1}`, r.html ? { id: f, source: f, format: 'html', content: r.html, hints } : text(f, r.text ?? '', hints)));
      });
    } else if (/\.(txt|html?)$/.test(f)) {
      out.push(line(`${dir}/${f}`, { id: f, source: f, format: /\.html?$/.test(f) ? 'html' : 'text', content: raw, hints: {} }));
    }
  }
}
const outlets = makeOutlets(7);
for (let i = 0; i < SYNTH_EVENTS; i++) {
  for (const s of eventDocs(7, i * 97, outlets)) {
    const raw = makeArticle(s.source, 'text', s.text, { title: s.title, outlet: s.outlet, publishedAt: s.publishedAt });
    out.push(line(`synth:${s.source}`, raw));
    // The worker's feature steps too (bench/_worker.ts), so their speed work can be checked the same way.
    const doc = cleanArticle(raw);
    const d = dupFeatures(doc.text, words(doc.text));
    const f = storyFeatures({ title: doc.title, text: doc.text, publishedAt: doc.publishedAt }, true);
    out.push(`features:${s.source}\t${createHash('sha1').update(JSON.stringify([d.exact, [...d.sig], f.labels, [...f.counts], f.day, f.year, f.title, [...f.titleTerms].length])).digest('hex')}`);
  }
}
console.log(out.join('\n'));
