/**
 * Who speaks, for linking quotes: one person the entities stage kept as two because a machine translation
 * spelt the name its own way ("Ruth Calloway" / "Rut Kallowej", "Sigrun Vell" / "Sigrun Wel", a "Quirrage"
 * named by surname alone), and a speaker its document left unresolved or read as a place although the
 * attribution names a person of the corpus ("Ravensholt", "Brimley Vale's Edric Fane"). The names
 * alone are weak evidence; quotes still link only where their wording does.
 */
import type { Entity } from '../../contract/dossier.ts';
import { editDistance, nameWords } from '../entities/index.ts';
import { memoByKey } from '../../util/index.ts';

/**
 * A name word as it sounds, loosely: transliteration letters folded (w/v, c/k/s, q/k, z/s, j/y/i, a silent h,
 * doubled letters), then its first letter and its consonants: "Calloway" and "Kallowej" → "klv". (soundsAlike also
 * lets an initial "Kh"/"Ch" stand for "H".)
 */
export function soundSkeleton(word: string): string {
  const w = word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '')
    .replace(/qu/g, 'kv').replace(/c(?=[eiy])/g, 's').replace(/[cq]/g, 'k').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/z/g, 's')
    .replace(/[jy]/g, 'i').replace(/(?<=.)h/g, '').replace(/(.)\1+/g, '$1');
  return w.slice(0, 1) + w.slice(1).replace(/[aeiou]/g, '');
}

/** Skeletons computed once per word: a corpus compares every pair of its people's names. */
const skeletonOf = memoByKey(50_000, soundSkeleton);

/** Two name words that may be one name transliterated: the same skeleton, or long skeletons one sound apart after the same first letter ("Quirrage" / "Kviraz"). */
export function soundsAlike(a: string, b: string): boolean {
  const sa = skeletonOf(a), sb = skeletonOf(b);
  if (!sa || !sb) return false;
  if (sa === sb) return true;
  // an initial "Kh"/"Ch" transliterates an "H" ("Khallisi" / "Hallisey", "Chaverkamp" / "Haverkamp")
  if (sa.slice(1) === sb.slice(1) && sa.length >= 3 && ((KH.test(a) && sb[0] === 'h') || (KH.test(b) && sa[0] === 'h'))) return true;
  return sa[0] === sb[0] && Math.min(sa.length, sb.length) >= 4 && editDistance(sa, sb) <= 1;
}
/** A name word opening with "Kh" or "Ch", a transliteration's spelling of an "H". */
const KH = /^[ckCK][hH]/u;

/** Two full names (two words or more, as many each) whose every word sounds alike. */
export function namesAlike(a: string[], b: string[]): boolean {
  return a.length >= 2 && a.length === b.length && a.every((w, i) => soundsAlike(w, b[i]!));
}

interface Person { id: string; words: string[] }

/** Whether a run of name words ends with `name`, word for word sounding alike ("Chief of the Civil Protection Ilse Tammark"). */
function endsWithName(run: string[], name: string[]): boolean {
  return run.length >= name.length && name.every((w, k) => soundsAlike(w, run[run.length - name.length + k]!));
}

/**
 * The runs of capitalised words of an attribution, lower-cased: a name is written with capitals ("the civil
 * protection chief" names nobody) and comes last in its run ("Askel Brede Ravensholt"); a lower-case word, a
 * comma ends a run, and a possessor is none, for it is not the speaker ("Brimley Vale's Edric Fane").
 */
