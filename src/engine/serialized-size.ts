/**
 * An upper bound of the compact JSON size (UTF-8 bytes) of a value parsed from a
 * JSON text of `length` characters (UTF-16 units, or bytes): what a source can
 * say of a body without walking it (CheckContextBase.sizeBound).
 *
 * Compact JSON drops whitespace and writes no escape longer than JSON allows it
 * written, but a character of a string may take 3 bytes in UTF-8, and a number
 * may grow: `1e20` (4 characters) is written 100000000000000000000 (21 bytes),
 * 5.25 a character. No character grows by more, so 6 a character is never below.
 */
export function serializedSizeBound(length: number): number {
  return length * 6;
}
