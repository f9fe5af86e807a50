/**
 * Reading and building the partial values the evaluation makes (partial.ts):
 * members of known objects and arrays, and comparing fully known values.
 */
import { isOpen, isUnknown, unknownValue } from '../../engine/partial.js';

export function setMember(obj: Record<string, unknown>, key: string, value: unknown): void {
  // A key named `__proto__` is data, never the prototype.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

export function isPrimitive(value: unknown): value is string | number | boolean | null | undefined {
  return value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Two fully known values with the same JSON (and the same member order). */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > 40 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (isUnknown(a) || isUnknown(b) || isOpen(a) || isOpen(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1));
}

/** Own member of a known object/array; Unknown when it may exist unseen. */
export function readMember(obj: unknown, key: string): unknown {
  if (isPlainObject(obj)) {
    if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
    return isOpen(obj) ? unknownValue() : undefined;
  }
  if (Array.isArray(obj) && /^(0|[1-9]\d*)$/.test(key)) {
    const i = Number(key);
    // After an Unknown element (an unknown spread) indices are not known.
    if (obj.slice(0, i + 1).some(isUnknown)) return unknownValue();
    if (i < obj.length) return obj[i];
    return isOpen(obj) ? unknownValue() : undefined;
  }
  return unknownValue();
}
