/**
 * tool-input-schema: a custom tool's `input_schema` must be a valid JSON Schema
 * (draft 2020-12), and with `strict: true` every object node must set
 * `additionalProperties: false`. See docs/rules/tool-input-schema.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { isObject, isOpen, prop, type JsonObject } from '../src/engine/values.js';
import { metaSchemaProblem, openObjectNodes } from './helpers/json-schema.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'invalidSchema' | 'strictOpenObject' | 'closeObject';

/** A custom tool: no `type`, or `type: "custom"` (null is the SDK's "not set"). */
const isCustomTool = (tool: unknown): boolean => {
  const type = prop(tool, 'type');
  return type === undefined || type === null || type === 'custom';
};

/**
 * The SDK types the top level's `properties` and `required` as nullable
 * (`Tool.InputSchema`): null there is "not set", not a broken JSON Schema.
 */
function withoutSdkNulls(schema: JsonObject): JsonObject {
  if (prop(schema, 'properties') !== null && prop(schema, 'required') !== null) return schema;
  if (isOpen(schema)) return schema; // a copy would lose what marks it open; nothing is judged on it anyway
  const copy: JsonObject = { ...schema };
  if (copy.properties === null) delete copy.properties;
  if (copy.required === null) delete copy.required;
  return copy;
}

export default defineRule<MessageIds>({
  id: 'tool-input-schema',
  meta: {
    type: 'problem',
    description: "A custom tool's input_schema must be a valid JSON Schema; with strict: true every object node must set additionalProperties: false",
    severity: 'error',
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      invalidSchema:
        '{{tool}}.input_schema is not a valid JSON Schema (draft 2020-12). The API answers 400 "{{apiPath}}.custom.input_schema: JSON schema is invalid. It must match JSON Schema draft 2020-12 (https://json-schema.org/draft/2020-12)." Fix {{path}}: it {{detail}}.',
      strictOpenObject:
        '{{tool}} sets {{strict}}, but the object schema {{node}} does not set {{closed}}. The API answers 400 "{{apiPath}}.custom: For \'object\' type, \'additionalProperties\' must be explicitly set to false". Set it on {{node}}.',
      closeObject: 'Set {{closed}} on {{node}}',
    },
    note: 'With strict tools, every object node of input_schema, nested ones too, must set additionalProperties to false.',
    triggers: { keys: ['input_schema'] },
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (Tool.input_schema: "JSON schema (https://json-schema.org/draft/2020-12)"; Tool.strict)',
      'https://github.com/anthropics/claude-code/issues/7365',
      'https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use',
      'https://platform.claude.com/docs/en/build-with-claude/structured-outputs',
    ],
  },
  checkRequest(context) {
    const tools = prop(context.body, 'tools');
    if (!Array.isArray(tools)) return;
    tools.forEach((tool, i) => {
      if (!isObject(tool) || !isCustomTool(tool)) return;
      const sent = prop(tool, 'input_schema');
      if (!isObject(sent)) return; // absent or not an object: request-schema's
      const schema = withoutSdkNulls(sent);
      const toolPointer = join('', 'tools', i);
      const base = join(toolPointer, 'input_schema');
      // Only a finding needs the tool's paths: most tools have none.
      const toolPaths = (): { tool: string; apiPath: string } => ({ tool: toReadablePath(toolPointer), apiPath: toApiPath(toolPointer) });
      const problem = metaSchemaProblem(schema, base);
      if (problem) {
        context.report({ messageId: 'invalidSchema', pointer: problem.pointer, data: { ...toolPaths(), path: toReadablePath(problem.pointer), detail: problem.detail } });
        return;
      }
      if (prop(tool, 'strict') !== true) return;
      const data = toolPaths();
      const spelling = spellingOf(context);
      for (const open of openObjectNodes(schema, base)) {
        const node = toReadablePath(open.node);
        const closed = spelling.member('additionalProperties', false);
        const close = { messageId: 'closeObject' as const, data: { node, closed }, edits: [{ op: open.missing ? ('add' as const) : ('replace' as const), pointer: open.pointer, value: false }] };
        context.report({
          messageId: 'strictOpenObject',
          pointer: open.pointer,
          data: { ...data, node, closed, strict: spelling.member('strict', true) },
          // Adding the missing member is what the API demands; replacing a map schema changes what input is allowed.
          ...(open.missing ? { fix: close } : { suggest: [close] }),
        });
      }
    });
  },
});
