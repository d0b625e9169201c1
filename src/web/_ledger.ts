/** The quote ledger: one card per statement, its wordings side by side, each with the outlets that carry it. */
import type { LedgerRow } from './_api.ts';
import { enc, h, link } from './_dom.ts';
import { docHref, plural } from './_common.ts';

function ledgerRow(r: LedgerRow, showSpeaker: boolean): HTMLElement {
  const who = r.speaker ? link(`#/entity/${enc(r.speaker.id)}`, r.speaker.name) : h('span', null, r.speakerText ?? 'Unattributed');
  const counts = `${plural(r.outletCount, 'outlet')} · ${plural(r.variants.length, 'wording')}`;
  return h('li', { class: 'statement', id: r.statementId ? `stmt-${r.statementId}` : undefined },
    h('p', { class: 'speaker' }, showSpeaker ? [who, h('span', { class: 'meta' }, ` · ${counts}`)] : h('span', { class: 'meta' }, counts)),
    h('div', { class: 'variants' }, r.variants.map((v) => h('div', { class: 'variant' },
      h('blockquote', null, v.text),
      h('ul', { class: 'outlets' }, v.quotes.map((q) => h('li', null,
        h('a', { href: docHref(q.documentId, q.start, q.end), title: q.title || undefined }, q.outlet),
        q.partial ? h('span', { class: 'meta' }, ' (fragment)') : null)))))));
}

/** The ledger as a list; `showSpeaker` is off on an entity's own page. */
export function ledgerList(rows: LedgerRow[], showSpeaker = true): HTMLElement {
  return h('ul', { class: 'ledger' }, rows.map((r) => ledgerRow(r, showSpeaker)));
}
