/**
 * The per-API-version layer over the schema generated from the current SDK types.
 *
 * The current SDK (1.x) sends `anthropic-version: 2026-10-21` and its types are
 * the base. `2023-06-01` differs in the body schema only by the three sampling
 * fields, which it still accepts (with per-model rules that live in `rules/`).
 * The other 2026-10-21 changes (documents in assistant turns, citations on user
 * text) are semantic and live in `rules/` too.
 *
 * Source: https://platform.claude.com/docs/en/api/versioning and
 * https://platform.claude.com/docs/en/api/migration-2026-10-21
 * (facts in shared/reference/api-versions.md §2–3).
 */
export type JsonSchema = { [key: string]: unknown };

export const API_VERSIONS = ['2023-06-01', '2026-10-21'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** Body roots that take the sampling fields under 2023-06-01 (never count_tokens: its type never had them). */
const SAMPLING_ROOTS = ['MessagesRequest', 'BatchRequestParams'];

export interface VersionLayer {
  /** Properties added to the named root defs. */
  add: { defs: string[]; properties: Record<string, JsonSchema> }[];
  source: string;
}

export const SAMPLING_FIELDS: Record<string, JsonSchema> = {
  temperature: {
    type: 'number',
    minimum: 0,
    maximum: 1,
    description:
      'Amount of randomness injected into the response. Ranges from 0.0 to 1.0 (default 1.0). Accepted under anthropic-version 2023-06-01 only; models released after Claude Opus 4.6 accept only the default.',
  },
  // top_p's 0–1 range and top_k's integer type come from SDK doc comments only
  // (unconfirmed): the sampling-params-range rule warns about them instead.
  top_p: {
    type: 'number',
    description:
      'Nucleus sampling. Accepted under anthropic-version 2023-06-01 only; models released after Claude Opus 4.6 accept only values ≥ 0.99.',
  },
  top_k: {
    type: 'number',
    description: 'Only sample from the top K options. Accepted under anthropic-version 2023-06-01 only; models released after Claude Opus 4.6 reject it.',
  },
};

export const VERSION_LAYERS: Record<ApiVersion, VersionLayer> = {
  '2023-06-01': {
    add: [{ defs: SAMPLING_ROOTS, properties: SAMPLING_FIELDS }],
    source: 'https://platform.claude.com/docs/en/api/migration-2026-10-21 (temperature, top_p, top_k removed in 2026-10-21); @anthropic-ai/sdk@0.137.0 resources/messages/messages.d.ts (ranges)',
  },
  '2026-10-21': { add: [], source: 'https://platform.claude.com/docs/en/api/versioning' },
};

/**
 * Fields a version removed: the schema error for them is left to the rule named
 * here, which says why and offers the fix.
 */
export const REMOVED_FIELDS: Record<ApiVersion, { fields: string[]; rule: string }[]> = {
  '2023-06-01': [],
  '2026-10-21': [{ fields: Object.keys(SAMPLING_FIELDS), rule: 'no-sampling-params' }],
};
