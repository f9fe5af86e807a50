import rule from '../../rules/tool-input-schema.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const body = (tools: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, tools, messages: [{ role: 'user', content: 'Hi' }] });
const tool = (input_schema: unknown, extra: Record<string, unknown> = {}) => ({ name: 'get_weather', description: 'Weather', input_schema, ...extra });

ruleTable(rule, {
  valid: [
    { name: 'properties and required null: the SDK types them nullable ("not set")', payload: body([tool({ type: 'object', properties: null, required: null })]) },
    { name: 'null properties on a strict tool', payload: body([tool({ type: 'object', properties: null, additionalProperties: false }, { strict: true })]) },
    { name: 'plain schema', payload: body([tool({ type: 'object', properties: { city: { type: 'string', minLength: 1 } }, required: ['city'] })]) },
    { name: '$defs and $ref', payload: body([tool({ type: 'object', $defs: { c: { type: 'string' } }, properties: { city: { $ref: '#/$defs/c' } } })]) },
    { name: 'non-strict tools may leave objects open', payload: body([tool({ type: 'object', properties: { o: { type: 'object' } } })]) },
    {
      name: 'strict with every object closed',
      payload: body([tool({ type: 'object', additionalProperties: false, properties: { o: { type: 'object', properties: {}, additionalProperties: false }, list: { type: 'array', items: { type: 'object', additionalProperties: false } } } }, { strict: true })]),
    },
    { name: 'a draft-07 $schema is not judged on its own', payload: body([tool({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object' })]) },
    { name: 'unknown parts: not meta-validated', payload: body([tool({ type: 'object', required: unknownValue(), properties: { a: { type: 'strng' } } })]) },
    { name: 'strict, unknown additionalProperties', payload: body([tool({ type: 'object', additionalProperties: unknownValue() }, { strict: true })]) },
    { name: 'strict, open node may hold additionalProperties', payload: body([tool(markOpen({ type: 'object', properties: {} }), { strict: true })]) },
    { name: 'server tools have no input_schema', payload: body([{ type: 'memory_20250818', name: 'memory', strict: true }]) },
    { name: 'missing input_schema is request-schema\'s', payload: body([{ name: 'f' }]) },
  ],
  invalid: [
    {
      name: 'misspelled type',
      payload: body([tool({ type: 'object', properties: { city: { type: 'strng' } } })]),
      errors: [{ messageId: 'invalidSchema', pointer: '/tools/0/input_schema/properties/city/type', messageIncludes: 'tools.0.custom.input_schema: JSON schema is invalid' }],
    },
    { name: 'required as a string', payload: body([tool({ type: 'object', required: 'city' })]), errors: [{ messageId: 'invalidSchema', pointer: '/tools/0/input_schema/required', data: { detail: 'must be array' } }] },
    { name: 'draft-04 tuple items', payload: body([tool({ type: 'object', properties: { p: { type: 'array', items: [{ type: 'number' }, { type: 'number' }] } } })]), errors: [{ messageId: 'invalidSchema', pointer: '/tools/0/input_schema/properties/p/items' }] },
    {
      name: 'strict: a nested object left open (fixed by adding false)',
      payload: body([tool({ type: 'object', additionalProperties: false, properties: { address: { type: 'object', properties: { zip: { type: 'string' } } } } }, { strict: true })]),
      errors: [
        {
          messageId: 'strictOpenObject',
          pointer: '/tools/0/input_schema/properties/address/additionalProperties',
          messageIncludes: "For 'object' type, 'additionalProperties' must be explicitly set to false",
          fixed: body([tool({ type: 'object', additionalProperties: false, properties: { address: { type: 'object', properties: { zip: { type: 'string' } }, additionalProperties: false } } }, { strict: true })]),
        },
      ],
    },
    {
      name: 'strict: a map schema is only a suggestion',
      payload: body([tool({ type: 'object', additionalProperties: { type: 'string' } }, { strict: true })]),
      errors: [{ messageId: 'strictOpenObject', pointer: '/tools/0/input_schema/additionalProperties', fixed: null, suggestions: [body([tool({ type: 'object', additionalProperties: false }, { strict: true })])] }],
    },
    {
      name: 'strict: objects in anyOf and $defs',
      payload: body([tool({ type: 'object', additionalProperties: false, $defs: { a: { type: ['object', 'null'] } }, properties: { x: { anyOf: [{ type: 'object' }, { type: 'string' }] } } }, { strict: true })]),
      errors: [
        { messageId: 'strictOpenObject', pointer: '/tools/0/input_schema/properties/x/anyOf/0/additionalProperties' },
        { messageId: 'strictOpenObject', pointer: '/tools/0/input_schema/$defs/a/additionalProperties' },
      ],
    },
  ],
});
