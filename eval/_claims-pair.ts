/**
 * Debug: the alignment features of the claim items whose text holds each of two snippets, and how
 * alike / clashing each pair is. Usage: tsx eval/_claims-pair.ts --devN "snippet a" "snippet b"  (never the blind set)
 */
import { REPO_ROOT, DEV_SET_NAMES, GOLD_SETS, loadDemoGold } from '../src/demo-gold/index.ts';
import { runDemo } from './_timeline-run.ts';
import { groupDocuments } from '../src/corpus/stories/index.ts';
import { resolveEntities } from '../src/corpus/entities/index.ts';
import { withHappeningDays } from '../src/corpus/redate/index.ts';
import { claimItems } from '../src/corpus/claims/_features.ts';
import { foldTerms, idf, likeness, similarity, crossStoryOk } from '../src/corpus/claims/_similarity.ts';
import { conflictBetween } from '../src/corpus/claims/_conflicts.ts';
import { clashScore } from '../src/corpus/claims/_align.ts';
import { withTextCopies } from '../src/corpus/duplicates/index.ts';

const args = process.argv.slice(2);
const gold = DEV_SET_NAMES.map((name) => (args.includes(`--${name}`) ? GOLD_SETS[name].load() : null)).find((g) => g !== null) ?? loadDemoGold();
const [sa, sb] = args.filter((a) => !a.startsWith('--'));
const run = runDemo(REPO_ROOT.replace(/\/$/, ''), new Set(gold.documents.map((d) => d.file)));
const sorted = [...run.docs].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
const { grouping } = groupDocuments(sorted, new Set(sorted.map((d) => d.doc.id)), null);
const docs = withHappeningDays(sorted, grouping);
const items = claimItems(docs, resolveEntities(docs), withTextCopies(docs, grouping));
foldTerms(items);
const w = idf(items);
const pick = (s: string) => items.filter((x) => x.claim.text.includes(s));
const show = (x: (typeof items)[number]) => console.log(JSON.stringify({ file: run.fileOf.get(x.documentId), text: x.claim.text.slice(0, 140), source: x.source, story: x.story, line: x.line,
  terms: [...x.terms].map((t) => `${t}:${(w.get(t) ?? 0).toFixed(2)}`).join(' '), entities: x.entities, figures: Object.fromEntries([...x.figures].map(([k, v]) => [k, v.map((f) => `${f.value}[${f.lo},${f.hi}]${f.what ?? ''}${f.passing ? 'p' : ''}`)])),
  asOf: x.asOf, stated: x.stated, eventTypes: x.eventTypes, eventDays: Object.fromEntries(x.eventDays), agent: x.agent, stage: x.stage, stance: x.stance }));
const A = pick(sa!); const B = sb ? pick(sb) : [];
for (const a of A) show(a);
for (const b of B) show(b);
for (const a of A) for (const b of B) console.log(`sim=${similarity(a, b, w).toFixed(3)} like=${likeness(a, b, w).toFixed(3)} clash=${JSON.stringify(conflictBetween(a, b))} clashScore=${clashScore(a, b, w).toFixed(3)} cross=${crossStoryOk(a, b, similarity(a, b, w), 0.9, w)}`);
if (args.includes('--near')) for (const a of A) for (const x of items) { const s = similarity(a, x, w); if (x !== a && s >= 0.45) console.log(`near ${s.toFixed(3)} ${run.fileOf.get(x.documentId)} | ${x.claim.text.slice(0, 100)}`); }
