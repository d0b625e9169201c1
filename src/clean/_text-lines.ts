/**
 * Line classification of scraped plain text. Each line gets features (length, sentence end,
 * repetition, link-like words, position); prose lines form clusters and the largest cluster is
 * the body; inside it, short lines that look like chrome or metadata are dropped.
 */
import { CAPTION_MAX_WORDS, CREDITED_ITEM_MIN_WORDS, SIGNOFF_MAX_WORDS, AD_MAX_LINES, NOTICE_MAX_CHARS, CONTACT_MAX_WORDS, COMMENTS_MIN_SHARE, SHOUTING_MIN_WORDS, CONTRIBUTORS_MAX_WORDS, TAIL_AFTER_MAX_SHARE, TAIL_LABEL_MAX_WORDS, LABELLED_LINK_MAX_WORDS, TAIL_SHARE, EARLY_RUN_SHARE, UNFINISHED_LOWER_SHARE, UNFINISHED_MIN_WORDS, SHORT_SENTENCE_WEIGHT, SHORT_SENTENCE_WORDS, DATE_LINE_MAX_OTHER_WORDS, DATED_ITEM_MAX_LEAD, DATED_ITEM_MIN_WORDS, DATED_LIST_MIN_ITEMS, DIGEST_ITEM_MIN_WORDS, DIGEST_MIN_ITEMS, LONG_LINE_CHARS, LONG_LINE_SENTENCES, LONG_LINE_WORDS, COPYRIGHT_MAX_CHARS, CHROME_LINE_PENALTY, SHORT_LINE_CAP, SHORT_LINE_PENALTY, CHROME_WORD_SHARE, CTA_PROSE_CHROME_WORDS, HEADING_MAX_CHARS, PROSE_MIN_CHARS, REPEAT_MANY, REPEAT_MIN, REPEAT_SHORT_WORDS, LEAD_GAP_MAX_LINES, LEAD_TOP_LINES } from './constants.ts';
import { LINE_PATTERNS as L, PATTERNS } from './patterns.ts';
import { otherThanDateWords } from './_text-meta.ts';

export interface Line {
  text: string;
  /** Blank line(s) before it in the input: a paragraph break. */
  breakBefore: boolean;
  prose: boolean;
  /** Why the line is chrome, or null. */
  chrome: string | null;
}

/** Words of a line; in scripts written without spaces (CJK), every two characters count as one word. */
export function wordCount(s: string): number {
  const spaced = whiteRuns(s) + 1; // = s.split(/\s+/).length, without building the array
  const cjk = (s.match(L.cjkChar) ?? []).length;
  return Math.max(spaced, Math.round(cjk / 2));
}

/** Runs of white space (as /\s/ reads it) in `s`. */
function whiteRuns(s: string): number {
  let runs = 0, inRun = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const white = c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && L.whiteChar.test(s[i]));
    if (white && !inRun) runs++;
    inRun = white;
  }
  return runs;
}

/** Length with CJK characters counted twice: one CJK character carries about as much as two Latin letters. */
function visualLength(s: string): number {
  return s.length + (s.match(L.cjkChar) ?? []).length;
}

