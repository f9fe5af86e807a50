/**
 * `anthropic_version` in a request body: Bedrock and Vertex bodies carry the
 * version there (the platform SDKs keep a value the body already has), and it
 * wins over any header. Source: shared/reference/api-versions.md §4.2, §4.6.
 */
import type { ApiVersion } from '../engine/types.js';
import { isObject, presence, prop } from '../engine/values.js';

/** The API version whose rules a body's `anthropic_version` selects: "2026-10-21", else the 2023 rules (bedrock-2023-05-31, vertex-2023-10-16). */
export function bodyApiVersion(stated: string): { value: ApiVersion; reason: string } {
  return { value: stated === '2026-10-21' ? '2026-10-21' : '2023-06-01', reason: `the body's "anthropic_version": "${stated}"` };
}

/**
 * What a call's body on a cloud platform says of the call, as every source reads it:
 * a Bedrock or Vertex body's `anthropic_version` (its API version: it wins over the
 * client's and the call's headers), and whether a Bedrock call is a beta call: there
 * the beta names travel in the body (`anthropic_beta`), as the anthropic-beta header
 * does elsewhere, and a body with a spread of something unknown may hold them (as
 * unknown headers may): silent when unknown.
 */
export function platformBody(platform: string, payload: unknown): { apiVersion?: { value: ApiVersion; reason: string }; beta: boolean } {
  const stated = platform === 'bedrock' || platform === 'vertex' ? prop(payload, 'anthropic_version') : undefined;
  return {
    ...(typeof stated === 'string' ? { apiVersion: bodyApiVersion(stated) } : {}),
    beta: platform === 'bedrock' && isObject(payload) && presence(payload, 'anthropic_beta') !== false,
  };
}
