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

/** The file last asked about by kindForFile, and whether its name says count_tokens. */
let lastPath: string | undefined;
let lastNamesCountTokens = false;

/**
 * A count_tokens body has the shape of a Messages body without max_tokens, so
 * shape alone cannot tell them apart: a file named for it (`count-tokens.json`,
 * `greeting.count_tokens.jsonl`) is one.
 */
export function kindForFile(detected: PayloadKind | undefined, filePath: string): PayloadKind | undefined {
  if (detected !== 'messages') return detected;
  // Asked for every line of a JSONL file: the name is read once per file.
  if (filePath !== lastPath) {
    lastPath = filePath;
    lastNamesCountTokens = namesCountTokens(filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1));
  }
  return lastNamesCountTokens ? 'count-tokens' : detected;
}

/** `count_tokens` as a word of a file name: `count-tokens.json`, `a.count_tokens.jsonl`, `requestCountTokens.json`; not `discount-tokens.json`. */
function namesCountTokens(name: string): boolean {
  if (!/count[-_.]?tokens/i.test(name)) return false;
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

/**
 * The keys of the outermost object of a text that may not parse: a lexical
 * scan (strings in double or single quotes, bare keys, nesting), so a missing
 * comma or a Python dict pasted into a .json file still shows its top level.
 * A string ends at its closing quote or at the end of its line.
 */
export function topLevelKeys(text: string, from = 0, to = text.length): Set<string> {
  const keys = new Set<string>();
  let depth = 0;
  let outerIsObject = false;
  let pending: string | undefined;
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < to && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      pending = depth === 1 && outerIsObject ? text.slice(i + 1, Math.min(j, to)) : undefined;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < to && /[\w$]/.test(text[j]!)) j++;
      pending = depth === 1 && outerIsObject ? text.slice(i, j) : undefined;
      i = j;
      continue;
    }
    if (c === ':' && pending !== undefined) keys.add(pending);
    if (c === '{' || c === '[') {
      if (depth === 0) outerIsObject = c === '{';
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth <= 0) break;
    }
    if (!/\s/.test(c)) pending = undefined;
    i++;
  }
  return keys;
}

/**
 * Text that does not parse, yet is evidently a request body: its outermost
 * object has two of `model`, `messages`, `max_tokens`, or is a batch
 * (`requests`, or a line's `custom_id` with `params`). An API response
 * (`model`, `content`, `usage`), a transcript or a config file is not.
 */
export function isEvidentRequestText(text: string, from = 0, to = text.length): boolean {
  const keys = topLevelKeys(text, from, to);
  const requestKeys = ['model', 'messages', 'max_tokens'].filter((k) => keys.has(k)).length;
  return requestKeys >= 2 || (keys.has('custom_id') && keys.has('params')) || (keys.has('requests') && /["']?custom_id["']?\s*:/.test(text.slice(from, to)));
}

/**
 * A line of a cloud platform's batch job input: Bedrock batch inference
 * (`{recordId, modelInput}`) or Vertex AI batch prediction (`{custom_id, request}`).
 * Their bodies are not checked yet, and the line is not a mistake.
 */
export function isPlatformBatchLine(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (hasOwn(value, 'recordId') && isObject(value.modelInput)) || (hasOwn(value, 'custom_id') && isObject(value.request) && !hasOwn(value, 'params'));
}

/**
 * What a JSONL line says about its file:
 * - `request`: a body with `model` or `max_tokens`, a batch line, a cloud batch line;
 * - `conversation`: a `messages` list alone (a fine-tuning example, a chat record);
 * - `other`: anything else (a log entry, a transcript turn whose nested `message` has a model).
 */
export type LineShape = 'request' | 'conversation' | 'other';

export function lineShape(value: unknown): LineShape {
  if (isBatchItem(value) || isPlatformBatchLine(value)) return 'request';
  const kind = detectKind(value);
  if (!kind) return 'other';
  if (kind === 'batch') return 'request';
  return hasOwn(value as Record<string, unknown>, 'model') || hasOwn(value as Record<string, unknown>, 'max_tokens') ? 'request' : 'conversation';
}

/**
 * Whether a JSONL file holds requests, decided from its lines as a whole: some
 * line must be a request (a dataset of `{"messages": […]}` examples has none), and
 * request-like lines must be at least half of the lines that parse (a log with a
 * stray request body in it is not a request file). Returns why not, or undefined.
 */
export function notRequestLinesReason(counts: Record<LineShape, number>): string | undefined {
  const { request, conversation, other } = counts;
  if (request === 0 && conversation > 0) {
    return `no line has "model" or "max_tokens": its ${conversation} "messages" line${conversation === 1 ? ' looks' : 's look'} like a fine-tuning dataset or a chat record, not request bodies (--kind forces a check)`;
  }
  if (request === 0) return 'no line is a request body ({"model", "max_tokens", "messages"}) or a batch line ({"custom_id", "params"}) (--kind forces a check)';
  if (request + conversation < other) {
    return `only ${request + conversation} of its ${request + conversation + other} lines look like request bodies: a log or transcript, not a request file (--kind forces a check)`;
  }
  return undefined;
}
