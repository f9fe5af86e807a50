/**
 * metaSchemaProblem judges common tool schemas by shape before the generic
 * draft 2020-12 validator (rules/helpers/json-schema.ts, plainlyValid). The
 * shortcut may only ever say "valid" where the validator does: on schemas at the
 * edge of what it accepts, and on thousands of random mutations of a tool schema,
 * a problem is reported exactly when the validator rejects the schema.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { metaSchemaProblem } from '../../rules/helpers/json-schema.js';
import { rng } from '../../bench/corpus.js';

// dist/test/rules → dist/validators
const validator = createRequire(import.meta.url)('../../validators/json-schema-2020-12.cjs') as (data: unknown) => boolean;

function agrees(schema: unknown): void {
  const valid = validator(structuredClone(schema));
  const problem = metaSchemaProblem(schema, '/tools/0/input_schema');
  assert.equal(problem === undefined, valid, `${JSON.stringify(schema)}: validator says ${valid ? 'valid' : 'invalid'}, metaSchemaProblem ${JSON.stringify(problem)}`);
}

const EDGES: unknown[] = [
  true,
  false,
  {},
  { type: 'object', properties: { city: { type: 'string', description: 'a city' } }, required: ['city'] },
  { type: 'strin' },
  { type: [] },
  { type: ['string', 'string'] },
  { type: ['string', 'null'] },
  { type: ['string', 1] },
  { type: 1 },
  { required: [] },
  { required: ['a', 'a'] },
  { required: [1] },
  { required: 'a' },
  { enum: [] },
  { enum: 'a' },
  { enum: [1, 'a', null, { b: [] }] },
  { properties: { a: 'x' } },
  { properties: [] },
  { properties: null },
  { properties: { a: true, b: false, c: {} } },
  { properties: { __proto__: { type: 'x' } } },
  { items: [{}] },
  { items: { type: 'string' } },
  { items: { type: 'strng' } },
  { additionalProperties: 1 },
  { additionalProperties: { type: 'integer' } },
  { description: 1 },
  { title: null },
  { format: 1 },
  { format: 'date-time' },
  { minLength: -1 },
  { minLength: 1.5 },
  { minLength: 0 },
  { maxItems: '2' },
  { minimum: '0' },
  { minimum: -1.5, maximum: 1e300 },
  { properties: { a: { properties: { b: { properties: { c: { type: 'x' } } } } } } },
  { properties: { a: { items: { additionalProperties: { required: ['x', 'x'] } } } } },
  { $defs: { c: { type: 'string' } }, properties: { city: { $ref: '#/$defs/c' } } },
  { anyOf: [{ type: 'string' }, { type: 'nope' }] },
];

describe('metaSchemaProblem with its shape shortcut', () => {
  it('agrees with the draft 2020-12 validator at the edges of the shortcut', () => {
    for (const schema of EDGES) agrees(schema);
  });

  it('agrees with the validator on 3,000 random mutations of a tool schema', () => {
    const random = rng(16);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const VALUES: unknown[] = [1, -1, 1.5, 0, 'x', 'string', 'object', 'strng', '', null, true, false, [], ['a'], ['a', 'a'], ['string', 'null'], [1], {}, { type: 'string' }, { type: 'x' }, { a: { type: 'string' } }, { a: 'x' }];
    const KEYS = ['type', 'title', 'description', 'format', 'properties', 'required', 'items', 'additionalProperties', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'enum', 'const', 'default', 'pattern', '$ref', 'anyOf'];
    for (let n = 0; n < 3000; n++) {
      const schema: Record<string, unknown> = { type: 'object', properties: { city: { type: 'string', description: 'city' }, unit: { type: 'string', enum: ['c', 'f'] } }, required: ['city'] };
      const nodes: Record<string, unknown>[] = [schema, schema.properties as Record<string, unknown>, (schema.properties as Record<string, Record<string, unknown>>).city!];
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) pick(nodes)[pick(KEYS)] = structuredClone(pick(VALUES));
      agrees(schema);
    }
  });
});
