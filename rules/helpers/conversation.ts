/**
 * The conversation as the API reads it, for checks that depend on which message
 * follows which (tool_use → tool_result pairing, block order within a message).
 *
 * Partial payloads: an Unknown element of `messages` (a spread of unknown
 * history) or a message whose role is not known breaks the conversation into
 * runs; adjacency is only claimed inside a run. An open `messages` array may
 * have unseen messages before the first and after the last seen one.
 *
 * Consecutive messages of the same role are joined into one turn by the API
 * (messages-api-constraints.md `consecutive-same-role`), so pairing works on
 * turns, never on single messages.
 */
import type { Endpoint, Pointer } from '../../src/engine/types.js';
import { join } from '../../src/engine/pointer.js';
import { isObject, isOpen, isUnknown, prop, stringProp, typeOf, type JsonObject } from '../../src/engine/values.js';
import { SERVER_TOOL_RESULT_TYPES } from './server-tools.js';
import { perBody } from '../../src/engine/per-body.js';

export interface BlockRef {
  /** The block value: a known object, or another known value the schema rejects. */
  block: unknown;
  type: string | undefined;
  /** `/messages/i/content/j`; for string content, `/messages/i/content` (the string is one text block). */
  pointer: Pointer;
  /** Every block before it in its message (or turn) is known: its position is certain. */
  settled: boolean;
}

export interface ContentView {
  blocks: BlockRef[];
  /** No block may be missing from `blocks` (no Unknown content, block or open array). */
  complete: boolean;
  /** The content is a string (one text block). */
  isString: boolean;
}

export interface MessageRef {
  message: JsonObject;
  index: number;
  pointer: Pointer;
  role: string;
  content: ContentView;
}

export interface Turn {
  role: string;
  messages: MessageRef[];
  /** The blocks of all its messages in order; `settled` is relative to the turn. */
  blocks: BlockRef[];
  complete: boolean;
}

export interface Run {
  turns: Turn[];
  /** Nothing unseen comes before the run: its first turn opens the conversation. */
  atStart: boolean;
  /** Nothing unseen comes after it: its last turn ends the conversation. */
  atEnd: boolean;
}

/**
 * Does the request continue a conversation whose history the server holds
 * (beta `thread: {type: "continue"}`: "only the new turn's messages are sent")?
 * Then its first message is not the start of the conversation. A `thread` that
 * is not known may be one.
 */
export function continuesServerHistory(body: JsonObject, endpoint: Endpoint): boolean {
  // Threads are beta: a GA call never continues one, whatever a spread may add.
  if (endpoint === 'ga') return false;
  const thread = prop(body, 'thread');
  if (thread === undefined) return isOpen(body);
  if (thread === null) return false;
  if (!isObject(thread)) return isUnknown(thread);
  const type = prop(thread, 'type');
  return type === 'continue' || isUnknown(type) || (type === undefined && isOpen(thread));
}

/** The content of a message as a block list, with what could not be seen. */
export function contentView(message: JsonObject, messagePointer: Pointer): ContentView {
  const content = prop(message, 'content');
  const pointer = join(messagePointer, 'content');
  if (typeof content === 'string') {
    return { blocks: [{ block: { type: 'text', text: content }, type: 'text', pointer, settled: true }], complete: true, isString: true };
  }
  if (!Array.isArray(content)) {
    // Absent content is a schema error, unless the message is open and may supply it.
    return { blocks: [], complete: content === undefined && !isOpen(message), isString: false };
  }
  const blocks: BlockRef[] = [];
  let settled = true;
  let complete = !isOpen(content);
  content.forEach((block, j) => {
    if (isUnknown(block)) {
      settled = false;
      complete = false;
      return;
    }
    // A block whose type is unknown may be of any type: it is kept, but its type says nothing.
    if (isObject(block) && (isOpen(block) || isUnknown(prop(block, 'type')))) complete = false;
    blocks.push({ block, type: typeOf(block), pointer: join(pointer, j), settled });
  });
  return { blocks, complete, isString: false };
}

// Several rules read the same conversation: build the views once per body (src/engine/per-body.ts).
/** Every known message with a known role, in order (no adjacency implied). */
export const knownMessages: (body: JsonObject) => MessageRef[] = perBody((body: JsonObject) => computeKnownMessages(body));

/**
 * A message's view; its content view is made on first use (most rules that list
 * messages read only their role and content value), and once for every view
 * that holds the message (knownMessages and the turns of conversationRuns share these).
 */
