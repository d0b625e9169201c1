/** Markdown sections: timeline, claims, flags and the documents list. */
import type { ClaimStatus } from '../contract/dossier.ts';
import { type Ctx, entityName, orderedEvents, outletsOf, plural, shortDate } from './_lookup.ts';
import { md, mdCiteList, mdDocLabel } from './_md-common.ts';

export function mdTimeline(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const e of orderedEvents(ctx.d)) {
    const when = e.date ? `**${md(e.date.value)}**` : '**Undated**';
    const place = entityName(ctx, e.placeId);
    const who = e.participantIds.map((id) => entityName(ctx, id)).filter((x): x is string => !!x);
    let line = `- ${when} — ${md(e.summary)} (${md(e.type)})`;
    if (place) line += ` — at ${md(place)}`;
    if (who.length) line += ` — with ${who.map((w) => md(w)).join(', ')}`;
    out.push(line, ...mdCiteList(ctx, e.evidence, '  '));
  }
  return out;
}

const STATUS_ORDER: ClaimStatus[] = ['contested', 'corroborated', 'single-source'];
const STATUS_LABEL: Record<ClaimStatus, string> = { contested: 'Contested', corroborated: 'Corroborated', 'single-source': 'Single source' };

export function mdClaims(ctx: Ctx): string[] {
  const out: string[] = [];
  const sorted = [...ctx.d.claims].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  for (const c of sorted) {
    out.push(`### ${STATUS_LABEL[c.status] ?? md(c.status)}: ${md(c.text)}`, '');
    const sources = c.independentSources !== undefined ? ` · ${plural(c.independentSources, 'independent source')}` : '';
    out.push(`Status: ${md(c.status)}${sources}`, '');
    const outlets = (refs: { documentId: string }[]): string => outletsOf(ctx, refs.map((r) => r.documentId)).map((o) => md(o)).join(', ');
    out.push(`Outlets for: ${outlets(c.support) || 'none'}${c.conflicts.length ? `; against: ${outlets(c.conflicts)}` : ''}`, '');
    out.push(`Supporting (${c.support.length}):`, '');
    out.push(...(c.support.length ? mdCiteList(ctx, c.support) : ['- none']), '');
    if (c.conflicts.length) out.push(`Conflicting (${c.conflicts.length}):`, '', ...mdCiteList(ctx, c.conflicts), '');
  }
  return out;
}

export function mdFlags(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const f of ctx.d.flags) {
    out.push(`- **${md(f.kind)}** — ${md(f.message)}`);
    if (f.documentIds.length) out.push(`  - Documents: ${f.documentIds.map((id) => mdDocLabel(ctx, id)).join('; ')}`);
    out.push(...mdCiteList(ctx, f.evidence ?? [], '  '));
  }
  return out;
}

export function mdDocuments(ctx: Ctx): string[] {
  const out: string[] = [];
  const storyTitle = new Map(ctx.d.stories.map((s) => [s.id, s.title]));
  for (const doc of ctx.d.documents) {
    out.push(`### ${mdDocLabel(ctx, doc.id)}`, '');
    out.push(`- Id: ${md(doc.id)}`);
    out.push(`- Byline: ${doc.byline ? md(doc.byline) : 'none'}`);
    out.push(`- Published: ${publishedLine(doc.publishedAt, doc.dateProvenance)}`);
    out.push(`- Language: ${md(doc.language)}`);
    out.push(`- Source: ${md(doc.url ?? doc.source)}`);
    if (doc.storyId) out.push(`- Story: ${md(storyTitle.get(doc.storyId) ?? doc.storyId)}`);
    if (doc.duplicateOf) out.push(`- Duplicate of: ${mdDocLabel(ctx, doc.duplicateOf)}`);
    if (doc.syndicatedFrom) out.push(`- Syndicated from: ${md(doc.syndicatedFrom)}`);
    out.push('');
  }
  return out;
}

type Provenance = NonNullable<Ctx['d']['documents'][number]['dateProvenance']>;

function publishedLine(publishedAt: string | null, p: Provenance | undefined): string {
  const date = shortDate(publishedAt);
  const base = date ? md(date) : 'unknown';
  if (!p) return base;
  if (p.method === 'none') return `${base} (no date found)`;
  const raw = p.raw ? `: “${md(p.raw)}”` : '';
  return `${base} (found by ${md(p.method)}${p.inferred ? ', inferred from the text' : ''}${raw})`;
}