export const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Why a short line is chrome, or null. Prose lines are never chrome here. */
function chromeReason(s: string, words: number, repeats: number, prevSame: boolean, isTitle: boolean): string | null {
  if (L.hashtags.test(s)) return 'hashtags';
  if (L.readingTime.test(s) && words <= 8) return 'reading-time';
  if (L.imageFile.test(s) && words <= 12) return 'image-file';
  if (L.counter.test(s)) return 'counter';
  if (PATTERNS.photoCredit.test(s) && !L.sentenceEnd.test(s.replace(L.trailingBracket, ''))) return 'caption';
  if (L.photoCreditLine.test(s)) return 'caption';
  if (L.identifier.test(s)) return 'identifier';
  if (L.postNav.test(s)) return 'post-nav';
  if (words <= CONTACT_MAX_WORDS && L.email.test(s) && (L.contactWord.test(s) || words === 1)) return 'contact';
  if (L.breadcrumb.test(s) && words <= 16) return 'breadcrumb';
  if (isTitle) return 'title';
  if (prevSame) return 'repeat-adjacent';
  if (PATTERNS.copyright.test(s)) return 'copyright';
  if (L.tagsLine.test(s)) return 'tags';
  if (L.labelledLink.test(s) && words <= LABELLED_LINK_MAX_WORDS) return 'labelled-link';
  if (L.urlLine.test(s)) return 'url';
  // "– Sponsored –", "- Advertisement -": an ad slot's label inside the article, which the body runs through.
  if (L.adLabel.test(s.replace(L.labelDashes, ''))) return 'ad';
  const chromeWords = (s.match(L.chromeWord) ?? []).length;
  const letterWords = s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length || 1;
  if (chromeWords && chromeWords / Math.min(words, letterWords) >= CHROME_WORD_SHARE) return 'link-words';
  if (L.teaser.test(s)) return 'teaser';
  if (words >= SHOUTING_MIN_WORDS && L.shouting.test(s) && !L.lowerCase.test(s)) return 'shouting';
  if (repeats >= REPEAT_MANY || (repeats >= REPEAT_MIN && words <= REPEAT_SHORT_WORDS)) return 'repeated';
  if (!/\p{L}/u.test(s)) return 'no-letters';
  return null;
}

/**
 * Why a line that may read as a sentence is still chrome: a call to action of the site, a teaser,
 * a credit, a copyright, a notice (machine translation, cookies), a picture credit, a blog footer stamp.
 */
function sentenceChrome(s: string, words: number, prose: boolean): string | null {
  if (L.contributors.test(s) && words <= CONTRIBUTORS_MAX_WORDS) return 'contributors';
  if (s.length <= NOTICE_MAX_CHARS) {
    if (L.mtNotice.test(s)) return 'notice';
    if (L.cookieWord.test(s) && L.consentWord.test(s) && (PATTERNS.selfPromo.test(s) || L.thisSite.test(s))) return 'cookies';
    if (L.postedStamp.test(s)) return 'stamp';
  }
  if (!prose) return null;
  if (PATTERNS.ctaWords.test(s) && PATTERNS.selfPromo.test(s) && (s.match(L.chromeWord) ?? []).length >= CTA_PROSE_CHROME_WORDS) return 'call-to-action';
  if (L.teaser.test(s)) return 'teaser';
  if (PATTERNS.copyright.test(s) && s.length < COPYRIGHT_MAX_CHARS) return 'copyright';
  if (L.photoCreditLead.test(s) && s.length <= NOTICE_MAX_CHARS) return 'caption';
  return null;
}

/** A very long line of sentences without a final stop: a page saved as one line, or a cut text. */
function longParagraph(s: string, words: number): boolean {
  return s.length >= LONG_LINE_CHARS && words >= LONG_LINE_WORDS && (s.match(L.innerSentenceEnd) ?? []).length >= LONG_LINE_SENTENCES;
}

/** A whole sentence, then its source in brackets: an aggregator's item, not a caption crediting its photo's paper. */
function creditedItem(text: string): boolean {
  const m = L.creditedSentenceEnd.exec(text);
  return !!m && wordCount(text.slice(0, m.index + 1)) >= CREDITED_ITEM_MIN_WORDS;
}

/** True when a long line only repeats other lines of the page run together (a hidden copy of the article). */
function copiesOtherLines(s: string, lines: Line[]): boolean {
  let hits = 0;
  for (const o of lines) if (o.text !== s && o.text.length >= PROSE_MIN_CHARS && s.includes(o.text) && ++hits >= LONG_LINE_SENTENCES) return true;
  return false;
}

