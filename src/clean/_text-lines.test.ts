import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './index.ts';
import { bodySpan, classifyLines, isDatedItem } from './_text-lines.ts';

const clean = (lines: string[]) => cleanArticle({ id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), hints: {} }).text;

test('a tour list of dated venues stays in the body; teasers after a date stamp do not', () => {
  const lines = [
    'Lindmark Music', 'Home | News | Tours',
    'The Harbour Lights Announce 40th Anniversary Tour',
    'The Harbour Lights will mark forty years since their first record with a summer tour of thirty dates across the north.',
    'Tickets go on sale on Friday at nine in the morning through the venues and the band’s own website, the promoter said.',
    'The Harbour Lights 40th Anniversary Tour dates:',
    'June 9 -- North Pier Arena, Lindmark',
    'June 12 -- Old Mill Hall, Helsa',
    'June 14 -- Castle Green, Nordvik',
    'More Lindmark Music',
    'Choir festival moves to the cathedral after flood damage',
    'Wednesday November 20, 2019',
    'The annual choir festival will be held in the cathedral this year because the concert hall is still closed after the floods.',
  ];
  const text = clean(lines);
  for (const l of lines.slice(3, 9)) assert.ok(text.includes(l), `keeps ${l}`);
  assert.ok(!text.includes('The annual choir festival'), 'drops the teaser after the date stamp');
});

test('short sentence paragraphs between longer ones are kept, and a line cut mid-sentence too', () => {
  const lines = [
    'Fire Crews Rescue Dog From Frozen Lake',
    'Fire crews in Lindmark pulled a dog from the frozen lake in the city park on Sunday morning after walkers raised the alarm.',
    'The dog had run onto the ice after a duck.',
    'It fell through about twenty metres from the shore.',
    'Two firefighters in dry suits crawled across the ice on ladders and lifted the animal out of the water within ten minutes.',
    'Its owner, who had been walking with her children, thanked the crews and said the dog had been checked by a vet and was',
    'The fire service reminded residents that the ice on the city lakes is still too thin to carry the weight of a person or a pet.',
  ];
  const text = clean(lines);
  for (const l of lines.slice(1)) assert.ok(text.includes(l), `keeps ${l.slice(0, 40)}`);
});

test('the article paragraph comes before look-alike teasers of other posts, even without its final stop', () => {
  const share = 'WhatsApp Facebook Pinterest Download';
  const lines = [
    'Messages', 'Good Morning', 'Good Night', 'Search',
    'Messages » Self-esteem » Only who loves themselves…', share,
    'Living a true love is one of the great joys of life. Liking is feeling with the soul. Expressing feelings depends on each person. Whoever does not love themselves looks for love in others and is let down again and again, moving from one relationship to the next and finding the same empty ending every time. Each of us is the only one responsible for our own needs, and nobody else can fill them for us. Only who loves themselves can find True Love',
    'You may also like...', share,
    'Life asks us for optimism and courage to hope for the best and to make the best happen. Pessimism only stiffens the smile and locks the joints, and it takes away our strength to go on every single day of the week.',
    share,
    'What holds a family together is love, care and wanting the best for each other. A united family is strength, support and understanding, hands held out, a push forward in life, and comfort when the days get hard and long.',
    share,
  ];
  const text = clean(lines);
  assert.ok(text.startsWith('Living a true love is one of the great joys of life.'), text.slice(0, 60));
  assert.ok(!text.includes('Pessimism'));
});

test('a tail label near the end of the body cuts the site section after it', () => {
  const lines = [
    'Early Reviews Of The New Ferry Line Are Mixed',
    'The new ferry line between Lindmark and Helsa started on Monday, and the first passengers have shared what they think of it.',
    'Most praised the speed of the crossing, which now takes forty minutes instead of an hour and a half on the old boats.',
    'Several complained that the ticket machines on the quay did not accept cards and that the cafe on board was closed.',
    'The operator said the machines would be fixed this week and that the cafe would open once its staff had finished training.',
    'Want more stories like this?',
    'Every day we send an email with the best stories from around the coast, straight to your inbox before breakfast.',
    'Harbour seals return to the old pier after twenty years, and local divers say the colony is already growing fast.',
  ];
  const text = clean(lines);
  assert.ok(text.includes('the cafe would open once its staff had finished training.'));
  assert.ok(!text.includes('Every day we send an email'));
  assert.ok(!text.includes('Harbour seals'));
});

