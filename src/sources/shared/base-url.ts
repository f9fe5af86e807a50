/**
 * Where a client's base URL (JS `baseURL`, Python `base_url`) or a raw request's
 * URL sends the request, one answer for every source language:
 *
 * - `anthropic`: a host under anthropic.com (a hostname, not a path: `/anthropic/`
 *   in a path says nothing).
 * - `other`: any other host — another provider's Anthropic-compatible API
 *   (`https://api.moonshot.ai/anthropic`), a proxy or gateway (LiteLLM,
 *   OpenRouter), and **localhost** / loopback / private addresses: what answers
 *   there is a local proxy or model server (LiteLLM's `localhost:4000`, Ollama's
 *   Anthropic-compatible `localhost:11434`) or a test's mock server, and none of
 *   them is bound to Anthropic's model ids, so judging the ids there would be a
 *   false positive. A text that is no absolute URL is `other` too (the SDK joins
 *   it with the path; it is no Anthropic URL either).
 * - `unknown`: not known statically (`process.env.ANTHROPIC_BASE_URL || …`).
 *
 * The sources then check only Claude model ids on an `other` host (the
 * `gateway` platform) and stay silent on a literal non-Claude id when the base URL
 * is `unknown` (src/sources/shared/claude-request.ts).
 */
import { isUnknown } from '../../engine/partial.js';

export type BaseUrlTarget = 'anthropic' | 'other' | 'unknown';

export const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The hostname of an absolute URL text, parsed as the WHATWG URL parser does. */
export function hostOf(text: string): string | undefined {
  if (!ABSOLUTE.test(text)) return undefined;
  try {
    return new URL(text).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** api.anthropic.com and other hosts under anthropic.com. */
export function isAnthropicHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'anthropic.com' || h.endsWith('.anthropic.com');
}

/** Where an evaluated base URL value sends requests (`undefined`/`None`: the SDK's default; any other non-string: `unknown`). */
export function baseUrlTarget(value: unknown): BaseUrlTarget {
  if (value === undefined || value === null) return 'anthropic';
  if (typeof value !== 'string' || isUnknown(value)) return 'unknown';
  const host = hostOf(value.trim());
  return host !== undefined && isAnthropicHost(host) ? 'anthropic' : 'other';
}