export function classifyLines(input: string, title: string): Line[] {
  const raw = input.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  let blank = false;
  for (const r of raw) {
    const text = r.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (!text) { blank = true; continue; }
    lines.push({ text, breakBefore: blank, prose: false, chrome: null });
    blank = false;
  }
  // Each line's normal form once: repeats, the line before and the title are compared on it.
  const keys = lines.map((l) => norm(l.text));
  const titleKey = title ? norm(title) : null;
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  lines.forEach((l, i) => {
    const words = wordCount(l.text);
    l.prose = visualLength(l.text) >= PROSE_MIN_CHARS && words >= 10 && (L.sentenceEnd.test(l.text) || creditedItem(l.text) || (longParagraph(l.text, words) && !copiesOtherLines(l.text, lines)));
    const notice = sentenceChrome(l.text, words, l.prose);
    if (notice) { l.prose = false; l.chrome = notice; return; }
    if (l.prose) return;
    const prevSame = i > 0 && keys[i - 1] === keys[i];
    l.chrome = chromeReason(l.text, words, counts.get(keys[i]) ?? 0, prevSame, keys[i] === titleKey);
  });
  // Lines framed by advertisement labels are the ad ("SPONSORED" / "Free valuation. Click here" / "END SPONSORED").
  lines.forEach((l, i) => {
    if (!L.adEnd.test(l.text)) return;
    const open = lines.slice(Math.max(0, i - AD_MAX_LINES - 1), i).findLastIndex((o) => L.adLabel.test(o.text));
    if (open < 0) return;
    for (let k = Math.max(0, i - AD_MAX_LINES - 1) + open; k <= i; k++) lines[k].chrome = 'ad';
  });
  // A "Read also:" label makes the short line after it a link title.
  lines.forEach((l, i) => { if (L.readAlsoLabel.test(l.text) && lines[i + 1] && !lines[i + 1].prose) { l.chrome = 'read-also'; lines[i + 1].chrome = 'read-also'; } });
  // A line shown twice in a row: the repeat goes. The first copy goes too when it is chrome of the page
  // ("Share" / "Share"); a caption that reads as a sentence ("Volunteers clear sand from the beach on Tuesday.")
  // is article text printed twice by the page, so its first copy stays.
  lines.forEach((l, i) => { if (lines[i + 1]?.chrome === 'repeat-adjacent' && !l.prose && !isShortSentence(l.text)) l.chrome = 'repeat-adjacent'; });
  markDatedLists(lines);
  markBulletLists(lines);
  markDigestItems(lines);
  return lines;
}

/**
 * A photo caption kept as a paragraph: the line under an image file name ("tap-kitchen.jpg" / "Water runs clear from a
 * tap on Monday."), or one sentence the page prints twice in a row (the picture's caption, then its text copy).
 */
export function isCaptionLine(lines: Line[], i: number): boolean {
  const l = lines[i]!;
  const oneSentence = L.sentenceEnd.test(l.text) && !l.text.match(L.innerSentenceEnd)?.length;
  if (!oneSentence) return false;
  // (A lead paragraph may follow a picture without caption: only a short sentence there is its caption.)
  if (lines[i - 1]?.chrome === 'image-file' && wordCount(l.text) <= CAPTION_MAX_WORDS) return true;
  return lines[i + 1]?.chrome === 'repeat-adjacent' && lines[i + 1]!.text === l.text;
}

/** "2025-12-29 03:40 - first servers encrypted": a line opening with a date, then what happened on it (not a stamp's author or label). */
export function isDatedItem(s: string, minWords = DATED_ITEM_MIN_WORDS): boolean {
  const m = L.dateish.exec(s);
  if (!m || m.index > DATED_ITEM_MAX_LEAD) return false;
  const [head, ...rest] = s.split(L.stampSeparator);
  if (!rest.length || !L.dateish.test(head) || otherThanDateWords(head) !== 0) return false;
  // What happened on the day: words other than dates, a stamp's labels and clock words ("first cases" counts, "updated 9 am" does not).
  const told = rest.join(' ').replace(L.dateishAll, ' ').replace(L.stampLabelsAll, ' ');
  return told.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= minWords;
}

