import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './index.ts';
import { classifyMetaLine } from './_text-meta.ts';

const BODY = [
  'The harbour council voted on Tuesday to rebuild the north pier, ending a dispute that had run for three years.',
  'Work is due to start in the spring and the pier will be closed to boats for about eight months, officials said.',
  'Fishermen asked for a temporary landing stage so that their catch can still be brought ashore during the works.',
];
const dateOf = (lines: string[]): string | null =>
  cleanArticle({ id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), hints: {} }).publishedAt?.slice(0, 10) ?? null;

test('a stamp line with both dates gives the published one', () => {
  assert.deepEqual(classifyMetaLine('Updated: March 6, 2025 | Published: March 5, 2025', false), [{ kind: 'timestamp', value: 'March 5, 2025' }]);
  assert.deepEqual(classifyMetaLine('Last modified 2025-03-06 • First published 2025-03-05', false), [{ kind: 'timestamp', value: '2025-03-05' }]);
});

test('stamps with spaced numbers, other languages and ISO date-times are read', () => {
  assert.deepEqual(classifyMetaLine('Posted: 03 / 05 / 2025 11: 10 am EST', false), [{ kind: 'timestamp', value: '03 / 05 / 2025 11: 10 am EST' }]);
  assert.deepEqual(classifyMetaLine('PUBLISHED WEDNESDAY, MARCH 5, 2025 AT 12: 46 PM / UPDATED AT 12: 48 PM', false)?.[0]?.kind, 'timestamp');
  assert.deepEqual(classifyMetaLine('Posted on Maret 5, 2025 by Admin', false), [{ kind: 'timestamp', value: 'Maret 5, 2025 by Admin' }]);
  assert.deepEqual(classifyMetaLine('Mittwoch, 5. März 2025', false), [{ kind: 'dateline', value: 'Mittwoch, 5. März 2025' }]);
  assert.deepEqual(classifyMetaLine('2025-03-05T14:02:00+01:00', false), [{ kind: 'dateline', value: '2025-03-05T14:02:00+01:00' }]);
  assert.deepEqual(classifyMetaLine('2025/03/05', false), [{ kind: 'dateline', value: '2025/03/05' }]);
  assert.equal(classifyMetaLine('Published 3 hours ago', false), null);
});

test('plain text: the page stamp in the first or last lines dates the article', () => {
  assert.equal(dateOf(['Harbour Council Backs New Pier', '7: 15 a. m. Mar. 5, 2025', ...BODY]), '2025-03-05');
  assert.equal(dateOf(['Harbour Council Backs New Pier', 'Posted: 03 / 05 / 2025 11: 10 am EST', ...BODY]), '2025-03-05');
  assert.equal(dateOf(['Harbour Council Backs New Pier', ...BODY, 'Posted on Maret 5, 2025 by Admin']), '2025-03-05');
  assert.equal(dateOf(['Harbour Council Backs New Pier', 'Published 3 hours ago', ...BODY]), null);
  assert.equal(dateOf(['Harbour Council Backs New Pier', 'Updated: March 6, 2025', 'Published: March 5, 2025', ...BODY]), '2025-03-05');
  assert.equal(dateOf(['Harbour Council Backs New Pier', 'By Ana Reyes', 'March 5, 2025', ...BODY, 'More from the harbour', 'Posted February 20, 2025']), '2025-03-05');
});

test('a programme stamp "Broadcast …" / "Aired on …" / "Sendung vom …" is a timestamp and dates the page', () => {
  assert.deepEqual(classifyMetaLine('Broadcast 14.03.2025, 07:30', false), [{ kind: 'timestamp', value: '14.03.2025, 07:30' }]);
  assert.deepEqual(classifyMetaLine('Aired on March 3, 2024', false), [{ kind: 'timestamp', value: 'March 3, 2024' }]);
  assert.deepEqual(classifyMetaLine('Sendung vom 5. Mai 2024', false), [{ kind: 'timestamp', value: '5. Mai 2024' }]);
  assert.equal(dateOf(['Morning Report: the harbour vote', 'Broadcast 14.03.2025, 07:30', ...BODY]), '2025-03-14');
});

test('a blog footer stamp "This entry was posted on … by Name." dates the post and names its author', () => {
  const doc = cleanArticle({ id: 't', source: 't.txt', format: 'text', hints: {}, content: ['Harbour Notes', 'Saturday, May 2, 2026', 'The pier vote, explained', ...BODY,
    'This entry was posted on March 25, 2025 by Ola Berg.', '© 2026 Harbour Notes'].join('\n') });
  assert.equal(doc.byline, 'Ola Berg');
  assert.equal(doc.publishedAt?.slice(0, 10), '2025-03-25');
  assert.ok(!doc.text.includes('This entry was posted'));
});

const textOutlet = (lines: string[]): string | null =>
  cleanArticle({ id: 't', source: 't.txt', format: 'text', content: lines.join('\n'), hints: {} }).outlet;
const QUOTA_STORY = ['', 'Council agrees fishing quotas', '',
  'The harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season, after three weeks of talks.', '',
  'Anna Berg, who chairs the council, said the deal would protect the cod stock while keeping the smaller boats in business.', ''];

test('plain text: the outlet from copyright lines in their several forms, and from a masthead run together with sections', () => {
  assert.equal(textOutlet([...QUOTA_STORY, '(c) 2026 Harbour Press Agency. All rights reserved.']), 'Harbour Press Agency');
  assert.equal(textOutlet([...QUOTA_STORY, 'Harbour Bulletin © All rights reserved. Reproduction prohibited.']), 'Harbour Bulletin');
  assert.equal(textOutlet(['The Harbour Echo', 'Serving the Lindmark coast since 1901', 'News › Local › Fisheries', 'Council agrees fishing quotas', ...QUOTA_STORY, '© Harbour Echo Ltd 2026']), 'The Harbour Echo');
  assert.equal(textOutlet(['Harbour Press Agency | World | Fisheries', 'Skip to main content', ...QUOTA_STORY]), 'Harbour Press Agency');
  assert.equal(textOutlet(['Harbour Watch', 'Fish, boats and the people who run them', ...QUOTA_STORY]), 'Harbour Watch');
  assert.equal(textOutlet(['Latest News', ...QUOTA_STORY]), null);
});

test('a stamp line ending in a reading time "3 Min." is a stamp, not a sentence', () => {
  assert.deepEqual(classifyMetaLine('05.03.2025, 09:40 | Reading time: 4 Min.', false), [{ kind: 'dateline', value: '05.03.2025, 09:40 | Reading time: 4 Min.' }]);
  assert.equal(dateOf(['Harbour Council Backs New Pier', '05.03.2025, 09:40 | Reading time: 4 Min.', ...BODY]), '2025-03-05');
  assert.equal(classifyMetaLine('The pier closed on 05.03.2025 after a storm.', false), null);
});