test('a caption ending in a photo credit is dropped without ending the body', () => {
  const lines = [
    'Plague Case Confirmed In Remote Province',
    'Health authorities in the northern province have confirmed a third case of plague in a herder who had eaten wild marmot meat.',
    'The man is being treated in isolation at the regional hospital, and twenty-eight people who were in contact with him are under watch.',
    'Marmots carry the bacterium in parts of the steppe (Image: GETTY)',
    'Doctors said the disease is treatable with common antibiotics if it is found early, and that the risk to the public remains low.',
    'The province has closed two markets where game meat was sold and asked hunters to report sick animals to the veterinary office.',
  ];
  const text = clean(lines);
  assert.ok(!text.includes('(Image: GETTY)'));
  for (const l of [lines[1], lines[2], lines[4], lines[5]]) assert.ok(text.includes(l), l.slice(0, 30));
});

test('short Japanese sentences count as prose (CJK characters weigh double)', () => {
  const lines = [
    'サイトマップ', 'お問い合わせ', 'ホーム › ソフトウェア ›',
    'パソコン版の電子書籍アプリの起動キーを変更する方法',
    '電子書籍を読むときは、一般的にスマホやタブレットなどの持ち歩ける端末を使うことが多いと思います。',
    'しかし、資料として読む本などは、パソコンの大きな画面で開いて読みたい場合もあるでしょう。',
    '困ったのは、このアプリをインストールすると自動で起動用のショートカットキーが登録されることです。',
    'パスワード管理ソフトの呼び出しキーと同じなので、毎回まちがって起動してしまいます。',
    'そこで、いろいろ調べた結果、ショートカットの設定画面から起動キーを空欄にすることにしました。',
  ];
  const text = clean(lines);
  for (const l of lines.slice(4)) assert.ok(text.includes(l), l);
  assert.ok(!text.includes('お問い合わせ'));
});

test('"Related: headline" inserts and a "Tags Name Name" line are dropped', () => {
  const lines = [
    'Astronomers Map The Oldest Galaxy Cluster Yet',
    'Astronomers have produced the most detailed map yet of a galaxy cluster that formed less than a billion years after the Big Bang.',
    'Related: The 15 Strangest Galaxies In Our Universe',
    'The cluster holds at least forty galaxies, and the team measured how fast each of them is moving toward its crowded centre.',
    'READ MORE: Telescope finds water vapour around a distant planet',
    'The researchers said the map will help test models of how the first large structures in the universe came together.',
    'Tags Galaxy Clusters Big Bang',
  ];
  const text = clean(lines);
  for (const i of [1, 3, 5]) assert.ok(text.includes(lines[i]), lines[i].slice(0, 30));
  for (const i of [2, 4, 6]) assert.ok(!text.includes(lines[i]), lines[i]);
});

test('a short "more stories" label after the last paragraph ends the body, in any language', () => {
  const para = (n: number): string => `Paragraph ${n} of the report says the harbour council met on Tuesday and agreed on the new fishing quotas for the season.`;
  for (const label of ['More Great WIRED Stories', 'Weitere Beiträge zum Thema', '関連記事']) {
    const text = [para(1), para(2), para(3), 'A short list', 'Item one of the list', label, 'Another site headline here', 'And one more headline'].join('\n');
    const lines = classifyLines(text, '');
    const [a, b] = bodySpan(lines);
    assert.deepEqual(lines.slice(a, b).map((l) => l.text).at(-1), 'Item one of the list', label);
  }
});

test('an inline "Read More" link does not end the body; gallery counters and "SEE MORE:" links go; a "more" label over a list ends it before a bio', () => {
  const p = (n: number): string => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season.`;
  const lines = [
    p(1), 'Image 1 of 5', p(2), p(3), p(4), p(5), p(6), 'Read More', 'Council votes to close the old ferry terminal', p(7), p(8),
    'SEE MORE: Ferry strike ends after two weeks', p(9), p(10), p(11),
    'More Great Lindmark Stories', 'Choir festival moves to the cathedral', 'Lindmark ferry timetable changes in May',
    'Anna Berg is a staff writer at the Lindmark Courier covering the harbour, the council and the fishing industry.',
  ];
  const text = clean(lines);
  for (let n = 1; n <= 11; n++) assert.ok(text.includes(p(n)), `keeps paragraph ${n}`);
  for (const gone of ['Image 1 of 5', 'Read More', 'Council votes to close', 'SEE MORE', 'More Great Lindmark Stories', 'Choir festival', 'Anna Berg is a staff writer']) {
    assert.ok(!text.includes(gone), `drops ${gone}`);
  }
});

test('a "contributed to this report" line is a credit, not a paragraph', () => {
  const p = (n: number): string => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season.`;
  const text = clean([p(1), p(2), p(3), 'Anna Berg contributed reporting from Helsa.', 'Courier writers Ola Dahl and Eva Lund contributed to this report.']);
  assert.ok(text.includes(p(3)));
  assert.ok(!text.includes('contributed'), text);
});

