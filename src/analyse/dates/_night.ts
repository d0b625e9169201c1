/**
 * Which part of a night a day mention is told as. A happening at night is told by one outlet on the evening's day
 * ("late on Tuesday night", "on 31 March at 11.20pm") and by another on the next day ("in the early hours of
 * Wednesday", "the night to 1 April", "at 1.20am on Wednesday"): two such days a day apart are one night.
 */
import type { DateMention } from '../../contract/pipeline.ts';
import { PATTERNS } from './patterns.ts';

/** 'evening': the night's first day; 'small-hours': its second; 'night': either ("night", "overnight", "midnight"). */
export type NightSide = 'evening' | 'small-hours' | 'night';

const BEFORE_MIDNIGHT = /\b(?:before|until|till|to)\s+midnight\b/i;
const AFTER_MIDNIGHT = /\b(?:after|past)\s+midnight\b/i;
const NIGHT = /\b(?:night|overnight|midnight)\b/i;
const SMALL_HOURS = /\b(?:early|small|wee)\s+hours\b|\bbefore\s+dawn\b|\bpre-?dawn\b|\b(?:12|[1-4])(?:[.:]\d{2})?\s*a\.?m\b/i;
const EVENING = /\b(?:evening|late|(?:[7-9]|1[01])(?:[.:]\d{2})?\s*p\.?m\b)/i;
/** The words just before a day ("late on", "the night of", "at 11.20pm on", "in the early hours of"). */
const BEFORE_CHARS = 30;
const LAST_WORDS = /(?:[\w’'.-]+\s+){0,4}$/;
/** The words just after a day ("Tuesday night", "31 March at 11.20pm", "Wednesday, in the early hours"). */
const FIRST_WORDS = /^,?(?:\s+[\w’'.-]+){0,4}/;

/** How the day mention `m` of `text` is told at night, or null when it is told plainly ("on Tuesday"). */
export function nightSide(m: DateMention, text: string): NightSide | null {
  if (m.date.precision !== 'day') return null;
  // Only the words beside the day: "the late mayor ... on Tuesday" is no night.
  const before = LAST_WORDS.exec(text.slice(Math.max(0, m.start - BEFORE_CHARS), m.start).split(/[;!?"“”]|[.:](?=\s)/).pop() ?? '')?.[0] ?? '';
  const after = FIRST_WORDS.exec(text.slice(m.end))?.[0] ?? '';
  const words = `${before} ${m.text} ${after}`;
  if (BEFORE_MIDNIGHT.test(words)) return 'evening';
  // A translation's "the night to 1 April" names the day of the night's small hours (see PATTERNS.nightInto).
  if (AFTER_MIDNIGHT.test(words) || SMALL_HOURS.test(words) || PATTERNS.nightCalque.test(m.text)) return 'small-hours';
  if (NIGHT.test(words)) return 'night';
  if (EVENING.test(words)) return 'evening';
  return null;
}

/**
 * Two days a day apart are one night when each is told at night on its own side of midnight, the earlier day as its
 * evening or night, the later day as its small hours or night, and one of them is the night itself, which leaves the
 * side of midnight open ("late on Tuesday night" / "in the early hours of Wednesday"; "the night of March 31" / "the
 * night to 1 April"). A day told plainly still clashes ("late on Tuesday" / "on Wednesday"; "before dawn on March 18" /
 * "on Monday"), so do two small hours a day apart, and so do an evening and small hours, which put the happening on
 * either side of midnight ("shortly before midnight on Friday" / "at about 12.20am on Saturday").
 */
export function oneNight(early: string, earlySide: NightSide | null | undefined, late: string, lateSide: NightSide | null | undefined): boolean {
  const [e, l] = [Date.parse(early), Date.parse(late)];
  if (!Number.isFinite(e) || !Number.isFinite(l)) return false;
  if (l < e) return oneNight(late, lateSide, early, earlySide);
  if (l - e !== 86_400_000) return false;
  return (earlySide === 'night' && (lateSide === 'small-hours' || lateSide === 'night')) || (earlySide === 'evening' && lateSide === 'night');
}
