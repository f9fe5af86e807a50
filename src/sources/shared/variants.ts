/**
 * Variant planning: a payload written with undecided conditions (`cond ? a : b`)
 * or values typed as a union of literals is evaluated once per plan, and duplicate
 * payloads are dropped by fingerprint. Language-neutral: a source names each
 * condition and union by a key of its own.
 */
import { isOpen, isUnknown } from '../../engine/partial.js';

/** Payloads per call at most: each decided condition gives two. */
export const MAX_VARIANTS = 8;
/** Combinations of literal-union members at most; beyond, the values stay unknown. */
export const MAX_UNION_COMBINATIONS = 8;

/**
 * The conditions to decide, one at a time: each gives two payloads (its truthy
 * and its falsy branch) with every other condition undecided, so the branches of
 * different conditions are never combined. At most MAX_VARIANTS payloads.
 */
export function variantPlans(conditions: string[]): Map<string, boolean>[] {
  const plans: Map<string, boolean>[] = [];
  for (const c of conditions.slice(0, Math.floor(MAX_VARIANTS / 2))) plans.push(new Map([[c, true]]), new Map([[c, false]]));
  return plans;
}

/** Every combination of the literal-union members, when there are a few (else the values stay unknown). */
export function memberPlans(unions: ReadonlyMap<string, (string | number)[]>): Map<string, string | number>[] | undefined {
  if (unions.size === 0) return undefined;
  let plans: Map<string, string | number>[] = [new Map()];
  for (const [key, members] of unions) {
    plans = plans.flatMap((plan) => members.map((m) => new Map([...plan, [key, m]])));
    if (plans.length > MAX_UNION_COMBINATIONS) return undefined;
  }
  return plans;
}

/** A stable text form of a partial payload, to drop duplicate variants. */
export function fingerprint(value: unknown, depth = 0): string {
  if (depth > 80) return '…';
  if (isUnknown(value)) return '?';
  if (Array.isArray(value)) return `[${value.map((v) => fingerprint(v, depth + 1)).join(',')}${isOpen(value) ? ',…' : ''}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${fingerprint((value as Record<string, unknown>)[k], depth + 1)}`).join(',')}${isOpen(value) ? ',…' : ''}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