test('a long line in capitals is a promo link; a short capitals subheading stays', () => {
  const p = (n: number): string => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season.`;
  const text = clean([p(1), 'CLICK HERE TO GET THE LINDMARK COURIER APP', p(2), 'HOW THE QUOTAS WORK', p(3), p(4)]);
  assert.ok(!text.includes('CLICK HERE'));
  assert.ok(text.includes('HOW THE QUOTAS WORK'));
  assert.ok(text.includes(p(4)));
});

test('an embedded post signature stays in the body and is not the page date', () => {
  const p = (n: number): string => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season.`;
  const doc = cleanArticle({ id: 't', source: 't.txt', format: 'text', content: ['Council agrees quotas', p(1), p(2), 'We will protect the harbour for the next generation.', '— Anna Berg (@annaberg) March 3, 2021', p(3), p(4)].join('\n'), hints: {} });
  assert.ok(doc.text.includes('— Anna Berg (@annaberg) March 3, 2021'));
  assert.equal(doc.publishedAt, null);
});

test('picture credits, code names, repeated captions and an author box after the article are dropped', () => {
  const p = (n: number): string => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season.`;
  const caption = 'Fishing boats wait at the quay in Lindmark before the new season opens in the spring of next year.';
  const text = clean([p(1), p(2), 'narrow-browser-and-phone', p(3), caption, 'Photo: Anna Berg, Lindmark Courier', p(4), p(5), caption, p(6), p(7), p(8),
    'About Anna Berg', 'Anna Berg is a staff writer at the Lindmark Courier and has covered the harbour and its fishing fleet since 2015.']);
  for (let n = 1; n <= 8; n++) assert.ok(text.includes(p(n)), `keeps ${n}`);
  assert.equal(text.split(caption).length - 1, 1, 'a repeated caption is kept once');
  for (const gone of ['Photo: Anna Berg', 'narrow-browser', 'About Anna Berg', 'staff writer']) assert.ok(!text.includes(gone), gone);
});

test('a comment thread longer than the article is cut at its label', () => {
  const p = (n: number): string => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season.`;
  const comment = (n: number): string => `Reader ${n} wrote that the council has ignored the small boats for years and that this deal changes nothing for the families on the coast.`;
  const lines = [p(1), p(2), p(3), '14 Comments'];
  for (let n = 1; n <= 8; n++) lines.push(`reader${n}`, comment(n), 'Reply');
  const text = clean(lines);
  assert.ok(text.includes(p(3)));
  assert.ok(!text.includes('Reader 1 wrote'), text.slice(0, 300));
});

