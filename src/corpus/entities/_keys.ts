/** Name keys for cross-document matching: compact spelling keys and word-by-word phonetic checks. */
import { doubleMetaphone } from 'double-metaphone';
import { countryOf, initials, nameKey } from '../../analyse/entities/index.ts';
import { MIN_FOLD_CHARS, MIN_WORD_SIMILARITY } from './constants.ts';

/** Spacing- and hyphen-free key: "Jean Marie Le Pen" and "Jean-Marie Le Pen" → "jeanmarielepen". */
export function compactKey(name: string): string {
  const country = countryOf(name);
  return (country ? `country:${nameKey(country)}` : nameKey(name)).replace(/\s+/g, '');
}

/** Words of a person's name, accents and punctuation off. */
export function nameWords(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/** Levenshtein distance of two strings (insertions, deletions, substitutions each 1). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/**
 * One name word as a translation may spell it. Slavic digraphs transliterated with or without the h ("Dralošev" /
 * "Draloshev" / "Dralosev"), doubled letters as one. German and Polish spellings of the same sounds too: "Korwitsch" /
 * "Korvic", "Dorntschew" / "Dornchev", "Mirja" / "Miria"; a dropped h after t ("Tarnwick" / "Tharnwick"). And the
 * spellings a machine translation gives English letters: "qu" written as it sounds, as kv in the east ("Quelmarth" /
 * "Kvelmarth", "Tornqvell" / "Tornkwell") or as k in the west ("Frasquelle" / "Fraskelle"), so a word has both readings;
 * "ck" and "x" as k and ks ("Stillock" / "Stillok", "Paxtrom" / "Pakstrom"); y and j as one letter ("Yorvath" /
 * "Jorvath", "Ozuya" / "Ozuja", "Mivley" / "Mivlej"); "kh" for h ("Ostenholm" / "Ostenkholm"). The letters change, not
 * the name.
 */
const translitFold = (w: string, qu: 'kv' | 'k' = 'kv'): string => w.replace(/qu/g, qu).replace(/q/g, 'k').replace(/ck/g, 'k')
  .replace(/x/g, 'ks').replace(/kh/g, 'h').replace(/t?sch/g, 'ch').replace(/w/g, 'v').replace(/[jy]/g, 'i')
  .replace(/([szct])h/g, '$1').replace(/(\p{L})\1/gu, '$1');
const QU_READINGS = ['kv', 'k'] as const;

/** One name word spelt two ways: sounds alike (double metaphone) and is spelt alike enough, as written or folded. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (soundAlike(a, b)) return true;
  return QU_READINGS.some((qu) => {
    const [fa, fb] = [translitFold(a, qu), translitFold(b, qu)];
    if (a.length >= MIN_FOLD_CHARS && fa === fb) return true;
    // folded, a short word is too easily like another ("Quinn" / "Kwan")
    return Math.min(fa.length, fb.length) >= MIN_FOLD_CHARS && soundAlike(fa, fb);
  });
}

/** Sounds alike (double metaphone) and is spelt alike enough (MIN_WORD_SIMILARITY). */
function soundAlike(a: string, b: string): boolean {
  const [pa, sa] = doubleMetaphone(a);
  const [pb, sb] = doubleMetaphone(b);
  if (!(pa === pb || pa === sb || sa === pb || sa === sb) || !pa) return false;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length) >= MIN_WORD_SIMILARITY;
}

/** Two full person names (two words or more) that are spelling or transliteration variants. */
export function samePerson(a: string[], b: string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  return a.every((w, i) => sameWord(w, b[i]));
}

/** Phonetic codes of a name's last word (one per reading of its qu): the blocks person names are compared within. */
export function surnameBlocks(words: string[]): string[] {
  return [...new Set(QU_READINGS.map((qu) => doubleMetaphone(translitFold(words[words.length - 1] ?? '', qu))[0]))];
}

export { initials };

/** A country name or its people's adjective cut to a shared stem ("Varnia" / "Varnian" → "varn"); known countries by their canonical name first. */
const placeStem = (w: string): string => nameKey(countryOf(w) ?? w).replace(/(?:ian|ia|an|a|n)$/u, '');
/** "Defence"/"Defense", "Foreign Affairs"/"Foreign": one office however it is spelt or shortened. */
const officeTopic = (t: string): string => t.replace(/\bdefence\b/gu, 'defense').replace(/ affairs$/u, '').trim();

/**
 * One key for a country's ministry however it is worded: "Ministry of the Defence of Varnia" (machine translation),
 * "Varnia's Ministry of Defense", "the Varnian Defence Ministry" → "ministry:defense:varn". Null for other names
 * and for a ministry with no country (whose country only its document knows).
 */
export function ministryKey(name: string): string | null {
  const k = nameKey(name);
  const made = (topic: string, place: string): string | null => {
    const stem = placeStem(place);
    return stem.length >= 4 && topic ? `ministry:${officeTopic(topic)}:${stem}` : null;
  };
  const ofPlace = /^ministry (?:of|for) (?:the )?([\p{L} ]+?) of (?:the )?(\p{L}+)$/u.exec(k);
  if (ofPlace) return made(ofPlace[1], ofPlace[2]);
  const possessor = /^(\p{L}+)(?: s)? ministry (?:of|for) (?:the )?([\p{L} ]+)$/u.exec(k);
  if (possessor) return made(possessor[2], possessor[1]);
  const adjective = /^(\p{L}+)(?: s)? ([\p{L} ]+?) ministry$/u.exec(k);
  if (adjective) return made(adjective[2], adjective[1]);
  return null;
}
