/**
 * `anthropic_version` in a request body: Bedrock and Vertex bodies carry the
 * version there (the platform SDKs keep a value the body already has), and it
 * wins over any header. Source: shared/reference/api-versions.md §4.2, §4.6.
 */
import type { ApiVersion } from '../engine/types.js';

/** The API version whose rules a body's `anthropic_version` selects: "2026-10-21", else the 2023 rules (bedrock-2023-05-31, vertex-2023-10-16). */
export function bodyApiVersion(stated: string): { value: ApiVersion; reason: string } {
  return { value: stated === '2026-10-21' ? '2026-10-21' : '2023-06-01', reason: `the body's "anthropic_version": "${stated}"` };
}
