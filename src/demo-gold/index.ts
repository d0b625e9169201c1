/**
 * The demo corpus gold (`demo/gold.json`), the further development sets (`eval/devN/gold.json`) and the
 * blind sets (`eval/blind/gold.json`, `eval/blindN/gold.json`): schema, loaders and helpers for tests and
 * eval scripts.
 * Paths in the gold are relative to the repository root ("demo/x.txt", "demo/feed.jsonl#2",
 * "eval/blind/feed.jsonl#1", "eval/dev2/feed.jsonl#3", "eval/dev3/feed.jsonl#2").
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DemoGoldSchema, type DemoGold, type GoldSplit } from './schema.ts';

export * from './schema.ts';

/** Repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Default location of the gold file. */
export const DEFAULT_GOLD_PATH = resolve(REPO_ROOT, 'demo/gold.json');
/** The blind set: new articles nobody tunes on, reported as a separate "blind" column. */
export const BLIND_GOLD_PATH = resolve(REPO_ROOT, 'eval/blind/gold.json');
/** The second development set: other events and domains than the demo, free to tune on. */
export const DEV2_GOLD_PATH = resolve(REPO_ROOT, 'eval/dev2/gold.json');
/** The third development set: a rail cyber attack and unrelated stories in yet other styles, free to tune on. */
export const DEV3_GOLD_PATH = resolve(REPO_ROOT, 'eval/dev3/gold.json');

