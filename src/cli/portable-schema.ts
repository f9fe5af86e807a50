/**
 * The exported editor schema must be accepted as is by any validator, Ajv's
 * default strict mode included: the linter's own annotations (`x-message`,
 * `x-api-error`, `x-source`, `x-generated-from`) are not JSON Schema keywords,
 * so they are left out. Only schema positions are walked: a property *named*
 * `x-…` inside `properties` stays.
 */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SUBSCHEMA = ['items', 'additionalProperties', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

export function withoutExtensionKeywords(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.includes(key) && typeof value === 'object' && value !== null) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutExtensionKeywords(sub)]));
    } else if (SUBSCHEMA.includes(key)) {
      out[key] = Array.isArray(value) ? value.map(withoutExtensionKeywords) : withoutExtensionKeywords(value);
    } else if (SUBSCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map(withoutExtensionKeywords);
    } else {
      out[key] = value;
    }
  }
  return out;
}