/**
 * Under the article's own heading of its list ("The short timeline (ISO dates):" after a paragraph, or a lead-in sentence
 * ending in a colon), an entry may tell its happening in one word ("2026-03-08 - run-off", "2026-04-01 - inauguration"): a
 * list the writer heads holds no page stamps, so one word is enough there (elsewhere a stamp's author or label is one word).
 */
const HEADED_ITEM_MIN_WORDS = 1;

/**
 * A run of dated items introduced by a paragraph ending in a colon ("Here is the timeline:") or by a short heading ending
 * in one right after a paragraph ("Timeline (ISO dates):"), or set between two paragraphs, is a list of the article (a timeline), not a column of page stamps: body.
 */
function markDatedLists(lines: Line[]): void {
  // First the lists under a lead-in, whose entries may be one word; then, of the lines left, lists between two paragraphs.
  for (const minWords of [HEADED_ITEM_MIN_WORDS, DATED_ITEM_MIN_WORDS]) {
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].prose || !isDatedItem(lines[i].text, minWords)) continue;
      let j = i;
      while (j < lines.length && !lines[j].prose && isDatedItem(lines[j].text, minWords)) j++;
      const before = lines[i - 1], after = lines[j];
      const colonLine = !!before && !before.chrome && L.sentenceStart.test(before.text) && L.sentenceEndColon.test(before.text);
      // "Timeline (ISO dates):" right after a paragraph is the article's own heading of its list; a site's list heading
      // ("Recent posts:", "More stories:") is not.
      const headed = colonLine && !!lines[i - 2]?.prose && !isTailLabel(before.text.replace(/[:;]\s*$/, ''));
      const leadIn = colonLine && (wordCount(before.text) >= SHORT_SENTENCE_WORDS || headed);
      const between = minWords === DATED_ITEM_MIN_WORDS && !!before?.prose && !!after?.prose;
      if (j - i >= DATED_LIST_MIN_ITEMS && (leadIn || between)) {
        for (let k = i; k < j; k++) { lines[k].prose = true; lines[k].chrome = null; }
      }
      i = j;
    }
  }
}

/** A list item a writer marks with a bullet ("- 21/04 – the driver charged", "• more buses on the route"). */
const BULLET_ITEM = /^[-–•*]\s+\S/;

/**
 * A run of bulleted lines set between two paragraphs and introduced by a sentence ending in a colon ("Here is the
 * timeline as far as it is known:") is the article's own list, with its lead-in: body, not a menu (a site's lists have
 * a label, not a sentence, and no paragraph on both sides). Each item keeps its text; the bullet stays.
 */
function markBulletLists(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const lead = lines[i - 1];
    if (!BULLET_ITEM.test(lines[i].text) || lines[i].prose || !lines[i - 2]?.prose || lead.prose || lead.chrome) continue;
    if (wordCount(lead.text) < SHORT_SENTENCE_WORDS || !L.sentenceStart.test(lead.text) || !L.sentenceEndColon.test(lead.text)) continue;
    let j = i;
    while (j < lines.length && !lines[j].prose && BULLET_ITEM.test(lines[j].text)) j++;
    if (j - i < DATED_LIST_MIN_ITEMS || !lines[j]?.prose) { i = j; continue; }
    for (let k = i - 1; k < j; k++) { lines[k].prose = true; lines[k].chrome = null; }
    i = j;
  }
}

/**
 * A digest page ("what we know so far") tells its news as a run of bulleted items, each a sentence without its full stop
 * ("- Injured: 21 according to the fire brigade, 17 according to the hospital"): a run of at least DIGEST_MIN_ITEMS such
 * items, each of DIGEST_ITEM_MIN_WORDS words or more, is body. A site's menus and teaser lists have short items.
 */
function markDigestItems(lines: Line[]): void {
  const item = (l: Line | undefined): boolean => !!l && BULLET_ITEM.test(l.text) && !l.prose && !l.chrome && wordCount(l.text) >= DIGEST_ITEM_MIN_WORDS;
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (item(lines[j])) j++;
    if (j - i >= DIGEST_MIN_ITEMS) for (let k = i; k < j; k++) lines[k].prose = true;
    i = j;
  }
}

