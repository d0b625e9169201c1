/** The story's entity graph: entities as nodes, co-mention in the same document as weighted edges. */
import type { Entity } from '../contract/dossier.ts';
import { GRAPH_MAX_EDGES, GRAPH_MAX_NODES, GRAPH_MIN_DOCS, GRAPH_MIN_SHARED } from './constants.ts';
import type { DossierIndex } from './_index.ts';

export interface EntityGraph {
  nodes: { id: string; name: string; type: string; weight: number }[];
  edges: { source: string; target: string; weight: number }[];
}

/**
 * The most-mentioned entities and their strongest co-mentions. Entities left without an edge are not
 * drawn (the story page lists every entity below the graph): cytoscape strings them along the top,
 * which shrinks the connected part to unreadable labels.
 */
export function entityGraph(ix: DossierIndex, storyId: string, entities: Entity[]): EntityGraph {
  const inStory = (docId: string) => ix.storyOfDoc.get(docId) === storyId;
  const storyDocs = ix.stories.get(storyId)?.documentIds.length ?? 0;
  const minShared = storyDocs >= GRAPH_MIN_DOCS ? GRAPH_MIN_SHARED : 1;
  const nodes = entities
    .map((e) => {
      const docs = new Set(e.mentions.filter((m) => inStory(m.documentId)).map((m) => m.documentId));
      return { id: e.id, name: e.name, type: e.type, weight: e.mentions.filter((m) => inStory(m.documentId)).length, docs };
    })
    .filter((n) => n.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name))
    .slice(0, GRAPH_MAX_NODES);
  const edges: EntityGraph['edges'] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      let w = 0;
      for (const d of nodes[i].docs) if (nodes[j].docs.has(d)) w++;
      if (w >= minShared) edges.push({ source: nodes[i].id, target: nodes[j].id, weight: w });
    }
  }
  edges.sort((a, b) => b.weight - a.weight);
  const kept = edges.slice(0, GRAPH_MAX_EDGES);
  const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
  return { nodes: nodes.filter((n) => linked.has(n.id)).map(({ docs: _d, ...n }) => n), edges: kept };
}
