/**
 * JS/TS files under ESLint: the call sites the extraction finds in ESLint's AST
 * (src/sources/js/extract.ts), as the JS/TS source's located payloads.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { extractCallSites, mightContainCalls } from '../sources/js/extract.js';
import { toLocated } from '../sources/js/index.js';
import type { LocatedPayload } from '../sources/types.js';
import type { LintContext } from './analysis.js';

/**
 * Cheap text test before any extraction, the same the CLI uses (so both find the
 * same calls): most files never mention `messages` next to an Anthropic import.
 * With type information a client made elsewhere is recognised by its type, so
 * the file need not name Anthropic: only `messages` is required then.
 */
export function mightCallApi(sourceCode: LintContext['sourceCode'], clients: 'anthropic-only' | 'any-shaped'): boolean {
  return mightContainCalls(sourceCode.text, hasTypeInformation(sourceCode) ? 'any-shaped' : clients);
}

function hasTypeInformation(sourceCode: LintContext['sourceCode']): boolean {
  return Boolean((sourceCode.parserServices as { program?: unknown } | undefined)?.program);
}

export function findCallSites(sourceCode: LintContext['sourceCode'], clients: 'anthropic-only' | 'any-shaped'): LocatedPayload[] {
  const sites = extractCallSites(sourceCode.ast as TSESTree.Program, {
    clients,
    scopeManager: sourceCode.scopeManager,
    ...(hasTypeInformation(sourceCode) ? { parserServices: sourceCode.parserServices } : {}),
  } as Parameters<typeof extractCallSites>[1]);
  // The same located payloads as the CLI's JS/TS source gives.
  return sites.map((site) => toLocated(site, sourceCode.text));
}
