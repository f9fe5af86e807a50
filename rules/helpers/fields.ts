/** Top-level request fields: is one sent with a value? */
import type { SuggestionReport } from '../../src/engine/rule.js';
import { isUnknown, prop } from '../../src/engine/values.js';

/**
 * True when the member is present with a known non-null value. Absent, null and
 * Unknown (from code: may be null or absent at run time) all answer false, so
 * checks of forbidden combinations stay silent unless both sides are certain.
 */
export function isSent(obj: unknown, key: string): boolean {
  const value = prop(obj, key);
  return value !== undefined && value !== null && !isUnknown(value);
}

/** The suggestion that removes a top-level field; the rule's `removeField` message takes `{{field}}`. */
export function removeFieldSuggestion(field: string): SuggestionReport<'removeField'> {
  return { messageId: 'removeField', data: { field }, edits: [{ op: 'remove', pointer: `/${field}` }] };
}
