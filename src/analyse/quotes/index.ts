/**
 * quotes: direct quotes with their speaker and channel.
 * 1. scan quote marks per paragraph (_scan), 2. mark scare quotes/fragments (_partial),
 * 3. read the local speaker phrase around each quote (_attribute), 4. resolve it to an entity
 * (_resolve), 5. let a bare quote continue the previous speaker; 6. a transcript's guest lines
 * ("NAME: …", no marks) are quotes of the labelled speaker (_transcript).
 */
import type { CleanDocument, EntityMention, LocalEntity, QuoteMention, Span } from '../../contract/pipeline.ts';
import { paragraphSpans } from '../sentences/index.ts';
import { AFTER_CONTEXT_CHARS, CONTINUATION_PARAGRAPHS } from './constants.ts';
import { attributeLocally, dashSpeaker, fragmentSubject, introSentenceSpeaker, paragraphEpigraph, type LocalAttribution } from './_attribute.ts';
import { isPartial } from './_partial.ts';
import { headlineSpeaker, isTitleCase } from './_headline.ts';
import { honorificGender, resolveSpeaker, type PriorSpeaker } from './_resolve.ts';
import { scanQuotes, type ScannedQuote } from './_scan.ts';
import { tokenize } from './_tokens.ts';
import { transcriptLines, type TranscriptLine } from './_transcript.ts';
import { mediumChannel, wireChannel } from './_medium.ts';
import { SPEECH_VERBS } from './patterns.ts';

/** A quote with the evidence behind its attribution (used by evaluation and debugging). */
export interface DetailedQuote {
  quote: QuoteMention;
  /** Span of the speaker phrase in the text (the pronoun itself for "she said"), or of the continued quote's speaker. */
  speakerSpan: Span | null;
  viaSpan: Span | null;
  rule: LocalAttribution['rule'] | 'continuation';
}

