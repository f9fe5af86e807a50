/**
 * The literal source of a JS/TS call's payload, as an EditSource: where each
 * member and container of the payload is written, so that pointer edits become
 * text edits (src/fix/text-edits.ts). Shared by the ESLint rules and `--fix`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Pointer } from '../../engine/types.js';
import { get } from '../../engine/pointer.js';
import type { CallSite } from './extract.js';
import { unwrap } from './ast.js';
import { jsKey, jsLiteral, type EditSource, type Range, type SourceContainer, type SourceMember } from '../../fix/text-edits.js';

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

/** An EditSource over the literal source of one call's payload. */
export function jsEditSource(site: CallSite, text: string): EditSource {
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