/** Weight of a line for the body search: prose counts for, chrome against, other short lines a little against. */
function weight(l: Line): number {
  if (l.prose) return visualLength(l.text);
  if (isMetaLike(l.text)) return -(CHROME_LINE_PENALTY + l.text.length);
  if (l.chrome && !PASSABLE.has(l.chrome) && !IN_BODY_CHROME.has(l.chrome)) return -(CHROME_LINE_PENALTY + l.text.length);
  if (isShortSentence(l.text)) return SHORT_SENTENCE_WEIGHT * l.text.length;
  return -SHORT_LINE_PENALTY * Math.min(l.text.length, SHORT_LINE_CAP);
}

/** "Webb emerged, naked.": a short line that reads as a sentence (capital start, several words, sentence end). */
export function isShortSentence(s: string): boolean {
  return wordCount(s) >= SHORT_SENTENCE_WORDS && L.sentenceStart.test(s) && L.sentenceEnd.test(s) && !L.sentenceEndColon.test(s);
}

/** [start, end) of the body: the run of lines with the largest total weight (maximum subarray). */
export function bodySpan(lines: Line[]): [number, number] {
  // Each run of lines whose running weight stays positive is a candidate body; keep its best prefix.
  const runs: { span: [number, number]; sum: number }[] = [];
  let sum = 0;
  lines.forEach((l, i) => {
    if (sum <= 0) { sum = 0; runs.push({ span: [i, i], sum: 0 }); }
    sum += weight(l);
    const run = runs[runs.length - 1];
    if (sum > run.sum) { run.sum = sum; run.span = [run.span[0], i + 1]; }
  });
  const bestSum = Math.max(0, ...runs.map((r) => r.sum));
  if (bestSum <= 0) return [0, lines.length];
  // The article comes first: of runs nearly as heavy as the heaviest, the earliest wins (later ones are teasers of other articles).
  const first = runs.find((r) => r.sum >= bestSum * EARLY_RUN_SHARE) ?? runs[0];
  return cutTail(lines, withLeadAbove(lines, extend(lines, first.span)));
}

/**
 * The page's first paragraph cut off from the rest by a widget ("VIDEO: …", a teaser box): a scraped page's
 * lead often sits above the player or gallery that interrupts it. Taken back when it is the first prose on the
 * page, near its top, and only a few chrome lines stand between it and the body.
 */
function withLeadAbove(lines: Line[], [start, end]: [number, number]): [number, number] {
  let j = start - 1;
  while (j >= 0 && start - 1 - j < LEAD_GAP_MAX_LINES && !lines[j].prose) j--;
  if (j < 0 || j === start - 1 || !lines[j].prose || j >= LEAD_TOP_LINES) return [start, end];
  for (let i = 0; i < j; i++) if (lines[i].prose) return [start, end];
  return [j, end];
}

/** Ends the body at a tail label ("Want more stories like this?", "Related") in its last part: what follows belongs to the site. */
function cutTail(lines: Line[], [start, end]: [number, number]): [number, number] {
  let total = 0;
  for (let i = start; i < end; i++) if (lines[i].prose) total += lines[i].text.length;
  let seen = 0;
  for (let i = start; i < end; i++) {
    const l = lines[i];
    if (l.prose) { seen += l.text.length; continue; }
    // A "Read more" label with whole paragraphs after it is an inline insert (the label and a link), not the tail.
    const inline = total - seen > total * TAIL_AFTER_MAX_SHARE;
    if (seen >= total * (1 - TAIL_SHARE) && (PATTERNS.tailMarker.test(l.text) || ((L.readAlsoLabel.test(l.text) || L.aboutName.test(l.text)) && !inline))) return [start, i];
    // A comment section can outweigh the article: its label ends the body once the article has begun.
    if (seen >= total * COMMENTS_MIN_SHARE && L.commentsLabel.test(l.text)) return [start, i];
    // After the last paragraph, a short label with a "more / related / popular" word in any language heads the site's lists.
    // (or a label with a list under it and little prose after: a bio or a newsletter box)
    const listAfter = !!lines[i + 1] && !lines[i + 1].prose;
    if ((seen >= total || (listAfter && !inline)) && isTailLabel(l.text)) return [start, i];
  }
  return [start, end];
}

