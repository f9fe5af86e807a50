/**
 * What a call's or a client's options say about where a request goes and how:
 * headers (`anthropic-version`, whether any are written), hosts and absolute URLs.
 * Shared by the SDK-call and raw-HTTP extraction.
 */
import type { ApiVersion, ApiVersionOrUnknown } from '../../engine/types.js';
import { API_VERSIONS } from '../../engine/api-versions.js';
import { isOpen, isUnknown } from '../../engine/partial.js';
import { walk, type Node } from './ast.js';

export interface ApiVersionFact {
  value: ApiVersionOrUnknown;
  reason: string;
}

export function headerValue(headers: unknown, name: string): { state: 'absent' | 'unknown' } | { state: 'value'; value: unknown } {
  if (isUnknown(headers) || typeof headers !== 'object' || headers === null || Array.isArray(headers)) return { state: headers === undefined ? 'absent' : 'unknown' };
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) {
      const value = (headers as Record<string, unknown>)[key];
      return isUnknown(value) ? { state: 'unknown' } : { state: 'value', value };
    }
  }
  return { state: isOpen(headers) ? 'unknown' : 'absent' };
}

/** Headers written in the code that may carry anthropic-version but are not known statically: the version is unknown (api-versions.md §4.1 step 6). */
export function unknownVersion(where: string): ApiVersionFact {
  return { value: 'unknown', reason: `the anthropic-version header ${where} is not known statically` };
}

/**
 * Does this options argument, as written, set headers (`headers`, `defaultHeaders`,
 * an `anthropic-version` string)? Options not known statically that do may change
 * the version; an opaque value (`new Anthropic(opts)`, usually apiKey and baseURL)
 * is taken to keep the SDK's default, as a project's manifest says.
 */
export function writesHeaders(arg: Node): boolean {
  let found = false;
  walk(arg, (n) => {
    if (found) return;
    if (n.type === 'Property' && !n.computed && n.key.type === 'Identifier' && (n.key.name === 'headers' || n.key.name === 'defaultHeaders')) found = true;
    else if (n.type === 'Literal' && typeof n.value === 'string' && /^(headers|defaultHeaders|anthropic-version)$/i.test(n.value)) found = true;
  });
  return found;
}

export function apiVersionOf(value: unknown, where: string): ApiVersionFact | undefined {
  if (typeof value === 'string' && (API_VERSIONS as readonly string[]).includes(value)) {
    return { value: value as ApiVersion, reason: `the anthropic-version: ${value} header ${where}` };
  }
  return undefined;
}
