import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterBlocks } from './_block-rules.ts';
import type { Block } from './_blocks.ts';

const para = (text: string, linkChars = 0): Block => ({ text, tag: 'p', linkChars, heading: false, afterImage: false });
const p = (n: number): Block => para(`Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the season.`);

test('inline links in capitals, labelled links and a closing promo box are dropped; linked product names stay', () => {
  const shout = "HARBOUR COUNCIL'S FORMER CHAIR BLASTS QUOTA DEAL, SAYS FISHERS WERE IGNORED";
  const product = 'Lindmark Deluxe Fishing Rod, 3 m, carbon';
  const blocks = [
    p(1), para(shout, shout.length), p(2), para('READ MORE: Ferry strike ends after two weeks of talks in Lindmark'), p(3),
    para(product, product.length), p(4), p(5), p(6), p(7),
    para('Get the Lindmark Courier delivered to your door every week: twelve issues for £9.99. Click here for more information.'),
  ];
  const kept = filterBlocks(blocks, '').map((b) => b.text);
  for (const b of [p(1), p(2), p(3), p(4), p(7)]) assert.ok(kept.includes(b.text), b.text);
  assert.ok(kept.includes(product), 'a linked product name in sentence case stays');
  for (const gone of [shout, 'READ MORE: Ferry strike', 'Get the Lindmark Courier']) assert.ok(!kept.some((k) => k.startsWith(gone)), gone);
});

test('sentences that merely start like chrome stay; repeated list lines stay; a caption shown twice in a row goes', () => {
  const keep = [
    'By taking the ferry instead of the bridge, commuters save about twenty minutes.',
    'Comments made by the harbour master on Monday were later withdrawn by the council.',
    'The company said it would stop using third-party cookies next year.',
    'Buy now', 'Buy now',
  ];
  const blocks = [p(1), p(2), p(3), p(4), para(keep[0]), para(keep[1]), p(5), para(keep[2]), para('Lindmark Deluxe Rod'), para(keep[3]), para('Lindmark Basic Rod'), para(keep[4]),
    para('The new quay at dawn'), para('The new quay at dawn'), p(6), p(7), p(8), p(9)];
  const kept = filterBlocks(blocks, '').map((b) => b.text);
  for (const k of keep.slice(0, 3)) assert.ok(kept.includes(k), k);
  assert.equal(kept.filter((k) => k === 'Buy now').length, 2, 'a line repeated across a list stays');
  assert.equal(kept.filter((k) => k === 'The new quay at dawn').length, 1, 'a caption shown twice in a row is kept once');
  assert.ok(!filterBlocks([p(1), para('By Anna Berg'), p(2), p(3), p(4), p(5), p(6)], '').some((b) => b.text === 'By Anna Berg'));
  assert.ok(!filterBlocks([p(1), p(2), p(3), p(4), para('Sign up for our newsletter.'), p(5), p(6), p(7), p(8)], '').some((b) => b.text.startsWith('Sign up')));
});
