/** The story's entity graph: entities as nodes, co-mention in the same document as weighted edges. */
import type { Entity } from '../contract/dossier.ts';
import type { DossierIndex } from './_index.ts';

/** Most-mentioned entities drawn: more makes the graph unreadable on a laptop screen. */
const GRAPH_MAX_NODES = 40;
/** Strongest edges drawn. */
const GRAPH_MAX_EDGES = 120;

export function entityGraph(ix: DossierIndex, storyId: string, entities: Entity[]) {
  const inStory = (docId: string) => ix.storyOfDoc.get(docId) === storyId;
  const nodes = entities
    .map((e) => ({ id: e.id, name: e.name, type: e.type, weight: e.mentions.filter((m) => inStory(m.documentId)).length, docs: new Set(e.mentions.filter((m) => inStory(m.documentId)).map((m) => m.documentId)) }))
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
    .slice(0, GRAPH_MAX_NODES);
  const edges: { source: string; target: string; weight: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      let w = 0;
      for (const d of nodes[i].docs) if (nodes[j].docs.has(d)) w++;
      if (w > 0) edges.push({ source: nodes[i].id, target: nodes[j].id, weight: w });
    }
  }
  edges.sort((a, b) => b.weight - a.weight);
  return { nodes: nodes.map(({ docs: _d, ...n }) => n), edges: edges.slice(0, GRAPH_MAX_EDGES) };
}
