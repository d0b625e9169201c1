/** Entity graph drawn with cytoscape (loaded on demand); clicking or pressing Enter on a node opens the entity. */
import type { StorySlice } from './_api.ts';

const COLORS: Record<string, string> = { person: '#2563eb', organization: '#b45309', place: '#047857', other: '#6b7280' };

/**
 * cytoscape injects an inline <style> unless an element with this id exists; the CSP forbids inline
 * styles, so we provide the marker and keep its one rule in style.css.
 */
const CY_STYLESHEET_ID = '__________cytoscape_stylesheet';

export async function drawGraph(box: HTMLElement, graph: StorySlice['graph']): Promise<void> {
  if (!document.getElementById(CY_STYLESHEET_ID)) document.head.appendChild(Object.assign(document.createElement('meta'), { id: CY_STYLESHEET_ID }));
  const { default: cytoscape } = await import('cytoscape');
  const max = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const cy = cytoscape({
    container: box,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, color: COLORS[n.type] ?? COLORS.other, size: 16 + 30 * (n.weight / max) } })),
      ...graph.edges.map((e, i) => ({ data: { id: `edge${i}`, source: e.source, target: e.target, w: Math.min(8, e.weight) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', 'font-size': 11, color: '#111827', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#cbd5e1', 'curve-style': 'haystack' } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true },
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (e) => { location.hash = `#/entity/${encodeURIComponent(e.target.id())}`; });
}