/** "More Great WIRED Stories", "Weitere Beiträge zum Thema", "関連記事": a short line (a colon may end it) naming other articles. */
function isTailLabel(s: string): boolean {
  return wordCount(s) <= TAIL_LABEL_MAX_WORDS && !L.sentenceEnd.test(s.replace(/[:：]$/, '')) && L.tailLabelWord.test(s);
}

/** Chrome kinds the body may run through (list items repeated elsewhere, prices, repeated captions). */
const PASSABLE = new Set(['repeated', 'no-letters']);

/** Chrome kinds that sit inside article bodies (a caption shown twice or ending in a photo credit, an image file name, a URL): dropped, but no sign of a body's end. */
const IN_BODY_CHROME = new Set(['repeat-adjacent', 'image-file', 'url', 'title', 'caption', 'labelled-link', 'counter', 'contributors', 'shouting', 'identifier', 'notice', 'cookies', 'contact', 'ad']);

/** Grows the body over neighbouring short lines (lists, subheadings below, short paragraphs above) until a chrome or metadata line. */
function extend(lines: Line[], [start, end]: [number, number]): [number, number] {
  const ok = (l: Line | undefined): boolean => !!l && (!l.chrome || PASSABLE.has(l.chrome)) && !isMetaLike(l.text);
  while (ok(lines[end])) end++;
  // Upward only over paragraphs: prose, or a short sentence ("Velo and Prell met on Monday.") opening the article.
  // A sentence caption printed twice just above the first paragraph is taken with it (its repeat is dropped later).
  for (;;) {
    if (start > 0 && ok(lines[start - 1]) && (lines[start - 1].prose || isShortSentence(lines[start - 1].text))) start--;
    else if (start > 1 && lines[start - 1].chrome === 'repeat-adjacent' && ok(lines[start - 2]) && isShortSentence(lines[start - 2].text)) start -= 2;
    else break;
  }
  return [start, end];
}

/** Byline, date or credit line: never part of the body. */
export function isMetaLike(s: string): boolean {
  return L.byline.test(s) || L.credit.test(s) || L.agencyLine.test(s) || isDateLine(s);
}

/** A line that is a date stamp and little else: "(Published Monday, Nov. 18, 2019)", not "June 17 -- Bridgestone Arena, Nashville, TN". */
function isDateLine(s: string): boolean {
  if (!L.dateish.test(s) || s.split(' ').length > 8) return false;
  return otherThanDateWords(s) <= DATE_LINE_MAX_OTHER_WORDS;
}

/** Short line inside the body kept as a subheading or short paragraph. */
export function keepShort(l: Line): boolean {
  // A repeated line inside the body (a list item, a disclosure) is content; menus sit outside it.
  if (l.chrome && l.chrome !== 'repeated') return false;
  return l.text.length <= HEADING_MAX_CHARS || L.sentenceEnd.test(l.text) || unfinishedSentence(l.text);
}

/** A long line of running prose cut before its end ("… and for the fishermen who wait"): most words lower-case, as in sentences. */
function unfinishedSentence(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < UNFINISHED_MIN_WORDS || !L.sentenceStart.test(s)) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length >= UNFINISHED_LOWER_SHARE;
}

/** "CROSSLINE", "AP": a short line in capitals after the article's last paragraph, the wire signing off. */
export function isSignoff(s: string): boolean {
  return wordCount(s) <= SIGNOFF_MAX_WORDS && L.shouting.test(s) && !L.lowerCase.test(s) && !/[\d\p{Lo}]/u.test(s);
}
