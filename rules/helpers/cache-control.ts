/**
 * Prompt-cache breakpoints in the order the API processes them: `tools`, then
 * `system`, then `messages` (each list in order). Only the blocks of those
 * lists are visited, not blocks nested inside them, and not the top-level
 * `cache_control` (automatic caching).
 */
import type { Pointer } from '../../src/engine/types.js';
import { join } from '../../src/engine/pointer.js';
import { isObject, isOpen, isUnknown, prop, type JsonObject } from '../../src/engine/values.js';

export interface Breakpoint {
  /** The block that carries the marker. */
  block: JsonObject;
  blockPointer: Pointer;
  /** `<block>/cache_control`. */
  pointer: Pointer;
  section: 'tools' | 'system' | 'messages';
  /** "5m" (also when `ttl` is absent: the default), "1h", another string, or undefined when not known. */
  ttl: string | undefined;
}

function ttlOf(cacheControl: JsonObject): string | undefined {
  const ttl = prop(cacheControl, 'ttl');
  if (typeof ttl === 'string') return ttl;
  if (ttl === undefined && !isOpen(cacheControl)) return '5m';
  if (ttl === null) return '5m';
  return undefined;
}

/**
 * Every block whose `cache_control` is a known object, in processing order.
 * A `cache_control` that is null or absent is no marker; one that is Unknown
 * may be either, so it is left out (counts are lower bounds then).
 */
export function breakpoints(body: JsonObject): Breakpoint[] {
  const out: Breakpoint[] = [];
  const visit = (blocks: unknown, pointer: Pointer, section: Breakpoint['section']): void => {
    if (!Array.isArray(blocks)) return;
    blocks.forEach((block, i) => {
      if (!isObject(block)) return;
      const cc = prop(block, 'cache_control');
      if (!isObject(cc) || isUnknown(cc)) return;
      const blockPointer = join(pointer, i);
      out.push({ block, blockPointer, pointer: join(blockPointer, 'cache_control'), section, ttl: ttlOf(cc) });
    });
  };
  visit(prop(body, 'tools'), '/tools', 'tools');
  visit(prop(body, 'system'), '/system', 'system');
  const messages = prop(body, 'messages');
  if (Array.isArray(messages)) messages.forEach((m, i) => visit(prop(m, 'content'), join('', 'messages', i, 'content'), 'messages'));
  return out;
}
