import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchCommand, isBenchName, SHORT_BENCHES } from './bench.ts';

test('npm run bench -- <name> [options] runs that bench with its options', () => {
  assert.deepEqual(benchCommand('scale', ['--sizes', '10000,100000']), ['run', 'bench:scale', '--', '--sizes', '10000,100000']);
  assert.deepEqual(benchCommand('clean', []), ['run', 'bench:clean']);
  assert.equal(isBenchName('server'), true);
  assert.equal(isBenchName('toString'), false);
  assert.equal(isBenchName(undefined), false);
  assert.deepEqual(SHORT_BENCHES, ['clean', 'analyse', 'server']);
});
