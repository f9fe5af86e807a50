/**
 * JS/TS files: the call sites the extraction finds (src/sources/js/extract.ts)
 * as analysis targets, with an EditSource over the literal source of each
 * call's payload (src/sources/js/edit-source.ts).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { extractCallSites, mightContainCalls } from '../sources/js/extract.js';
import { jsEditSource } from '../sources/js/edit-source.js';
import type { LintContext, Target } from './analysis.js';

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

export function findCallSites(sourceCode: LintContext['sourceCode'], clients: 'anthropic-only' | 'any-shaped'): Target[] {
  const sites = extractCallSites(sourceCode.ast as TSESTree.Program, {
    clients,
    scopeManager: sourceCode.scopeManager,
    ...(hasTypeInformation(sourceCode) ? { parserServices: sourceCode.parserServices } : {}),
  } as Parameters<typeof extractCallSites>[1]);
  return sites.map((site): Target => {
    const edits = jsEditSource(site, sourceCode.text);
    return {
      payload: site.payload,
      kind: site.kind,
      endpoint: site.endpoint,
      ...(site.platform ? { platform: site.platform } : {}),
      ...(site.origin ? { origin: site.origin } : {}),
      ...(site.streaming !== undefined ? { streaming: site.streaming } : {}),
      ...(site.sdkTimeoutSet !== undefined ? { sdkTimeoutSet: site.sdkTimeoutSet } : {}),
      ...(site.apiVersion ? { apiVersion: site.apiVersion.value } : {}),
      ...(site.alternatives ? { alternatives: site.alternatives } : {}),
      locate(pointer, target) {
        const node = site.nodeFor(pointer, target) as TSESTree.Node;
        return { node, range: node.range };
      },
      edits,
    };
  });
}
