/**
 * Entity graph drawn with cytoscape (loaded on demand). Clicking a node opens the entity; keyboard and
 * screen-reader users get the same entities as a list of links under the graph.
 */
import type { StorySlice } from './_api.ts';
import { h } from './_dom.ts';

export const GRAPH_COLORS: Record<string, string> = { person: '#2563eb', organization: '#b45309', place: '#047857', other: '#6b7280' };

/**
 * cytoscape injects an inline <style> unless an element with this id exists; the CSP forbids inline
 * styles, so we provide the marker and keep its one rule in style.css.
 */
const CY_STYLESHEET_ID = '__________cytoscape_stylesheet';
/** Node diameter range (px at zoom 1), by mentions. */
const NODE_MIN = 14;
const NODE_SPAN = 26;
/** Widest edge (px), for the pair named together most often. */
const EDGE_MAX = 6;
/** Labels smaller than this on screen are hidden rather than drawn as an unreadable smear. */
const MIN_LABEL_PX = 9;

/** Colour key under the graph (plain elements; the colours are CSS classes, not inline styles). */
export function graphLegend(): HTMLElement {
  return h('p', { class: 'graph-legend meta', 'aria-hidden': 'true' },
    Object.keys(GRAPH_COLORS).map((t) => [h('span', { class: `dot dot-${t}` }), ` ${t} `]), ' · larger: mentioned more; thicker line: named together in more articles');
}

export async function drawGraph(box: HTMLElement, graph: StorySlice['graph']): Promise<void> {
  if (!document.getElementById(CY_STYLESHEET_ID)) document.head.appendChild(Object.assign(document.createElement('meta'), { id: CY_STYLESHEET_ID }));
  const { default: cytoscape } = await import('cytoscape');
  const max = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight));
  const cy = cytoscape({
    container: box,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, color: GRAPH_COLORS[n.type] ?? GRAPH_COLORS.other, size: NODE_MIN + NODE_SPAN * (n.weight / max) } })),
      ...graph.edges.map((e, i) => ({ data: { id: `edge${i}`, source: e.source, target: e.target, w: 1 + (EDGE_MAX - 1) * (e.weight / maxEdge) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', 'font-size': 15, color: '#111827', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px', 'min-zoomed-font-size': MIN_LABEL_PX } },
      { selector: 'edge', style: { width: 'data(w)', 'line-color': '#cbd5e1', 'curve-style': 'haystack', opacity: 0.8 } },
    ],
    layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 16, idealEdgeLength: () => 80, nodeRepulsion: () => 9000 },
    // The page scrolls over the graph: wheel and drag must scroll the page, not zoom or pan the drawing.
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
  });
  stretchToBox(cy, box);
  cy.on('tap', 'node', (e) => { location.hash = `#/entity/${encodeURIComponent(e.target.id())}`; });
}

/** Most a layout is stretched sideways: beyond this, edges read as horizontal lines. */
const MAX_STRETCH = 3;
/** Padding (px) kept around the drawing when it is fitted to the box. */
const FIT_PADDING = 24;

/**
 * cose lays a graph out roughly square; in a wide box it is then fitted by its height and drawn small
 * in the middle. Stretching the positions sideways to the box's shape lets the fit make it larger.
 */
function stretchToBox(cy: import('cytoscape').Core, box: HTMLElement): void {
  const bb = cy.elements().boundingBox();
  if (bb.w <= 0 || bb.h <= 0 || !box.clientHeight) return;
  const k = Math.min(MAX_STRETCH, (box.clientWidth / box.clientHeight) / (bb.w / bb.h));
  if (k > 1) cy.nodes().positions((n) => ({ x: n.position('x') * k, y: n.position('y') }));
  cy.fit(undefined, FIT_PADDING);
}
