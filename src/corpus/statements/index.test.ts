import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysedDocument, QuoteMention } from '../../contract/pipeline.ts';
import type { EntityResolution, Grouping } from '../types.ts';
import { buildQuoteLedger } from './index.ts';

const q = (text: string, speaker: number | null, partial = false): QuoteMention =>
  ({ start: 0, end: text.length, text, partial, speaker, speakerText: null, via: null, viaText: null });
const doc = (id: string, quotes: QuoteMention[]): AnalysedDocument => ({ doc: { id } as never, analysis: { quotes } as never });

const docs = [
  doc('a', [q('We did not come to Calvero to sign paper. We came to bring our fishermen home.', 0), q('a red line', null, true)]),
  doc('b', [q('We came here to bring our fishermen home, not to sign paper', 0), q('We will never accept a red line drawn by others in the strait', 1)]),
  doc('c', [q('We came to bring our fishermen home', 1), q('The strait belongs to nobody and the talks will go on', null)]),
];
const res: EntityResolution = { entities: [], globalIds: new Map([['a', ['p:bekh']], ['b', ['p:bekh', 'p:corvo']], ['c', ['p:bekh', 'p:corvo']]]) };
const grouping = { storyOf: new Map([['a', 's1'], ['b', 's1'], ['c', 's1']]) } as Grouping;

test('rewordings by one speaker share a statement; another speaker never joins; fragments join verbatim', () => {
  const { quotes, statements } = buildQuoteLedger(docs, res, grouping);
  const st = (id: string) => quotes.find((x) => x.id === id)!.statementId;
  assert.equal(st('a:q0'), st('b:q0'));
  assert.notEqual(st('a:q0'), st('c:q0'));
  assert.equal(st('a:q1'), st('b:q1'));
  assert.equal(st('a:q0'), 'st:a:q0');
  const s = statements.find((x) => x.id === st('a:q0'))!;
  assert.deepEqual([s.speakerId, s.quoteIds], ['p:bekh', ['a:q0', 'b:q0']]);
  assert.equal(quotes.find((x) => x.id === 'c:q0')!.speakerId, 'p:corvo');
});

test('ids do not depend on input order; across stories an unknown speaker never links a fragment', () => {
  const one = buildQuoteLedger(docs, res, grouping);
  const two = buildQuoteLedger([...docs].reverse(), res, grouping);
  assert.deepEqual(one, two);
  const apart = buildQuoteLedger(docs, res, { storyOf: new Map([['a', 's1'], ['b', 's2'], ['c', 's2']]) } as Grouping);
  const st = (id: string) => apart.quotes.find((x) => x.id === id)!.statementId;
  assert.notEqual(st('a:q1'), st('b:q1'));
  assert.equal(st('a:q0'), st('b:q0'));
  assert.deepEqual(buildQuoteLedger([], res, grouping), { quotes: [], statements: [] });
});

test('one statement split by its attribution joins; two sentences between, or numbers that disagree, keep two', () => {
  const text = '“Our crews will patrol as one crew,” Captain Irena Vasko, the officer in command, told Meridian before departure.\n\n' +
    '“Any fisherman in trouble will get the same answer from us.”\n\n' +
    'She said the ship would sail at dawn. Mr. Adravi spoke next.\n\n“We will not wait for anyone to thank us for it.”';
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  const mk = (s: string): QuoteMention => ({ start: at(s)[0], end: at(s)[1], text: s, partial: false, speaker: 0, speakerText: 'Irena Vasko', via: null, viaText: null });
  const d: AnalysedDocument = { doc: { id: 'm', text } as never, analysis: { quotes: [
    mk('Our crews will patrol as one crew,'), mk('Any fisherman in trouble will get the same answer from us.'), mk('We will not wait for anyone to thank us for it.'),
  ] } as never };
  const r: EntityResolution = { entities: [], globalIds: new Map([['m', ['p:vasko']], ['n', ['p:vasko']]]) };
  const g = { storyOf: new Map([['m', 's1'], ['n', 's1']]) } as Grouping;
  const n = doc('n', [q('Talvari boats were boarded 27 times since January', 0), q('Talvari boats were boarded 12 times since January', 0)]);
  const { quotes } = buildQuoteLedger([d, n], r, g);
  const st = (id: string) => quotes.find((x) => x.id === id)!.statementId;
  assert.equal(st('m:q0'), st('m:q1'));
  assert.notEqual(st('m:q1'), st('m:q2'));
  assert.notEqual(st('n:q0'), st('n:q1'));
});

