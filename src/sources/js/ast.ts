/**
 * Small AST helpers shared by the JS/TS extraction. Node types are compared as
 * strings so that nothing here loads a parser at runtime.
 */
import { createRequire } from 'node:module';
import type { TSESTree } from '@typescript-eslint/utils';

export type Node = TSESTree.Node;

const SKIP_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments']);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

let visitorKeys: Record<string, readonly string[] | undefined> | undefined;

function keysFor(node: Node): readonly string[] {
  if (visitorKeys === undefined) {
    try {
      const require = createRequire(import.meta.url);
      visitorKeys = (require('@typescript-eslint/visitor-keys') as { visitorKeys: Record<string, readonly string[]> }).visitorKeys;
    } catch {
      visitorKeys = {};
    }
  }
  const known = visitorKeys[node.type];
  if (known) return known;
  // A node type the keys do not know (another parser's extension): every own key.
  return Object.keys(node).filter((k) => !SKIP_KEYS.has(k));
}

/** The child nodes of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (const key of keysFor(node)) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) if (isNode(child)) out.push(child);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out;
}

/**
 * Visits every node once, iteratively (a 10,000-deep expression must not overflow
 * the stack), and sets `parent` pointers on the way (typescript-estree's `parse`
 * does not; ESLint does, with the same values).
 */
export function walk(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const children = childrenOf(node);
    // Pushed in reverse so they are visited in source order.
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      (child as { parent?: Node }).parent = node;
      stack.push(child);
    }
  }
}

/** `x as T`, `x satisfies T`, `<T>x`, `x!`, `x<T>` and optional-chain wrappers: the expression inside. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSNonNullExpression':
      case 'TSInstantiationExpression':
      case 'ChainExpression':
        n = n.expression;
        continue;
      default:
        return n;
    }
  }
}

/** The parent, skipping the wrappers `unwrap` looks through. */
export function outerParent(node: Node): { node: Node; parent: Node | undefined } {
  let n = node;
  let p = n.parent;
  while (p && (p.type === 'TSAsExpression' || p.type === 'TSSatisfiesExpression' || p.type === 'TSTypeAssertion' || p.type === 'TSNonNullExpression' || p.type === 'ChainExpression')) {
    n = p;
    p = n.parent;
  }
  return { node: n, parent: p };
}

/** Name of a non-computed member (`a.b`, `a.#b`) or a computed one with a literal key (`a['b']`). */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) {
    if (node.property.type === 'Identifier') return node.property.name;
    if (node.property.type === 'PrivateIdentifier') return '#' + node.property.name;
    return undefined;
  }
  const p = unwrap(node.property);
  if (p.type === 'Literal' && (typeof p.value === 'string' || typeof p.value === 'number')) return String(p.value);
  if (p.type === 'TemplateLiteral' && p.expressions.length === 0) return p.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Static key of an object property or pattern property, when written statically. */
export function staticPropertyKey(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  const key = property.key;
  if (!property.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'PrivateIdentifier') return '#' + key.name;
    if (key.type === 'Literal') return String(key.value);
    return undefined;
  }
  const k = unwrap(key);
  if (k.type === 'Literal' && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  if (k.type === 'TemplateLiteral' && k.expressions.length === 0) return k.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

export function isFunction(node: Node): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** `require('x')` with a literal specifier → 'x'. */
export function requireSpecifier(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length === 1) {
    const arg = n.arguments[0]!;
    if (arg.type === 'Literal' && typeof arg.value === 'string') return arg.value;
    if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) return arg.quasis[0]?.value.cooked ?? undefined;
  }
  if (n.type === 'ImportExpression') {
    const s = n.source;
    if (s.type === 'Literal' && typeof s.value === 'string') return s.value;
  }
  if (n.type === 'AwaitExpression') return requireSpecifier(n.argument);
  return undefined;
}
