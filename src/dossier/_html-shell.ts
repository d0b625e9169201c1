/**
 * The page shell: head with a strict Content-Security-Policy that allows only our own inline style
 * and script (by SHA-256), no network of any kind, then the body. Works offline as one file.
 */
import { createHash } from 'node:crypto';
import { INLINE_SCRIPT } from './_html-script.ts';
import { INLINE_STYLE } from './_html-style.ts';

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** default-src 'none' blocks every fetch (images, fonts, frames, connections); only our two inline blocks run. */
export const CSP = [
  "default-src 'none'",
  `style-src ${sha256(INLINE_STYLE)}`,
  `script-src ${sha256(INLINE_SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function page(opts: { title: string; header: string; main: string; footer: string }): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${opts.title}</title>`,
    `<style>${INLINE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to content</a>',
    `<header class="top">${opts.header}</header>`,
    `<main id="main" tabindex="-1">${opts.main}</main>`,
    `<footer>${opts.footer}</footer>`,
    `<script>${INLINE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
