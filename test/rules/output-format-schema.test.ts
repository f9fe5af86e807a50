import rule from '../../rules/output-format-schema.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Extract.' }], ...extra });
const format = (schema: unknown) => body({ output_config: { format: { type: 'json_schema', schema } } });

ruleTable(rule, {
  valid: [
    { name: 'closed schema', payload: format({ type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } }, required: ['name'], additionalProperties: false }) },
    { name: 'effort only', payload: body({ output_config: { effort: 'low' } }) },
    { name: 'unknown schema', payload: format(unknownValue()) },
    { name: 'unknown nested value: open nodes still need known type', payload: format({ type: 'object', additionalProperties: false, properties: { a: unknownValue() } }) },
  ],
  invalid: [
    {
      name: 'root object left open: fixed by adding false',
      payload: format({ type: 'object', properties: { name: { type: 'string' } } }),
      errors: [
        {
          messageId: 'openObject',
          pointer: '/output_config/format/schema/additionalProperties',
          messageIncludes: "output_config.format.schema: For 'object' type, 'additionalProperties' must be explicitly set to false",
          fixed: format({ type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false }),
        },
      ],
    },
    {
      name: 'nested array items object with additionalProperties true: a suggestion',
      payload: format({ type: 'object', additionalProperties: false, properties: { people: { type: 'array', items: { type: 'object', additionalProperties: true } } } }),
      errors: [{ messageId: 'openObject', pointer: '/output_config/format/schema/properties/people/items/additionalProperties', fixed: null }],
    },
    { name: 'invalid schema', payload: format({ type: 'object', properties: { n: { type: 'integer', minimum: 'zero' } }, additionalProperties: false }), errors: [{ messageId: 'invalidSchema', pointer: '/output_config/format/schema/properties/n/minimum' }] },
    {
      name: 'deprecated beta output_format',
      payload: body({ output_format: { type: 'json_schema', schema: { type: 'object' } } }),
      errors: [{ messageId: 'openObject', pointer: '/output_format/schema/additionalProperties' }],
    },
  ],
});
