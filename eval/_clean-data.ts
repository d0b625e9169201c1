/** Loads the article-extraction benchmark (read by path, never copied) and splits it 70/30. */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

export const AEB_DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'article-extraction');
const SPLIT_SEED = 'triangulate-clean-v1';
const DEV_SHARE = 0.7;

export interface AebPage { id: string; url: string; truth: string; html: string; split: 'dev' | 'held' }

export function aebAvailable(): boolean { return existsSync(join(AEB_DIR, 'ground-truth.json')); }

/** Fixed-seed split: pages ordered by sha256(seed + id); the first 70% are dev, the rest held back. */
export function splitIds(ids: string[]): Set<string> {
  const key = (id: string): string => createHash('sha256').update(SPLIT_SEED + id).digest('hex');
  const ordered = [...ids].sort((a, b) => key(a).localeCompare(key(b)));
  return new Set(ordered.slice(0, Math.round(ids.length * DEV_SHARE)));
}

export function loadAeb(): AebPage[] {
  const gt = JSON.parse(readFileSync(join(AEB_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const dev = splitIds(Object.keys(gt));
  return Object.keys(gt).sort().map((id) => ({
    id, url: gt[id].url, truth: gt[id].articleBody,
    html: gunzipSync(readFileSync(join(AEB_DIR, 'html', `${id}.html.gz`))).toString('utf8'),
    split: dev.has(id) ? 'dev' : 'held',
  }));
}

/** A stored tool output: bare `{id:{articleBody}}` or wrapped `{version, output}`. */
export function loadStored(tool: string): Record<string, string> | null {
  const path = join(AEB_DIR, 'output', `${tool}.json`);
  if (!existsSync(path)) return null;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const body = (raw.output && typeof raw.output === 'object' ? raw.output : raw) as Record<string, { articleBody?: string } | undefined>;
  const out: Record<string, string> = {};
  for (const [id, v] of Object.entries(body)) out[id] = (v && typeof v === 'object' && typeof v.articleBody === 'string') ? v.articleBody : '';
  return out;
}
