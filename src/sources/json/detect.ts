/**
 * Is this JSON value a request body, and for which endpoint? Decided by shape,
 * so that a package.json or tsconfig.json in the tree is never taken for one.
 */
import type { PayloadKind } from '../../engine/types.js';
import { hasOwn, isObject } from '../../engine/values.js';

/** A batch line of a JSONL file: `{custom_id, params}`. */
export function isBatchItem(value: unknown): boolean {
  return isObject(value) && hasOwn(value, 'custom_id') && hasOwn(value, 'params') && isObject(value.params);
}

/**
 * - `{requests: [{custom_id, params}, …]}` → batch
 * - an object with `messages`, or with `model` and `max_tokens` → messages
 *   (count_tokens bodies look the same minus max_tokens: use --kind count-tokens)
 */
export function detectKind(value: unknown): PayloadKind | undefined {
  if (!isObject(value)) return undefined;
  if (hasOwn(value, 'requests') && Array.isArray(value.requests) && value.requests.some(isBatchItem)) return 'batch';
  if (hasOwn(value, 'messages')) return 'messages';
  if (hasOwn(value, 'model') && hasOwn(value, 'max_tokens')) return 'messages';
  return undefined;
}

/**
 * A count_tokens body has the shape of a Messages body without max_tokens, so
 * shape alone cannot tell them apart: a file named for it (`count-tokens.json`,
 * `greeting.count_tokens.jsonl`) is one.
 */
export function kindForFile(detected: PayloadKind | undefined, filePath: string): PayloadKind | undefined {
  if (detected === 'messages' && /count[-_.]?tokens/i.test(filePath.split(/[\\/]/).pop() ?? '')) return 'count-tokens';
  return detected;
}

/** Cheap pre-check on raw text: worth reporting a parse error as a broken request? */
export function looksLikeRequestText(text: string): boolean {
  return /"(messages|max_tokens|custom_id)"\s*:/.test(text);
}
