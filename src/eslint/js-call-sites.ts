/**
 * JS/TS files: the call sites the extraction finds (src/sources/js/extract.ts)
 * as analysis targets, with an EditSource over the literal source of each
 * call's payload (for fixes.ts).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Pointer } from '../engine/types.js';
import { get } from '../engine/pointer.js';
import { extractCallSites, mightContainCalls, type CallSite } from '../sources/js/extract.js';
import { unwrap } from '../sources/js/ast.js';
import { jsKey, jsLiteral, type EditSource, type Range, type SourceContainer, type SourceMember } from './fixes.js';
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

type Node = TSESTree.Node;

function rangeOf(node: Node): Range {
  return node.range;
}

/** Written as a literal here, so replacing its text replaces the value exactly. */
function isLiteral(node: Node): boolean {
  const n = unwrap(node);
  switch (n.type) {
    case 'Literal':
      return !('regex' in n && n.regex) && !('bigint' in n && n.bigint);
    case 'TemplateLiteral':
      return n.expressions.length === 0;
    case 'UnaryExpression':
      return (n.operator === '-' || n.operator === '+') && n.argument.type === 'Literal' && typeof n.argument.value === 'number';
    case 'ArrayExpression':
      return n.elements.every((e) => e !== null && e.type !== 'SpreadElement' && isLiteral(e));
    case 'ObjectExpression':
      return n.properties.every((p) => p.type === 'Property' && p.kind === 'init' && !p.method && !p.shorthand && literalKeyRange(p) !== undefined && isLiteral(p.value));
    default:
      return false;
  }
}

/** The key as written when it names the member statically: `a`, `'a'`, `['a']`, `[\`a\`]`. */
function literalKeyRange(property: TSESTree.Property): Range | undefined {
  const key = property.key;
  if (!property.computed) return key.type === 'Identifier' || key.type === 'Literal' ? rangeOf(key) : undefined;
  if (key.type === 'Literal' && typeof key.value === 'string') return rangeOf(key);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return rangeOf(key);
  return undefined;
}

function quoteOf(node: Node): '"' | "'" | undefined {
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return n.raw.startsWith("'") ? "'" : '"';
  return undefined;
}

function sourceMember(node: Node | undefined): SourceMember | undefined {
  if (!node || node.type !== 'Property' || node.kind !== 'init' || node.method) return undefined;
  const value = unwrap(node.value);
  const quote = quoteOf(value);
  return {
    range: rangeOf(node),
    keyRange: literalKeyRange(node),
    // Inside `x as const`, edit the literal and keep the assertion.
    valueRange: rangeOf(value),
    shorthand: node.shorthand,
    literalValue: !node.shorthand && isLiteral(value),
    ...(quote ? { quote } : {}),
  };
}

function sourceContainer(node: Node | undefined): SourceContainer | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'ObjectExpression') {
    return {
      kind: 'object',
      range: rangeOf(n),
      items: n.properties.map((p) => ({ range: rangeOf(p), spread: p.type === 'SpreadElement', literal: p.type === 'Property' && isLiteral(p.value) })),
    };
  }
  if (n.type === 'ArrayExpression') {
    // A hole makes indices ambiguous to edit: no container.
    if (n.elements.some((e) => e === null)) return undefined;
    return {
      kind: 'array',
      range: rangeOf(n),
      items: (n.elements as (TSESTree.Expression | TSESTree.SpreadElement)[]).map((e) => ({ range: rangeOf(e), spread: e.type === 'SpreadElement', literal: e.type !== 'SpreadElement' && isLiteral(e) })),
    };
  }
  return undefined;
}

function editSource(site: CallSite, text: string): EditSource {
  let fileQuote: '"' | "'" | undefined;
  return {
    text,
    padBraces: true,
    keyText: jsKey,
    // A replaced string keeps its quote; new strings take the file's usual one.
    valueText: (value, quote) => jsLiteral(value, quote ?? (fileQuote ??= preferredQuote(text))),
    valueAt: (pointer: Pointer) => get(site.payload, pointer),
    member: (pointer: Pointer) => sourceMember(site.propertyFor(pointer) as Node | undefined),
    container: (pointer: Pointer) => sourceContainer(site.containerFor(pointer) as Node | undefined),
  };
}

/** The quote most string literals of the file use (single in most JS style guides). */
function preferredQuote(text: string): '"' | "'" {
  let single = 0;
  let double = 0;
  for (let i = 0; i < text.length && single + double < 200; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27) single++;
    else if (c === 0x22) double++;
  }
  return single > double ? "'" : '"';
}

export function findCallSites(sourceCode: LintContext['sourceCode'], clients: 'anthropic-only' | 'any-shaped'): Target[] {
  const sites = extractCallSites(sourceCode.ast as TSESTree.Program, {
    clients,
    scopeManager: sourceCode.scopeManager,
    ...(hasTypeInformation(sourceCode) ? { parserServices: sourceCode.parserServices } : {}),
  } as Parameters<typeof extractCallSites>[1]);
  return sites.map((site): Target => {
    const edits = editSource(site, sourceCode.text);
    return {
      payload: site.payload,
      kind: site.kind,
      endpoint: site.endpoint,
      ...(site.platform ? { platform: site.platform } : {}),
      ...(site.origin ? { origin: site.origin } : {}),
      ...(site.streaming !== undefined ? { streaming: site.streaming } : {}),
      ...(site.sdkTimeoutSet !== undefined ? { sdkTimeoutSet: site.sdkTimeoutSet } : {}),
      ...(site.apiVersion ? { apiVersion: site.apiVersion.value } : {}),
      locate(pointer, target) {
        const node = site.nodeFor(pointer, target) as Node;
        return { node, range: node.range };
      },
      edits,
    };
  });
}
