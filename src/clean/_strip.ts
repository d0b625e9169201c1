/**
 * Removes markup that never holds article text before parsing: scripts (JSON-LD kept), styles,
 * comments, inline SVG, navigation, noscript/iframe/select/template/textarea/button, embedded media
 * (object/video/audio/canvas/map) and dialogs, and bulky attributes
 * (data-*, srcset, sizes, on* handlers). A smaller DOM makes the parser, Readability and the
 * garbage collector faster. Linear time on any input: an element without its closing tag is left
 * in place and that tag is not searched again.
 */
import { PATTERNS } from './patterns.ts';

const OPENER = /<(script|style|svg|nav|noscript|iframe|select|template|textarea|button|object|video|audio|canvas|map|dialog)(?=[\s/>])|<!--/gi;
const CLOSERS: Record<string, RegExp> = {};
const closerFor = (tag: string): RegExp => (CLOSERS[tag] ??= tag === '!--' ? /-->/g : new RegExp(`</${tag}\\s*>`, 'gi'));

export function stripInert(html: string): string {
  const out: string[] = [];
  const unclosed = new Set<string>();
  let pos = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(html); m; m = OPENER.exec(html)) {
    const tag = m[1] ? m[1].toLowerCase() : '!--';
    if (unclosed.has(tag)) continue;
    const closer = closerFor(tag);
    closer.lastIndex = m.index + m[0].length;
    const end = closer.exec(html);
    if (!end) { unclosed.add(tag); continue; }
    const stop = end.index + end[0].length;
    const whole = html.slice(m.index, stop);
    if (tag === 'script' && PATTERNS.jsonLdScript.test(whole)) { OPENER.lastIndex = stop; continue; }
    out.push(html.slice(pos, m.index));
    pos = stop;
    OPENER.lastIndex = stop;
  }
  out.push(html.slice(pos));
  return out.join('').replace(PATTERNS.bulkyAttribute, '');
}
