import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DemoGoldSchema, GOLD_SETS, REPO_ROOT, demoInputPaths, goldForSplit, loadBlindGold, loadDemoGold, loadDev2Gold, loadDev3Gold, parseFileRef,
  readGoldFile,
  type DemoGold, type GoldSplit,
} from './index.ts';

const gold = loadDemoGold();
const blind = loadBlindGold();
const dev2 = loadDev2Gold();
const dev3 = loadDev3Gold();
const files = new Set(gold.documents.map((d) => d.file));

/** The newer development and blind sets, while they are being written: checked once their gold file exists. */
const LATER_DEVS: ReadonlyArray<[string, DemoGold]> = (['dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77', 'dev78', 'dev79', 'dev80', 'dev81', 'dev82', 'dev83', 'dev84', 'dev85', 'dev86', 'dev87', 'dev88', 'dev89', 'dev90', 'dev91', 'dev92', 'dev93', 'dev94', 'dev95', 'dev96', 'dev97', 'dev98', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind40', 'blind41', 'blind42'] as const)
  .filter((name) => existsSync(GOLD_SETS[name].path))
  .map((name) => [name, GOLD_SETS[name].load()]);

/** The checks every gold must pass, whatever corpus it annotates. */
const GOLDS: ReadonlyArray<[string, DemoGold]> = [['demo', gold], ['blind', blind], ['dev2', dev2], ['dev3', dev3], ...LATER_DEVS];

/** The raw text of every article file of a gold, joined. */
function articleText(g: DemoGold): string {
  return demoInputPaths(g).map((p) => readFileSync(resolve(REPO_ROOT, p), 'utf8')).join('\n');
}

function assertIn(known: Set<string>, file: string, text: string, what: string): void {
  assert.ok(known.has(file), `${what}: ${file} is not a gold document`);
  assert.ok(readGoldFile(file).includes(text), `${what}: ${JSON.stringify(text)} does not occur in ${file}`);
}

test('the shipped gold parses and covers the corpus the issue asks for', () => {
  assert.equal(gold.documents.length, files.size, 'one gold document per file reference');
  assert.ok(gold.documents.length >= 14);
  assert.ok(new Set(gold.documents.map((d) => d.outlet)).size >= 8);
  const heldout = gold.documents.filter((d) => d.split === 'heldout').length / gold.documents.length;
  assert.ok(heldout >= 0.2 && heldout <= 0.35, `heldout share ${heldout}`);
  for (const key of ['stories', 'entities', 'quotes', 'events', 'dates', 'claims', 'flags'] as const) assert.ok(gold[key].length > 0, key);
});

/** What an extra gold set (blind, dev2) must cover: its own folder and split, every item kind and flag kind. */
function assertCoversNewSet(g: DemoGold, folder: string, split: GoldSplit, docs: [number, number], outlets: number): void {
  assert.equal(g.documents.length, new Set(g.documents.map((d) => d.file)).size, 'one gold document per file reference');
  assert.ok(g.documents.length >= docs[0] && g.documents.length <= docs[1], `${g.documents.length} documents`);
  assert.ok(new Set(g.documents.map((d) => d.outlet)).size >= outlets);
  assert.ok(g.documents.every((d) => d.split === split && d.file.startsWith(folder)));
  for (const key of ['stories', 'entities', 'quotes', 'events', 'dates', 'claims', 'flags'] as const) assert.ok(g[key].length > 0, key);
  assert.ok(g.stories.some((s) => s.storyline === undefined), 'a hard-negative story outside the storyline');
  for (const kind of ['date', 'number', 'quote-wording', 'duplicate', 'second-hand'] as const) {
    assert.ok(g.flags.some((f) => f.kind === kind), `flag ${kind}`);
  }
}

test('the blind gold covers 9-12 new articles from several outlets, all in split "blind"', () => {
  assertCoversNewSet(blind, 'eval/blind/', 'blind', [9, 12], 6);
});

test('the blind gold uses names the demo corpus never mentions', () => {
  const demoText = articleText(gold);
  for (const e of blind.entities) assert.ok(!demoText.includes(e.name), `${e.name} occurs in the demo corpus`);
  for (const d of blind.documents) assert.ok(!demoText.includes(d.outlet), `outlet ${d.outlet} occurs in the demo corpus`);
});

test('the dev2 gold covers 10-12 new articles from several outlets, all in split "dev"', () => {
  assertCoversNewSet(dev2, 'eval/dev2/', 'dev', [10, 12], 8);
  assert.ok(dev2.stories.filter((s) => s.storyline === undefined).length >= 2, 'a hard negative and an unrelated topic outside the storyline');
  assert.ok(dev2.entities.some((e) => e.metonymFor), 'a capital standing for its government');
  assert.ok(dev2.entities.some((e) => new Set(e.roles.map((r) => r.role)).size > 1), 'a person whose role changes');
});

test('the dev2 gold uses names neither the demo nor the blind articles mention', () => {
  const otherText = `${articleText(gold)}\n${articleText(blind)}`;
  for (const e of dev2.entities) assert.ok(!otherText.includes(e.name), `${e.name} occurs in the demo or blind articles`);
  for (const d of dev2.documents) assert.ok(!otherText.includes(d.outlet), `outlet ${d.outlet} occurs in the demo or blind articles`);
});

test('the dev3 gold covers 8-10 new articles from several outlets, all in split "dev"', () => {
  assertCoversNewSet(dev3, 'eval/dev3/', 'dev', [8, 10], 8);
  assert.ok(dev3.stories.filter((s) => s.storyline === undefined).length >= 2, 'a hard negative and an unrelated topic outside the storyline');
  assert.ok(dev3.entities.some((e) => e.metonymFor), 'a capital standing for its government');
  assert.ok(dev3.entities.some((e) => new Set(e.roles.map((r) => r.role)).size > 1), 'a person whose role changes');
  assert.ok(dev3.events.some((e) => e.date.startsWith('2025-12')) && dev3.events.some((e) => e.date.startsWith('2026-01')), 'a storyline across the year end');
});

test('the dev3 gold uses names neither the demo, the dev2 nor the blind articles mention', () => {
  const otherText = `${articleText(gold)}\n${articleText(dev2)}\n${articleText(blind)}`;
  for (const e of dev3.entities) assert.ok(!otherText.includes(e.name), `${e.name} occurs in the demo, dev2 or blind articles`);
  for (const d of dev3.documents) assert.ok(!otherText.includes(d.outlet), `outlet ${d.outlet} occurs in the demo, dev2 or blind articles`);
  for (const d of dev3.documents) if (d.byline) assert.ok(!otherText.includes(d.byline), `byline ${d.byline} occurs in the demo, dev2 or blind articles`);
});

for (const [name, g] of LATER_DEVS) {
  const split: GoldSplit = name.startsWith('blind') ? 'blind' : 'dev';
  test(`the ${name} gold covers 8-12 new articles from several outlets, all in split "${split}"`, () => {
    assertCoversNewSet(g, `eval/${name}/`, split, [8, 12], 7);
    assert.ok(g.stories.filter((s) => s.storyline === undefined).length >= 2, 'a hard negative and an unrelated topic outside the storyline');
  });

  test(`the ${name} gold uses names no other gold's articles mention`, () => {
    const otherText = GOLDS.filter(([other]) => other !== name).map(([, o]) => articleText(o)).join('\n');
    for (const e of g.entities) assert.ok(!otherText.includes(e.name), `${e.name} occurs in another gold's articles`);
    for (const d of g.documents) assert.ok(!otherText.includes(d.outlet), `outlet ${d.outlet} occurs in another gold's articles`);
    for (const d of g.documents) if (d.byline) assert.ok(!otherText.includes(d.byline), `byline ${d.byline} occurs in another gold's articles`);
  });
}

for (const [name, g] of GOLDS) {
  const known = new Set(g.documents.map((d) => d.file));
  const entityIds = new Set(g.entities.map((e) => e.id));

  test(`${name}: every quoted text, evidence, date, claim span and mustKeep/mustRemove line occurs in its file`, () => {
    for (const d of g.documents) {
      for (const t of d.mustKeep) assertIn(known, d.file, t, 'mustKeep');
      for (const t of d.mustRemove) assertIn(known, d.file, t, 'mustRemove');
    }
    for (const q of g.quotes) assertIn(known, q.file, q.text, `quote ${q.statement}`);
    for (const e of g.events) for (const s of e.evidence) assertIn(known, s.file, s.text, `event ${e.id}`);
    for (const d of g.dates) assertIn(known, d.file, d.text, 'date');
    for (const c of g.claims) for (const s of [...c.support, ...c.conflicts]) assertIn(known, s.file, s.text, `claim ${c.id}`);
  });

  test(`${name}: no mustRemove line is part of a body line or quote of the same file`, () => {
    for (const d of g.documents) {
      const body = [...d.mustKeep, ...g.quotes.filter((q) => q.file === d.file).map((q) => q.text)];
      for (const r of d.mustRemove) for (const b of body) assert.ok(!b.includes(r), `${d.file}: ${JSON.stringify(r)} inside body text`);
    }
  });

  test(`${name}: references point at known entities, files and stories`, () => {
    const corpus = [...known].map((f) => readGoldFile(f)).join('\n');
    for (const e of g.entities) {
      for (const a of e.aliases) assert.ok(corpus.includes(a), `alias ${JSON.stringify(a)} of ${e.id} never occurs`);
      if (e.metonymFor) assert.ok(entityIds.has(e.metonymFor));
    }
    for (const q of g.quotes) {
      if (q.speaker) assert.ok(entityIds.has(q.speaker), `speaker ${q.speaker}`);
      if (q.via) assert.ok(entityIds.has(q.via), `via ${q.via}`);
    }
    for (const e of g.events) {
      for (const p of e.participants) assert.ok(entityIds.has(p), `${e.id} participant ${p}`);
      if (e.place) assert.ok(entityIds.has(e.place), `${e.id} place ${e.place}`);
      assert.equal(e.date.length, { day: 10, month: 7, year: 4 }[e.precision], `${e.id} precision`);
    }
    const inStories = g.stories.flatMap((s) => s.files).sort();
    assert.deepEqual(inStories, [...known].sort(), 'stories partition the documents');
    for (const d of g.documents) {
      assert.ok(g.stories.find((s) => s.id === d.story)?.files.includes(d.file), `${d.file} in story ${d.story}`);
      if (d.duplicateOf) assert.ok(known.has(d.duplicateOf));
    }
    for (const f of g.flags) for (const x of f.files) assert.ok(known.has(x), `flag file ${x}`);
  });
}

test('the feed has one malformed line that is not a gold document', () => {
  const lines = readFileSync(resolve(REPO_ROOT, 'demo/feed.jsonl'), 'utf8').split('\n').filter(Boolean);
  const bad = lines.map((l, i) => { try { JSON.parse(l); return null; } catch { return i + 1; } }).filter((n) => n !== null);
  assert.deepEqual(bad, [3]);
  assert.ok(!files.has('demo/feed.jsonl#3'));
  assert.deepEqual(parseFileRef('demo/feed.jsonl#2'), { path: 'demo/feed.jsonl', line: 2 });
});

test('goldForSplit keeps only items from the split', () => {
  const dev = goldForSplit(gold, 'dev');
  const devFiles = new Set(dev.documents.map((d) => d.file));
  assert.ok(dev.quotes.every((q) => devFiles.has(q.file)));
  assert.ok(dev.dates.every((d) => devFiles.has(d.file)));
  assert.ok(!dev.entities.some((e) => e.id === 'irena-vasko'), 'heldout-only entity leaked into dev');
  assert.ok(DemoGoldSchema.safeParse(dev).success);
  const heldout = goldForSplit(gold, 'heldout');
  assert.equal(dev.documents.length + heldout.documents.length, gold.documents.length);
  assert.equal(goldForSplit(gold, 'blind').documents.length, 0, 'the demo has no blind documents');
});

test('goldForSplit of the blind gold keeps everything, and its feed lines resolve', () => {
  const all = goldForSplit(blind, 'blind');
  assert.deepEqual(all, blind);
  assert.deepEqual(parseFileRef('eval/blind/feed.jsonl#3'), { path: 'eval/blind/feed.jsonl', line: 3 });
  assert.ok(readGoldFile('eval/blind/feed.jsonl#2').startsWith('<article>'), 'line 2 is an html record');
  assert.ok(readGoldFile('eval/blind/feed.jsonl#1').length > 0);
});

test('goldForSplit of the dev2 gold keeps everything under "dev", and its feed lines resolve', () => {
  assert.deepEqual(goldForSplit(dev2, 'dev'), dev2);
  assert.equal(goldForSplit(dev2, 'heldout').documents.length, 0);
  assert.deepEqual(parseFileRef('eval/dev2/feed.jsonl#3'), { path: 'eval/dev2/feed.jsonl', line: 3 });
  assert.ok(readGoldFile('eval/dev2/feed.jsonl#2').startsWith('<article>'), 'line 2 is an html record');
  assert.ok(readGoldFile('eval/dev2/feed.jsonl#1').length > 0);
});

test('goldForSplit of the dev3 gold keeps everything under "dev", and its feed lines resolve', () => {
  assert.deepEqual(goldForSplit(dev3, 'dev'), dev3);
  assert.equal(goldForSplit(dev3, 'heldout').documents.length, 0);
  assert.deepEqual(parseFileRef('eval/dev3/feed.jsonl#2'), { path: 'eval/dev3/feed.jsonl', line: 2 });
  assert.ok(readGoldFile('eval/dev3/feed.jsonl#2').startsWith('<article>'), 'line 2 is an html record');
  assert.ok(readGoldFile('eval/dev3/feed.jsonl#1').length > 0);
});

test('demoInputPaths lists the article files only', () => {
  const paths = demoInputPaths(gold);
  assert.equal(paths.length, 13);
  assert.ok(paths.includes('demo/feed.jsonl'));
  assert.ok(!paths.some((p) => p.endsWith('README.md') || p.endsWith('gold.json')));
  const blindPaths = demoInputPaths(blind);
  assert.equal(blindPaths.length, 9);
  assert.ok(blindPaths.includes('eval/blind/feed.jsonl'));
  assert.ok(blindPaths.every((p) => p.startsWith('eval/blind/') && !p.endsWith('README.md') && !p.endsWith('gold.json')));
  const dev2Paths = demoInputPaths(dev2);
  assert.equal(dev2Paths.length, 10);
  assert.ok(dev2Paths.includes('eval/dev2/feed.jsonl'));
  assert.ok(dev2Paths.every((p) => p.startsWith('eval/dev2/') && !p.endsWith('README.md') && !p.endsWith('gold.json')));
  const dev3Paths = demoInputPaths(dev3);
  assert.equal(dev3Paths.length, 9);
  assert.ok(dev3Paths.includes('eval/dev3/feed.jsonl'));
  assert.ok(dev3Paths.every((p) => p.startsWith('eval/dev3/') && !p.endsWith('README.md') && !p.endsWith('gold.json')));
});

test('loadBlindGold refuses a gold whose documents are not all blind', () => {
  assert.throws(() => loadBlindGold(resolve(REPO_ROOT, 'demo/gold.json')), /split "dev" in the blind gold/);
});

test('loadDev2Gold refuses a gold whose documents are not all dev', () => {
  assert.throws(() => loadDev2Gold(resolve(REPO_ROOT, 'demo/gold.json')), /split "heldout" in the dev2 gold/);
  assert.throws(() => loadDev2Gold(resolve(REPO_ROOT, 'eval/blind/gold.json')), /split "blind" in the dev2 gold/);
});

test('loadDev3Gold refuses a gold whose documents are not all dev', () => {
  assert.throws(() => loadDev3Gold(resolve(REPO_ROOT, 'demo/gold.json')), /split "heldout" in the dev3 gold/);
  assert.throws(() => loadDev3Gold(resolve(REPO_ROOT, 'eval/blind/gold.json')), /split "blind" in the dev3 gold/);
});
