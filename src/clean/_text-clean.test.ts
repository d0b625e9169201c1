import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle, creditLines } from './index.ts';
import { cutAtBoundary } from './_truncate.ts';
import { MAX_TEXT_CHARS } from './constants.ts';

const clean = (content: string) => cleanArticle({ id: 't', source: 't.txt', format: 'text', content, hints: {} });

const SENTENCES = [
  'The harbour council met on Tuesday to discuss the new pier and what it will cost the town over ten years.',
  'Engineers said the old breakwater must be raised by two metres before any work on the pier can begin.',
  'Fishermen asked for a separate landing stage so that their boats are not kept waiting behind cargo ships.',
];

test('a 10 MB article saved as one line keeps its text, cut at a sentence end with a note', () => {
  let line = '';
  for (let i = 0; line.length < 10_000_000; i++) line += SENTENCES[i % 3] + ' ';
  const doc = clean(line);
  assert.ok(doc.text.startsWith(SENTENCES[0]));
  assert.ok(doc.text.length > MAX_TEXT_CHARS * 0.9 && doc.text.length < MAX_TEXT_CHARS + 200);
  assert.match(doc.text, /metres before any work on the pier can begin\.\n\n\[Text cut: the first [\d,]+ of [\d,]+ characters are kept\.\]$|town over ten years\.\n\n\[Text cut|behind cargo ships\.\n\n\[Text cut/);
  assert.equal(doc.language, 'en');
});

test('a one-line article without a final full stop is still kept', () => {
  const body = SENTENCES.join(' ').repeat(12).replace(/\.$/, '') + ' and the vote is due next month';
  assert.equal(clean(`Council Debates New Pier\n${body}`).text, body);
});

test('cutAtBoundary leaves short texts alone and cuts long ones after a sentence', () => {
  assert.deepEqual(cutAtBoundary('Short text.', 100), { text: 'Short text.', cut: false, from: 11 });
  const c = cutAtBoundary('One sentence here. Two sentences here. Three', 40);
  assert.equal(c.text, 'One sentence here. Two sentences here.');
  assert.equal(c.cut, true);
});

test('lines quoted in 〝…〟 or ending in 」 and » are kept as paragraphs', () => {
  const lines = [
    'Harbour Council Approves New Pier',
    'The council voted nine to two for the plan on Tuesday after a long debate about the costs and the schedule of the works.',
    '〝We will build it this year, and the first ships will tie up there before the winter storms reach the coast of our town.〟',
    'The mayor said the money was already set aside in the budget for the next two years of work on the pier and the breakwater.',
    '〝港の新しい桟橋は今年中に完成させます。漁業者の皆さんにも使いやすい設計にしました。冬の嵐が来る前に最初の船を迎えたいと考えています。〟',
    'Councillor Ana Berg voted against and said: «The costs are far too high for a town of this size and for its small budget.»',
    'The works are due to start in May, once the engineers have finished their survey of the old breakwater and the sea floor.',
  ];
  const text = clean(lines.join('\n\n')).text;
  for (const l of lines.slice(1)) assert.ok(text.includes(l), `keeps ${l.slice(0, 30)}`);
});

test('a lead paragraph cut off from the body by a video widget line is kept; the widget line is not', () => {
  const lead = 'A fire at the harbour warehouse in Lindmark late on Saturday destroyed two fishing boats, the fire service said.';
  const page = [lead, 'VIDEO: Harbour warehouse fire', 'Watch this story', ...SENTENCES].join('\n');
  const text = clean(page).text;
  assert.ok(text.startsWith(`${lead}\n\n${SENTENCES[0]}`), text.slice(0, 200));
  assert.ok(!text.includes('VIDEO'));
});

test('credit lines leave the body but stay readable: a wire sign-off and a Source line, never a picture credit', () => {
  const body = SENTENCES.join('\n\n');
  const signed = cleanArticle({ id: 's', source: 's.txt', format: 'text', content: `Pier plan\n\nby Bay Daily\n\n${body}\n\nCOAST\n\nShare this:\nFacebook`, hints: {} });
  assert.ok(!signed.text.includes('COAST'));
  assert.deepEqual(creditLines(signed), ['COAST']);
  const sourced = clean(`Pier plan\n\n${body}\n\nPhoto: Ilse Varn\n\nSource: PNA, Coast Wire`);
  assert.ok(!sourced.text.includes('Source:'));
  assert.deepEqual(creditLines(sourced), ['PNA, Coast Wire']);
  assert.deepEqual(creditLines(clean(body)), []);
});

test('a stamp with its day written "4. April" (German and Slavic order, kept by machine translations) dates the page', () => {
  const doc = clean(['Drossel Bote', '', 'Authorities free the captain of the tanker after 48 hours', '', "Saturday, 4. April 2026, 16:05 o'clock", '',
    ...SENTENCES].join('\n'));
  assert.equal(doc.publishedAt?.slice(0, 10), '2026-04-04');
});

test('an ad label framed by dashes ("– Sponsored –") after the first paragraph does not cut that paragraph off the body', () => {
  const doc = clean(['THE BRELLOCK GAZETTE', '', 'Harbour council backs the new pier', '', SENTENCES[0]!, '', '– Sponsored –', '', ...SENTENCES.slice(1)].join('\n'));
  assert.ok(doc.text.includes(SENTENCES[0]!), 'the first paragraph is kept');
  assert.ok(!doc.text.includes('Sponsored'), 'the label is dropped');
});

test('a caption under an image file name, printed twice, is kept once and marked a caption; a lead under a bare picture is not', () => {
  const caption = 'Ferry passengers wait on the quay at Wexmoor on Sunday.';
  const lead = 'The ferry service between Wexmoor and Pellacombe was suspended on Monday after a crack was found in the hull of its only vessel, the operator said.';
  const more = 'Engineers from the operator expect the repairs to take at least three weeks, and a chartered boat will carry freight in the meantime.';
  const doc = clean(['Ferry service suspended after crack found in hull', '', 'wexmoor-quay.jpg', caption, caption, '', lead, '', more].join('\n'));
  assert.equal(doc.text, `${caption}\n\n${lead}\n\n${more}`);
  assert.deepEqual(doc.captions, [caption]);
  const bare = clean(['Ferry service suspended after crack found in hull', '', 'wexmoor-quay.jpg', lead, '', more].join('\n'));
  assert.equal(bare.text, `${lead}\n\n${more}`);
  assert.equal(bare.captions, undefined);
});

/** A blog post (widget date, menu, byline, two paragraphs) ending in a timeline of the given entries and a footer stamp. */
const postWithTimeline = (entries: string[]): string => [
  'The Harnstead Ledger', '', 'Saturday, December 5, 2026', '', 'Home | Archive | About', '',
  'Why the Merrowind bridge tender failed', '', 'Posted by Ostrevik Quillimer', '',
  'The contract for the Merrowind bridge was signed on Thursday, September 18, after a tender with a single bidder left in it.',
  '',
  'Six months later the councillor who signed it was arrested, and the prosecutor says the tender was rigged from the start.',
  '', 'Timeline:', ...entries, '',
  'This entry was posted on Monday, March 16, 2026 in Contracts.', '1 comment', 'Leave a reply',
].join('\n');

test('a timeline ending a post is kept as text, not lifted as page stamps; the footer stamp dates the post', () => {
  const doc = clean(postWithTimeline(['2025-09-18 - bridge contract signed', '2026-03-10 - councillor arrested', '2026-03-11 - remand hearing']));
  assert.match(doc.text, /\n2025-09-18 - bridge contract signed\n+2026-03-10 - councillor arrested\n+2026-03-11 - remand hearing/);
  assert.equal(doc.publishedAt?.slice(0, 10), '2026-03-16');
  assert.ok(!doc.dateCandidates?.some((c) => c.value.startsWith('2025-09-18')));
});

test('a timeline entry that opens with a figure is an entry of the list, not a page stamp', () => {
  const doc = clean(postWithTimeline(['2026-03-10 - councillor arrested', '2026-03-11 - remand hearing', '2026-03-12 - 40,000-florin bail set']));
  assert.match(doc.text, /\n2026-03-11 - remand hearing\n+2026-03-12 - 40,000-florin bail set/);
  assert.equal(doc.publishedAt?.slice(0, 10), '2026-03-16');
  assert.ok(!doc.dateCandidates?.some((c) => c.value.startsWith('2026-03-12')));
});

test('an agency line right after a dateline lead that names no agency is a credit; a capitals subhead later is not', () => {
  const body = SENTENCES.join('\n\n');
  const lead = 'MARVELLE, Oskaria — The harbour board of Marvelle voted on Tuesday to close the old ferry pier for a year of repairs.';
  const copy = cleanArticle({ id: 'c', source: 'c.txt', format: 'text', content: `Pier shut for a year\n\nby Bay Daily\n\n${lead}\n\nOPW\n\n${body}\n\nShare this:\nFacebook`, hints: {} });
  assert.deepEqual(creditLines(copy), ['OPW']);
  const plain = cleanArticle({ id: 'd', source: 'd.txt', format: 'text', content: `Pier shut for a year\n\nby Bay Daily\n\nThe harbour board voted on Tuesday to close the old ferry pier.\n\nOPW\n\n${body}\n\nShare this:\nFacebook`, hints: {} });
  assert.deepEqual(creditLines(plain), []);
});
