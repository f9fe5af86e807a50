/**
 * Sampling values a model takes under API version 2023-06-01 (api-versions.md §3):
 * models released after Claude Opus 4.6 (`sampling_2023: 'defaults-only'` in the
 * catalogue) take `temperature` only at 1.0, `top_p` only at ≥ 0.99, and no `top_k`.
 * Shared by sampling-params-model (the 2023-06-01 rule) and no-sampling-params
 * (2026-10-21), whose message must not advise the older version for such a model.
 */
import type { ModelFeatures } from '../../src/catalogue/catalogue.js';
import { knownNumber } from '../../src/engine/values.js';

/** `top_p` below this is a non-default value on models that accept only defaults. */
export const DEFAULT_TOP_P_FLOOR = 0.99;

/** Is this value of `temperature`, `top_p` or `top_k` one the model rejects under 2023-06-01, thinking or not? Undefined when the value is not a known number. */
export function rejectedByModelIn2023(features: ModelFeatures, name: string, value: unknown): boolean | undefined {
  if (features.sampling_2023 !== 'defaults-only') return false;
  if (name === 'top_k') return value !== null && value !== undefined;
  const n = knownNumber(value);
  if (n === undefined) return undefined;
  return name === 'temperature' ? n !== 1 : name === 'top_p' ? n < DEFAULT_TOP_P_FLOOR : false;
}