function containing(spans: Span[], pos: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The sentence holding `pos`, joined with the one before when the splitter cut after an abbreviation ("R-Wis., said"). */
function sentenceOf(text: string, sentences: Span[], pos: number): Span | null {
  const s = containing(sentences, pos);
  if (!s) return null;
  let start = s.start;
  for (let guard = 0; guard < 3; guard++) {
    if (!/^\s*[,;\p{Ll}]/u.test(text.slice(start, start + 3))) break;
    let back = start - 1;
    while (back > 0 && /\s/u.test(text[back])) back--;
    if (text[back] !== '.' || text.slice(back, start).includes('\n')) break;
    const before = containing(sentences, back);
    if (!before) break;
    start = before.start;
  }
  return start === s.start ? s : { start, end: s.end };
}

function bare(text: string, from: number, to: number): boolean {
  return !tokenize(text, from, to).some((t) => t.word);
}
/** Only a conjunction between two quotes: «…,» and, «…» */
function onlyLink(text: string, from: number, to: number): boolean {
  const words = tokenize(text, from, to).filter((t) => t.word);
  return words.length === 1 && /^(?:and|or|then|but)$/.test(words[0].lower);
}
function hasVerb(text: string, from: number, to: number): boolean {
  return tokenize(text, from, to).some((t) => t.word && SPEECH_VERBS.has(t.lower));
}

/** Quotes with speaker evidence. Never throws. */
export function findQuotesDetailed(doc: CleanDocument, sentences: Span[], entities: LocalEntity[], mentions: EntityMention[]): DetailedQuote[] {
  const text = typeof doc?.text === 'string' ? doc.text : '';
  if (!text) return [];
  const paras = paragraphSpans(text);
  // „Grey Heron Front“: a name in quote marks (an entity mention and nothing else) is no one's words
  const scanned = scanQuotes(text, paras).filter((q) => !mentions.some((m) => m.start === q.start && m.end === q.end));
  const out: DetailedQuote[] = [];
  const prior: PriorSpeaker[] = [];
  scanned.forEach((q: ScannedQuote, i) => {
    const prev = scanned[i - 1];
    const next = scanned[i + 1];
    const pFirst = paras[q.firstPara];
    const pLast = paras[q.lastPara];
    const sOpen = sentenceOf(text, sentences, q.open);
    let beforeStart = Math.max(pFirst.start, sOpen && sOpen.start <= q.open ? sOpen.start : pFirst.start);
    // "He said:" on its own line introduces the quote paragraph below it
    const above = paras[q.firstPara - 1];
    if (q.open === pFirst.start && above && text[above.end - 1] === ':' && !(prev && prev.lastPara === q.firstPara - 1 && prev.close >= above.end - 1)) {
      beforeStart = Math.max(above.start, containing(sentences, above.end - 1)?.start ?? above.start);
    }
    if (prev && prev.lastPara === q.firstPara) beforeStart = Math.max(beforeStart, prev.close);
    // read past a sentence break right after the mark: `“…?” Trump said` is one attribution
    let afterEnd = pLast.end;
    if (next && next.firstPara === q.lastPara) afterEnd = Math.min(afterEnd, next.open);
    afterEnd = Math.max(afterEnd, q.close);
    const sentenceClosed = /[.!?…]\s*$/u.test(text.slice(q.start, q.end));
    const sentenceStart = Math.max(pFirst.start, sOpen && sOpen.start <= q.open ? sOpen.start : pFirst.start);
    const local = attributeLocally(text, { beforeStart, open: q.open, close: q.close, afterEnd, sentenceClosed, sentenceStart });
    if (!local.speaker && sOpen) {
      // "Dianne Bystrom agreed. «…»": the sentence just before, ending in its speech verb, introduces the quote
      const from = Math.max(sOpen.start, pFirst.start);
      let back = from - 1;
      while (back > pFirst.start && /\s/u.test(text[back])) back--;
      const sBefore = bare(text, from, q.open) ? containing(sentences, back) : /[.!?]\s+$/u.test(text.slice(from, q.open)) ? { start: from, end: q.open } : null;
      if (sBefore && sBefore.start >= pFirst.start && (!prev || prev.close <= sBefore.start)) {
        const intro = introSentenceSpeaker(text, sBefore.start, sBefore.end);
        if (intro) Object.assign(local, { speaker: intro, rule: 'before-subject' });
      }
    }
    // a quote woven into a clause with no speech verb ("Moore thanked him for «…»", "X raised a toast «…»"): the clause subject
    // «A,» said X, speaking of Y, «B»: an attribution between the two quotes beats a subject found before the first
    const lastOut = out[out.length - 1];
    let carry = false;
    if (local.speaker && prev && prev.lastPara === q.firstPara && local.speaker.start < prev.close && lastOut?.speakerSpan
      && lastOut.speakerSpan.start >= prev.close && lastOut.speakerSpan.end <= q.open) {
      local.speaker = null;
      local.rule = 'none';
      carry = true;
    }
    let sameClauseChain = carry;
    if (!carry && !local.speaker && sOpen && !bare(text, Math.max(beforeStart, sentenceStart), q.open)) {
      const subj = fragmentSubject(text, Math.max(beforeStart, sentenceStart), q.open);
      if (subj) Object.assign(local, { speaker: subj, rule: 'before-participle' });
      // "Clinton supports «A,» opposes «B»": a later quote of the same sentence with no subject of its own
      else sameClauseChain = !!prev && prev.close > sentenceStart && prev.lastPara === q.firstPara;
    }
    if (!local.speaker && !carry && q.firstPara === q.lastPara && isTitleCase(text, pFirst.start, pFirst.end)) {
      // "Hillary Clinton Calls ISIS Violence ‘Genocide’": capitalised verbs in a headline
      const head = headlineSpeaker(text, pFirst.start, q.open, q.close, pFirst.end);
      if (head) Object.assign(local, { speaker: head, rule: 'before-subject' });
    }
    if (!local.speaker && !carry) {
      // list-style epigraphs: «…what he calls» «hell» than ….» ― Name
      const epigraph = paragraphEpigraph(text, q.close, pLast.end);
      if (epigraph) Object.assign(local, { speaker: epigraph, rule: 'after-subject' });
    }
    const below = paras[q.lastPara + 1];
    if (!local.speaker && below && bare(text, q.close, Math.min(pLast.end, q.close + AFTER_CONTEXT_CHARS))) {
      const dash = dashSpeaker(text, below.start, below.end);
      if (dash) Object.assign(local, { speaker: dash, rule: 'after-subject' });
    }
    const sAfter = containing(sentences, q.close);
    const verbEnd = sAfter && sAfter.start < q.close ? Math.min(afterEnd, sAfter.end) : afterEnd;
    const quoted = text.slice(q.start, q.end);
    const mention: QuoteMention = {
      start: q.start, end: q.end, text: quoted, partial: isPartial(text, quoted, q.open),
      speaker: null, speakerText: null, via: null, viaText: null,
    };
    let speakerSpan: Span | null = null;
    let rule: DetailedQuote['rule'] = local.rule;
    let continued: QuoteMention | null = null;
    if (local.speaker) {
      const r = resolveSpeaker(text, local.speaker, entities, mentions, prior, { start: q.open, end: q.close });
      mention.speaker = r.entity;
      mention.speakerText = r.text;
      speakerSpan = local.speaker.cue ?? { start: local.speaker.start, end: local.speaker.end };
    } else {
      // a bare quote (nothing but the quote around it) continues the previous quote's speaker
      const last = out[out.length - 1];
      const lastScan = prev;
      const near = lastScan && q.firstPara - lastScan.lastPara <= CONTINUATION_PARAGRAPHS;
      const noVerbAfter = sentenceClosed || !hasVerb(text, q.close, Math.min(verbEnd, q.close + AFTER_CONTEXT_CHARS));
      // «A,» said X. «B.» : the attribution between two quotes of a paragraph carries to the second
      // (skipping speakerless titles or fragments in between: «A,» X said on «The Late Show». «B.»)
      let k = out.length - 1;
      while (k >= 0 && !out[k].speakerSpan && scanned[k].firstPara === q.firstPara) k--;
      const anchor = k >= 0 && k < out.length - 1 && scanned[k].lastPara === q.firstPara ? out[k] : last;
      const anchorClose = anchor === last ? lastScan?.close ?? 0 : scanned[k].close;
      const between = !!anchor?.speakerSpan && !!lastScan && lastScan.lastPara === q.firstPara && anchor.speakerSpan.end <= q.open
        && startsSentence(text, Math.max(anchor.speakerSpan.end, anchorClose), q.open, sentences);
      // The earlier quote whose attribution this one continues, if any.
      const from = sameClauseChain && last?.speakerSpan ? last
        : between && anchor !== last && anchor.speakerSpan ? anchor
        : last && near && last.speakerSpan && (bare(text, beforeStart, q.open) || between || (lastScan.lastPara === q.firstPara && onlyLink(text, lastScan.close, q.open))) && noVerbAfter ? last
        : null;
      if (from?.speakerSpan) {
        mention.speaker = from.quote.speaker;
        mention.speakerText = from.quote.speakerText;
        speakerSpan = from.speakerSpan;
        rule = 'continuation';
        continued = from.quote;
      }
    }
    if (local.via) {
      const v = resolveSpeaker(text, local.via, entities, mentions, prior);
      mention.via = v.entity ?? titleShortForm(v.text, entities, mention.speaker);
      // "according to the Ledger": the channel as written, article included (a short title, not a person's surname)
      mention.viaText = v.text && /^the\s/u.test(text.slice(local.via.start, local.via.end)) && text.slice(local.via.start, local.via.end).endsWith(v.text)
        ? text.slice(local.via.start, local.via.end) : v.text;
    } else if (continued) {
      // «A,» he said, according to the Ledger. «B.»: the words that continue an attribution came through its channel too
      mention.via = continued.via;
      mention.viaText = continued.viaText;
    } else if (local.speaker) {
      // "«…,» Vukoshev told Crossline" in another outlet's copy: the agency is the channel
      const medium = mediumChannel(text, beforeStart, Math.max(verbEnd, q.close), entities, mentions, doc.outlet ?? null);
      // a medium after the quote belongs to its attribution only while the sentence goes on: after «… down.» a new
      // sentence ("The union told Radio X that …") has its own subject
      const after = !!medium && medium.start >= q.close;
      const sentenceOver = after && (/\.\s*$/u.test(quoted) || /[.!?]\s+\p{Lu}/u.test(text.slice(q.close, medium.start)));
      if (medium && (medium.end <= q.open || (after && !sentenceOver))) { mention.via = medium.entity; mention.viaText = text.slice(medium.start, medium.end); }
    }
    if (mention.speakerText && local.speaker?.kind !== 'pronoun') {
      prior.push({ at: q.start, entity: mention.speaker, text: mention.speakerText, gender: honorificGender(mention.speakerText) ?? genderOf(entities, mention.speaker) });
    }
    out.push({ quote: mention, speakerSpan, viaSpan: local.via ? { start: local.via.start, end: local.via.end } : null, rule });
  });
  const lines = transcriptLines(text, paras).filter((l) => !scanned.some((q) => q.open < l.end && q.close > l.start));
  for (const l of lines) out.push(transcriptQuote(text, l, entities, mentions, prior));
  // a translated wire report ("/NPA/ … transmits the Norland Press Agency"): every quote without its own channel came through the agency
  const wire = out.length ? wireChannel(text, entities, mentions, doc.outlet ?? null) : null;
  if (wire) for (const d of out) if (d.quote.via === null && d.quote.viaText === null) { d.quote.via = wire.entity; d.quote.viaText = text.slice(wire.start, wire.end); }
  return lines.length ? out.sort((a, b) => a.quote.start - b.quote.start) : out;
}

/** A guest's transcript line: a quote of the labelled speaker. */
function transcriptQuote(text: string, l: TranscriptLine, entities: LocalEntity[], mentions: EntityMention[], prior: PriorSpeaker[]): DetailedQuote {
  const r = resolveSpeaker(text, { start: l.label.start, end: l.label.end, kind: 'name', name: l.label, head: null }, entities, mentions, prior);
  const quoted = text.slice(l.start, l.end);
  return {
    quote: { start: l.start, end: l.end, text: quoted, partial: isPartial(text, quoted, l.start), speaker: r.entity, speakerText: r.text, via: null, viaText: null },
    speakerSpan: l.label, viaSpan: null, rule: 'before-subject',
  };
}

/** The text between `from` and a quote opening at `open` ends a sentence, so the quote opens a new one. */
function startsSentence(text: string, from: number, open: number, sentences: Span[]): boolean {
  if (/[.!?:]["'”’»]*\s+(?:(?:But|And|Still|Yet|Now|So|Then|Also|Later),?\s+)?["'“‘«`]*$/u.test(text.slice(from, open))) return true;
  const s = containing(sentences, open);
  return !!s && s.start > from && s.start <= open && bare(text, s.start, open);
}

/** "the Ledger" for "The Harbour Ledger": the one other entity whose title ends with this single capitalised word. */
function titleShortForm(word: string | null, entities: LocalEntity[], speaker: number | null): number | null {
  if (!word || !/^\p{Lu}[\p{L}\p{M}-]+$/u.test(word)) return null;
  const low = word.toLowerCase();
  const hits: number[] = [];
  entities.forEach((e, i) => {
    if (i === speaker || e.type === 'place') return;
    const w = e.name.toLowerCase().split(/\s+/u);
    if (w.length > 1 && w[w.length - 1] === low) hits.push(i);
  });
  return hits.length === 1 ? hits[0] : null;
}

function genderOf(entities: LocalEntity[], idx: number | null): 'male' | 'female' | null {
  return idx === null ? null : entities[idx]?.gender ?? null;
}

/** Direct quotes with speakers and channels. Never throws. */
export function findQuotes(doc: CleanDocument, sentences: Span[], entities: LocalEntity[], mentions: EntityMention[]): QuoteMention[] {
  try {
    return findQuotesDetailed(doc, sentences, entities ?? [], mentions ?? []).map((d) => d.quote);
  } catch {
    return [];
  }
}
