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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Publish date from a dated URL path (/2013/05/03/, /2013/may/03/), as the clean stage reads it. */
export function urlDate(url: string | null): string | null {
  const m = url?.match(/\/((?:19|20)\d\d)\/(\d\d?|[a-z]{3})[a-z]*\/(\d\d?)(?:\/|$)/i);
  if (!m) return null;
  const month = /^\d+$/.test(m[2]!) ? +m[2]! : MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  const day = +m[3]!;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Fixed tuning split by topic: odd topic numbers are "dev" (looked at while tuning), even ones
 * "held" (reported, never inspected). `goldId` is a gold story id such as "12plus".
 */
export function ecbSplit(goldId: string): 'dev' | 'held' {
  return parseInt(goldId, 10) % 2 === 1 ? 'dev' : 'held';
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
      docs.push({ id, title: lines[0] ?? '', text: lines.slice(1).join('\n\n'), publishedAt: urlDate(url), outlet: url?.match(/^\w+:\/\/(?:www\.)?([^/]+)/)?.[1] ?? null, url });
      gold.set(id, `${topic}${plus ? 'plus' : 'ecb'}`);
    }
  }
  return { docs, gold };
}
