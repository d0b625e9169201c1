/** Person, organisation and place spans from compromise, run one short chunk at a time. */
import nlp from 'compromise';
import type { EntityType } from '../../contract/dossier.ts';
import type { Span } from '../../contract/pipeline.ts';
import type { Candidate } from './_types.ts';

const KINDS: [string, EntityType][] = [['people', 'person'], ['organizations', 'organization'], ['places', 'place']];

interface OffsetJson { text: string; offset?: { start: number; length: number } }

export function compromiseCandidates(text: string, chunks: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chunks) {
    const piece = text.slice(c.start, c.end);
    if (!/\p{Lu}/u.test(piece)) continue;
    let doc;
    try { doc = nlp(piece); } catch { continue; }
    for (const [method, type] of KINDS) {
      let found: OffsetJson[] = [];
      try { found = (doc as unknown as Record<string, () => { json: (o: object) => OffsetJson[] }>)[method]().json({ offset: true }); } catch { continue; }
      for (const f of found) {
        if (!f.offset) continue;
        const start = c.start + f.offset.start;
        const end = start + f.offset.length;
        if (end <= text.length && start >= 0 && end > start) out.push({ start, end, type, strong: false });
      }
    }
  }
  return out;
}

const NAME_GENDER = new Map<string, 'female' | 'male' | null>();

/** Gender of a given name from compromise's first-name lexicon ("Kathryn" → female), else null. */
export function firstNameGender(word: string): 'female' | 'male' | null {
  const w = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  if (!NAME_GENDER.has(w)) {
    let g: 'female' | 'male' | null = null;
    try {
      const d = nlp(`${w} Smith`);
      const f = d.has('#FemaleName');
      const m = d.has('#MaleName');
      g = f && !m ? 'female' : m && !f ? 'male' : null;
    } catch { g = null; }
    NAME_GENDER.set(w, g);
  }
  return NAME_GENDER.get(w) ?? null;
}

const COMMON = new Map<string, boolean>();

/** True when compromise knows the word as an ordinary word (not a name): "Yesterday", "Police", "Three". */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!COMMON.has(w)) {
    let common = false;
    try {
      const terms = (nlp(w).json() as { terms?: { tags?: string[] }[] }[])[0]?.terms ?? [];
      const tags = new Set(terms.flatMap((t) => t.tags ?? []));
      common = !tags.has('ProperNoun') && [...tags].some((t) => t !== 'Noun' && t !== 'Singular');
    } catch { common = false; }
    COMMON.set(w, common);
  }
  return COMMON.get(w) ?? false;
}
