/**
 * Development aid for story clustering on a demo-schema gold (demo or dev2; never the blind set):
 * per document its gold story, predicted story, day, year and title, then the pairwise cosines
 * of the document vectors as the clusterer weighs them. Usage: tsx eval/_stories-inspect.ts [demo|dev2|dev3|dev4|dev5]
 */
import { CorpusGrouper, groupItem } from '../src/corpus/stories/index.ts';
import { similarities } from '../src/corpus/stories/_split.ts';
import { loadDemo } from './_demo.ts';
import { DEV_SET_NAMES } from '../src/demo-gold/index.ts';

const which = DEV_SET_NAMES.find((name) => process.argv[2] === name) ?? 'demo';
const set = await loadDemo(which);
if (!set) throw new Error(`${which} gold absent`);
const items = set.docs.map(groupItem);
const g = new CorpusGrouper();
g.addBatch(items);
const vs = items.map((it) => g.clusterer.vocab.weigh(it.story));
const W = similarities(vs);
const day = (d: number) => (Number.isFinite(d) ? new Date(d * 86_400_000).toISOString().slice(0, 10) : '----------');
const rows = items.map((it, i) => ({ i, gold: set.gold.get(it.id)!, story: g.clusterer.stories[g.docStory[g.indexOf(it.id)]!]!, it }));
rows.sort((a, b) => a.gold.localeCompare(b.gold) || a.it.story.day - b.it.story.day);
for (const r of rows) console.log(`${String(r.i).padStart(2)} ${r.gold.padEnd(22)} ${r.story.id.padEnd(16)} ${day(r.it.story.day)} ${r.it.story.year} ${r.it.story.title.slice(0, 70)}`);
console.log('\n    ' + rows.map((r) => String(r.i).padStart(4)).join(''));
for (const r of rows) console.log(String(r.i).padStart(3) + ' ' + rows.map((c) => (c.i === r.i ? '   -' : (W[r.i * items.length + c.i]!).toFixed(2).slice(1).padStart(4))).join('') + '  ' + r.gold.slice(0, 12));
console.log('\nstories:');
for (const s of g.clusterer.stories) if (s.mergedInto < 0 && s.n) console.log(`${s.id} n=${s.n} ${day(s.minDay)}..${day(s.maxDay)} line=${s.line} title=${s.bestTitle().slice(0, 80)}`);
