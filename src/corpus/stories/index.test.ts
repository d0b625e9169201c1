import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument } from '../../contract/pipeline.ts';
import { groupDocuments, type StoryState } from './index.ts';

function doc(id: string, publishedAt: string, title: string, text: string, outlet: string | null = null): AnalysedDocument {
  return {
    doc: { id, source: id, title, outlet, byline: null, publishedAt, dateProvenance: { method: 'input', raw: publishedAt, inferred: false }, dateCandidates: [], modifiedAt: null, language: 'en', url: null, text },
    analysis: { documentId: id, publishedAt, dateProvenance: { method: 'input', raw: publishedAt, inferred: false }, sentences: [], entities: [], mentions: [], quotes: [], dates: [], events: [], claims: [], flags: [] },
  };
}

const QUAKE = 'A magnitude 6.1 earthquake struck the coastal province of Varenna early on Monday, collapsing houses in the port of Selmo. Rescue teams from Varenna searched the rubble in Selmo for survivors as aftershocks shook the coast.';
const QUAKE2 = 'Rescuers in Selmo pulled two survivors from a collapsed school on Tuesday, a day after the Varenna earthquake. The governor of Varenna said the earthquake had destroyed hundreds of houses along the coast.';
const ELECTION = 'Voters in the northern republic of Kastoria elected Mira Delane as president on Sunday, ending twelve years of rule by the Union party. Delane promised to reform the courts and the central bank of Kastoria.';
const ELECTION2 = 'President-elect Mira Delane named her cabinet on Tuesday, two days after winning the Kastoria presidential election. Delane chose a former central bank governor as finance minister.';
const ANNIVERSARY = 'One year after the Varenna earthquake destroyed houses in Selmo, survivors in Selmo still live in tents, and the rebuilding of the port has barely begun, the Varenna governor admitted on Monday.';

test('articles about one event share a story; other events and a year-later follow-up do not', () => {
  const docs = [
    doc('q1', '2024-03-04', 'Earthquake hits Varenna coast', QUAKE, 'Wire A'),
    doc('e1', '2024-03-03', 'Delane wins Kastoria election', ELECTION),
    doc('q2', '2024-03-05', 'Survivors pulled from Selmo rubble', QUAKE2),
    doc('e2', '2024-03-05', 'Delane names cabinet', ELECTION2),
    doc('q3', '2024-03-04', 'Earthquake hits Varenna coast', QUAKE, 'Daily B'),
    doc('a1', '2025-03-03', 'A year on, Selmo still waits', ANNIVERSARY),
  ];
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const s = (id: string) => grouping.storyOf.get(id);
  assert.equal(s('q1'), s('q2'));
  assert.equal(s('q1'), s('q3'));
  assert.equal(s('e1'), s('e2'));
  assert.notEqual(s('q1'), s('e1'));
  assert.notEqual(s('a1'), s('q1'));
  assert.equal(grouping.duplicateOf.get('q3'), 'q1');
  assert.equal(grouping.syndicatedFrom.get('q3'), 'Wire A');
  const anniversary = grouping.stories.find((x) => x.id === s('a1'))!;
  const quake = grouping.stories.find((x) => x.id === s('q1'))!;
  assert.equal(anniversary.storylineId, quake.storylineId);
  assert.deepEqual(quake.dateRange, { from: '2024-03-04', to: '2024-03-05' });
});

test('incremental: a later batch joins existing stories without moving old documents; state survives JSON', () => {
  const first = [doc('q1', '2024-03-04', 'Earthquake hits Varenna coast', QUAKE), doc('e1', '2024-03-03', 'Delane wins Kastoria election', ELECTION)];
  const run1 = groupDocuments(first, new Set(['q1', 'e1']), null);
  const state = JSON.parse(JSON.stringify(run1.state)) as StoryState;
  const all = [...first, doc('q2', '2024-03-05', 'Survivors pulled from Selmo rubble', QUAKE2), doc('e2', '2024-03-05', 'Delane names cabinet', ELECTION2)];
  const run2 = groupDocuments(all, new Set(['q2', 'e2']), state);
  const s = run2.grouping.storyOf;
  assert.equal(s.get('q1'), run1.grouping.storyOf.get('q1'));
  assert.equal(s.get('q2'), s.get('q1'));
  assert.equal(s.get('e2'), s.get('e1'));
  assert.equal(run2.grouping.stories.length, 2);
});

test('order of the input does not change the result', () => {
  const docs = [doc('q1', '2024-03-04', 'Earthquake', QUAKE), doc('e1', '2024-03-03', 'Election', ELECTION), doc('q2', '2024-03-05', 'Rubble', QUAKE2)];
  const a = groupDocuments(docs, new Set(['q1', 'e1', 'q2']), null).grouping.storyOf;
  const b = groupDocuments([...docs].reverse(), new Set(['q1', 'e1', 'q2']), null).grouping.storyOf;
  assert.deepEqual([...a].sort(), [...b].sort());
});

test('empty and hostile input never throws', () => {
  const docs = [doc('x', 'not a date', '', ''), doc('y', '2024-01-01', '\u0000', '<script>')];
  const { grouping } = groupDocuments(docs, new Set(['x', 'y']), { version: 1, stories: 'broken' });
  assert.equal(grouping.storyOf.size, 2);
  assert.equal(groupDocuments([], new Set(), null).grouping.stories.length, 0);
});

