/**
 * Is a call known to stream? The method may say (`.stream()` streams; counting
 * tokens, creating a batch and `parse` never do); otherwise the body's `stream`
 * member, when it is known, or known to be absent.
 */
import { isOpen, isUnknown } from '../../engine/partial.js';

/** What the method says: it streams, it never does, or the body's `stream` decides. */
export type StreamingByMethod = 'streams' | 'never' | 'body';

export function streamingOf(payload: unknown, byMethod: StreamingByMethod): boolean | undefined {
  if (byMethod === 'streams') return true;
  if (byMethod === 'never') return false;
  if (typeof payload !== 'object' || payload === null || isUnknown(payload) || Array.isArray(payload)) return undefined;
  const has = Object.prototype.hasOwnProperty.call(payload, 'stream');
  const stream = has ? (payload as Record<string, unknown>).stream : undefined;
  if (stream === true) return true;
  if (stream === false) return false;
  if (!has && !isOpen(payload)) return false;
  return undefined;
}
