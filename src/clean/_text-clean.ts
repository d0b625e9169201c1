/** Plain text as scrapers save it → body text and lifted metadata. */
import type { DateCandidate } from '../contract/pipeline.ts';
import { META_ZONE_LINES, MAX_TEXT_CHARS, PROSE_MIN_CHARS } from './constants.ts';
import { guessTitle } from './_text-title.ts';
import { cutAtBoundary, cutNote } from './_truncate.ts';
import { unwrap } from './_text-unwrap.ts';
import { bodySpan, classifyLines, isCaptionLine, isSignoff, keepShort, type Line } from './_text-lines.ts';
import { addLineDate, classifyMetaLine, datedListAt } from './_text-meta.ts';
import { guessOutlet } from './_text-outlet.ts';
import { cleanByline } from './_byline.ts';
import { dateFromUrl, pushCandidate, withDayFirst } from './_dates.ts';
import { DATE_PATTERNS } from './_date-patterns.ts';
import { LINE_PATTERNS as L } from './patterns.ts';

export interface TextResult {
  text: string;
  title: string;
  byline: string | null;
  outlet: string | null;
  credit: string | null;
  /**
   * Who the text itself is credited to, lifted out of the body: a wire's sign-off ("CORVEN"), a
   * "Source: ZNA, QBC" line, a lone agency name. Picture credits are not among them.
   */
  credits: string[];
  /** Kept paragraphs that are photo captions (see CleanDocument.captions). */
  captions: string[];
  dateCandidates: DateCandidate[];
  /** A bare URL line of the page (scrapers often save the address). */
  url: string | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** True when an ambiguous slash date (11/06/2025) should be read day-first: the text names only that month. */
function dayFirstFor(text: string): boolean {
  const m = DATE_PATTERNS.numericDateAnywhere.exec(text);
  if (!m) return false;
  const a = +m[1], b = +m[3];
  if (a > 12 || b > 12 || a === b) return false;
  const lower = text.toLowerCase();
  return lower.includes(MONTHS[b - 1]) && !lower.includes(MONTHS[a - 1]);
}

export function cleanPlainText(input: string, hintTitle: string | null, hintUrl: string | null = null): TextResult {
  const { text: src, cut, from } = cutAtBoundary(unwrap(input), MAX_TEXT_CHARS);
  const res = withDayFirst(dayFirstFor(src), () => cleanLines(src, hintTitle, hintUrl));
  if (cut && res.text) res.text += `\n\n${cutNote(src.length, from)}`;
  return res;
}

/** A credit line naming where the text comes from ("Source: ZNA, QBC", "Reuters"), not a picture's. */
const isTextCredit = (line: string): boolean => L.textCredit.test(line) || L.agencyLine.test(line);

function cleanLines(src: string, hintTitle: string | null, hintUrl: string | null): TextResult {
  let lines = classifyLines(src, hintTitle ?? '');
  let [start, end] = bodySpan(lines);
  const title = hintTitle ?? guessTitle(lines, start, hintUrl);
  if (!hintTitle && title) { lines = classifyLines(src, title); [start, end] = bodySpan(lines); }
  const outlet = guessOutlet(lines, title);
  const res: TextResult = { text: '', title, byline: null, outlet, credit: null, credits: [], captions: [], dateCandidates: [], url: null };
  const kept: string[] = [];
  const shown = new Set<string>();
  let sawByline = false;
  const texts = lines.map((l) => l.text);
  let lastProse = end - 1;
  while (lastProse > start && !lines[lastProse].prose) lastProse--;
  const firstProse = lines.findIndex((l, k) => k >= start && l.prose);
  lines.forEach((l, i) => {
    // A wire's sign-off after the last paragraph ("CROSSLINE", "AP") is a credit; so is the agency's name on the line
    // after a dateline lead that names none ("LISVARRE, Sendrovia — …" then "TNS"): a copy that moved the "(TNS)" out.
    const afterBareDateline = firstProse >= 0 && i === firstProse + 1 && L.datelineNoCredit.test(lines[firstProse].text);
    if (((i > lastProse && i < end) || afterBareDateline) && isSignoff(l.text)) { res.credit ??= l.text; res.credits.push(l.text); return; }
    // A blog footer stamp ("This entry was posted on Tuesday, 25 March 2025 at 18:05 …") dates the post wherever it stands.
    // Its "by …" names the author when no byline came before.
    if (l.chrome === 'stamp') {
      const m = L.postedStampDate.exec(l.text);
      if (m) addLineDate(res.dateCandidates, { kind: 'timestamp', value: m[1] });
      const by = L.postedStampBy.exec(l.text);
      if (by) res.byline ??= cleanByline([by[1].replace(/\.$/, '')], outlet);
      return;
    }
    const inZone = i < start + META_ZONE_LINES || i >= end - META_ZONE_LINES;
    if (!l.prose && (inZone || i < start || i >= end) && !datedListAt(texts, i)) {
      const near = sawByline || /^by\b/i.test(lines[i - 1]?.text ?? '') || /^by\b/i.test(lines[i + 1]?.text ?? '');
      const metas = classifyMetaLine(l.text, near, outlet);
      if (metas) {
        for (const m of metas) {
          if (m.kind === 'byline') { res.byline ??= m.value; sawByline = true; }
          else if (m.kind === 'outlet') res.outlet ??= m.value;
          else if (m.kind === 'credit') { res.credit ??= m.value; if (isTextCredit(l.text)) res.credits.push(m.value); }
          else if (m.kind === 'url') { res.url ??= m.value; const d = dateFromUrl(m.value); if (d) pushCandidate(res.dateCandidates, 'url', d); }
          else addLineDate(res.dateCandidates, m);
        }
        return;
      }
    }
    if (i < start || i >= end) return;
    if (!l.prose && !keepShort(l)) return;
    // A paragraph shown again (a caption under each gallery picture, a headline repeated as a teaser) is kept once.
    if (l.text.length >= PROSE_MIN_CHARS && shown.has(l.text)) return;
    shown.add(l.text);
    if (isCaptionLine(lines, i) && !res.captions.includes(l.text)) res.captions.push(l.text);
    // Scrapers save one paragraph per line: every kept line is its own paragraph.
    if (kept.length) kept.push('');
    kept.push(l.text);
  });
  res.text = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return res;
}