class KnownMessage implements MessageRef {
  #content: ContentView | undefined;
  constructor(
    readonly message: JsonObject,
    readonly index: number,
    readonly pointer: Pointer,
    readonly role: string,
  ) {}
  get content(): ContentView {
    return (this.#content ??= contentView(this.message, this.pointer));
  }
}

function computeKnownMessages(body: JsonObject): MessageRef[] {
  const messages = prop(body, 'messages');
  if (!Array.isArray(messages)) return [];
  const out: MessageRef[] = [];
  messages.forEach((message, index) => {
    if (!isObject(message)) return;
    const role = stringProp(message, 'role');
    if (role === undefined) return;
    out.push(new KnownMessage(message, index, join('', 'messages', index), role));
  });
  return out;
}

function toTurn(messages: MessageRef[]): Turn {
  const blocks: BlockRef[] = [];
  let settled = true;
  let complete = true;
  for (const m of messages) {
    // A block is settled in the turn when it is in its message and every message before it is complete: a copy only when that differs.
    for (const b of m.content.blocks) blocks.push(settled || !b.settled ? b : { ...b, settled: false });
    if (!m.content.complete) {
      complete = false;
      settled = false;
    }
  }
  return { role: messages[0]!.role, messages, blocks, complete };
}

/** The conversation split into runs of adjacent known messages, each grouped into turns. */
export const conversationRuns: (body: JsonObject) => Run[] = perBody((body: JsonObject) => computeConversationRuns(body));

function computeConversationRuns(body: JsonObject): Run[] {
  const messages = prop(body, 'messages');
  if (!Array.isArray(messages)) return [];
  const open = isOpen(messages);
  const runs: Run[] = [];
  let current: MessageRef[][] = [];
  let atStart = !open;

  const close = (atEnd: boolean): void => {
    if (current.length > 0) runs.push({ turns: current.map(toTurn), atStart, atEnd });
    current = [];
    atStart = false;
  };

  // The known messages, in order; an element between them that is not one (not a known object, or no known role) breaks the run.
  const breaksRun = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (i in messages) return true;
    return false;
  };
  let next = 0;
  for (const ref of knownMessages(body)) {
    if (breaksRun(next, ref.index)) close(false);
    next = ref.index + 1;
    const last = current[current.length - 1];
    if (last && last[0]!.role === ref.role) last.push(ref);
    else current.push([ref]);
  }
  if (breaksRun(next, messages.length)) close(false);
  close(!open);
  return runs;
}

/**
 * The tool-use loop a request continues, when it ends in one: the conversation
 * ends with a user turn holding only `tool_result` blocks, and walking back,
 * assistant turns alternate with such user turns up to a user turn that holds
 * no `tool_result` (a new question). The API treats that whole loop as one
 * assistant turn, still in progress (the thinking docs: "A tool-use loop is one
 * assistant turn"). Returns the loop's assistant turns, first to last.
 *
 * Undefined when the end or the start of the loop is not certain: messages not
 * known, an open end, a user turn mixing `tool_result` with other blocks (whether
 * such a turn continues the loop or starts a new one is not documented), a role
 * other than user/assistant, or no opening question before the loop.
 */
export function openToolLoop(body: JsonObject): Turn[] | undefined {
  const runs = conversationRuns(body);
  const run = runs[runs.length - 1];
  if (!run?.atEnd) return undefined;
  const turns = run.turns;
  const loop: Turn[] = [];
  let i = turns.length - 1;
  if (toolResultsOnly(turns[i]) !== true) return undefined;
  for (i -= 1; i >= 1; i -= 2) {
    const assistant = turns[i]!;
    const before = turns[i - 1]!;
    if (assistant.role !== 'assistant') return undefined;
    loop.unshift(assistant);
    const onlyResults = toolResultsOnly(before);
    if (onlyResults === false) return loop;
    if (onlyResults === undefined) return undefined;
  }
  return undefined;
}

/**
 * Does a user turn hold only `tool_result` blocks (true), none at all (false)?
 * Undefined for anything else: another role, blocks not all known, no blocks, or a mix.
 */
function toolResultsOnly(turn: Turn | undefined): boolean | undefined {
  if (!turn || turn.role !== 'user' || !turn.complete || turn.blocks.length === 0) return undefined;
  const results = turn.blocks.filter((b) => b.type === 'tool_result').length;
  if (results === turn.blocks.length) return true;
  return results === 0 ? false : undefined;
}

/** The turn that ends the conversation, when the end is known (no open `messages`, no Unknown last message). */
export function finalTurn(body: JsonObject): Turn | undefined {
  const runs = conversationRuns(body);
  const run = runs[runs.length - 1];
  return run?.atEnd ? run.turns[run.turns.length - 1] : undefined;
}

/**
 * Does a turn hold blocks of tools the API runs (server tools, MCP connector
 * tools)? A turn paused on them (stop_reason "pause_turn") is sent back as-is
 * for the API to continue it, so it is not a prefill.
 */
export function holdsServerToolBlocks(turn: Turn): boolean {
  return turn.blocks.some(({ type }) => type === 'server_tool_use' || type === 'mcp_tool_use' || type === 'mcp_tool_result' || (type !== undefined && SERVER_TOOL_RESULT_TYPES.has(type)));
}
