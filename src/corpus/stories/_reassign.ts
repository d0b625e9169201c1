/**
 * Second look at a batch (one k-means-style pass): each document assigned in the batch is scored
 * again against the stories as they ended up, itself taken out of its own story, and moves when
 * another story now fits clearly better. Repairs single-pass seeding, where the first two
 * documents of two similar events opened one story between them. Stories from earlier batches
 * keep their earlier documents; only this batch's documents move.
 */
import { REASSIGN_MARGIN, REASSIGN_PASSES, REASSIGN_SKIP } from './constants.ts';
import type { StoryClusterer } from './clusterer.ts';

/** Reassign the clusterer's current batch; returns the story of each batch entry, in order (the batch is kept for the merge step). */
export function reassignBatch(c: StoryClusterer): number[] {
  for (let pass = 0; pass < REASSIGN_PASSES; pass++) {
    let moved = 0;
    for (const entry of c.batch) {
      const { v, f } = entry;
      const own = c.scoreDoc(entry.story, v, f, true).score;
      if (own >= REASSIGN_SKIP) continue; // well inside its story: another cannot beat it by enough
      const { best, bestScore } = c.bestStory(v, f, entry.story, false);
      if (best >= 0 && bestScore > own + REASSIGN_MARGIN) {
        c.move(v, f, entry.story, best);
        entry.story = best;
        moved++;
      }
    }
    if (!moved) break;
  }
  return c.batch.map((e) => e.story);
}
