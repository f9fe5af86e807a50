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

/** An entry of a batch body's `requests`, whatever its params hold (`"params": null` is a mistake to report, not a reason to skip the file). */
function isBatchEntry(value: unknown): boolean {
  return isObject(value) && hasOwn(value, 'custom_id') && hasOwn(value, 'params');
}

/** Model ids of other providers' chat APIs, whose bodies share the `{model, messages}` shape. */
const OTHER_VENDOR_MODEL = /^(gpt-|chatgpt|o[1-9](-|$)|text-|davinci|gemini|gemma|llama|meta-llama|mistral|mixtral|codestral|command|deepseek|qwen|kimi|moonshot|grok|glm-|phi-)/i;

/** A chat `messages` list as the Messages API takes it: an array whose objects have a role or content (not a Slack export, not a locale file). */
function isMessageList(messages: unknown): boolean {
  if (!Array.isArray(messages)) return false;
  const first = messages.find((m) => isObject(m));
  return first === undefined || hasOwn(first, 'role') || hasOwn(first, 'content');
}

/**
 * - `{requests: [{custom_id, params}, …]}` → batch
 * - an object with a `messages` list, or with `model` and `max_tokens` → messages
 *   (count_tokens bodies look the same minus max_tokens: use --kind count-tokens)
 * - not a body for another provider's API (`"model": "gpt-4o"`)
 */
export function detectKind(value: unknown): PayloadKind | undefined {
  if (!isObject(value)) return undefined;
  if (hasOwn(value, 'requests') && Array.isArray(value.requests) && value.requests.some(isBatchEntry)) return 'batch';
  if (typeof value.model === 'string' && OTHER_VENDOR_MODEL.test(value.model)) return undefined;
  if (hasOwn(value, 'messages') && isMessageList(value.messages)) return 'messages';
  // `model` and `max_tokens` make a request even when `messages` is broken ("messages": "hi").
  if (hasOwn(value, 'model') && hasOwn(value, 'max_tokens')) return 'messages';
  return undefined;
}

/**
 * A count_tokens body has the shape of a Messages body without max_tokens, so
 * shape alone cannot tell them apart: a file named for it (`count-tokens.json`,
 * `greeting.count_tokens.jsonl`) is one.
 */
export function kindForFile(detected: PayloadKind | undefined, filePath: string): PayloadKind | undefined {
  if (detected === 'messages' && namesCountTokens(filePath.split(/[\\/]/).pop() ?? '')) return 'count-tokens';
  return detected;
}

/** `count_tokens` as a word of a file name: `count-tokens.json`, `a.count_tokens.jsonl`, `requestCountTokens.json`; not `discount-tokens.json`. */
function namesCountTokens(name: string): boolean {
  for (const m of name.matchAll(/count[-_.]?tokens/gi)) {
    const before = m.index === 0 ? '' : name[m.index - 1]!;
    if (before === '' || !/[A-Za-z0-9]/.test(before)) return true;
    // camelCase: a capital C right after a lower-case letter or digit.
    if (name[m.index] === 'C' && /[a-z0-9]/.test(before)) return true;
  }
  return false;
}

/**
 * Cheap pre-check on raw text: worth reporting a parse error as a broken
 * request? Also with single-quoted or bare keys (a Python dict or a JS object
 * pasted into a .json file), or a Claude model id.
 */
export function looksLikeRequestText(text: string): boolean {
  return /(["']?)\b(messages|max_tokens|custom_id)\1\s*:/.test(text) || /["']?\bmodel["']?\s*:\s*["']claude/.test(text);
}
