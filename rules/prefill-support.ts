/**
 * prefill-support: a final assistant message (prefill) is rejected by models
 * without prefill support, by any model when structured output is requested,
 * and with thinking on it must start with a thinking block. Count-tokens bodies
 * are not judged (whether that endpoint applies the prefill rules is unconfirmed).
 */
import { defineRule, type SuggestionReport } from '../src/engine/rule.js';
import { contentBlocks, isObject, isOpen, isUnknown, prop, stringProp, typeOf, type JsonObject } from '../src/engine/values.js';
import type { Endpoint } from '../src/engine/types.js';
import { join } from '../src/engine/pointer.js';
import { finalAssistantMessage } from './helpers/final-message.js';
import { knownModel } from './helpers/model.js';
import { isThinkingOn, thinkingType } from './helpers/thinking.js';
import { SERVER_TOOL_RESULT_TYPES } from './helpers/server-tools.js';

type MessageIds = 'prefillNotSupported' | 'fallbackPrefillNotAllowed' | 'structuredOutputPrefill' | 'prefillNeedsThinkingBlock' | 'removeFinalMessage';

/** Is a member present with a non-null value? undefined when not known. */
function sent(obj: unknown, key: string): boolean | undefined {
  if (!isObject(obj)) return obj === undefined || obj === null ? false : undefined;
  const value = prop(obj, key);
  if (value === undefined) return isOpen(obj) ? undefined : false;
  if (isUnknown(value)) return undefined;
  return value !== null;
}

/**
 * A beta request redeeming a `fallback_credit_token` may append one assistant
 * message even on models without prefill, but not with output_format /
 * output_config.format set or forced tool_choice (SDK doc comment of
 * fallback_credit_token). 'none': no token; undefined: not known.
 */
function fallbackPrefill(body: JsonObject, endpoint: Endpoint): 'none' | 'allowed' | 'not-allowed' | undefined {
  const token = sent(body, 'fallback_credit_token');
  if (token === undefined) return undefined;
  if (!token || endpoint === 'ga') return 'none';
  const toolChoice = prop(body, 'tool_choice');
  const choiceType = isObject(toolChoice) ? stringProp(toolChoice, 'type') : toolChoice === undefined && !isOpen(body) ? 'auto' : toolChoice === null ? 'auto' : undefined;
  const blockers = [sent(body, 'output_format'), sent(prop(body, 'output_config'), 'format'), choiceType === undefined ? undefined : choiceType === 'any' || choiceType === 'tool'];
  if (blockers.includes(true)) return 'not-allowed';
  return blockers.includes(undefined) ? undefined : 'allowed';
}

/** The structured output field the body sends with a known non-null value, if any. */
function structuredOutputField(body: JsonObject): 'output_config.format' | 'output_format' | undefined {
  if (sent(prop(body, 'output_config'), 'format') === true) return 'output_config.format';
  if (sent(body, 'output_format') === true) return 'output_format';
  return undefined;
}

/** Blocks of tools the API runs (server tools, MCP connector tools, beta): a turn paused on them holds these. */
function isServerToolBlock(type: string | undefined): boolean {
  return type === 'server_tool_use' || type === 'mcp_tool_use' || type === 'mcp_tool_result' || (type !== undefined && SERVER_TOOL_RESULT_TYPES.has(type));
}

function blocksOf(message: { message: JsonObject }): unknown[] {
  return contentBlocks(prop(message.message, 'content')) ?? [];
}

/**
 * The final assistant turn: the last message and the assistant messages right
 * before it, in order (the API joins consecutive same-role messages). Undefined
 * when one of them, or a message that may belong to it, is not known.
 */
function finalAssistantTurn(body: JsonObject, lastIndex: number): { message: JsonObject; pointer: string; index: number }[] | undefined {
  const messages = prop(body, 'messages') as unknown[];
  const turn: { message: JsonObject; pointer: string; index: number }[] = [];
  for (let i = lastIndex; i >= 0; i--) {
    const message = messages[i];
    if (!isObject(message)) return undefined;
    const role = prop(message, 'role');
    if (isUnknown(role)) return undefined;
    if (role !== 'assistant') break;
    turn.unshift({ message, pointer: join('', 'messages', i), index: i });
  }
  return turn;
}

