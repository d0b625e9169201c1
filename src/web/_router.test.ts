import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRoute } from './_router.ts';

test('hash routes with ids and query', () => {
  const r = parseRoute('#/doc/abc%2F1?at=10-20');
  assert.deepEqual([r.name, r.params.id, r.query.get('at')], ['document', 'abc/1', '10-20']);
  assert.equal(parseRoute('').name, 'stories');
  assert.equal(parseRoute('#/?q=port').query.get('q'), 'port');
  assert.equal(parseRoute('#/story/s1').name, 'story');
});

test('malformed hashes never throw', () => {
  assert.equal(parseRoute('#/entity/%E0%A4%A').params.id, '%E0%A4%A');
  assert.equal(parseRoute('#/nowhere/at/all').name, 'notfound');
});