test('a role phrase its document left unresolved names the one person of the story with that role', () => {
  const role = (text: string, speakerText: string): QuoteMention => ({ ...q(text, null), speakerText });
  const people = (role: string, docId: string, id: string) => ({ id, type: 'person' as const, name: id, aliases: [], mentions: [{ documentId: docId, start: 0, end: 1 }], roles: [{ role, date: null, documentId: docId, start: 0, end: 1 }] });
  const r: EntityResolution = {
    entities: [people('head of the National Flood Service', 'x', 'p:tamm'), people('Prime Minister', 'x', 'p:rask'), people('Prime Minister', 'x', 'p:vuko')],
    globalIds: new Map([['x', []], ['y', []]]),
  };
  const ds = [doc('x', []), doc('y', [role('like a wall', "The head of Lusmar's flood service"), role('we will rebuild', 'the prime minister'), role('no comment', 'a flood service chief'), role('levels are falling', 'the service chief'), role('soon', 'the minister')])];
  const { quotes } = buildQuoteLedger(ds, r, { storyOf: new Map([['x', 's1'], ['y', 's1']]) } as Grouping);
  // two content words are enough when one person fits ("the service chief"); one never is ("the minister")
  assert.deepEqual(quotes.map((x) => x.speakerId), ['p:tamm', null, null, 'p:tamm', null]);
  // another story: nobody
  const apart = buildQuoteLedger(ds, r, { storyOf: new Map([['x', 's1'], ['y', 's2']]) } as Grouping);
  assert.equal(apart.quotes[0].speakerId, null);
});

test('a quote stitched from two passages with "(…)" is linked by its longer passage and bridges no two statements', () => {
  const stitched = [
    doc('s1', [q('No farmer should have to wait a whole winter for the money he was promised', 0), q('we will find out who signed it', 0)]),
    doc('s2', [q('No Farmer must wait again a whole Winter for the promised Money (…) we will find out who has signed it', 0)]),
  ];
  const r: EntityResolution = { entities: [], globalIds: new Map([['s1', ['p:wendemar']], ['s2', ['p:wendemar']]]) };
  const g = { storyOf: new Map([['s1', 's'], ['s2', 's']]) } as Grouping;
  const { quotes } = buildQuoteLedger(stitched, r, g);
  const st = (id: string) => quotes.find((x) => x.id === id)!.statementId;
  assert.equal(st('s2:q0'), st('s1:q0'));
  assert.notEqual(st('s1:q0'), st('s1:q1'));
});

test('a contraction keeps no two wordings of one line apart: "We\'ve" against "We have" across two stories', () => {
  const ds = [
    doc('t1', [q("We've had more help from the ferrymen than from the council,", 0)]),
    doc('t2', [q('We have had more help from ferrymen than from that council. My sister waited two days by the ferry ramp.', 0)]),
  ];
  const r: EntityResolution = { entities: [], globalIds: new Map([['t1', ['p:zindrak']], ['t2', ['p:zindrak']]]) };
  const { quotes } = buildQuoteLedger(ds, r, { storyOf: new Map([['t1', 's1'], ['t2', 's2']]) } as Grouping);
  assert.equal(quotes[0]!.statementId, quotes[1]!.statementId);
});

test('one speaker spelt two ways (a machine translation) and a surname its document left unresolved link across stories', () => {
  const person = (id: string, name: string) => ({ id, type: 'person' as const, name, aliases: [], mentions: [], roles: [] });
  const named = (text: string, speakerText: string, partial = false): QuoteMention => ({ ...q(text, null, partial), speakerText });
  const ds = [
    doc('m1', [q('The mill will stay open, and every job with it', 0)]),
    doc('m2', [q('The Mill will remain open, and every Job with it', 0)]),
    doc('m3', [named('every job with it', 'Wennow', true)]),
    doc('m4', [q('The mill will stay open, and every job with it', 0)]),
  ];
  const r: EntityResolution = {
    entities: [person('p:tovawennow', 'Tova Wennow'), person('p:tovavennow', 'Tova Vennow'), person('p:miradask', 'Mira Dask')],
    globalIds: new Map([['m1', ['p:tovawennow']], ['m2', ['p:tovavennow']], ['m3', []], ['m4', ['p:miradask']]]),
  };
  const { quotes } = buildQuoteLedger(ds, r, { storyOf: new Map([['m1', 's1'], ['m2', 's2'], ['m3', 's3'], ['m4', 's1']]) } as Grouping);
  const st = (id: string) => quotes.find((x) => x.id === id)!.statementId;
  assert.equal(st('m2:q0'), st('m1:q0'));
  assert.equal(st('m3:q0'), st('m1:q0'));
  assert.equal(quotes.find((x) => x.id === 'm3:q0')!.speakerId, 'p:tovawennow');
  assert.equal(quotes.find((x) => x.id === 'm2:q0')!.speakerId, 'p:tovavennow');
  // the same words from another person stay another statement
  assert.notEqual(st('m4:q0'), st('m1:q0'));
});

