/**
 * Hand-built dossiers for the renderer tests: a realistic one (a fictional bridge collapse and its
 * anniversary follow-up, five outlets, one syndicated copy) and a hostile variant whose article
 * content tries every injection we know of. Offsets are computed from the text, never typed in.
 */
import type { Dossier, DossierDocument, SpanRef } from '../contract/dossier.ts';

const TEXT_A =
  'The Corrin Street bridge in Velmora collapsed on Tuesday evening, killing 12 people. ' +
  'Mayor Ilse Varga said: "We will rebuild this bridge within two years." ' +
  'Fire chief Tomas Orr said rescue teams worked through the night.';
const TEXT_B =
  'VELMORA (Northwire) - A road bridge collapsed in Velmora on Tuesday, killing 14 people, officials said. ' +
  '"We will rebuild this bridge within two years," Varga told reporters.';
const TEXT_C =
  'The bridge of Corrin Street is collapsed on Tuesday in the evening. ' +
  'The mayor Varga has declared: "We will reconstruct this bridge in two years." ' +
  'Twelve persons died, according to the city.';
const TEXT_D =
  'One year after the Corrin Street bridge collapse of March 4, 2025, the new span opened on Friday. ' +
  'Varga, who said last year that the city would "rebuild this bridge within two years", cut the ribbon.';

function doc(id: string, title: string, outlet: string | null, publishedAt: string | null, text: string, extra: Partial<DossierDocument> = {}): DossierDocument {
  return {
    id, source: `demo/${id}.txt`, title, outlet, byline: null, publishedAt, language: 'en', text,
    storyId: null, duplicateOf: null, ...extra,
  };
}

