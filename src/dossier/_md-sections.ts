/** Markdown sections: summary, stories, entities and the quote ledger. */
import { MAX_ALIASES, MAX_SPAN_CHARS } from './constants.ts';
import { type Ctx, entitiesOfType, outletsOf, plural, shortDate, statementGroups, storyRange, TYPE_HEADINGS } from './_lookup.ts';
import { md, mdDocLabel } from './_md-common.ts';
import { roleLabel, summarizeRoles } from './_roles.ts';

export function mdSummary(ctx: Ctx): string[] {
  const { d } = ctx;
  const status = (s: string): number => d.claims.filter((c) => c.status === s).length;
  const statements = new Set(d.quotes.map((q) => q.statementId ?? `q:${q.id}`)).size;
  return [
    `Generated ${md(d.generatedAt)} from ${plural(d.documents.length, 'document')}.`,
    '',
    '| Section | Count |',
    '|---|---:|',
    `| Documents | ${d.documents.length} (${plural(d.documents.filter((x) => x.duplicateOf).length, 'duplicate')}) |`,
    `| Stories | ${d.stories.length} |`,
    `| Entities | ${d.entities.length} |`,
    `| Quotes | ${d.quotes.length} (${plural(statements, 'statement')}) |`,
    `| Timeline events | ${d.events.length} |`,
    `| Claims | ${d.claims.length} (${status('corroborated')} corroborated, ${status('contested')} contested, ${status('single-source')} single-source) |`,
    `| Flags | ${d.flags.length} |`,
  ];
}

export function mdStories(ctx: Ctx): string[] {
  const out: string[] = [];
  ctx.d.stories.forEach((s, i) => {
    const range = s.dateRange ?? storyRange(ctx, s.documentIds);
    const from = shortDate(range.from);
    const to = shortDate(range.to);
    const dates = !from && !to ? 'undated' : from === to || !to ? md(from) : !from ? md(to) : `${md(from)} to ${md(to)}`;
    out.push(`### ${i + 1}. ${md(s.title) || 'Untitled story'}`, '');
    out.push(`- Dates: ${dates}`);
    out.push(`- Outlets: ${outletsOf(ctx, s.documentIds).map((o) => md(o)).join(', ') || 'none'}`);
    out.push(`- Documents (${s.documentIds.length}):`);
    for (const id of s.documentIds) {
      const date = shortDate(ctx.docs.get(id)?.publishedAt);
      out.push(`  - ${mdDocLabel(ctx, id)}${date ? ` (${md(date)})` : ' (undated)'}`);
    }
    out.push('');
  });
  return out;
}

export function mdEntities(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const [type, heading] of TYPE_HEADINGS) {
    const list = entitiesOfType(ctx, type);
    if (!list.length) continue;
    out.push(`### ${heading}`, '');
    for (const e of list) {
      const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
      const shown = aliases.slice(0, MAX_ALIASES).map((a) => md(a));
      if (aliases.length > MAX_ALIASES) shown.push(`and ${aliases.length - MAX_ALIASES} more`);
      const roles = summarizeRoles(e.roles ?? []).map((r) => md(roleLabel(r)));
      const docs = new Set(e.mentions.map((m) => m.documentId)).size;
      const parts = [`**${md(e.name)}**`];
      if (shown.length) parts.push(`also: ${shown.join('; ')}`);
      if (roles.length) parts.push(`roles: ${roles.join('; ')}`);
      parts.push(`${plural(e.mentions.length, 'mention')} in ${plural(docs, 'document')}`);
      out.push(`- ${parts.join(' — ')}`);
    }
    out.push('');
  }
  return out;
}

export function mdQuotes(ctx: Ctx): string[] {
  const out: string[] = [];
  for (const g of statementGroups(ctx)) {
    const count = g.wordings.reduce((n, w) => n + w.quotes.length, 0);
    out.push(`### ${md(g.speaker)} — statement ${md(g.id)}`, '');
    out.push(`Carried by ${plural(count, 'quote')} in ${plural(g.wordings.length, 'wording')}.`, '');
    for (const w of g.wordings) {
      const partial = w.quotes.some((q) => q.partial) ? ' _(partial)_' : '';
      out.push(`- “${md(w.text, MAX_SPAN_CHARS)}”${partial}`);
      for (const q of w.quotes) {
        const via = q.viaText ? ` via ${md(q.viaText)}` : '';
        const said = q.speakerText ? ` — attributed to “${md(q.speakerText)}”` : '';
        out.push(`  - ${mdDocLabel(ctx, q.documentId)} (doc ${md(q.documentId)}, chars ${q.start}–${q.end})${said}${via}`);
      }
    }
    out.push('');
  }
  return out;
}