test('fragments woven into one sentence are one statement, unless one of them is a line other outlets quote', () => {
  const text = 'Halvorsk said the mill would stay open "for as long as there is wool" and called the sale "a rumour, nothing more".';
  const frag = (t: string): QuoteMention => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, text: t, partial: true, speaker: 0, speakerText: 'Halvorsk', via: null, viaText: null });
  const woven = { doc: { id: 'w', text } as never, analysis: { quotes: [frag('for as long as there is wool'), frag('a rumour, nothing more')] } as never };
  const r: EntityResolution = { entities: [], globalIds: new Map([['w', ['p:halvorsk']], ['x', ['p:halvorsk']]]) };
  const alone = buildQuoteLedger([woven], r, { storyOf: new Map([['w', 's1']]) } as Grouping);
  assert.equal(alone.quotes[0].statementId, alone.quotes[1].statementId);
  // another outlet quotes the second line on its own: the woven sentence strung two statements together
  const other = doc('x', [q('The sale is a rumour, nothing more, and the mill stays.', 0)]);
  const both = buildQuoteLedger([woven, other], r, { storyOf: new Map([['w', 's1'], ['x', 's1']]) } as Grouping);
  const st = (id: string) => both.quotes.find((x) => x.id === id)!.statementId;
  assert.equal(st('w:q1'), st('x:q0'));
  assert.notEqual(st('w:q0'), st('w:q1'));
});

test('a fragment another story quotes with no speaker joins the one statement that holds it word for word', () => {
  const res2: EntityResolution = { entities: [], globalIds: new Map([['n', ['p:lindqvell']], ['m', ['p:lindqvell']], ['blog', []]]) };
  const news = doc('n', [q('We will find out how a pumping station could run a whole week without power while nobody noticed.', 0)]);
  const blog = doc('blog', [q('a whole week without power', null, true), q('first step', null, true)]);
  const stories = { storyOf: new Map([['n', 's1'], ['m', 's1'], ['blog', 's2']]) } as Grouping;
  const one = buildQuoteLedger([news, blog], res2, stories);
  const st = (l: typeof one, id: string) => l.quotes.find((x) => x.id === id)!.statementId;
  assert.equal(st(one, 'blog:q0'), st(one, 'n:q0'));
  // the same words in two statements of the speaker: the fragment could be either, so it stays alone
  const later = doc('m', [q('It was a failure of upkeep, and it left the valley a whole week without power.', 0)]);
  const two = buildQuoteLedger([news, blog, later], res2, stories);
  assert.notEqual(st(two, 'n:q0'), st(two, 'm:q0'));
  assert.notEqual(st(two, 'blog:q0'), st(two, 'n:q0'));
  assert.notEqual(st(two, 'blog:q0'), st(two, 'm:q0'));
});