export function nameRuns(text: string): string[][] {
  const runs: string[][] = [[]];
  let at = 0;
  const folded = String(text ?? '').normalize('NFKD').replace(/\p{M}/gu, '');
  for (const m of folded.matchAll(/(\p{L}+)(['’]s\b)?/gu)) {
    if (/[^\s]/u.test(folded.slice(at, m.index))) runs.push([]);
    at = m.index! + m[0].length;
    if (m[2]) runs[runs.length - 1] = []; // a possessor: "Brimley Vale's"
    else if (/^\p{Lu}/u.test(m[1]!)) runs.at(-1)!.push(m[1]!.toLowerCase());
    else runs.push([]);
  }
  return runs.filter((r) => r.length);
}

export interface Speakers {
  /** The id a speaker is linked by: one id for every spelling of one person's name. */
  linkId: (speakerId: string | null) => string | null;
  /**
   * The one person of the corpus an attribution names ("Ravensholt", "Brimley Vale's Edric Fane"), or null;
   * never a person of the name `resolvedName` (the document read that name as an organisation or a place).
   */
  named: (speakerText: string | null, resolvedName?: string | null) => string | null;
}

/** Order-independent: a group of spellings is linked by its smallest id. */
export function corpusSpeakers(entities: Entity[]): Speakers {
  const people: Person[] = entities.filter((e) => e.type === 'person').map((e) => ({ id: e.id, words: nameWords(e.name) })).filter((p) => p.words.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const full = people.filter((p) => p.words.length >= 2);
  const rep = new Map<string, string>(people.map((p) => [p.id, p.id]));
  const root = (id: string): string => { let r = id; while (rep.get(r) !== r) r = rep.get(r)!; return r; };
  const join = (a: string, b: string): void => { const ra = root(a), rb = root(b); if (ra !== rb) rep.set(ra < rb ? rb : ra, ra < rb ? ra : rb); };
  // compared within blocks of one word count and one first sound per word (skeletons that may be alike start alike)
  const blocks = new Map<string, Person[]>();
  for (const p of full) {
    // a word opening with "Kh"/"Ch" may sound as an "H": the person sits in the blocks of both first sounds
    let keys = [''];
    for (const w of p.words) {
      const first = skeletonOf(w)[0] ?? '';
      const sounds = KH.test(w) && first !== 'h' ? [first, 'h'] : [first];
      keys = keys.flatMap((k) => sounds.map((f) => `${k}|${f}`));
    }
    for (const k of keys) blocks.set(k, [...(blocks.get(k) ?? []), p]);
  }
  for (const b of blocks.values()) for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) if (namesAlike(b[i]!.words, b[j]!.words)) join(b[i]!.id, b[j]!.id);
  // the surname alone ("Quirrage") names the one full name whose surname it is, spellings aside
  const bySurname = (word: string): string[] => [...new Set(full.filter((p) => soundsAlike(p.words.at(-1)!, word)).map((p) => root(p.id)))];
  for (const p of people) {
    if (p.words.length !== 1) continue;
    const fits = bySurname(p.words[0]!);
    if (fits.length === 1) join(p.id, fits[0]!);
  }
  const linkId = (speakerId: string | null): string | null => (speakerId && rep.has(speakerId) ? root(speakerId) : speakerId);
  const named = (speakerText: string | null, resolvedName: string | null = null): string | null => {
    const runs = nameRuns(speakerText ?? '');
    const not = resolvedName ? nameWords(resolvedName).join(' ') : null;
    let fits = full.filter((p) => p.words.join(' ') !== not && runs.some((r) => endsWithName(r, p.words)));
    // a surname alone names the one person of the corpus with that surname
    if (!fits.length && runs.length === 1 && runs[0]!.length === 1) fits = full.filter((p) => p.words.join(' ') !== not && soundsAlike(p.words.at(-1)!, runs[0]![0]!));
    if (new Set(fits.map((p) => root(p.id))).size !== 1) return null;
    // of one person's spellings, the one the attribution spells (else the smallest id)
    const spelt = (p: Person): boolean => runs.some((r) => r.slice(-p.words.length).join(' ') === p.words.join(' ') || (r.length === 1 && r[0] === p.words.at(-1)));
    return (fits.find(spelt) ?? fits[0]!).id;
  };
  return { linkId, named };
}
