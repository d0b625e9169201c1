/** A small, realistic dossier for server tests: two outlets reporting one port strike, one dissenting number. */
import { SCHEMA_VERSION, type Dossier } from '../contract/dossier.ts';

const T1 = 'Dock workers in Rotterdam walked out on Monday, halting cargo at the port. "We will not return until the contract is signed," union leader Marieke de Vries said. The port authority said 40 ships were waiting.';
const T2 = 'A strike by dockers shut Rotterdam port on Monday. "We won\'t go back until the contract is signed," said Marieke de Vries, the union leader. Officials counted 35 ships at anchor.';
const T3 = 'Heavy rain flooded streets in Valencia on Tuesday. "The water rose in minutes," resident Jordi Puig said.';

const at = (text: string, needle: string): [number, number] => {
  const s = text.indexOf(needle);
  if (s < 0) throw new Error(`fixture: ${needle} not in text`);
  return [s, s + needle.length];
};

export function fixtureDossier(): Dossier {
  const [q1s, q1e] = at(T1, 'We will not return until the contract is signed,');
  const [q2s, q2e] = at(T2, 'We won\'t go back until the contract is signed,');
  const [q3s, q3e] = at(T3, 'The water rose in minutes,');
  const [m1s, m1e] = at(T1, 'Marieke de Vries');
  const [m2s, m2e] = at(T2, 'Marieke de Vries');
  const [r1s, r1e] = at(T1, 'Rotterdam');
  const [r2s, r2e] = at(T2, 'Rotterdam');
  const [c1s, c1e] = at(T1, 'The port authority said 40 ships were waiting.');
  const [c2s, c2e] = at(T2, 'Officials counted 35 ships at anchor.');
  const [e1s, e1e] = at(T1, 'Dock workers in Rotterdam walked out on Monday');
  const doc = (id: string, title: string, outlet: string, text: string, storyId: string) => ({ id, source: `feeds/${id}.txt`, title, outlet, byline: null, publishedAt: '2025-06-09', language: 'en', text, storyId, duplicateOf: null });
  return {
    schemaVersion: SCHEMA_VERSION, generatedAt: '2025-06-10T00:00:00.000Z',
    documents: [doc('d1', 'Rotterdam dock strike halts cargo', 'Harbour Gazette', T1, 's1'), doc('d2', 'Strike shuts Rotterdam port', 'Delta Post', T2, 's1'), doc('d3', 'Valencia streets flooded', 'Levante Daily', T3, 's2')],
    stories: [{ id: 's1', title: 'Rotterdam dock strike', documentIds: ['d1', 'd2'] }, { id: 's2', title: 'Valencia flooding', documentIds: ['d3'] }],
    entities: [
      { id: 'e1', type: 'person', name: 'Marieke de Vries', aliases: ['Marieke de Vries', 'the union leader'], mentions: [{ documentId: 'd1', start: m1s, end: m1e }, { documentId: 'd2', start: m2s, end: m2e }], roles: [{ role: 'union leader', date: '2025-06-09', documentId: 'd1', start: m1s - 13, end: m1s - 1 }] },
      { id: 'e2', type: 'place', name: 'Rotterdam', aliases: ['Rotterdam'], mentions: [{ documentId: 'd1', start: r1s, end: r1e }, { documentId: 'd2', start: r2s, end: r2e }] },
    ],
    quotes: [
      { id: 'q1', documentId: 'd1', text: T1.slice(q1s, q1e), start: q1s, end: q1e, speakerId: 'e1', speakerText: 'Marieke de Vries', statementId: 'st1' },
      { id: 'q2', documentId: 'd2', text: T2.slice(q2s, q2e), start: q2s, end: q2e, speakerId: 'e1', speakerText: 'Marieke de Vries', statementId: 'st1' },
      { id: 'q3', documentId: 'd3', text: T3.slice(q3s, q3e), start: q3s, end: q3e, speakerId: null, speakerText: 'Jordi Puig', statementId: null },
    ],
    events: [{ id: 'ev1', type: 'strike', summary: 'Dock workers strike in Rotterdam', date: { value: '2025-06-09', precision: 'day' }, participantIds: ['e1'], placeId: 'e2', evidence: [{ documentId: 'd1', start: e1s, end: e1e }] }],
    claims: [{ id: 'c1', text: 'Ships waiting outside Rotterdam port', status: 'contested', support: [{ documentId: 'd1', start: c1s, end: c1e }], conflicts: [{ documentId: 'd2', start: c2s, end: c2e }], storyId: 's1' }],
    flags: [{ kind: 'number', documentIds: ['d1', 'd2'], message: 'Ships waiting: 40 (Harbour Gazette) vs 35 (Delta Post)' }],
    statements: [{ id: 'st1', speakerId: 'e1', quoteIds: ['q1', 'q2'], text: T1.slice(q1s, q1e) }],
  };
}