test('incremental duplicates: an earlier copy arriving later becomes the original; the copy keeps its story', () => {
  const run1 = groupDocuments([doc('late', '2024-03-05', 'Earthquake hits Varenna coast', QUAKE, 'Daily B')], new Set(['late']), null);
  const state = JSON.parse(JSON.stringify(run1.state)) as StoryState;
  const all = [doc('late', '2024-03-05', 'Earthquake hits Varenna coast', QUAKE, 'Daily B'), doc('early', '2024-03-04', 'Earthquake hits Varenna coast', QUAKE, 'Wire A')];
  const { grouping } = groupDocuments(all, new Set(['early']), state);
  assert.equal(grouping.duplicateOf.get('late'), 'early');
  assert.equal(grouping.duplicateOf.get('early'), null);
  assert.equal(grouping.syndicatedFrom.get('late'), 'Wire A');
  assert.equal(grouping.storyOf.get('early'), grouping.storyOf.get('late'));
});

test('a sentence about another time is background: its old names do not pull an article into the old story', async () => {
  const { isBackground } = await import('./features.ts');
  assert.equal(isBackground('The flood recalled the fire in Dornbury last year, when Ada Vell led the Kress Council.', 2024), true);
  assert.equal(isBackground('Klitschko beat Rahman in 2001 in Las Vegas.', 2012), true);
  assert.equal(isBackground('Klitschko beat Thompson in 2012 in Bern.', 2012), false);
  assert.equal(isBackground('Rescuers searched the rubble on Monday.', 0), false);
  // "comes two days after": the sentence sets the event beside an earlier one of its kind, whose names it lists.
  assert.equal(isBackground('The blaze comes two days after a warehouse fire at Dunhallow killed a guard.', 2024), true);
  assert.equal(isBackground('The strike came a week after the Varn Bridge collapse.', 2024), true);
  assert.equal(isBackground('The talks came after a night of shelling near Osterby.', 2024), false);
  // A hedged span ("less than two weeks after") still sets the event beside an earlier one.
  assert.equal(isBackground('The spill came less than two weeks after a tanker ran aground off Quellmouth.', 2024), true);
  assert.equal(isBackground('The vote comes nearly three months after the Harrow Mill strike.', 2024), true);
});

test('a publish date the analysis inferred from the text gives the year, not the day', async () => {
  const { groupItem } = await import('./index.ts');
  const d = doc('k1', '', 'Klitschko retains belts', 'Updated: July 7, 2012. Klitschko stopped Thompson in the sixth round.');
  d.doc.publishedAt = null;
  d.analysis.publishedAt = '2012-07-07';
  d.analysis.dateProvenance = { method: 'inferred', raw: 'July 7, 2012', inferred: true };
  const it = groupItem(d);
  assert.ok(Number.isNaN(it.story.day));
  assert.equal(it.story.year, 2012);
});

test('a different event a few days later with the same names opens its own story in the same storyline', () => {
  const ARREST = 'Prosecutors arrested Tomas Brenn, whose firm built the collapsed school in Selmo, on Sunday and charged him with negligence. Brenn used cheap concrete and forged the inspection papers, a prosecutor said; his lawyer denied the charges.';
  const docs = [
    doc('q1', '2024-03-04', 'Earthquake hits Varenna coast', QUAKE),
    doc('q2', '2024-03-05', 'Survivors pulled from Selmo rubble', QUAKE2),
    doc('b1', '2024-03-10', 'Selmo school builder arrested', ARREST),
    doc('e1', '2024-03-06', 'Delane names cabinet', ELECTION2),
  ];
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const story = (id: string) => grouping.stories.find((s) => s.documentIds.includes(id))!;
  assert.notEqual(story('b1').id, story('q1').id);
  assert.equal(story('b1').storylineId, story('q1').storylineId);
  assert.notEqual(story('e1').storylineId, story('q1').storylineId);
});

test('a follow-up that names two earlier stories of its topic ties their storylines into one: a blog told apart from the coverage at first', () => {
  const DAM = 'The Vashcombe dam on the Quilby river burst before dawn on Tuesday, flooding the valley town of Esselford. Police said eleven people drowned in Esselford and hundreds of houses were under water along the Quilby.';
  const DAM2 = 'Rescuers in Esselford searched flooded houses on Wednesday, a day after the Vashcombe dam burst. The death toll in the Quilby valley rose to fourteen, police said.';
  const BLOG = 'Notes from the relief camp at Marrowgate school: volunteers cooked soup for four hundred evacuees, children slept on gym mats, and the camp doctor ran out of insulin by Friday night.';
  const REPORT = 'An inquiry into the Vashcombe dam burst found that engineers had warned of cracks in the Quilby wall. It also praised the Marrowgate school relief camp, where volunteers cooked soup for evacuees and the camp doctor ran out of insulin.';
  const docs = [
    doc('d1', '2024-05-07', 'Vashcombe dam bursts, Esselford flooded', DAM),
    doc('d2', '2024-05-08', 'Esselford toll rises', DAM2),
    doc('b1', '2024-05-20', 'A week at the Marrowgate relief camp', BLOG),
    doc('r1', '2024-07-02', 'Vashcombe inquiry blames engineers', REPORT),
  ];
  const { grouping } = groupDocuments(docs, new Set(docs.map((d) => d.doc.id)), null);
  const story = (id: string) => grouping.stories.find((x) => x.documentIds.includes(id))!;
  // Three stories: the coverage, the blog (too unlike the coverage to be linked on its own) and the inquiry.
  assert.deepEqual(grouping.stories.map((s) => s.documentIds.join(',')), ['d1,d2', 'b1', 'r1']);
  assert.equal(story('b1').storylineId, story('d1').storylineId);
  assert.equal(story('r1').storylineId, story('d1').storylineId);
});
