/**
 * What the hand-kept overlay misses of the SDK's model facts: an id the SDK lists
 * that the overlay does not describe, an end-of-life date or alias it states
 * differently, a model the overlay still has served that the SDK no longer lists.
 * Each gap is a sentence saying what to add to src/catalogue/models-overlay.ts.
 */
import type { ModelEntry } from '../../src/catalogue/catalogue-types.js';
import { isServed } from '../../src/catalogue/catalogue.js';
import type { SdkFacts } from '../../src/catalogue/models-data.js';

export function catalogueGaps(sdk: SdkFacts & { releaseDate: string }, overlay: readonly ModelEntry[]): string[] {
  const gaps: string[] = [];
  const byId = new Map(overlay.map((m) => [m.id, m]));
  const listed = new Set(sdk.modelIds);
  for (const id of sdk.modelIds) {
    const entry = byId.get(id);
    if (!entry || entry.status === 'never-existed') gaps.push(`the SDK lists ${id}: describe it in the overlay (limits, features, release date, sources)`);
  }
  for (const [id, date] of Object.entries(sdk.endOfLife)) {
    const entry = byId.get(id);
    if (entry && entry.retirement_date !== date) gaps.push(`the SDK retires ${id} on ${date}; the overlay says ${entry.retirement_date ?? 'nothing'}: set its retirement_date`);
  }
  for (const [alias, dated] of Object.entries(sdk.aliases)) {
    const entry = byId.get(alias);
    if (entry && entry.alias_of !== dated) gaps.push(`the SDK lists ${alias} as an alias of ${dated}; the overlay says ${entry.alias_of ?? 'nothing'}`);
  }
  for (const entry of overlay) {
    if (entry.status === 'never-existed' || listed.has(entry.id) || !/^claude-/.test(entry.id)) continue;
    if (isServed(entry, sdk.releaseDate)) {
      gaps.push(`the SDK no longer lists ${entry.id}, which the overlay has served on ${sdk.releaseDate}: record its retirement_date (and replacement)`);
    }
  }
  return gaps;
}
