/** HTML sections: timeline, claims and flags. */
import type { ClaimStatus } from '../contract/dossier.ts';
import { escapeHtml } from './_escape.ts';
import { type Ctx, entityName, orderedEvents, outletsOf, plural } from './_lookup.ts';
import { citeList, docLink, h } from './_html-common.ts';

export function htmlTimeline(ctx: Ctx): string {
  const items = orderedEvents(ctx.d).map((e) => {
    const when = e.date
      ? `<time datetime="${escapeHtml(e.date.value)}">${h(e.date.value)}</time>`
      : '<span class="undated">Undated</span>';
    const place = entityName(ctx, e.placeId);
    const who = e.participantIds.map((id) => entityName(ctx, id)).filter((x): x is string => !!x);
    const meta = [h(e.type), place ? `at ${h(place)}` : '', who.length ? `with ${who.map((w) => h(w)).join(', ')}` : '']
      .filter(Boolean)
      .join(' · ');
    return `<li><div class="when">${when}</div><div><b>${h(e.summary)}</b><div class="meta">${meta}</div>${citeList(ctx, e.evidence)}</div></li>`;
  });
  return items.length ? `<ol class="timeline">${items.join('')}</ol>` : '';
}

const STATUS_ORDER: ClaimStatus[] = ['contested', 'corroborated', 'single-source'];
const STATUS_LABEL: Record<ClaimStatus, string> = { contested: 'Contested', corroborated: 'Corroborated', 'single-source': 'Single source' };

export function htmlClaims(ctx: Ctx): string {
  return [...ctx.d.claims]
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
    .map((c) => {
      const known = STATUS_ORDER.includes(c.status);
      const badge = `<span class="badge ${known ? `st-${c.status}` : ''}">${known ? STATUS_LABEL[c.status] : h(c.status)}</span>`;
      const independent = c.independentSources !== undefined ? `${plural(c.independentSources, 'independent source')} · ` : '';
      const outlets = (refs: { documentId: string }[]): string => outletsOf(ctx, refs.map((r) => r.documentId)).map((o) => h(o)).join(', ');
      const against = c.conflicts.length ? ` · against: ${outlets(c.conflicts)}` : '';
      const conflicts = c.conflicts.length
        ? `<h4>Conflicting (${c.conflicts.length})</h4>${citeList(ctx, c.conflicts, 'cites conflict')}`
        : '';
      return (
        `<article class="item">${badge}<h3>${h(c.text)}</h3>` +
        `<p class="meta">${independent}for: ${outlets(c.support) || 'none'}${against}</p>` +
        `<h4>Supporting (${c.support.length})</h4>${citeList(ctx, c.support) || '<p class="note">none</p>'}${conflicts}</article>`
      );
    })
    .join('');
}

export function htmlFlags(ctx: Ctx): string {
  const items = ctx.d.flags.map((f) => {
    const docs = f.documentIds.length ? `<div class="meta">Documents: ${f.documentIds.map((id) => docLink(ctx, id)).join('; ')}</div>` : '';
    return `<li><span class="badge">${h(f.kind)}</span> ${h(f.message)}${docs}${citeList(ctx, f.evidence ?? [])}</li>`;
  });
  return items.length ? `<ul class="flags">${items.join('')}</ul>` : '';
}
