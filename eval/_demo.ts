/** The demo gold (demo/gold.json stories) through src/demo-gold when that module exists. */
import { existsSync } from 'node:fs';
import type { PlainDoc } from './_docs.ts';

export type Labelled = { docs: PlainDoc[]; gold: Map<string, string> };

export async function loadDemo(): Promise<Labelled | null> {
  const path = new URL('../src/demo-gold/index.ts', import.meta.url).pathname;
  if (!existsSync(path)) return null;
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    if (typeof mod.loadDemoGold !== 'function') return null;
    return await adaptDemo(await (mod.loadDemoGold as () => unknown)());
  } catch {
    return null;
  }
}

/** Placeholder adapter until the demo gold format is known (see adaptDemo in a later commit). */
async function adaptDemo(_gold: unknown): Promise<Labelled | null> {
  return null;
}
