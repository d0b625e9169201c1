/** The server's view of the store: the open store plus an index of its latest dossier, reloaded when it changes. */
import type { Store } from '../store/index.ts';
import { STORE_POLL_MS } from './constants.ts';
import { buildIndex, type DossierIndex } from './_index.ts';

export class ServerState {
  private ix: DossierIndex | null = null;
  private loaded = false;
  private docCount = -1;
  private checkedAt = 0;

  constructor(readonly store: Store, private readonly now: () => number = Date.now) {}

  /** Forget the index: the next read rebuilds it from the store (after our own ingest jobs). */
  invalidate(): void {
    this.loaded = false;
  }

  /** The current index, or null when the store holds no dossier yet. */
  index(): DossierIndex | null {
    const t = this.now();
    if (this.loaded && t - this.checkedAt > STORE_POLL_MS) {
      this.checkedAt = t;
      // Another process (e.g. `triangulate analyze`) may have written to the same store.
      if (this.store.documentCount() !== this.docCount) this.loaded = false;
    }
    if (!this.loaded) {
      const dossier = this.store.latestDossier();
      this.ix = dossier ? buildIndex(dossier) : null;
      this.docCount = this.store.documentCount();
      this.checkedAt = t;
      this.loaded = true;
    }
    return this.ix;
  }
}
