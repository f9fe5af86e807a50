/**
 * system-message-role: `{role: "system"}` inside `messages` (a mid-conversation
 * system message) on a model released before Claude Opus 4.8, which reject it.
 * See docs/rules/system-message-role.md for why this is a warning.
 */
import { defineRule, type SuggestionReport } from '../src/engine/rule.js';
import type { Edit } from '../src/engine/types.js';
import { join, toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { hasOwn, isObject, isOpen, isUnknown, prop, type JsonObject } from '../src/engine/values.js';
import { lookupModel, type ModelEntry } from '../src/catalogue/catalogue.js';

type MessageIds = 'systemRole' | 'moveToSystem';

/** The first model that accepts them (SDK CHANGELOG 0.100.0, released the same day). */
const FIRST_MODEL_WITH_SYSTEM_MESSAGES = 'claude-opus-4-8';

function rejectsSystemMessages(entry: ModelEntry | undefined): boolean {
  if (!entry || entry.features?.mid_conversation_system_messages === true) return false;
  const cutoff = lookupModel(FIRST_MODEL_WITH_SYSTEM_MESSAGES)?.release_date;
  // No release date (or no cutoff): not known to predate the feature.
  return !!cutoff && !!entry.release_date && entry.release_date < cutoff;
}

/** The message's content as top-level `system` text blocks, when every part is a known text block. */
function asTextBlocks(content: unknown): JsonObject[] | undefined {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  if (!Array.isArray(content) || isOpen(content)) return undefined;
  const ok = content.every((b) => isObject(b) && !isOpen(b) && prop(b, 'type') === 'text' && typeof prop(b, 'text') === 'string');
  return ok ? (content as JsonObject[]) : undefined;
}

/** Edits that move the message's text to the end of the top-level `system`; undefined when that cannot be done blindly. */
function moveEdits(body: JsonObject, index: number, content: unknown): Edit[] | undefined {
  const blocks = asTextBlocks(content);
  if (!blocks) return undefined;
  const remove: Edit = { op: 'remove', pointer: join('', 'messages', index) };
  if (!hasOwn(body, 'system')) {
    return isOpen(body) ? undefined : [remove, { op: 'add', pointer: '/system', value: content }];
  }
  const system = prop(body, 'system');
  if (system === null) return [remove, { op: 'replace', pointer: '/system', value: content }];
  if (typeof system === 'string' && typeof content === 'string') {
    return [remove, { op: 'replace', pointer: '/system', value: system === '' ? content : `${system}\n\n${content}` }];
  }
  const existing = typeof system === 'string' ? (system === '' ? [] : [{ type: 'text', text: system }]) : system;
  if (!Array.isArray(existing) || isOpen(existing) || existing.some(isUnknown)) return undefined;
  return [remove, { op: 'replace', pointer: '/system', value: [...existing, ...blocks] }];
}

export default defineRule<MessageIds>({
  id: 'system-message-role',
  meta: {
    type: 'problem',
    description: 'Models released before Claude Opus 4.8 reject role "system" inside messages: use the top-level system field',
    severity: 'warning',
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      systemRole:
        '{{path}} is a "system" message, which {{model}} does not accept mid-conversation. The API is reported to answer 400 "{{apiPath}}: Unexpected role "system". The input message role must be `user` or `assistant`." Put this text in the top-level `system` field.',
      moveToSystem: 'Move the text of {{path}} to the end of the top-level `system` field',
    },
    note: 'Claude Opus 4.8 was the first model to accept system messages mid-conversation.',
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (MessageParam = UserMessageParam | AssistantMessageParam | SystemMessageParam)',
      '@anthropic-ai/sdk CHANGELOG.md 0.100.0 (2026-05-28: "Add support for claude-opus-4-8, mid-conversation system blocks")',
      'https://docs.rs/gproxy-transform/2.5.2/gproxy_transform/transform/common/claude_mid_conv_system/index.html',
      'https://platform.claude.com/docs/en/api/messages',
    ],
  },
  checkRequest(context) {
    const model = context.model;
    if (!model || !rejectsSystemMessages(model.entry)) return;
    const messages = prop(context.body, 'messages');
    if (!Array.isArray(messages)) return;
    messages.forEach((message, index) => {
      if (prop(message, 'role') !== 'system') return;
      const pointer = join('', 'messages', index);
      const path = toReadablePath(pointer);
      const edits = messages.length > 1 ? moveEdits(context.body, index, prop(message, 'content')) : undefined;
      const move: SuggestionReport<MessageIds> | undefined = edits && { messageId: 'moveToSystem', data: { path }, edits };
      // Only a leading system message with no top-level system yet moves without changing what applies when.
      const safe = index === 0 && !hasOwn(context.body, 'system');
      context.report({
        messageId: 'systemRole',
        pointer: join(pointer, 'role'),
        data: { path, model: model.id, apiPath: toApiPath(join(pointer, 'role')) },
        ...(move ? (safe ? { fix: move } : { suggest: [move] }) : {}),
      });
    });
  },
});
