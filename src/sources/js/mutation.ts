/**
 * Mutation analysis: may an object bound to a name change after its initialiser
 * (`messages.push(…)`, `params.x = …`, passed to a function)? When it may, the
 * evaluation does not trust the initialiser and the value is Unknown.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { unknownValue } from '../../engine/partial.js';
import { memberName, outerParent, unwrap, type Node } from './ast.js';
import type { Bindings } from './bindings.js';
import type { FileFacts } from './bookkeeping.js';
import { readMember } from './known-values.js';

type Variable = Parameters<Bindings['valueReferences']>[0];

/** Array methods that leave the array (and its elements) as they are. */
const READ_ONLY_METHODS = new Set([
  'map', 'filter', 'slice', 'concat', 'join', 'includes', 'indexOf', 'lastIndexOf', 'find', 'findIndex', 'findLast', 'findLastIndex',
  'some', 'every', 'forEach', 'reduce', 'reduceRight', 'at', 'flat', 'flatMap', 'entries', 'keys', 'values', 'toString', 'toJSON',
  'toSorted', 'toReversed', 'toSpliced', 'with', 'hasOwnProperty', 'startsWith', 'endsWith', 'trim', 'toLowerCase', 'toUpperCase',
  'split', 'replace', 'replaceAll', 'padStart', 'padEnd', 'charAt', 'substring', 'match', 'test', 'get', 'has',
]);

/** Calls that read their argument without keeping or changing it. */
function isReadOnlyCall(callee: Node): boolean {
  const c = unwrap(callee);
  if (c.type === 'Identifier') return ['fetch', 'String', 'Number', 'Boolean', 'structuredClone', 'encodeURIComponent', 'JSON'].includes(c.name);
  if (c.type === 'MemberExpression') {
    const name = memberName(c);
    const obj = unwrap(c.object);
    if (obj.type === 'Identifier' && (obj.name === 'JSON' || obj.name === 'console')) return true;
    if (obj.type === 'Identifier' && obj.name === 'Object' && (name === 'keys' || name === 'values' || name === 'entries' || name === 'freeze')) return true;
    if (obj.type === 'Identifier' && obj.name === 'Array' && name === 'isArray') return true;
    // The API calls we extract: the SDK does not change the body it is given.
    if (name === 'create' || name === 'stream' || name === 'parse' || name === 'countTokens' || name === 'toolRunner' || name === 'post') return true;
  }
  return false;
}

/**
 * May the object bound to this variable change after its initialiser? Any use
 * that could change it or something reached through it: an assignment to a
 * member, a mutating method call (on it or on a member of it), passing it (or a
 * part of it) to a function, storing it in another object or array that may be
 * changed or passed on, destructuring it into names that may be, aliasing it.
 * `value` is the variable's value, when known: destructured primitives cannot change.
 */
export function mayBeMutated(facts: FileFacts, variable: unknown, depth: number, value?: unknown): boolean {
  const cache = facts.mutated;
  const cached = cache.get(variable);
  if (cached !== undefined) return cached;
  if (depth > 8) return true;
  cache.set(variable, false); // cycles: assume no change while looking
  const result = computeMutated(facts, variable as Variable, depth, value);
  cache.set(variable, result);
  return result;
}

function computeMutated(facts: FileFacts, variable: Variable, depth: number, value: unknown): boolean {
  for (const ref of facts.bindings.valueReferences(variable)) {
    if (ref.isWrite()) return true;
    if (useMayMutate(facts, ref.identifier as Node, depth, value)) return true;
  }
  return false;
}

