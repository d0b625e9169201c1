/** The page's one inline stylesheet: readable on laptop and phone widths, light and dark. */
export const INLINE_STYLE = `
:root { color-scheme: light dark; --fg: #1d1f23; --muted: #5b6270; --bg: #fff; --card: #f6f7f9; --line: #dde1e6;
  --link: #0b57d0; --mark: #ffe066; --bad: #b3261e; --good: #1e7b34; --warn: #8a5a00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8eb; --muted: #a4abb6; --bg: #15171a; --card: #1e2126;
  --line: #333841; --link: #8ab4f8; --mark: #7a6200; --bad: #f2b8b5; --good: #8fd19e; --warn: #f0c674; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header.top, main { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header.top { padding-top: 1rem; }
h1 { margin: .5rem 0 0; font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { margin: .2rem 0 .3rem; font-size: 1.1rem; } h4 { margin: .8rem 0 .2rem; font-size: .95rem; color: var(--muted); }
a { color: var(--link); } a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 2; }
nav ul, .counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
nav a, .counts a { display: inline-block; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; }
.counts b { font-size: 1.1rem; }
.item, .entities > li, .flags > li, .timeline > li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: .6rem 0; }
.entities, .flags, .timeline, .wordings { list-style: none; padding: 0; }
.meta, .note { color: var(--muted); font-size: .9rem; } .missing { color: var(--bad); }
.timeline > li { display: grid; grid-template-columns: 7.5rem 1fr; gap: .75rem; }
.when { font-weight: 600; font-variant-numeric: tabular-nums; } .undated { color: var(--muted); }
blockquote { margin: .5rem 0 .25rem; padding-left: .8rem; border-left: 4px solid var(--line); font-style: italic; }
.cites { margin: .25rem 0; padding-left: 1.2rem; } .cites li { margin: .2rem 0; } .conflict { border-left: 3px solid var(--bad); }
q { font-style: italic; } cite { font-style: normal; font-weight: 600; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  padding: .1rem .5rem; border-radius: 4px; border: 1px solid currentColor; color: var(--warn); }
.st-contested { color: var(--bad); } .st-corroborated { color: var(--good); } .st-single-source { color: var(--muted); }
.doc { display: none; background: var(--card); border: 2px solid var(--link); border-radius: 8px; padding: 1rem; margin: 1rem 0; }
.doc:target, .doc.open { display: block; }
.docmeta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; font-size: .9rem; }
.docmeta dt { color: var(--muted); } .docmeta dd { margin: 0; overflow-wrap: anywhere; }
.doc-text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem;
  background: var(--bg); padding: 1rem; border-radius: 6px; max-height: 70vh; overflow: auto; }
mark.hl { background: var(--mark); color: inherit; padding: 0 .1rem; border-radius: 2px; }
.status:empty { display: none; } .status { color: var(--bad); }
footer { max-width: 60rem; margin: 3rem auto 2rem; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) { body { font-size: 15px; } .timeline > li { grid-template-columns: 1fr; gap: .2rem; }
  .docmeta { grid-template-columns: 1fr; } .docmeta dt { font-weight: 600; } h1 { font-size: 1.5rem; } }
`;
