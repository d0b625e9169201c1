import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DossierSchema, type Dossier } from '../contract/dossier.ts';
import { renderMarkdown } from './markdown.ts';
import { HOSTILE, hostileDossier, realisticDossier } from './_fixture.test-helper.ts';

const md = renderMarkdown(realisticDossier());
const lines = md.split('\n');

test('the fixtures satisfy the dossier contract', () => {
  assert.equal(DossierSchema.safeParse(realisticDossier()).success, true);
  assert.equal(DossierSchema.safeParse(hostileDossier()).success, true);
});

test('sections come in reading order with the expected sub-headings', () => {
  assert.deepEqual(lines.filter((l) => /^#{1,2} /.test(l)), [
    '# Dossier', '## Stories', '## Entities', '## Quotes by statement', '## Timeline', '## Claims', '## Flags', '## Documents',
  ]);
  assert.deepEqual(lines.filter((l) => l.startsWith('### ')).slice(0, 7), [
    '### 1. Corrin Street bridge collapse',
    '### 2. New Corrin Street bridge opens',
    '### People',
    '### Organisations',
    '### Places',
    '### Ilse Varga — statement st1',
    '### Contested: The collapse killed 12 people.',
  ]);
});

test('summary counts every section', () => {
  assert.ok(lines.includes('| Documents | 5 (1 duplicate) |'));
  assert.ok(lines.includes('| Quotes | 4 (1 statement) |'));
  assert.ok(lines.includes('| Claims | 3 (1 corroborated, 1 contested, 1 single-source) |'));
  assert.ok(lines.includes('| Flags | 2 |'));
});

test('stories list their date range, outlets and documents', () => {
  const i = lines.indexOf('### 1. Corrin Street bridge collapse');
  assert.deepEqual(lines.slice(i + 2, i + 5), [
    '- Dates: 2025-03-04 to 2025-03-05',
    '- Outlets: Velmora Herald, Northwire, Daily Ledger, Le Courrier Velmorais (EN)',
    '- Documents (4):',
  ]);
  assert.ok(lines.includes('  - Le Courrier Velmorais (EN), *Bridge of Corrin Street is collapsed* (undated)'));
});

test('entities show name, aliases, roles and mention counts', () => {
  assert.ok(lines.includes(
    '- **Ilse Varga** — also: Varga; Mayor Ilse Varga; The mayor Varga — roles: mayor of Velmora (2025-03-04) — 3 mentions in 3 documents',
  ));
});

test('the quote ledger groups wordings under one statement, with sources and partial quotes marked', () => {
  const i = lines.indexOf('### Ilse Varga — statement st1');
  assert.equal(lines[i + 2], 'Carried by 4 quotes in 3 wordings.');
  assert.equal(lines[i + 4], '- “We will rebuild this bridge within two years.”');
  assert.match(lines[i + 6], /^ {2}- Northwire, \*Bridge collapse kills 14 in Velmora\* \(doc b1, chars \d+–\d+\) — attributed to “Varga” via Northwire$/);
  assert.ok(lines.includes('- “rebuild this bridge within two years” _(partial)_'));
});

test('the timeline is in date order with undated events last', () => {
  const events = lines.filter((l) => /^- \*\*(\d{4}|Undated)/.test(l));
  assert.deepEqual(events, [
    '- **2025-03-04** — Corrin Street bridge collapses (collapse) — at Velmora',
    '- **2026-03-06** — New Corrin Street bridge opens (opening) — at Velmora — with Ilse Varga',
    '- **Undated** — City gives the death toll (statement)',
  ]);
});

test('claims cite "Outlet, title" with the exact sentence text, supporting and conflicting', () => {
  const i = lines.indexOf('### Contested: The collapse killed 12 people.');
  assert.equal(lines[i + 2], 'Status: contested · 2 independent sources');
  assert.equal(lines[i + 4], 'Outlets for: Velmora Herald, Le Courrier Velmorais (EN); against: Northwire, Daily Ledger');
  assert.equal(lines[i + 8], '- Velmora Herald, *Corrin Street bridge collapses in Velmora* (doc a1, chars 66–83): “killing 12 people”');
  assert.equal(lines[i + 11], 'Conflicting (2):');
  assert.equal(lines[i + 13], '- Northwire, *Bridge collapse kills 14 in Velmora* (doc b1, chars 69–86): “killing 14 people”');
});

test('flags and documents carry their evidence, provenance and duplicate links', () => {
  assert.ok(lines.includes('- **number** — Death toll differs: 12 vs 14.'));
  assert.ok(lines.includes('- Published: 2025-03-04 (found by meta: “2025-03-04T21:10:00Z”)'));
  assert.ok(lines.includes('- Published: unknown (no date found)'));
  assert.ok(lines.includes('- Duplicate of: Northwire, *Bridge collapse kills 14 in Velmora*'));
  assert.ok(lines.includes('- Syndicated from: Northwire'));
});

test('hostile article content cannot become a link, image, HTML or code', () => {
  const out = renderMarkdown(hostileDossier());
  assert.ok(out.includes('\\<script\\>alert(1)\\</script\\>'));
  assert.ok(out.includes('\\[click\\](javascript:alert(6))'));
  assert.ok(out.includes('!\\[x\\](http://evil.example/t.png)'));
  assert.doesNotMatch(out, /(?<!\\)</, 'every < is escaped');
  assert.doesNotMatch(out, /(?<!\\)\]\(/, 'no live link or image');
  assert.doesNotMatch(out, /(?<!\\)`/, 'no live code span');
  assert.ok(!out.includes(HOSTILE.script));
  assert.ok(out.includes('_span out of range_'));
});

test('an empty dossier still renders every section with a note', () => {
  const empty: Dossier = { schemaVersion: 1, generatedAt: 'now', documents: [], stories: [], entities: [], quotes: [], events: [], claims: [], flags: [] };
  const out = renderMarkdown(empty);
  for (const note of ['No stories.', 'No entities.', 'No quotes.', 'No dated events.', 'No claims.', 'No flags.', 'No documents.']) {
    assert.ok(out.includes(`\n${note}\n`), note);
  }
});
