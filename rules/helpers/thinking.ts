/**
 * What a body asks of thinking and effort, read without guessing: `undefined`
 * always means "not known" (an Unknown value, or an open object that may hold
 * the member), so checks built on these stay silent then.
 */
import { isObject, isOpen, prop, stringProp, type JsonObject } from '../../src/engine/values.js';

/**
 * `thinking.type` as sent: a string (possibly one the schema rejects), `null`
 * when the body sends no thinking config (absent or `thinking: null`), undefined
 * when not known.
 */
export function thinkingType(body: JsonObject): string | null | undefined {
  const thinking = prop(body, 'thinking');
  if (thinking === undefined) return isOpen(body) ? undefined : null;
  if (thinking === null) return null;
  if (!isObject(thinking)) return undefined;
  return stringProp(thinking, 'type');
}

/**
 * Is thinking explicitly turned on (`enabled` or `adaptive`)? False for
 * `disabled`, `between_tools` and no thinking config; undefined when not known.
 * A model's default (some models think when `thinking` is omitted) is not
 * considered: callers that care combine this with the model's features.
 */
export function isThinkingOn(body: JsonObject): boolean | undefined {
  const type = thinkingType(body);
  if (type === undefined) return undefined;
  return type === 'enabled' || type === 'adaptive';
}

/**
 * `output_config.effort` as sent: a string, `null` when not sent (or sent as
 * null), undefined when not known.
 */
export function effortLevel(body: JsonObject): string | null | undefined {
  const config = prop(body, 'output_config');
  if (config === undefined) return isOpen(body) ? undefined : null;
  if (config === null) return null;
  if (!isObject(config)) return undefined;
  const effort = prop(config, 'effort');
  if (effort === undefined) return isOpen(config) ? undefined : null;
  if (effort === null) return null;
  return typeof effort === 'string' ? effort : undefined;
}

/** The adaptive config that replaces another thinking config, keeping its `display` setting. */
export function adaptiveConfig(thinking: unknown): Record<string, unknown> {
  const display = prop(thinking, 'display');
  return typeof display === 'string' || display === null ? { type: 'adaptive', display } : { type: 'adaptive' };
}

/** Is a block of this type a thinking block (`thinking` or `redacted_thinking`)? */
export function isThinkingBlockType(type: string | undefined): boolean {
  return type === 'thinking' || type === 'redacted_thinking';
}
