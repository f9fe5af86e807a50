/**
 * request-size-limit: the serialized body must fit the endpoint's limit: 32 MB
 * for Messages and count_tokens, 256 MB for a Message Batch. Judged only on
 * fully known payloads. A cheap upper bound first (string lengths × 6), the
 * exact UTF-8 size of the compact JSON only when that bound is over the limit. See
 * docs/rules/request-size-limit.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { isFullyKnown } from '../src/engine/partial.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import type { Pointer } from '../src/engine/types.js';
import { hasPlainStrings } from '../src/engine/plain-strings.js';

type MessageIds = 'tooLarge';

const MIB = 1024 * 1024;
/** The documented "32 MB" and "256 MB", read as MiB: the larger reading, so nothing under the real limit is reported. */
export const MESSAGES_LIMIT = 32 * MIB;
export const BATCH_LIMIT = 256 * MIB;

interface Measure {
  /** Σ of the UTF-16 lengths of strings and keys: each unit is at least one byte of JSON. */
  stringUnits: number;
  /** Bytes of everything else: quotes, brackets, commas, colons, numbers, literals. */
  other: number;
  /** Exact bytes of the strings and keys as JSON writes them (without quotes). */
  exact: number;
  largest: { pointer: Pointer; units: number };
}

/**
 * One walk, no copies: a pointer is built only for a new largest string. Call it on each request of a batch in turn.
 * `plain`: the source vouches that every string is written as itself (src/engine/plain-strings.ts), so none is scanned.
 */
function measure(value: unknown, path: (string | number)[], m: Measure, plain: boolean): void {
  if (typeof value === 'string') {
    m.stringUnits += value.length;
    m.exact += plain ? value.length : escapedBytes(value);
    m.other += 2;
    if (value.length > m.largest.units) m.largest = { pointer: join('', ...path), units: value.length };
  } else if (Array.isArray(value)) {
    m.other += 2 + Math.max(0, value.length - 1);
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      measure(value[i] === undefined ? null : value[i], path, m, plain);
      path.pop();
    }
  } else if (typeof value === 'object' && value !== null) {
    let members = 0;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue; // JSON.stringify leaves the member out
      members++;
      m.stringUnits += key.length;
      m.exact += plain ? key.length : escapedBytes(key);
      m.other += 3; // quotes and colon
      path.push(key);
      measure(v, path, m, plain);
      path.pop();
    }
    m.other += 2 + Math.max(0, members - 1);
  } else {
    m.other += String(JSON.stringify(value) ?? 'null').length;
  }
}

