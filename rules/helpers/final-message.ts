/**
 * The last message of a request, when it is known: prefill checks look at it.
 * An open `messages` array (a spread of unknown history may come last) or an
 * Unknown last element means the last message is not known.
 */
import type { Pointer } from '../../src/engine/types.js';
import { join } from '../../src/engine/pointer.js';
import { isObject, isOpen, prop, stringProp, type JsonObject } from '../../src/engine/values.js';

export interface FinalMessage {
  message: JsonObject;
  index: number;
  /** `/messages/<index>`, relative to the body. */
  pointer: Pointer;
  role: string;
  /** How many messages the request has. */
  count: number;
}

export function finalMessage(body: JsonObject): FinalMessage | undefined {
  const messages = prop(body, 'messages');
  if (!Array.isArray(messages) || isOpen(messages) || messages.length === 0) return undefined;
  const index = messages.length - 1;
  const message = messages[index];
  if (!isObject(message)) return undefined;
  const role = stringProp(message, 'role');
  if (role === undefined) return undefined;
  return { message, index, pointer: join('', 'messages', index), role, count: messages.length };
}

/** Is the last message a known assistant message (a prefill)? */
export function finalAssistantMessage(body: JsonObject): FinalMessage | undefined {
  const last = finalMessage(body);
  return last?.role === 'assistant' ? last : undefined;
}
