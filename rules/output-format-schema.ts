/**
 * output-format-schema: a structured output's JSON Schema
 * (`output_config.format.schema`, and the deprecated beta `output_format.schema`)
 * must be valid and close every object node with `additionalProperties: false`.
 * See docs/rules/output-format-schema.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { isObject, prop } from '../src/engine/values.js';
import { metaSchemaProblem, openObjectNodes } from './helpers/json-schema.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'invalidSchema' | 'openObject' | 'closeObject';

/** Where a json_schema format can sit: GA `output_config.format`, beta (deprecated) `output_format`. */
const FORMAT_PATHS: readonly (readonly string[])[] = [['output_config', 'format'], ['output_format']];

export default defineRule<MessageIds>({
  id: 'output-format-schema',
  meta: {
    type: 'problem',
    description: 'A structured output schema must be a valid JSON Schema whose object nodes all set additionalProperties: false',
    severity: 'error',
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      invalidSchema:
        '{{schema}} is not a valid JSON Schema (draft 2020-12). The API rejects it with a 400. Fix {{path}}: it {{detail}}.',
      openObject:
        'The object schema {{node}} does not set {{closed}}. The API answers 400 "{{apiPath}}: For \'object\' type, \'additionalProperties\' must be explicitly set to false". Set it on {{node}}.',
      closeObject: 'Set {{closed}} on {{node}}',
    },
    note: 'The API compiles the output schema to constrain the output: every object node, nested ones too, must set additionalProperties to false.',
    triggers: { keys: ['output_format', 'format'] },
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (OutputConfig.format, JSONOutputFormat)',
      '@anthropic-ai/sdk resources/beta/messages/messages.d.ts (output_format, deprecated)',
      'https://platform.claude.com/docs/en/build-with-claude/structured-outputs',
    ],
  },
  checkRequest(context) {
    for (const path of FORMAT_PATHS) {
      let format: unknown = context.body;
      for (const key of path) format = prop(format, key);
      if (!isObject(format) || prop(format, 'type') !== 'json_schema') continue;
      const schema = prop(format, 'schema');
      if (!isObject(schema)) continue; // absent or not an object: request-schema's
      const base = join('', ...path, 'schema');
      const problem = metaSchemaProblem(schema, base);
      if (problem) {
        context.report({ messageId: 'invalidSchema', pointer: problem.pointer, data: { schema: toReadablePath(base), path: toReadablePath(problem.pointer), detail: problem.detail } });
        continue;
      }
      for (const open of openObjectNodes(schema, base)) {
        const node = toReadablePath(open.node);
        const closed = spellingOf(context).member('additionalProperties', false);
        const close = { messageId: 'closeObject' as const, data: { node, closed }, edits: [{ op: open.missing ? ('add' as const) : ('replace' as const), pointer: open.pointer, value: false }] };
        context.report({
          messageId: 'openObject',
          pointer: open.pointer,
          data: { node, closed, apiPath: toApiPath(base) },
          // Adding the missing member is what the API demands; replacing a map schema changes what output is allowed.
          ...(open.missing ? { fix: close } : { suggest: [close] }),
        });
      }
    }
  },
});
