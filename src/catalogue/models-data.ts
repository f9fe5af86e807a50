/**
 * The model catalogue: the SDK's facts (sdk-models.generated.ts: which ids exist,
 * aliases, end-of-life dates) merged with the hand-kept overlay (models-overlay.ts:
 * limits, features, release dates, history). Where both speak, the SDK wins; the
 * coverage test reports each disagreement so the overlay is corrected. Status is
 * not stored for served models: it is computed from the dates and the run's
 * --date (see catalogue.ts).
 */
import type { ModelEntry } from './catalogue-types.js';
import { OVERLAY, OVERLAY_AS_OF, OVERLAY_SOURCES } from './models-overlay.js';
import {
  SDK_ALIASES,
  SDK_CITATION,
  SDK_END_OF_LIFE,
  SDK_MODEL_IDS,
  SDK_RELEASE_DATE,
  SDK_VERSION,
} from './sdk-models.generated.js';

export { SDK_VERSION, SDK_RELEASE_DATE } from './sdk-models.generated.js';

/** The catalogue is as current as the later of its two halves. */
export const AS_OF = OVERLAY_AS_OF > SDK_RELEASE_DATE ? OVERLAY_AS_OF : SDK_RELEASE_DATE;

export const SOURCES: readonly string[] = [
  `${SDK_CITATION} resources/messages/messages.d.ts (Model)`,
  `${SDK_CITATION} internal/data/deprecated-models.js`,
  `${SDK_CITATION} internal/data/models-to-warn-with-thinking-enabled.js`,
  ...OVERLAY_SOURCES,
];

export interface SdkFacts {
  modelIds: readonly string[];
  aliases: Readonly<Record<string, string>>;
  endOfLife: Readonly<Record<string, string>>;
  citation: string;
}

export const PINNED_SDK_FACTS: SdkFacts = { modelIds: SDK_MODEL_IDS, aliases: SDK_ALIASES, endOfLife: SDK_END_OF_LIFE, citation: SDK_CITATION };

/** One entry per id: the overlay's, with the SDK's facts on top; an SDK id the overlay lacks still exists (features unknown). */
export function mergeCatalogue(sdk: SdkFacts, overlay: readonly ModelEntry[]): ModelEntry[] {
  const listed = new Set(sdk.modelIds);
  const datedOf = new Map(Object.entries(sdk.aliases));
  const aliasOf = new Map(Object.entries(sdk.aliases).map(([alias, dated]) => [dated, alias]));
  const fromSdk = (entry: ModelEntry): ModelEntry => {
    if (!listed.has(entry.id)) return entry;
    const merged: ModelEntry = { ...entry, sources: [...(entry.sources ?? []), `${sdk.citation} resources/messages/messages.d.ts (Model)`] };
    if (merged.status === 'never-existed') merged.status = 'active';
    const endOfLife = sdk.endOfLife[entry.id];
    if (endOfLife) {
      merged.retirement_date = endOfLife;
      if (merged.status === 'active' || merged.status === 'legacy') merged.status = 'deprecated';
      merged.sources!.push(`${sdk.citation} internal/data/deprecated-models.js`);
    }
    const dated = datedOf.get(entry.id);
    if (dated) merged.alias_of = dated;
    const alias = aliasOf.get(entry.id);
    if (alias && !merged.aliases?.includes(alias)) merged.aliases = [...(merged.aliases ?? []), alias];
    return merged;
  };
  const known = new Set(overlay.map((m) => m.id));
  const added: ModelEntry[] = sdk.modelIds
    .filter((id) => !known.has(id))
    .map((id) => ({
      id,
      status: 'active',
      kind: datedOf.has(id) ? 'alias' : /-\d{8}$/.test(id) ? 'dated-id' : 'dateless-id',
      notes: 'Listed by the SDK, not yet described by the overlay: its limits and features are unknown, so the per-model checks stay silent.',
      sources: [],
    }));
  return [...overlay, ...added].map(fromSdk);
}

export const MODELS: readonly ModelEntry[] = mergeCatalogue(PINNED_SDK_FACTS, OVERLAY);
