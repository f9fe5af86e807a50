/**
 * Values whose every string, member names included, JSON.stringify writes as
 * itself, one byte a character. A source that can tell from its text says so: a
 * JSON line of ASCII bytes without a backslash holds no escape and no character
 * over one byte (and JSON has no raw control characters in strings). A rule that
 * needs a value's exact serialized size (request-size-limit, over every request of
 * a batch file) then counts those strings by their length instead of scanning each.
 */
const plain = new WeakSet<object>();

export function markPlainStrings(value: unknown): void {
  if (typeof value === 'object' && value !== null) plain.add(value);
}

/** Was `value` marked (see above)? Only objects and arrays are ever marked. */
export function hasPlainStrings(value: unknown): boolean {
  return typeof value === 'object' && value !== null && plain.has(value);
}