/** May this use of an object (the identifier, or a literal that holds it) change it? */
function useMayMutate(facts: FileFacts, start: Node, depth: number, startValue: unknown): boolean {
  let node = start;
  let value = startValue;
  let viaMember = false;
  for (let hops = 0; hops < 200; hops++) {
    const up = outerParent(node);
    node = up.node;
    const parent = up.parent;
    if (!parent) return false;
    switch (parent.type) {
      case 'MemberExpression':
        if (parent.object !== node) return false; // a computed key
        viaMember = true;
        value = undefined;
        node = parent;
        continue;
      case 'ConditionalExpression':
        if (parent.test === node) return false;
        node = parent;
        continue;
      case 'LogicalExpression':
      case 'AwaitExpression':
        node = parent;
        continue;
      case 'SequenceExpression':
        if (parent.expressions[parent.expressions.length - 1] !== node) return false;
        node = parent;
        continue;
      case 'Property':
        // Stored in another object literal: what may change that object may change this one.
        if (parent.value !== node || parent.parent?.type !== 'ObjectExpression') return false;
        node = parent.parent;
        viaMember = false;
        value = undefined;
        continue;
      case 'ArrayExpression':
        node = parent;
        viaMember = false;
        value = undefined;
        continue;
      case 'SpreadElement': {
        // `[...x]` and `{...x}` copy the top level; `f(...x)` passes the items.
        const call = parent.parent;
        if (call && (call.type === 'CallExpression' || call.type === 'NewExpression')) return !isReadOnlyCall(call.callee);
        return false;
      }
      case 'AssignmentExpression':
        if (parent.left === node) return true; // assigned through: `x.a = …`
        // `alias = x`: as changeable as the alias; `o.list = x`: held by another object.
        if (parent.operator === '=' && parent.left.type === 'Identifier') {
          const alias = facts.bindings.variableOf(parent.left);
          return !alias || mayBeMutated(facts, alias, depth + 1);
        }
        return true;
      case 'UpdateExpression':
        return true;
      case 'UnaryExpression':
        return parent.operator === 'delete';
      case 'CallExpression':
      case 'NewExpression': {
        if (parent.callee === node) {
          if (!viaMember) return false;
          const callee = unwrap(node);
          const method = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
          return method === undefined || !READ_ONLY_METHODS.has(method);
        }
        return !isReadOnlyCall(parent.callee);
      }
      case 'VariableDeclarator':
        return parent.init === node && declaratorMayMutate(facts, parent, depth, value);
      case 'ForOfStatement':
        // `for (const m of messages) m.content = …` changes the elements.
        return parent.right === node;
      case 'JSXExpressionContainer':
      case 'JSXSpreadAttribute':
        return true; // passed to a component
      case 'PropertyDefinition':
        return parent.value === node; // held by an instance
      default:
        return false;
    }
  }
  return true;
}

/** `const alias = x` or `const { a, b: [c] } = x`: may a name bound here change (a part of) x? */
function declaratorMayMutate(facts: FileFacts, declarator: TSESTree.VariableDeclarator, depth: number, value: unknown): boolean {
  const { bindings } = facts;
  for (const id of boundIdentifiers(declarator.id as Node)) {
    const alias = bindings.variableOf(id);
    if (!alias) return true;
    if (declarator.id.type !== 'Identifier') {
      // A destructured part that is a primitive cannot change anything.
      const path = bindings.constBinding(alias)?.path;
      let part: unknown = path ? value : undefined;
      for (const step of path ?? []) {
        if ('key' in step) part = readMember(part, step.key);
        else if ('index' in step) part = readMember(part, String(step.index));
        else part = unknownValue();
      }
      if (part === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof part)) {
        if (path && path.length > 0) continue;
      }
    }
    if (mayBeMutated(facts, alias, depth + 1, declarator.id.type === 'Identifier' ? value : undefined)) return true;
  }
  return false;
}

/** The names a declaration pattern binds. */
function boundIdentifiers(pattern: Node, out: TSESTree.Identifier[] = [], depth = 0): TSESTree.Identifier[] {
  if (depth > 50) return out;
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties) boundIdentifiers(p.type === 'RestElement' ? p.argument : p.value, out, depth + 1);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements) if (e) boundIdentifiers(e, out, depth + 1);
      break;
    case 'RestElement':
      boundIdentifiers(pattern.argument, out, depth + 1);
      break;
    case 'AssignmentPattern':
      boundIdentifiers(pattern.left, out, depth + 1);
      break;
    default:
      break;
  }
  return out;
}
