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