/** Read and validate the gold; throws with the zod issues when the file does not match the schema. */
export function loadDemoGold(path: string = DEFAULT_GOLD_PATH): DemoGold {
  return DemoGoldSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Read and validate a gold whose documents must all be in one split; throws on the first stray one. */
function loadGoldOfSplit(path: string, split: GoldSplit, name: string): DemoGold {
  const gold = loadDemoGold(path);
  const stray = gold.documents.find((d) => d.split !== split);
  if (stray) throw new Error(`${stray.file}: split "${stray.split}" in the ${name} gold`);
  return gold;
}

/** Read and validate the blind gold; throws when a document is not in split "blind". */
export function loadBlindGold(path: string = BLIND_GOLD_PATH): DemoGold {
  return loadGoldOfSplit(path, 'blind', 'blind');
}

/** Read and validate the second development gold; throws when a document is not in split "dev". */
export function loadDev2Gold(path: string = DEV2_GOLD_PATH): DemoGold {
  return loadGoldOfSplit(path, 'dev', 'dev2');
}

/** Read and validate the third development gold; throws when a document is not in split "dev". */
export function loadDev3Gold(path: string = DEV3_GOLD_PATH): DemoGold {
  return loadGoldOfSplit(path, 'dev', 'dev3');
}

/** A development gold written after the rules it measures: every document in split "dev". */
const devSet = (dir: string, name: string) => {
  const path = resolve(REPO_ROOT, `eval/${dir}/gold.json`);
  return { path, load: (): DemoGold => loadGoldOfSplit(path, 'dev', name) };
};
/** A blind gold: every document in split "blind"; scored with --blind, figures only. */
const blindSet = (dir: string, name: string) => {
  const path = resolve(REPO_ROOT, `eval/${dir}/gold.json`);
  return { path, load: (): DemoGold => loadGoldOfSplit(path, 'blind', name) };
};

/** Every gold set by name: where its file lives and how it is read and checked (eval scripts pick by name). */
export const GOLD_SETS = {
  demo: { path: DEFAULT_GOLD_PATH, load: (): DemoGold => loadDemoGold() },
  dev2: { path: DEV2_GOLD_PATH, load: (): DemoGold => loadDev2Gold() },
  dev3: { path: DEV3_GOLD_PATH, load: (): DemoGold => loadDev3Gold() },
  dev4: devSet('dev4', 'dev4'),
  dev5: devSet('dev5', 'dev5'),
  dev6: devSet('dev6', 'dev6'),
  dev7: devSet('dev7', 'dev7'),
  dev8: devSet('dev8', 'dev8'),
  dev9: devSet('dev9', 'dev9'),
  dev10: devSet('dev10', 'dev10'),
  dev11: devSet('dev11', 'dev11'),
  dev12: devSet('dev12', 'dev12'),
  dev13: devSet('dev13', 'dev13'),
  dev14: devSet('dev14', 'dev14'),
  dev15: devSet('dev15', 'dev15'),
  dev16: devSet('dev16', 'dev16'),
  dev17: devSet('dev17', 'dev17'),
  dev18: devSet('dev18', 'dev18'),
  dev19: devSet('dev19', 'dev19'),
  dev20: devSet('dev20', 'dev20'),
  dev22: devSet('dev22', 'dev22'),
  dev23: devSet('dev23', 'dev23'),
  dev21: devSet('dev21', 'dev21'),
  dev25: devSet('dev25', 'dev25'),
  dev26: devSet('dev26', 'dev26'),
  dev27: devSet('dev27', 'dev27'),
  dev24: devSet('dev24', 'dev24'),
  dev28: devSet('dev28', 'dev28'),
  dev29: devSet('dev29', 'dev29'),
  dev30: devSet('dev30', 'dev30'),
  dev31: devSet('dev31', 'dev31'),
  dev32: devSet('dev32', 'dev32'),
  dev33: devSet('dev33', 'dev33'),
  dev34: devSet('dev34', 'dev34'),
  dev35: devSet('dev35', 'dev35'),
  dev36: devSet('dev36', 'dev36'),
  dev37: devSet('dev37', 'dev37'),
  dev38: devSet('dev38', 'dev38'),
  dev39: devSet('dev39', 'dev39'),
  dev40: devSet('dev40', 'dev40'),
  dev41: devSet('dev41', 'dev41'),
  dev42: devSet('dev42', 'dev42'),
  dev43: devSet('dev43', 'dev43'),
  dev44: devSet('dev44', 'dev44'),
  dev45: devSet('dev45', 'dev45'),
  dev46: devSet('dev46', 'dev46'),
  dev47: devSet('dev47', 'dev47'),
  dev48: devSet('dev48', 'dev48'),
  dev49: devSet('dev49', 'dev49'),
  dev50: devSet('dev50', 'dev50'),
  dev51: devSet('dev51', 'dev51'),
  dev52: devSet('dev52', 'dev52'),
  dev53: devSet('dev53', 'dev53'),
  dev54: devSet('dev54', 'dev54'),
  dev55: devSet('dev55', 'dev55'),
  dev56: devSet('dev56', 'dev56'),
  dev57: devSet('dev57', 'dev57'),
  dev58: devSet('dev58', 'dev58'),
  dev59: devSet('dev59', 'dev59'),
  dev60: devSet('dev60', 'dev60'),
  dev61: devSet('dev61', 'dev61'),
  dev62: devSet('dev62', 'dev62'),
  dev63: devSet('dev63', 'dev63'),
  dev64: devSet('dev64', 'dev64'),
  dev65: devSet('dev65', 'dev65'),
  dev66: devSet('dev66', 'dev66'),
  dev67: devSet('dev67', 'dev67'),
  dev68: devSet('dev68', 'dev68'),
  dev69: devSet('dev69', 'dev69'),
  dev70: devSet('dev70', 'dev70'),
  dev71: devSet('dev71', 'dev71'),
  dev72: devSet('dev72', 'dev72'),
  dev73: devSet('dev73', 'dev73'),
  dev74: devSet('dev74', 'dev74'),
  dev75: devSet('dev75', 'dev75'),
  dev76: devSet('dev76', 'dev76'),
  dev77: devSet('dev77', 'dev77'),
  dev78: devSet('dev78', 'dev78'),
  dev79: devSet('dev79', 'dev79'),
  dev80: devSet('dev80', 'dev80'),
  dev81: devSet('dev81', 'dev81'),
  dev82: devSet('dev82', 'dev82'),
  dev83: devSet('dev83', 'dev83'),
  dev84: devSet('dev84', 'dev84'),
  dev85: devSet('dev85', 'dev85'),
  dev86: devSet('dev86', 'dev86'),
  dev87: devSet('dev87', 'dev87'),
  dev88: devSet('dev88', 'dev88'),
  dev89: devSet('dev89', 'dev89'),
  dev90: devSet('dev90', 'dev90'),
  dev91: devSet('dev91', 'dev91'),
  dev92: devSet('dev92', 'dev92'),
  dev93: devSet('dev93', 'dev93'),
  dev94: devSet('dev94', 'dev94'),
  dev95: devSet('dev95', 'dev95'),
  dev96: devSet('dev96', 'dev96'),
  dev97: devSet('dev97', 'dev97'),
  dev98: devSet('dev98', 'dev98'),
  blind: { path: BLIND_GOLD_PATH, load: (): DemoGold => loadBlindGold() },
  blind2: blindSet('blind2', 'blind2'),
  blind3: blindSet('blind3', 'blind3'),
  blind4: blindSet('blind4', 'blind4'),
  blind5: blindSet('blind5', 'blind5'),
  blind6: blindSet('blind6', 'blind6'),
  blind7: blindSet('blind7', 'blind7'),
  blind8: blindSet('blind8', 'blind8'),
  blind9: blindSet('blind9', 'blind9'),
  blind10: blindSet('blind10', 'blind10'),
  blind11: blindSet('blind11', 'blind11'),
  blind12: blindSet('blind12', 'blind12'),
  blind13: blindSet('blind13', 'blind13'),
  blind14: blindSet('blind14', 'blind14'),
  blind15: blindSet('blind15', 'blind15'),
  blind16: blindSet('blind16', 'blind16'),
  blind17: blindSet('blind17', 'blind17'),
  blind18: blindSet('blind18', 'blind18'),
  blind19: blindSet('blind19', 'blind19'),
  blind20: blindSet('blind20', 'blind20'),
  blind21: blindSet('blind21', 'blind21'),
  blind22: blindSet('blind22', 'blind22'),
  blind23: blindSet('blind23', 'blind23'),
  blind24: blindSet('blind24', 'blind24'),
  blind25: blindSet('blind25', 'blind25'),
  blind26: blindSet('blind26', 'blind26'),
  blind27: blindSet('blind27', 'blind27'),
  blind28: blindSet('blind28', 'blind28'),
  blind29: blindSet('blind29', 'blind29'),
  blind30: blindSet('blind30', 'blind30'),
  blind31: blindSet('blind31', 'blind31'),
  blind32: blindSet('blind32', 'blind32'),
  blind33: blindSet('blind33', 'blind33'),
  blind34: blindSet('blind34', 'blind34'),
  blind35: blindSet('blind35', 'blind35'),
  blind36: blindSet('blind36', 'blind36'),
  blind37: blindSet('blind37', 'blind37'),
  blind38: blindSet('blind38', 'blind38'),
  blind39: blindSet('blind39', 'blind39'),
  blind40: blindSet('blind40', 'blind40'),
  blind41: blindSet('blind41', 'blind41'),
  blind42: blindSet('blind42', 'blind42'),
} as const;
export type GoldSetName = keyof typeof GOLD_SETS;
/** The development golds besides the demo, in the order the evals print them (tuned on; their misses may be read). */
export const DEV_SET_NAMES = ['dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77', 'dev78', 'dev79', 'dev80', 'dev81', 'dev82', 'dev83', 'dev84', 'dev85', 'dev86', 'dev87', 'dev88', 'dev89', 'dev90', 'dev91', 'dev92', 'dev93', 'dev94', 'dev95', 'dev96', 'dev97', 'dev98'] as const satisfies readonly GoldSetName[];
/** The blind golds: scored with --blind, figures only, never tuned on. */
export const BLIND_SET_NAMES = ['blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind40', 'blind41', 'blind42'] as const satisfies readonly GoldSetName[];
export type BlindSetName = typeof BLIND_SET_NAMES[number];
export type DevSetName = typeof DEV_SET_NAMES[number];

/** Split "demo/feed.jsonl#2" into its path and 1-based line (null for whole files). */
export function parseFileRef(ref: string): { path: string; line: number | null } {
  const m = /^(.*)#(\d+)$/.exec(ref);
  return m ? { path: m[1], line: Number(m[2]) } : { path: ref, line: null };
}

/**
 * The raw text a gold reference points at: the whole file, or for `x.jsonl#N` the `text`
 * (else `html`) field of line N. Gold snippets occur verbatim in this text.
 */
export function readGoldFile(ref: string, root: string = REPO_ROOT): string {
  const { path, line } = parseFileRef(ref);
  const raw = readFileSync(isAbsolute(path) ? path : resolve(root, path), 'utf8');
  if (line === null) return raw;
  const record = JSON.parse(raw.split(/\r?\n/)[line - 1] ?? '') as { text?: string; html?: string };
  return record.text ?? record.html ?? '';
}

/** Files of one split ("dev" for tuning, "heldout" for the final check, "blind" for the blind set). */
export function goldFiles(gold: DemoGold, split: GoldSplit): Set<string> {
  return new Set(gold.documents.filter((d) => d.split === split).map((d) => d.file));
}

/**
 * The gold restricted to one split: items from its files only; events, claims, stories and flags
 * keep only their evidence/files from the split; entities only when an alias occurs in a split file.
 */
export function goldForSplit(gold: DemoGold, split: GoldSplit, readText: (ref: string) => string = readGoldFile): DemoGold {
  const files = goldFiles(gold, split);
  const has = (f: string): boolean => files.has(f);
  const texts = [...files].map((f) => readText(f));
  return {
    documents: gold.documents.filter((d) => has(d.file)),
    stories: gold.stories.map((s) => ({ ...s, files: s.files.filter(has) })).filter((s) => s.files.length > 0),
    entities: gold.entities.filter((e) => e.aliases.some((a) => texts.some((t) => t.includes(a)))),
    quotes: gold.quotes.filter((q) => has(q.file)),
    events: gold.events.map((e) => ({ ...e, evidence: e.evidence.filter((x) => has(x.file)) })).filter((e) => e.evidence.length > 0),
    dates: gold.dates.filter((d) => has(d.file)),
    claims: gold.claims
      .map((c) => ({ ...c, support: c.support.filter((x) => has(x.file)), conflicts: c.conflicts.filter((x) => has(x.file)) }))
      .filter((c) => c.support.length + c.conflicts.length > 0),
    flags: gold.flags.map((f) => ({ ...f, files: f.files.filter(has) })).filter((f) => f.files.length > 0),
  };
}

/**
 * The article files of a gold (repo-relative, no `#line` suffix), i.e. `demo/`, `eval/blind/`,
 * `eval/dev2/` or `eval/dev3/` without README.md and gold.json: pass these, not the folder, when
 * analysing for evaluation.
 */
export function demoInputPaths(gold: DemoGold): string[] {
  return [...new Set(gold.documents.map((d) => parseFileRef(d.file).path))].sort();
}
