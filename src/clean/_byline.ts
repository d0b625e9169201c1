/** Bylines: people only, never outlets, job titles or "Email the author". */
import { BYLINE_MAX_CHARS, BYLINE_MAX_PEOPLE } from './constants.ts';
import { BYLINE_PATTERNS as PATTERNS } from './patterns.ts';

/** Splits a raw byline into candidate names. */
function splitNames(raw: string): string[] {
  return raw
    .replace(/\s+/g, ' ')
    .replace(PATTERNS.byPrefix, '')
    .split(PATTERNS.nameSeparator)
    .map((s) => s.replace(PATTERNS.nameTrail, '').replace(PATTERNS.inPlace, '').replace(/[[\]<>()]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** True when `s` looks like a person's name: 2–5 words, capitalised, no organisation words. */
export function looksLikePerson(s: string, outlet: string | null): boolean {
  if (s.length < 4 || s.length > 60) return false;
  if (outlet && s.toLowerCase() === outlet.toLowerCase()) return false;
  if (PATTERNS.notPerson.test(s) || PATTERNS.jobTitle.test(s)) return false;
  const words = s.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => PATTERNS.nameWord.test(w));
}

/** Clean byline ("A B and C D") from raw author strings, or null. Fewer names rather than wrong ones. */
export function cleanByline(raws: (string | null | undefined)[], outlet: string | null): string | null {
  const people: string[] = [];
  for (const raw of raws) {
    if (!raw || raw.length > BYLINE_MAX_CHARS * 3) continue;
    for (const name of splitNames(raw)) {
      const n = titleCaseIfShouting(name);
      if (looksLikePerson(n, outlet) && !people.some((p) => p.toLowerCase() === n.toLowerCase())) people.push(n);
    }
  }
  if (!people.length || people.length > BYLINE_MAX_PEOPLE) return null;
  const out = people.length === 1 ? people[0] : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`;
  return out.length <= BYLINE_MAX_CHARS ? out : null;
}

/** "JANE DOE" → "Jane Doe"; mixed-case names are left alone. */
function titleCaseIfShouting(s: string): string {
  if (s !== s.toUpperCase() || !/[A-Z]/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
