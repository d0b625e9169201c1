import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupEntry, groupTests } from './run-tests.ts';

test('heavy files run alone and first; the rest go in runs of the group size, in path order', () => {
  const files = ['eval/a.test.ts', 'eval/gate.test.ts', 'src/b.test.ts', 'src/c.test.ts', 'src/d.test.ts', 'src/e.test.ts'];
  assert.deepEqual(groupTests(files, ['eval/gate.test.ts', 'src/gone.test.ts'], 2), [
    ['eval/gate.test.ts'],
    ['eval/a.test.ts', 'src/b.test.ts'],
    ['src/c.test.ts', 'src/d.test.ts'],
    ['src/e.test.ts'],
  ]);
  assert.deepEqual(groupTests(['src/b.test.ts'], ['eval/gate.test.ts'], 8), [['src/b.test.ts']]);
});

test('a group runs every file in one process; a file that fails to load is one failing test and the next file still runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'run-tests-test-'));
  try {
    const first = join(dir, 'first.test.mjs');
    const broken = join(dir, 'broken.test.mjs');
    const last = join(dir, 'last.test.mjs');
    writeFileSync(first, `import { test } from 'node:test';\ntest('first file', () => {});\n`);
    writeFileSync(broken, `throw new Error('cannot load this file');\n`);
    writeFileSync(last, `import { test } from 'node:test';\ntest('last file', () => {});\n`);
    const entry = join(dir, 'group.test.mjs');
    writeFileSync(entry, groupEntry([first, broken, last]));
    // Without the outer runner's context variable, so the inner run reports and exits as `npm test`'s does.
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', entry], { encoding: 'utf8', env });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^ok \d+ - first file$/m);
    assert.match(run.stdout, new RegExp(`^not ok \\d+ - loads ${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm'));
    assert.match(run.stdout, /cannot load this file/);
    assert.match(run.stdout, /^ok \d+ - last file$/m);
    assert.match(run.stdout, /^# pass 2$/m);
    assert.match(run.stdout, /^# fail 1$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
