/**
 * ECB+ reader for the entity eval: rebuilds each document's text from its tokens (keeping a
 * token → offset map) and returns the gold cross-document chains of people, organisations and
 * places (HUM and LOC instances), restricted to the exhaustively annotated sentences.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ECB_ROOT = new URL('../../shared/data/ecbplus', import.meta.url).pathname;

export interface EcbMention { start: number; end: number; instance: string }
export interface EcbDoc { id: string; topic: string; text: string; mentions: EcbMention[] }

const NO_SPACE_BEFORE = /^(?:[.,!?;:%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

function annotated(): Set<string> {
  const out = new Set<string>();
  const csv = readFileSync(join(ECB_ROOT, 'ECBplus_coreference_sentences.csv'), 'utf8').split(/\r?\n/).slice(1);
  for (const line of csv) { const [t, f, s] = line.split(','); if (t && f && s) out.add(`${f}#${s.trim()}`); }
  return out;
}

function readDoc(topic: string, file: string, sentencesOk: Set<string>): EcbDoc {
  const xml = readFileSync(join(ECB_ROOT, 'ECB+', topic, file), 'utf8');
  const name = file.replace(/\.xml$/, '').replace(/^\d+_/, '');
  const isPlus = file.includes('ecbplus');
  const pos = new Map<string, { start: number; end: number; sentence: string }>();
  let text = '';
  let lastSentence = '';
  let prev = '';
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const [, id, sentence, raw] = m;
    if (isPlus && sentence === '0') continue; // sentence 0 of ECB+ files is the source URL
    const tok = raw.replace(/^(?:``|'')$/, '"').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text && sentence !== lastSentence) text += '\n';
    else if (text && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(prev)) text += ' ';
    pos.set(id, { start: text.length, end: text.length + tok.length, sentence });
    text += tok;
    lastSentence = sentence;
    prev = tok;
  }
  const markables = new Map<string, string[]>();
  for (const m of xml.matchAll(/<([A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    markables.set(m[2], [...m[3].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]));
  }
  const mentions: EcbMention[] = [];
  for (const r of xml.matchAll(/<CROSS_DOC_COREF r_id="\d+" note="((?:HUM|LOC)[^"]*)"\s*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    for (const s of r[2].matchAll(/<source m_id="(\d+)"/g)) {
      const toks = (markables.get(s[1]) ?? []).map((t) => pos.get(t)).filter((p) => p !== undefined);
      if (!toks.length || !sentencesOk.has(`${name}#${toks[0]!.sentence}`)) continue;
      mentions.push({ start: Math.min(...toks.map((t) => t!.start)), end: Math.max(...toks.map((t) => t!.end)), instance: r[1] });
    }
  }
  return { id: `${topic}/${name}`, topic, text, mentions };
}

/** All ECB+ documents grouped by topic, or null when the data folder is absent. */
export function loadEcb(limitTopics = Infinity): Map<string, EcbDoc[]> | null {
  if (!existsSync(join(ECB_ROOT, 'ECB+'))) return null;
  const ok = annotated();
  const topics = readdirSync(join(ECB_ROOT, 'ECB+')).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b)).slice(0, limitTopics);
  const out = new Map<string, EcbDoc[]>();
  for (const t of topics) {
    const files = readdirSync(join(ECB_ROOT, 'ECB+', t)).filter((f) => f.endsWith('.xml')).sort();
    out.set(t, files.map((f) => readDoc(t, f, ok)));
  }
  return out;
}
