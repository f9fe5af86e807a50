/** Top-level request fields: is one sent with a value? */
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
