/**
 * The only way the UI builds DOM: elements and text nodes. Article data is never parsed as HTML,
 * and links may only point inside the app (hash routes) or to same-origin paths.
 */
import { PATTERNS } from './patterns.ts';

export type Child = Node | string | number | null | undefined | false | Child[];
type Attr = string | number | boolean | null | undefined | ((e: Event) => void);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, Attr> | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (k.startsWith('on')) el.addEventListener(k.slice(2).toLowerCase(), v);
      continue;
    }
    if (k.startsWith('on')) continue;
    if ((k === 'href' || k === 'src' || k === 'action') && !PATTERNS.safeHref.test(String(v))) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** An in-app link; `to` is a hash route like "#/story/s1". */
export const link = (to: string, ...children: Child[]): HTMLAnchorElement => h('a', { href: to }, ...children);

/** Plain text with «…» search markers turned into <mark> elements (as text nodes, never HTML). */
export function marked(snippet: string): Child[] {
  return snippet.split(PATTERNS.snippetMark).map((part) => (part.startsWith('«') && part.endsWith('»') ? h('mark', null, part.slice(1, -1)) : part));
}

export const enc = encodeURIComponent;

export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...children);
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/**
 * Make `target` visible before it is scrolled to: open the <details> around it, and let the page
 * un-hide it (a `reveal` event bubbles up; e.g. the story page then shows single-source claims).
 */
export function reveal(target: HTMLElement): void {
  target.dispatchEvent(new CustomEvent('reveal', { bubbles: true }));
  for (let el = target.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
}

/** Scroll to an element and give it focus (focusable on demand). */
export function focusOn(target: HTMLElement, block: ScrollLogicalPosition): void {
  reveal(target);
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block });
  target.focus({ preventScroll: true });
}

/** A link to an element on the same page: scrolls and focuses it without touching the route. */
export function jumpLink(id: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#${id}`, class: 'jump', onclick: (e: Event) => {
    e.preventDefault();
    const target = document.getElementById(id);
    if (target) focusOn(target, 'start');
  } }, ...children);
}
