import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DossierSchema } from './dossier.ts';

test('the contract accepts a minimal dossier and rejects a wrong schemaVersion', () => {
  const d = { schemaVersion: 1, generatedAt: '2026-01-01T00:00:00Z', documents: [], stories: [], entities: [], quotes: [], events: [], claims: [], flags: [] };
  assert.equal(DossierSchema.safeParse(d).success, true);
  assert.equal(DossierSchema.safeParse({ ...d, schemaVersion: 2 }).success, false);
});

test('date values keep their precision format', () => {
  const ok = DossierSchema.shape.events.element.shape.date.safeParse({ value: '2025-03', precision: 'month' });
  assert.equal(ok.success, true);
  const bad = DossierSchema.shape.events.element.shape.date.safeParse({ value: 'March 2025', precision: 'month' });
  assert.equal(bad.success, false);
});
