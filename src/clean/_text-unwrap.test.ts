import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unwrap } from './_text-unwrap.ts';

const para1 = 'The harbour council in Lindmark met on Tuesday and agreed on the new fishing quotas for the coming season, after three weeks of talks with the fishers\u2019 union and the port authority.';
const para2 = 'Anna Berg, who chairs the council, said the deal would protect the cod stock while keeping the smaller boats in business. The union said it would put the agreement to its members next week.';

/** Wraps like a text dump: words moved to the next line when they would pass `width`. */
function wrap(s: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  return [...out, line].join('\n');
}

test('a hard-wrapped dump gets one line per paragraph; menus and short lines stay apart', () => {
  const text = ['Home', 'News', 'Sport', '', 'Council agrees fishing quotas', '', wrap(para1, 78), '', wrap(para2, 78), '', wrap(para1, 78)].join('\n');
  const out = unwrap(text).split('\n');
  assert.ok(out.includes(para1));
  assert.ok(out.includes(para2));
  assert.deepEqual(out.slice(0, 3), ['Home', 'News', 'Sport']);
});

test('text that is not hard-wrapped is returned unchanged', () => {
  const text = [para1, para2, 'Short line', 'Another short line', para1].join('\n');
  assert.equal(unwrap(text), text);
  // One paragraph per line, all of about the same length: full lines, but they end sentences.
  const same = Array.from({ length: 8 }, (_, n) => `Paragraph ${n}: the harbour council in Lindmark met on Tuesday and agreed on new quotas.`).join('\n');
  assert.equal(unwrap(same), same);
  assert.equal(unwrap(''), '');
});

test('one long line per paragraph under a stack of short menu lines is not a wrapped dump', () => {
  const text = ['Harbour Weekly', 'Home » Coast » Lindmark', '', 'Council agrees fishing quotas', '', 'by Harbour Weekly', 'March 4th, 2026 at 9:10 am', '', para1, '', para2, '', para1].join('\n');
  assert.equal(unwrap(text), text);
});
