/**
 * tool-name-unique: tool names must be unique across `tools`, server tools'
 * fixed names (web_search, bash, …) included. See docs/rules/tool-name-unique.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { isFullyKnown } from '../src/engine/partial.js';
import { isObject, prop, stringProp } from '../src/engine/values.js';

type MessageIds = 'duplicateName' | 'removeDuplicate';

/** Same JSON, key order aside (two copies of one tool definition). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export default defineRule<MessageIds>({
  id: 'tool-name-unique',
  meta: {
    type: 'problem',
    description: 'Tool names must be unique across tools, server tools included',
    severity: 'error',
    recommended: true,
    fixable: true,
    messages: {
      duplicateName:
        '{{path}} is named "{{name}}", like {{first}}. The API answers 400 "Tool names must be unique". Rename one of them{{serverNote}}.',
      removeDuplicate: 'Remove {{path}}, an exact copy of {{first}}',
    },
    triggers: { keys: ['tools'] },
    sources: ['@anthropic-ai/sdk resources/messages/messages.d.ts (ToolNameConflictError; each server tool type fixes its name)', 'https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use'],
  },
  checkRequest(context) {
    const tools = prop(context.body, 'tools');
    if (!Array.isArray(tools)) return;
    const firstByName = new Map<string, number>();
    tools.forEach((tool, i) => {
      if (!isObject(tool)) return;
      const name = stringProp(tool, 'name');
      if (name === undefined) return; // toolsets carry no name
      const first = firstByName.get(name);
      if (first === undefined) {
        firstByName.set(name, i);
        return;
      }
      const pointer = join('', 'tools', i, 'name');
      const path = toReadablePath(join('', 'tools', i));
      const firstPath = toReadablePath(join('', 'tools', first));
      const serverTool = stringProp(tool, 'type') ?? stringProp(tools[first], 'type');
      const copy = isFullyKnown(tool) && sameJson(tool, tools[first]);
      context.report({
        messageId: 'duplicateName',
        pointer,
        data: {
          path,
          name,
          first: firstPath,
          serverNote: serverTool && serverTool !== 'custom' ? ` (a server tool's name is fixed by its type: rename the custom tool, or keep one version of the server tool)` : '',
        },
        // An exact copy says nothing the first one does not: removing it is safe.
        ...(copy ? { fix: { messageId: 'removeDuplicate' as const, data: { path, first: firstPath }, edits: [{ op: 'remove' as const, pointer: join('', 'tools', i) }] } } : {}),
      });
    });
  },
});
