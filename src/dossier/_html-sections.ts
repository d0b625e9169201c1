/** HTML sections: summary, stories, entities and the quote ledger. */
import { MAX_ALIASES, MAX_MENTION_LINKS, MAX_SPAN_CHARS } from './constants.ts';
import { escapeHtml } from './_escape.ts';
import { type Ctx, entitiesOfType, outletName, outletsOf, plural, shortDate, statementGroups, storyRange, TYPE_HEADINGS } from './_lookup.ts';
import { docLink, h, spanLink } from './_html-common.ts';
import { roleLabel, summarizeRoles } from './_roles.ts';

export function htmlSummary(ctx: Ctx): string {
  const { d } = ctx;
  const status = (s: string): number => d.claims.filter((c) => c.status === s).length;
  const statements = new Set(d.quotes.map((q) => q.statementId ?? `q:${q.id}`)).size;
  const rows: [string, string, string, string?][] = [
    ['documents', 'Documents', `${d.documents.length}`],
    ['stories', 'Stories', `${d.stories.length}`],
    ['entities', 'Entities', `${d.entities.length}`],
    ['quotes', 'Quotes', `${d.quotes.length}`, plural(statements, 'statement')],
    ['timeline', 'Events', `${d.events.length}`],
    ['claims', 'Claims', `${d.claims.length}`, `${status('corroborated')} corroborated, ${status('contested')} contested`],
    ['flags', 'Flags', `${d.flags.length}`],
  ];
  const pill = ([id, label, n, extra]: [string, string, string, string?]): string =>
    `<li><a href="#${id}"><b>${n}</b> ${label}${extra ? ` <small>(${extra})</small>` : ''}</a></li>`;
  return `<ul class="counts">${rows.map(pill).join('')}</ul>`;
}

export function htmlStories(ctx: Ctx): string {
  return ctx.d.stories
    .map((s) => {
      const r = s.dateRange ?? storyRange(ctx, s.documentIds);
      const from = shortDate(r.from);
      const to = shortDate(r.to);
      const dates = !from && !to ? 'undated' : from && to && from !== to ? `${h(from)} – ${h(to)}` : h(from ?? to);
      const docs = s.documentIds.map((id) => {
        const date = shortDate(ctx.docs.get(id)?.publishedAt);
        return `<li>${docLink(ctx, id)} <span class="note">${date ? h(date) : 'undated'}</span></li>`;
      });
      return (
        `<article class="item"><h3>${h(s.title) || 'Untitled story'}</h3>` +
        `<p class="meta">${dates} · ${plural(s.documentIds.length, 'document')} · ${outletsOf(ctx, s.documentIds).map((o) => h(o)).join(', ')}</p>` +
        `<ul class="docs">${docs.join('')}</ul></article>`
      );
    })
    .join('');
}

export function htmlEntities(ctx: Ctx): string {
  return TYPE_HEADINGS.map(([type, heading]) => {
    const list = entitiesOfType(ctx, type);
    if (!list.length) return '';
    const items = list.map((e) => {
      const aliases = [...new Set(e.aliases)].filter((a) => a !== e.name);
      const more = aliases.length > MAX_ALIASES ? ` and ${aliases.length - MAX_ALIASES} more` : '';
      const roles = summarizeRoles(e.roles ?? []).map((r) => h(roleLabel(r)));
      const mentions = e.mentions.slice(0, MAX_MENTION_LINKS).map((m) => spanLink(ctx, m, h(outletName(ctx.docs.get(m.documentId)))));
      const rest = e.mentions.length > MAX_MENTION_LINKS ? ` and ${e.mentions.length - MAX_MENTION_LINKS} more` : '';
      return (
        `<li><b>${h(e.name)}</b>` +
        (aliases.length ? `<div class="meta">Also: ${aliases.slice(0, MAX_ALIASES).map((a) => h(a)).join('; ')}${more}</div>` : '') +
        (roles.length ? `<div class="meta">Roles: ${roles.join('; ')}</div>` : '') +
        `<div class="meta">${plural(e.mentions.length, 'mention')}: ${mentions.join(', ')}${rest}</div></li>`
      );
    });
    return `<h3>${heading}</h3><ul class="entities">${items.join('')}</ul>`;
  }).join('');
}

export function htmlQuotes(ctx: Ctx): string {
  return statementGroups(ctx)
    .map((g) => {
      const count = g.wordings.reduce((n, w) => n + w.quotes.length, 0);
      const wordings = g.wordings.map((w) => {
        const partial = w.quotes.some((q) => q.partial) ? ' <span class="badge">partial</span>' : '';
        const sources = w.quotes.map((q) => {
          const via = q.viaText ? ` <span class="note">via ${h(q.viaText)}</span>` : '';
          const said = q.speakerText ? ` <span class="note">(“${h(q.speakerText)}”)</span>` : '';
          return `<li>${spanLink(ctx, q, `${h(outletName(ctx.docs.get(q.documentId)))}, <cite>${h(ctx.docs.get(q.documentId)?.title)}</cite>`)}${said}${via}</li>`;
        });
        return `<li><blockquote>${escapeHtml(w.text.slice(0, MAX_SPAN_CHARS))}</blockquote>${partial}<ul class="cites">${sources.join('')}</ul></li>`;
      });
      return (
        `<article class="item"><h3>${h(g.speaker)}</h3>` +
        `<p class="meta">Statement ${h(g.id)} · ${plural(count, 'quote')} in ${plural(g.wordings.length, 'wording')}</p>` +
        `<ul class="wordings">${wordings.join('')}</ul></article>`
      );
    })
    .join('');
}
