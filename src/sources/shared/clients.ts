/**
 * What a source knows of the client a call goes through, in every language: an
 * Anthropic client (its platform, timeout, version header, beta header, base URL),
 * another library's, or not known. A call that may go through several clients
 * (a variable assigned in branches) keeps only what they all agree on.
 */
import type { ApiVersionOrUnknown } from '../../engine/types.js';
import type { Platform } from '../../engine/rule.js';
import type { BaseUrlTarget } from './base-url.js';

export type ClientInfo =
  | {
      kind: 'anthropic';
      platform: Platform;
      /** The client sets a timeout: true; known not to: false; unknown: undefined. */
      timeout: boolean | undefined;
      /** An anthropic-version header the client sends (or may send: then `unknown`). */
      apiVersion?: { value: ApiVersionOrUnknown; reason: string };
      /** Its default headers carry anthropic-beta (or may): calls go to the beta endpoint. */
      beta?: boolean;
      /** Where its base URL sends requests when that may not be Anthropic's API (base-url.ts); absent: the SDK's default or an Anthropic host. */
      baseUrl?: Exclude<BaseUrlTarget, 'anthropic'>;
    }
  | { kind: 'other' }
  | { kind: 'unknown' };

export const OTHER_CLIENT = { kind: 'other' } as const;
export const UNKNOWN_CLIENT = { kind: 'unknown' } as const;

/** The client of a call that may go through any of `results`. */
export function combineClients(results: readonly ClientInfo[]): ClientInfo {
  if (results.length === 0) return UNKNOWN_CLIENT;
  if (results.some((r) => r.kind === 'other')) return OTHER_CLIENT;
  if (results.some((r) => r.kind === 'unknown')) return UNKNOWN_CLIENT;
  const clients = results as Extract<ClientInfo, { kind: 'anthropic' }>[];
  const first = clients[0]!;
  const same = <K extends 'platform' | 'timeout'>(k: K) => clients.every((c) => c[k] === first[k]);
  // Clients that send different versions: which one a call uses is not known.
  const version = clients.every((c) => c.apiVersion?.value === first.apiVersion?.value)
    ? first.apiVersion
    : { value: 'unknown' as const, reason: 'the call may go through clients that send different anthropic-version headers' };
  return {
    kind: 'anthropic',
    platform: same('platform') ? first.platform : 'unknown',
    timeout: same('timeout') ? first.timeout : undefined,
    ...(version ? { apiVersion: version } : {}),
    ...(clients.some((c) => c.baseUrl === 'other') ? { baseUrl: 'other' as const } : clients.some((c) => c.baseUrl === 'unknown') ? { baseUrl: 'unknown' as const } : {}),
    ...(clients.some((c) => c.beta) ? { beta: true } : {}),
  };
}
