/**
 * Partial payloads. A payload built from source code can hold values the linter
 * cannot know statically (a call result, a parameter). Such a value is an
 * `Unknown`; an object or array that may hold more than what is seen (a spread of
 * something unknown) is "open". Checks stay silent on what depends on either.
 *
 * Payloads read from JSON files never contain either.
 */
const UNKNOWN = Symbol.for('lint-payloads.unknown');
const OPEN = Symbol.for('lint-payloads.open');

/** No enumerable own properties: validators see an empty object and their errors at its path are dropped. */
export class Unknown {
  declare readonly [UNKNOWN]: true;
}
Object.defineProperty(Unknown.prototype, UNKNOWN, { value: true });

export const unknownValue = (): Unknown => new Unknown();

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

export function markOpen<T extends object>(value: T): T {
  Object.defineProperty(value, OPEN, { value: true, enumerable: false });
  return value;
}

/** True when the object/array may have members the linter cannot see. */
export function isOpen(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[OPEN] === true;
}

/** Does the payload contain nothing unknown (every value and member known)? */
export function isFullyKnown(value: unknown): boolean {
  if (isUnknown(value)) return false;
  if (typeof value !== 'object' || value === null) return true;
  if (isOpen(value)) return false;
  return Object.values(value).every(isFullyKnown);
}