test('held by two statements, a fragment quotes the one a page published before it could have quoted', () => {
  const dated = (id: string, day: string | null, quotes: QuoteMention[]): AnalysedDocument => ({ doc: { id, publishedAt: day } as never, analysis: { quotes, publishedAt: day } as never });
  const res2: EntityResolution = { entities: [], globalIds: new Map([['n', ['p:osgrave']], ['m', ['p:osgrave']], ['blog', []]]) };
  const stories = { storyOf: new Map([['n', 's1'], ['m', 's1'], ['blog', 's2']]) } as Grouping;
  const news = (day: string | null) => dated('n', day, [q('We will find out how a pumping station could run a whole week without power while nobody noticed.', 0)]);
  const later = (day: string | null) => dated('m', day, [q('It was a failure of upkeep, and it left the valley a whole week without power.', 0)]);
  const blog = dated('blog', '2026-03-10', [q('a whole week without power', null, true)]);
  const st = (l: ReturnType<typeof buildQuoteLedger>, id: string) => l.quotes.find((x) => x.id === id)!.statementId;
  // the findings came out in June, after the blog: the blog quotes the line of February (or of an undated page)
  for (const first of ['2026-02-01', null]) {
    const l = buildQuoteLedger([news(first), later('2026-06-20'), blog], res2, stories);
    assert.equal(st(l, 'blog:q0'), st(l, 'n:q0'));
    assert.notEqual(st(l, 'n:q0'), st(l, 'm:q0'));
  }
  // both out before the blog: either could be the one quoted
  const both = buildQuoteLedger([news('2026-02-01'), later('2026-03-01'), blog], res2, stories);
  assert.notEqual(st(both, 'blog:q0'), st(both, 'n:q0'));
  assert.notEqual(st(both, 'blog:q0'), st(both, 'm:q0'));
});

test('a line credited to an organisation and, word for word, to the person who speaks for it is one statement', () => {
  const mention = (documentId: string) => ({ documentId, start: 0, end: 1 });
  const org = { id: 'o:transport', type: 'organization' as const, name: 'Quarrendel Transport Ministry', aliases: ['Ministry of Transport of Quarrendel'], mentions: [mention('w'), mention('r')] };
  const person = (id: string, role: string, docId: string) => ({ id, type: 'person' as const, name: id, aliases: [], mentions: [mention(docId)], roles: [{ role, date: null, documentId: docId, start: 0, end: 1 }] });
  const ds = [
    doc('w', [q('kept the timetable to the minute', 0, true), q('no comment', 0, true)]),
    doc('r', [q('Our Trains have kept the Time-table to the Minute (…) the Delays came from the Brisgarth Line', 1), q('No comment tonight: the inquiry will hear us', 1)]),
    doc('s', [q('We kept the timetable to the minute on every line, and we will say so to the inquiry.', 0), q('no comment tonight, the inquiry will hear us', 0)]),
  ];
  const r: EntityResolution = {
    entities: [org, person('p:velloran', 'official Representative of the Ministry Colonel', 'r'), person('p:falkirra', 'spokeswoman', 's')],
    globalIds: new Map([['w', ['o:transport']], ['r', ['o:transport', 'p:velloran']], ['s', ['p:falkirra']]]),
  };
  const { quotes } = buildQuoteLedger(ds, r, { storyOf: new Map([['w', 's1'], ['r', 's1'], ['s', 's1']]) } as Grouping);
  const st = (id: string) => quotes.find((x) => x.id === id)!.statementId;
  // the ministry's representative (a speaking role naming the ministry, both in one document): the fragment is his line,
  // "Time-table" and "timetable" one word, found in the first passage of his stitched quote
  assert.equal(st('w:q0'), st('r:q0'));
  // a two-word fragment ("no comment") is a stock phrase; a spokeswoman whose role does not say for whom stays apart
  assert.notEqual(st('w:q1'), st('r:q1'));
  assert.notEqual(st('w:q0'), st('s:q0'));
});

test('an attribution read as an organisation that names a role within it ("its former director") is the one person of the story with that role', () => {
  const org = { id: 'o:authority', type: 'organization' as const, name: 'Ardwyck Harbour Authority', aliases: [], mentions: [] };
  const ferr = { id: 'p:tollemund', type: 'person' as const, name: 'Edda Tollemund', aliases: [], mentions: [{ documentId: 'h', start: 0, end: 1 }], roles: [{ role: 'former director', date: null, documentId: 'h', start: 0, end: 1 }] };
  const ds = [doc('h', [{ ...q('checked paperwork, not cranes', 0, true), speakerText: 'its former director' }, { ...q('a failure of oversight', 0, true), speakerText: 'The Ardwyck Harbour Authority' }])];
  const r: EntityResolution = { entities: [org, ferr], globalIds: new Map([['h', ['o:authority']]]) };
  const { quotes } = buildQuoteLedger(ds, r, { storyOf: new Map([['h', 's1']]) } as Grouping);
  assert.deepEqual(quotes.map((x) => x.speakerId), ['p:tollemund', 'o:authority']);
});