/** A span covering the first occurrence of `needle` in `text` (throws in tests if the fixture is wrong). */
export function at(documentId: string, text: string, needle: string): SpanRef {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in ${documentId}`);
  return { documentId, start, end: start + needle.length };
}

export function realisticDossier(): Dossier {
  const docs = [
    doc('a1', 'Corrin Street bridge collapses in Velmora', 'Velmora Herald', '2025-03-04T21:10:00Z', TEXT_A, {
      storyId: 's1', byline: 'Mara Lind', url: 'https://herald.example/bridge',
      dateProvenance: { method: 'meta', raw: '2025-03-04T21:10:00Z', inferred: false },
    }),
    doc('b1', 'Bridge collapse kills 14 in Velmora', 'Northwire', '2025-03-04T22:00:00Z', TEXT_B, { storyId: 's1' }),
    doc('b2', 'Bridge collapse kills 14 in Velmora', 'Daily Ledger', '2025-03-05T06:00:00Z', TEXT_B, {
      storyId: 's1', duplicateOf: 'b1', syndicatedFrom: 'Northwire',
    }),
    doc('c1', 'Bridge of Corrin Street is collapsed', 'Le Courrier Velmorais (EN)', null, TEXT_C, {
      storyId: 's1', dateProvenance: { method: 'none', raw: null, inferred: false },
    }),
    doc('d1', 'New Corrin Street bridge opens a year after collapse', 'Velmora Herald', '2026-03-06T09:00:00Z', TEXT_D, { storyId: 's2' }),
  ];
  const [a, b, , c, d] = docs;
  const quoteA = at('a1', TEXT_A, 'We will rebuild this bridge within two years.');
  const quoteB = at('b1', TEXT_B, 'We will rebuild this bridge within two years,');
  const quoteC = at('c1', TEXT_C, 'We will reconstruct this bridge in two years.');
  const quoteD = at('d1', TEXT_D, 'rebuild this bridge within two years');
  return {
    schemaVersion: 1,
    generatedAt: '2026-03-07T12:00:00Z',
    documents: docs,
    stories: [
      { id: 's1', title: 'Corrin Street bridge collapse', documentIds: ['a1', 'b1', 'b2', 'c1'] },
      { id: 's2', title: 'New Corrin Street bridge opens', documentIds: ['d1'] },
    ],
    entities: [
      {
        id: 'e1', type: 'person', name: 'Ilse Varga', aliases: ['Ilse Varga', 'Varga', 'Mayor Ilse Varga', 'The mayor Varga'],
        mentions: [at('a1', TEXT_A, 'Ilse Varga'), at('b1', TEXT_B, 'Varga'), at('d1', TEXT_D, 'Varga')],
        roles: [{ role: 'mayor of Velmora', date: '2025-03-04', ...at('a1', TEXT_A, 'Mayor Ilse Varga') }],
      },
      { id: 'e2', type: 'place', name: 'Velmora', aliases: ['Velmora', 'VELMORA'], mentions: [at('a1', TEXT_A, 'Velmora'), at('b1', TEXT_B, 'VELMORA')] },
      { id: 'e3', type: 'organization', name: 'Northwire', aliases: ['Northwire'], mentions: [at('b1', TEXT_B, 'Northwire')] },
    ],
    quotes: [
      { id: 'q1', documentId: 'a1', text: a.text.slice(quoteA.start, quoteA.end), ...pos(quoteA), speakerId: 'e1', speakerText: 'Mayor Ilse Varga', statementId: 'st1' },
      { id: 'q2', documentId: 'b1', text: b.text.slice(quoteB.start, quoteB.end), ...pos(quoteB), speakerId: 'e1', speakerText: 'Varga', statementId: 'st1', viaId: 'e3', viaText: 'Northwire' },
      { id: 'q3', documentId: 'c1', text: c.text.slice(quoteC.start, quoteC.end), ...pos(quoteC), speakerId: 'e1', speakerText: 'The mayor Varga', statementId: 'st1' },
      { id: 'q4', documentId: 'd1', text: d.text.slice(quoteD.start, quoteD.end), ...pos(quoteD), speakerId: 'e1', speakerText: 'Varga', statementId: 'st1', partial: true },
    ],
    statements: [{ id: 'st1', speakerId: 'e1', quoteIds: ['q1', 'q2', 'q3', 'q4'], text: 'We will rebuild this bridge within two years.' }],
    events: [
      { id: 'ev2', type: 'opening', summary: 'New Corrin Street bridge opens', date: { value: '2026-03-06', precision: 'day' }, participantIds: ['e1'], placeId: 'e2', evidence: [at('d1', TEXT_D, 'the new span opened on Friday')] },
      { id: 'ev3', type: 'statement', summary: 'City gives the death toll', date: null, participantIds: [], placeId: null, evidence: [at('c1', TEXT_C, 'Twelve persons died, according to the city.')] },
      { id: 'ev1', type: 'collapse', summary: 'Corrin Street bridge collapses', date: { value: '2025-03-04', precision: 'day' }, participantIds: [], placeId: 'e2', evidence: [at('a1', TEXT_A, 'The Corrin Street bridge in Velmora collapsed on Tuesday evening, killing 12 people.')] },
    ],
    claims: [
      {
        id: 'c1', text: 'The Corrin Street bridge collapsed on 4 March 2025.', status: 'corroborated',
        support: [at('a1', TEXT_A, 'The Corrin Street bridge in Velmora collapsed on Tuesday evening'), at('b1', TEXT_B, 'A road bridge collapsed in Velmora on Tuesday')],
        conflicts: [], independentSources: 2, storyId: 's1',
      },
      {
        id: 'c2', text: 'The collapse killed 12 people.', status: 'contested',
        support: [at('a1', TEXT_A, 'killing 12 people'), at('c1', TEXT_C, 'Twelve persons died')],
        conflicts: [at('b1', TEXT_B, 'killing 14 people'), at('b2', TEXT_B, 'killing 14 people')], independentSources: 2,
      },
      { id: 'c3', text: 'Rescue teams worked through the night.', status: 'single-source', support: [at('a1', TEXT_A, 'rescue teams worked through the night')], conflicts: [] },
    ],
    flags: [
      { kind: 'number', documentIds: ['a1', 'b1'], message: 'Death toll differs: 12 vs 14.', evidence: [at('a1', TEXT_A, 'killing 12 people'), at('b1', TEXT_B, 'killing 14 people')] },
      { kind: 'duplicate', documentIds: ['b2', 'b1'], message: 'Daily Ledger carries the Northwire wire copy verbatim.' },
    ],
  };
}

const pos = (r: SpanRef): { start: number; end: number } => ({ start: r.start, end: r.end });

/** Injection payloads placed wherever article content reaches the page. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(2)>',
  js: 'javascript:alert(3)',
  svg: '"><svg onload=alert(4)>',
  textarea: '</textarea><b>x</b>',
  closeScript: '</script><script>alert(5)</script>',
  mdLink: '[click](javascript:alert(6))',
  mdImage: '![x](http://evil.example/t.png)',
  backtick: '`code` *bold* _em_ <b>raw</b> | pipe',
};

/** The realistic dossier with hostile strings in every field that comes from an article. */
export function hostileDossier(): Dossier {
  const d = realisticDossier();
  const H = Object.values(HOSTILE).join(' ');
  for (const doc of d.documents) {
    doc.title = `${doc.title} ${HOSTILE.script} ${HOSTILE.mdLink}`;
    doc.outlet = `${doc.outlet} ${HOSTILE.img}`;
    doc.byline = HOSTILE.svg;
    doc.source = HOSTILE.js;
    doc.url = doc.id === 'a1' ? 'https://herald.example/bridge?a="><x' : HOSTILE.js;
    doc.text = `${doc.text} ${H}`;
  }
  d.stories[0].title = HOSTILE.closeScript + HOSTILE.mdImage;
  d.entities[0].name = HOSTILE.svg;
  d.entities[0].aliases.push(HOSTILE.textarea, HOSTILE.backtick);
  d.quotes[0].speakerText = HOSTILE.img;
  d.quotes[1].text = HOSTILE.closeScript;
  d.events[0].summary = HOSTILE.script;
  d.claims[0].text = HOSTILE.mdLink + HOSTILE.svg;
  d.flags[0].message = HOSTILE.closeScript + HOSTILE.textarea;
  d.flags[1].kind = HOSTILE.img;
  const a1 = d.documents[0];
  const start = a1.text.indexOf(HOSTILE.script);
  d.claims[2].support.push({ documentId: 'a1', start, end: start + HOSTILE.script.length });
  d.claims[2].support.push({ documentId: 'a1', start: 5, end: 99999 });
  d.claims[2].support.push({ documentId: 'no-such-doc', start: 0, end: 3 });
  return d;
}