export default defineRule<MessageIds>({
  id: 'prefill-support',
  meta: {
    type: 'problem',
    description: 'A final assistant message (prefill) must be supported by the model, cannot be combined with structured output, and must start with a thinking block when thinking is on',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      prefillNotSupported:
        'messages[{{index}}], the last message, is an assistant message (a prefill), which {{model}} does not support. The API answers 400 "This model does not support assistant message prefill. The conversation must end with a user message." End with a user message; steer the format with the system prompt or output_config.format.',
      fallbackPrefillNotAllowed:
        'messages[{{index}}] is a prefill {{model}} rejects: the fallback_credit_token allows one appended assistant message only without {{blocker}}. The API answers 400 invalid_request_error. Remove the final assistant message, or drop {{blocker}}.',
      structuredOutputPrefill:
        'messages[{{index}}] is a prefill, which structured output ({{field}}) does not allow. The API answers 400 invalid_request_error (the structured outputs docs list prefilling as incompatible with JSON outputs). End with a user message (the schema already fixes the shape a prefill used to force), or drop {{field}}.',
      prefillNeedsThinkingBlock:
        'messages[{{index}}] starts with {{found}}, but with thinking "{{thinking}}" a final assistant message must start with a thinking block. The API answers 400 "messages.{{index}}.content.0.type: Expected thinking or redacted_thinking, but found {{found}}. When thinking is enabled, a final assistant message must start with a thinking block …". Remove the prefill or turn thinking off.',
      removeFinalMessage: 'Remove the final assistant {{what}}',
    },
    kinds: ['messages'],
    sources: [
      'https://platform.claude.com/docs/en/api/errors#prefill-not-supported',
      'https://platform.claude.com/docs/en/build-with-claude/extended-thinking',
      '@anthropic-ai/sdk@1.17.0 resources/messages/messages.d.ts (messages doc comment)',
      '@anthropic-ai/sdk@1.17.0 resources/beta/messages/messages.d.ts (fallback_credit_token)',
      'https://platform.claude.com/docs/en/build-with-claude/structured-outputs (feature compatibility: "Message Prefilling: Incompatible with JSON outputs")',
      'https://github.com/anthropics/claude-code/issues/20705',
      'shared reference: models.json features.prefill; messages-api-constraints.md prefill-not-supported, prefill-with-thinking, structured-output-with-prefill',
    ],
  },
  checkRequest(context) {
    const last = finalAssistantMessage(context.body);
    if (!last) return;
    const turn = finalAssistantTurn(context.body, last.index);
    if (!turn) return; // a message of the final turn is not known
    // A turn paused on a server tool (stop_reason "pause_turn") is sent back as-is to let it continue: not a prefill.
    if (turn.some((m) => blocksOf(m).some((b) => isServerToolBlock(typeOf(b))))) return;
    // Removing the prefill removes the whole final turn (last message first, so the pointers stay right).
    const suggest: SuggestionReport<MessageIds>[] =
      last.count > turn.length
        ? [{ messageId: 'removeFinalMessage', data: { what: turn.length > 1 ? `messages (messages[${turn[0]!.index}] to messages[${last.index}], one turn)` : 'message' }, edits: [...turn].reverse().map((m) => ({ op: 'remove' as const, pointer: m.pointer })) }]
        : [];
    const model = knownModel(context);
    if (model?.features.prefill === false) {
      const fallback = fallbackPrefill(context.body, context.endpoint);
      if (fallback === undefined || fallback === 'allowed') return;
      if (fallback === 'not-allowed') {
        const blocker = sent(context.body, 'output_format') ? 'output_format' : sent(prop(context.body, 'output_config'), 'format') ? 'output_config.format' : 'a forced tool_choice';
        context.report({ messageId: 'fallbackPrefillNotAllowed', pointer: last.pointer, data: { model: model.id, index: last.index, blocker }, suggest });
        return;
      }
      context.report({ messageId: 'prefillNotSupported', pointer: last.pointer, data: { model: model.id, index: last.index }, suggest });
      return;
    }
    // Any model (known or not): structured output constrains the whole response, so nothing can continue a prefill.
    const structured = structuredOutputField(context.body);
    if (structured) {
      context.report({ messageId: 'structuredOutputPrefill', pointer: last.pointer, data: { field: structured, index: last.index }, suggest });
      return;
    }
    // Any model (known or not): with thinking on, a prefill must open with the earlier thinking block.
    // Consecutive assistant messages are one turn to the API: the turn's first message is the one that must.
    if (isThinkingOn(context.body) !== true) return;
    const opening = turn[0]!;
    const content = prop(opening.message, 'content');
    // Fallback blocks (beta) split a turn into segments validated by rules not published: stay silent.
    if (turn.some((m) => blocksOf(m).some((b) => typeOf(b) === 'fallback'))) return;
    let first: unknown;
    let pointer = join(opening.pointer, 'content');
    if (typeof content === 'string') first = { type: 'text' };
    else if (Array.isArray(content) && !isOpen(content) && content.length > 0) {
      first = content[0];
      pointer = join(pointer, 0);
    } else return;
    const found = typeOf(first);
    if (found === undefined || found === 'thinking' || found === 'redacted_thinking') return;
    // Thinking blocks later in the message: thinking-block-order reports the order.
    if (turn.some((m) => blocksOf(m).some((b) => typeOf(b) === 'thinking' || typeOf(b) === 'redacted_thinking'))) return;
    context.report({ messageId: 'prefillNeedsThinkingBlock', pointer, data: { thinking: thinkingType(context.body) ?? '', index: opening.index, found }, suggest });
  },
});
