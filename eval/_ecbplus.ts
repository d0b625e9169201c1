/** ECB+ documents (tokens joined back into text) with gold story = topic + subtopic. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlainDoc } from './_docs.ts';

export const ECB_DIR = new URL('../../shared/data/ecbplus/ECB+', import.meta.url).pathname;

const TOKEN = /<token t_id="\d+" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g;

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function detok(tokens: string[]): string {
  return tokens.join(' ').replace(/ ([.,;:!?%)\]'’]|n't|'s)/g, '$1').replace(/([($[]) /g, '$1');
}

export function loadEcb(): { docs: PlainDoc[]; gold: Map<string, string> } | null {
  if (!existsSync(ECB_DIR)) return null;
  const docs: PlainDoc[] = [];
  const gold = new Map<string, string>();
  for (const topic of readdirSync(ECB_DIR).sort()) {
    for (const file of readdirSync(join(ECB_DIR, topic)).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(join(ECB_DIR, topic, file), 'utf8');
      const sentences = new Map<number, string[]>();
      for (const m of xml.matchAll(TOKEN)) {
        const s = +m[1]!;
        if (!sentences.has(s)) sentences.set(s, []);
        sentences.get(s)!.push(unescape(m[2]!));
      }
      const plus = file.includes('ecbplus');
      const ordered = [...sentences].sort((a, b) => a[0] - b[0]);
      const url = plus ? ordered.shift()?.[1].join('') ?? null : null;
      const lines = ordered.map(([, t]) => detok(t));
      const id = file.replace('.xml', '');
      docs.push({ id, title: lines[0] ?? '', text: lines.slice(1).join('\n\n'), publishedAt: null, outlet: null, url });
      gold.set(id, `${topic}${plus ? 'plus' : 'ecb'}`);
    }
  }
  return { docs, gold };
}