/** Characters that JSON.stringify writes as themselves in one byte. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Exact UTF-8 bytes of JSON.stringify(s) without its quotes. */
function escapedBytes(s: string): number {
  if (PLAIN_ASCII.test(s)) return s.length;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) bytes += 2;
    else if (c < 0x20) bytes += 6;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      bytes += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) bytes += 6; // a lone surrogate is written as \udxxx
    else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return bytes < MIB / 10 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / MIB).toFixed(1)} MB`;
}

/** The exact serialized size (compact JSON, UTF-8) when it is over `limit`, else undefined. */
export function sizeOver(body: unknown, limit: number): { bytes: number; largest: { pointer: Pointer; units: number } } | undefined {
  const m = emptyMeasure();
  measure(body, [], m, hasPlainStrings(body));
  return overLimit(m, limit);
}

function emptyMeasure(): Measure {
  return { stringUnits: 0, other: 0, exact: 0, largest: { pointer: '', units: 0 } };
}

function overLimit(m: Measure, limit: number): { bytes: number; largest: { pointer: Pointer; units: number } } | undefined {
  // No JSON escape is longer than 6 bytes per UTF-16 unit: most bodies stop here.
  if (m.stringUnits * 6 + m.other <= limit) return undefined;
  const exact = m.exact + m.other;
  return exact > limit ? { bytes: exact, largest: m.largest } : undefined;
}

const ENDPOINTS = {
  messages: { path: 'POST /v1/messages', limit: MESSAGES_LIMIT, limitText: '32 MB' },
  'count-tokens': { path: 'POST /v1/messages/count_tokens', limit: MESSAGES_LIMIT, limitText: '32 MB' },
  batch: { path: 'POST /v1/messages/batches', limit: BATCH_LIMIT, limitText: '256 MB' },
} as const;

const ADVICE = {
  messages: 'Send large images and PDFs by reference (a `file` source after a Files API upload, or a `url` source) instead of base64, or trim old turns.',
  batch: 'Split the requests over several batches, and send large images and PDFs by reference (`file` or `url` sources) instead of base64.',
};

export default defineRule<MessageIds>({
  id: 'request-size-limit',
  meta: {
    type: 'problem',
    description: 'The serialized request body must fit 32 MB (Messages, count_tokens) or 256 MB (Message Batches)',
    severity: 'error',
    recommended: true,
    messages: {
      tooLarge:
        'The request body serializes to {{size}} ({{bytes}} bytes), over the {{limitText}} limit of {{endpoint}}. The API answers 413 request_too_large "request exceeds the maximum allowed number of bytes". {{culprit}} {{advice}}',
    },
    sources: [
      'https://docs.anthropic.com/de/api/errors (request size limits: 32 MB Messages and token counting, 256 MB Batch API)',
      '@anthropic-ai/sdk (pinned in package.json) core/error.d.ts (ContentTooLargeError, 413), resources/shared.d.ts (RequestBodyTooLargeAfterDecodingError)',
    ],
  },
  checkRequest(context) {
    if (context.inBatch) return; // the batch as a whole is measured in checkBatch
    report(context, context.kind);
  },
  checkBatch(context) {
    // The source's bound (a request file's length) settles most batches without a walk.
    if (context.sizeBound !== undefined && context.sizeBound <= BATCH_LIMIT) return;
    if (!isFullyKnown(context.body)) return;
    // The envelope with `requests: []`, then each request measured where it stands in the array.
    const m = emptyMeasure();
    measure(context.body, [], m, false);
    let known = true;
    const path: (string | number)[] = ['requests', 0];
    return {
      request(item, index) {
        if (!known) return;
        if (!isFullyKnown(item)) {
          known = false;
          return;
        }
        path[1] = index;
        measure(item === undefined ? null : item, path, m, hasPlainStrings(item));
      },
      end(count, open) {
        if (!known || open) return;
        m.other += Math.max(0, count - 1); // the commas between requests
        const over = overLimit(m, BATCH_LIMIT);
        if (over) reportTooLarge(context, 'batch', over);
      },
    };
  },
});

function report(
  context: { body: unknown; sizeBound: number | undefined; report: (r: { messageId: MessageIds; pointer: Pointer; data: Record<string, string | number> }) => void },
  kind: keyof typeof ENDPOINTS,
): void {
  const endpoint = ENDPOINTS[kind];
  // The source's bound (a request file's length) settles most bodies without a walk.
  if (context.sizeBound !== undefined && context.sizeBound <= endpoint.limit) return;
  if (!isFullyKnown(context.body)) return;
  const over = sizeOver(context.body, endpoint.limit);
  if (over) reportTooLarge(context, kind, over);
}

function reportTooLarge(
  context: { report: (r: { messageId: MessageIds; pointer: Pointer; data: Record<string, string | number> }) => void },
  kind: keyof typeof ENDPOINTS,
  over: { bytes: number; largest: { pointer: Pointer; units: number } },
): void {
  const endpoint = ENDPOINTS[kind];
  context.report({
    messageId: 'tooLarge',
    pointer: '',
    data: {
      size: megabytes(over.bytes),
      bytes: over.bytes,
      limitText: endpoint.limitText,
      endpoint: endpoint.path,
      largest: toReadablePath(over.largest.pointer),
      // Name the largest value when it is a real share of the body (a base64 image or PDF); else say the bulk is spread.
      culprit:
        over.largest.units * 10 >= over.bytes
          ? `Start with the largest value, ${toReadablePath(over.largest.pointer)} (about ${megabytes(over.largest.units)}).`
          : `Trim many values: no single one is large (the largest, ${toReadablePath(over.largest.pointer)}, is about ${megabytes(over.largest.units)}).`,
      advice: kind === 'batch' ? ADVICE.batch : ADVICE.messages,
    },
  });
}
