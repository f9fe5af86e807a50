/**
 * Reading payload values safely in checks: own properties only (a key named
 * `constructor` or `__proto__` is data, never an inherited member), and Unknown
 * values (from source code) read as "not known" rather than as a wrong value.
 */
import { isOpen, isUnknown } from './partial.js';

export type JsonObject = Record<string, unknown>;

/** A known plain object (not an array, not Unknown). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

export function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

export function hasOwn(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The member's value, or undefined when absent (never an inherited member). */
export function prop(obj: unknown, key: string): unknown {
  return isObject(obj) && hasOwn(obj, key) ? obj[key] : undefined;
}

/** Is the member present? 'maybe' when the object is open and the member not seen. */
export function presence(obj: JsonObject, key: string): boolean | 'maybe' {
  if (hasOwn(obj, key)) return true;
  return isOpen(obj) ? 'maybe' : false;
}

export function knownString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function knownNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A string field of an object, when present and known. */
export function stringProp(obj: unknown, key: string): string | undefined {
  return knownString(prop(obj, key));
}

export function numberProp(obj: unknown, key: string): number | undefined {
  return knownNumber(prop(obj, key));
}

/** The `type` of a content block/tool/config object, when known. */
export function typeOf(obj: unknown): string | undefined {
  return stringProp(obj, 'type');
}

/** Message content as a block list: a string is one text block; unknown → undefined. */
export function contentBlocks(content: unknown): unknown[] | undefined {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content) ? content : undefined;
}

export { isUnknown, isOpen };
