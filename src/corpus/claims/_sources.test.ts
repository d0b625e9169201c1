import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyKey, independentCount } from './_sources.ts';

test('a leading article is no part of an outlet\'s name: "The Brackwater Ledger" is the "Brackwater Ledger" a relay credits', () => {
  assert.equal(agencyKey('The Brackwater Ledger'), agencyKey('Brackwater Ledger'));
  assert.equal(agencyKey('the Orvessan Telegraph Agency'), 'ota');
  // a relay crediting the paper and the paper's own report are one source
  assert.equal(independentCount([
    { source: `agency:${agencyKey('Brackwater Ledger')}`, outlet: 'Newsdrop' },
    { source: 'outlet:the brackwater ledger', outlet: 'The Brackwater Ledger' },
  ]), 1);
});
