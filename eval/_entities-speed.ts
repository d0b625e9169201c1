/**
 * CPU time of the entities pass alone (findEntities) on PolNeAR dev+test texts, one thread.
 * Usage: npx tsx eval/_entities-speed.ts [docs=200] [mode=combined]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { findEntities, type Recogniser } from '../src/analyse/entities/index.ts';
import type { CleanDocument } from '../src/contract/pipeline.ts';

const n = Number(process.argv[2] ?? 200);
const mode = (process.argv[3] ?? 'combined') as Recogniser;
const root = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'polnear', 'data');
const texts: string[] = [];
for (const split of ['dev', 'test']) for (const f of readdirSync(join(root, split, 'text')).sort()) texts.push(readFileSync(join(root, split, 'text', f), 'utf8'));
const docs = texts.slice(0, n).map((text) => ({ doc: { text } as CleanDocument, sentences: splitSentences(text) }));
for (const d of docs.slice(0, 5)) findEntities(d.doc, d.sentences, mode); // warm-up
const t = process.cpuUsage();
let mentions = 0;
for (const d of docs) mentions += findEntities(d.doc, d.sentences, mode).mentions.length;
const u = process.cpuUsage(t);
const ms = (u.user + u.system) / 1000;
console.log(JSON.stringify({ mode, docs: docs.length, mentions, cpuMs: Math.round(ms), cpuMsPerDoc: +(ms / docs.length).toFixed(2) }));
