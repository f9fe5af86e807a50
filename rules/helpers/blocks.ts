/**
 * Walking every content block of a request with its pointer: the blocks of each
 * message, and the blocks nested in them (a tool_result's content, a document's
 * `content` source, a search_result's content, the document of a web fetch
 * result). The API counts nested images and documents like top-level ones.
 */
import type { Pointer } from '../../src/engine/types.js';
import { join, split } from '../../src/engine/pointer.js';
import { hasOwn, isObject, isOpen, isUnknown, prop, stringProp, typeOf, type JsonObject } from '../../src/engine/values.js';
import { perBody } from '../../src/engine/per-body.js';

export interface BlockVisit {
  block: JsonObject;
  /** Relative to the body the rule was given. */
  pointer: Pointer;
  messageIndex: number;
  /** The role of the message it is in, when known. */
  role: string | undefined;
  /** The block it is nested in; undefined for a block of a message's content. */
  parent: JsonObject | undefined;
}

/** Most blocks have no children: one shared empty list rather than one per block. */
const NO_CHILDREN: readonly { items: unknown; pointer: Pointer }[] = [];

/** Array-valued children of a block, by block type. */
function childArrays(block: JsonObject, pointer: Pointer): readonly { items: unknown; pointer: Pointer }[] {
  switch (typeOf(block)) {
    case 'tool_result':
    case 'search_result':
      return [{ items: prop(block, 'content'), pointer: join(pointer, 'content') }];
    case 'document': {
      const source = prop(block, 'source');
      return stringProp(source, 'type') === 'content' ? [{ items: prop(source, 'content'), pointer: join(pointer, 'source', 'content') }] : NO_CHILDREN;
    }
    default:
      return NO_CHILDREN;
  }
}

/** The single nested block of a web fetch result (`content.content`, a document). */
function childBlock(block: JsonObject, pointer: Pointer): { item: unknown; pointer: Pointer } | undefined {
  if (typeOf(block) !== 'web_fetch_tool_result') return undefined;
  const result = prop(block, 'content');
  if (!isObject(result) || !hasOwn(result, 'content')) return undefined;
  return { item: prop(result, 'content'), pointer: join(pointer, 'content', 'content') };
}

/**
 * Calls `visit` for every known block object, a block before the blocks nested
 * in it, in request order. Returns false when something could not be seen (an
 * Unknown message, content or block, or an open array): counts made by the
 * visitor are then lower bounds.
 */
export function forEachContentBlock(body: JsonObject, visit: (v: BlockVisit) => void): boolean {
  // Many rules walk the same body: walk it once, then replay.
  const walked = walkOnce(body);
  for (const v of walked.visits) visit(v);
  return walked.complete;
}

/** The body's block visits, recorded once per body (src/engine/per-body.ts). */
const walkOnce = perBody((body: JsonObject): { visits: BlockVisit[]; complete: boolean } => {
  const visits: BlockVisit[] = [];
  const complete = walkContentBlocks(body, (v) => visits.push(v));
  return { visits, complete };
});

function walkContentBlocks(body: JsonObject, visit: (v: BlockVisit) => void): boolean {
  const messages = prop(body, 'messages');
  if (messages === undefined) return !isOpen(body);
  if (!Array.isArray(messages)) return false;
  let complete = !isOpen(messages);

  const walk = (items: unknown, pointer: Pointer, messageIndex: number, role: string | undefined, parent: JsonObject | undefined): void => {
    if (typeof items === 'string' || items === undefined || items === null) return;
    if (!Array.isArray(items)) {
      complete = false;
      return;
    }
    if (isOpen(items)) complete = false;
    items.forEach((item, i) => {
      if (!isObject(item)) {
        if (isUnknown(item)) complete = false;
        return;
      }
      // A block whose type is not known may be of any type (an image, a document…).
      if (isOpen(item) || isUnknown(prop(item, 'type'))) complete = false;
      const p = join(pointer, i);
      visitOne(item, p, messageIndex, role, parent);
    });
  };

  const visitOne = (block: JsonObject, pointer: Pointer, messageIndex: number, role: string | undefined, parent: JsonObject | undefined): void => {
    visit({ block, pointer, messageIndex, role, parent });
    for (const child of childArrays(block, pointer)) walk(child.items, child.pointer, messageIndex, role, block);
    const single = childBlock(block, pointer);
    if (single) {
      if (isObject(single.item)) visitOne(single.item, single.pointer, messageIndex, role, block);
      else if (isUnknown(single.item)) complete = false;
    }
  };

  messages.forEach((message, i) => {
    if (!isObject(message)) {
      if (isUnknown(message)) complete = false;
      return;
    }
    const content = prop(message, 'content');
    if (content === undefined && isOpen(message)) complete = false;
    walk(content, join('', 'messages', i, 'content'), i, stringProp(message, 'role'), undefined);
  });
  return complete;
}

/** The blocks of one type, with pointers, in request order. */
export function blocksOfType(body: JsonObject, type: string): { blocks: BlockVisit[]; complete: boolean } {
  const blocks: BlockVisit[] = [];
  const complete = forEachContentBlock(body, (v) => {
    if (typeOf(v.block) === type) blocks.push(v);
  });
  return { blocks, complete };
}

/**
 * The path as the API's validation errors spell it: each block and source
 * followed by its type, e.g. `messages.2.content.0.tool_result.content.0.image.source.base64`.
 */
export function apiErrorPath(body: unknown, pointer: Pointer): string {
  const parts: string[] = [];
  let node: unknown = body;
  for (const token of split(pointer)) {
    node = Array.isArray(node) ? node[Number(token)] : prop(node, token);
    parts.push(token);
    const type = typeOf(node);
    if (type !== undefined && (/^\d+$/.test(token) || token === 'source')) parts.push(type);
  }
  return parts.join('.') || 'body';
}