test('notices, cookie banners, framed ads, contact prompts, post navigation and a wire sign-off are dropped; the blog footer stamp dates the post', () => {
  const p = (n: number): string => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season.`;
  const lines = [
    'Friday, 9 January 2026', 'Lindmark Notes', 'Quotas agreed for the harbour',
    'Automatic translation. The binding text is the original in the Lindmark language.',
    p(1), p(2), 'SPONSORED', 'Flood-damaged boat? Free valuation in 24 hours. Click here', 'END SPONSORED', p(3), p(4),
    'Have your say: email letters@courier.example', 'LINDMARK WIRE',
    'This entry was posted on Tuesday, 25 March 2025 at 18:05 and is filed under Harbour. You can follow any responses to this entry through the RSS 2.0 feed.',
    '« Previous: Spring flood season and the gauges', '2 thoughts on "Quotas agreed for the harbour"', 'Ola says:', 'Thank you for explaining this so clearly, finally someone who writes about the small boats.',
    'This website uses cookies to improve your experience. We will assume you are fine with this, but you can opt out if you wish.',
  ];
  const doc = cleanArticle({ id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), hints: {} });
  for (let n = 1; n <= 4; n++) assert.ok(doc.text.includes(p(n)), `keeps ${n}`);
  for (const gone of ['Automatic translation', 'SPONSORED', 'Free valuation', 'Have your say', 'LINDMARK WIRE', 'This entry was posted', '« Previous', 'thoughts on', 'Ola says', 'cookies']) {
    assert.ok(!doc.text.includes(gone), gone);
  }
  assert.equal(doc.publishedAt?.slice(0, 10), '2025-03-25');
});

test('a dated timeline under a lead-in ending in a colon is body; a lone dated line is not a list', () => {
  const lines = [
    'Harbour Notes',
    'Ferry Software Fault Stranded Thousands',
    'The ferry operator has published its own account of the weekend, and it is more candid than anything it said at the time.',
    'Passengers were told little while the boats sat in port, and many spent the night in the terminal building.',
    'The operator lists the hours like this:',
    '2024-03-09 06:10 - booking system stops accepting tickets',
    '2024-03-09 07:45 - all sailings suspended',
    '2024-03-10 12:30 - first ferry leaves for Nordvik',
    'What the list does not say is that the same fault had been reported by staff a month earlier, according to union officials.',
    'The operator said it would refund every cancelled crossing in full and pay for hotel rooms booked by stranded passengers.',
  ];
  const text = clean(lines);
  for (const l of lines.slice(2, 10)) assert.ok(text.includes(l), `keeps ${l.slice(0, 40)}`);
  const one = clean([...lines.slice(0, 4), '2024-03-11 09:00 - Harbour Notes staff', ...lines.slice(8)]);
  assert.ok(!one.includes('2024-03-11 09:00'), 'a single dated line by the head is a stamp, not a list');
});

test('a timeline under a short heading ending in a colon right after a paragraph is body; a site list heading is not', () => {
  const lines = [
    'Deck Notes',
    'Home | Reviews | Archive',
    'The Vondral ferry stoppage: what happened',
    'Several readers were on board, and the mailbox has been full since the boats stopped running a week ago.',
    'The operator has still not said why the booking system failed, and the union says the fault was reported a month earlier.',
    'Key dates (local time):',
    '2026-04-04 - boats stop in port',
    '2026-04-08 - first refunds paid',
    '2026-04-12 - service resumes',
    'This entry was posted on Monday, April 20, 2026.',
  ];
  const text = clean(lines);
  for (const l of lines.slice(6, 9)) assert.ok(text.includes(l), `keeps ${l}`);
  const site = classifyLines([...lines.slice(0, 5), 'More stories:', '2026-03-02 - Vondral ferry timetable review', '2026-02-11 - Ten tips for winter crossings'].join('\n'), '');
  assert.deepEqual(site.slice(-2).map((l) => l.prose), [false, false], 'a site list heading ("More stories:") does not make its list the article');
  const own = classifyLines(lines.join('\n'), '');
  assert.deepEqual(own.slice(6, 9).map((l) => l.prose), [true, true, true]);
});

test('isDatedItem: a date opening a line and words saying what happened', () => {
  assert.equal(isDatedItem('2024-03-09 07:45 - all sailings suspended'), true);
  assert.equal(isDatedItem('March 9, 2024 | booking system stops accepting tickets'), true);
  assert.equal(isDatedItem('2024-03-09 07:45'), false);
  assert.equal(isDatedItem('Updated 2024-03-09 07:45 - Harbour desk'), false);
  // A timeline entry may tell a "first" or "last" of something; a stamp's labels and clock words say nothing happened.
  assert.equal(isDatedItem('2026-04-08 - first cases'), true);
  assert.equal(isDatedItem('2026-04-08 - updated 9 am'), false);
  assert.equal(isDatedItem('The operator lists the hours like this: 2024-03-09 - stop'), false);
});

test('a short sentence opening the article and a paragraph in French quote marks stay; nav arrows and chrome still go', () => {
  const lines = [
    'Orchard Weekly', 'Home | Farming | Markets',
    'Cider makers settle their price dispute',
    'By Tilde Ormsby',
    'Pell Harrow and Wenna Crale met in Ostmarsh on Thursday.',
    'The two cider makers had been in dispute over the price of windfall apples since the harvest began in early September.',
    '« We will sign before the frost », Crale added.',
    'The agreement sets a floor price for the next two seasons and will be published by the growers’ association next week.',
    '« Older posts',
    'Share this article',
  ];
  const text = clean(lines);
  for (const l of [lines[4], lines[5], lines[6], lines[7]]) assert.ok(text.includes(l), `keeps ${l.slice(0, 40)}`);
  for (const l of [lines[1], lines[3], lines[8], lines[9]]) assert.ok(!text.includes(l), `drops ${l}`);
});

test('a paragraph opening "By <a day or time>," is a sentence, not a byline', () => {
  const lines = [
    'Cider makers settle their price dispute',
    'By Tilde Ormsby',
    'The two cider makers had been in dispute over the price of windfall apples since the harvest began in early September.',
    'By Thursday, both sides had dropped their demands.',
    'The agreement sets a floor price for the next two seasons and will be published by the growers’ association next week.',
    'By March 3, the first contracts will be signed.',
  ];
  const res = cleanArticle({ id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), hints: {} });
  for (const l of [lines[3], lines[5]]) assert.ok(res.text.includes(l), `keeps ${l}`);
  assert.ok(!res.text.includes(lines[1]));
  assert.equal(res.byline, 'Tilde Ormsby');
});

test('a sentence caption printed twice keeps its first copy, above or inside the body; a chrome line shown twice goes entirely', () => {
  const p = (n: number): string => `Paragraph ${n}: the Quorreby ferry board met on Thursday and agreed to restore the winter timetable to the islands.`;
  const above = 'Passengers board the morning ferry at Quorreby pier on Wednesday.';
  const inside = 'The board chair Orvalda Quilliver leaves the meeting on Thursday.';
  const lines = [
    'QUORREBY TIMES', 'Home > News > Transport', 'Ferry board restores winter timetable', 'Published on: 12/02/2026 – 07:10',
    'ferry-quorreby-pier.jpg', above, above, p(1), p(2), inside, inside, p(3), p(4), 'Share', 'Share', 'Latest Posts',
  ];
  const text = clean(lines);
  for (let n = 1; n <= 4; n++) assert.ok(text.includes(p(n)), `keeps ${n}`);
  assert.equal(text.split(above).length - 1, 1, 'the caption above the first paragraph is kept once');
  assert.equal(text.split(inside).length - 1, 1, 'the caption inside the body is kept once');
  assert.ok(text.startsWith(above), text.slice(0, 120));
  assert.ok(!/\bShare\b/.test(text), 'a one-word chrome line shown twice is dropped with its first copy');
  const classified = classifyLines(['Share', 'Share', above, above].join('\n'), '');
  assert.deepEqual(classified.map((l) => l.chrome), ['repeat-adjacent', 'repeat-adjacent', null, 'repeat-adjacent']);
});

test('under the article\'s heading of its list, a timeline entry told in one word is an entry; a one-word dated line alone is not', () => {
  const lines = [
    'Deck Notes',
    'Home | Reviews | Archive',
    'The Vondral ferry stoppage: what happened',
    'Several readers were on board, and the mailbox has been full since the boats stopped running a week ago.',
    'The operator has still not said why the booking system failed, and the union says the fault was reported a month earlier.',
    'The short timeline (ISO dates):',
    '2026-04-04 - stoppage',
    '2026-04-08 - first refunds paid',
    '2026-04-12 - resumption',
    'Next up: the union says it will take the operator to the labour court within the month, and I will report on it.',
    'This entry was posted on Monday, April 20, 2026.',
  ];
  const own = classifyLines(lines.join('\n'), '');
  assert.deepEqual(own.slice(6, 10).map((l) => l.prose), [true, true, true, true]);
  const text = clean(lines);
  for (const l of lines.slice(6, 10)) assert.ok(text.includes(l), `keeps ${l}`);
  const lone = classifyLines([...lines.slice(0, 5), '2026-04-04 - Deck', 'Deck Notes is written by one reader of the ferry news.'].join('\n'), '');
  assert.equal(lone[5]!.prose, false, 'a one-word dated line with no heading is a stamp');
});

test('a bulleted list between two paragraphs, introduced by a sentence ending in a colon, is body with its lead-in; a menu is not', () => {
  const lines = [
    'Harbour Diary',
    'Notes from a ferry passenger',
    'Home | About | Archive',
    'The Vondral ferry stoppage: what went wrong',
    'Posted by Morwetta Corrow',
    'Last week the operator finally admitted that the booking system had failed for three whole days, and the refunds are still slow.',
    'Here is what we know so far:',
    '- 04/04, early – boats stop in port',
    '- 09:15 – the first complaint reaches the union',
    '- 12/04 – service resumes with two boats',
    'Two things stand out. The operator knew of the fault a month earlier, and nobody told the passengers who were already waiting.',
    'This entry was posted on Monday, April 20, 2026.',
  ];
  const own = classifyLines(lines.join('\n'), '');
  assert.deepEqual(own.slice(6, 10).map((l) => l.prose), [true, true, true, true]);
  const [start, end] = bodySpan(own);
  assert.deepEqual([start, end], [5, 11]);
  const menu = classifyLines([...lines.slice(0, 6), 'Sections:', '- News', '- Sport', '- Weather', lines[10]!].join('\n'), '');
  assert.deepEqual(menu.slice(6, 10).map((l) => l.prose), [false, false, false, false], 'a label ("Sections:") heads no article list');
});

test('a digest told as a run of long bulleted items without full stops is body; a list of short teasers is not', () => {
  const lines = [
    'FerryWatch Briefing',
    'Your daily round-up of harbour news',
    'Home > Briefing > Vondral',
    'Vondral ferry stoppage: what we know so far',
    '- Vondral-Kessmoor crossing resumed on Friday, nine days after the engine fire off Calvering; two boats run at reduced speed',
    '- Passengers stranded: 340 according to the port, 410 according to the union, 290 according to Vondral Lines',
    '- Chief engineer Alvric Tamberlow suspended the day after the fire; he has not been charged (via The Kessmoor Quaystone)',
    '- Refunds promised within a month, according to the operator as reported by Harbour Radio',
    'Related: New timetable | Fleet order delayed | Sign up for alerts',
    'FerryWatch Briefing collects headlines from around the web. Links open on the original sites.',
  ];
  assert.deepEqual(classifyLines(lines.join('\n'), '').slice(4, 8).map((l) => l.prose), [true, true, true, true]);
  assert.ok(clean(lines).includes('Passengers stranded: 340 according to the port'));
  const teasers = classifyLines([...lines.slice(0, 4), '- New timetable for the islands', '- Fleet order delayed again', '- Sign up for our alerts', ...lines.slice(8)].join('\n'), '');
  assert.deepEqual(teasers.slice(4, 7).map((l) => l.prose), [false, false, false]);
});

test('an aggregator item ending in its source credited in brackets is a sentence: the items are the body', () => {
  const lines = [
    'Fennarquay | Top stories near Ostrevin',
    'Home › Region › Rail',
    '',
    'Ostrevin tramway to reopen on March 14, operator says',
    '',
    'Yavenshaw Transit said on Monday, three days after the derailment that hurt nine people, that the tramway would reopen on Saturday, March 14. (Ostrevin Herald)',
    '',
    'The operator suspended two drivers on Sunday, according to Radio Quellin, as reported by the Ostrevin Herald. (Radio Quellin)',
    '',
    'City hall said yesterday that 14 people were treated in hospital after the derailment, and that two remain there. (Quellin Tribune)',
    '',
    'Related: Ostrevin bus timetable changes | Spring fair opening hours',
    '',
    'Fennarquay gathers headlines from around the web. Headlines link to their publishers.',
    'Contact | Terms | Careers',
  ];
  const text = clean(lines);
  assert.ok(text.includes(lines[5]!), 'first item kept');
  assert.ok(text.includes(lines[7]!), 'second item kept');
  assert.ok(text.includes(lines[9]!), 'third item kept');
  assert.ok(!text.includes('Contact | Terms'));
});

test('a photo caption crediting its paper in brackets is no aggregator item: a short phrase, it stays out of the body', () => {
  const body = 'The harbour board of Holmvik met on Tuesday and agreed, after a long debate, to rebuild the north pier by next spring.';
  const lines = [
    'Holmvik Post',
    '',
    'Holmvik to rebuild its north pier',
    '',
    'The two mayors of Holmvik shaking hands at the harbour gateway. (Holmvik Post)',
    '',
    body,
    '',
    'Work is due to start in March, the board said, and the pier will stay open to fishing boats while it goes on.',
  ];
  const text = clean(lines);
  assert.ok(text.includes(body));
  assert.ok(!text.includes('The two mayors of Holmvik'));
});
