/** Debug: print entities and mentions for a text file or an ECB+ doc ("topic/name"). */
import { readFileSync } from 'node:fs';
import { splitSentences } from '../src/analyse/sentences/index.ts';
import { findEntities, type Recogniser } from '../src/analyse/entities/index.ts';
import type { CleanDocument } from '../src/contract/pipeline.ts';
import { loadEcb } from './_entities-ecb.ts';
const [ref, mode = 'combined'] = process.argv.slice(2);
const text = ref.includes('/') && !ref.includes('.') ? loadEcb()!.get(ref.split('/')[0])!.find((x) => x.id === ref)!.text : readFileSync(ref, 'utf8');
const r = findEntities({ text } as CleanDocument, splitSentences(text), mode as Recogniser);
r.entities.forEach((e, i) => console.log(i, e.type, e.name, e.gender ?? '', '|', r.mentions.filter((m) => m.entity === i).map((m) => m.text).join(' ; '), '| roles:', e.roles.map((x) => x.role).join(', ')));
