/**
 * Where a value comes from in the code's structure, for tracing a client: the
 * class `this` belongs to, `this.x = …` assignments in a class, what a function
 * returns, the function a name is bound to.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { childrenOf, isFunction, memberName, unwrap, type Node } from './ast.js';
import type { Bindings } from './bindings.js';

/** The class whose instance `this` is here, or undefined when a function rebinds `this`. */
export function enclosingClass(node: Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  let n: Node | undefined = node.parent;
  let child: Node = node;
  while (n) {
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') {
      const p = n.parent;
      const isMethod = p && (p.type === 'MethodDefinition' || (p.type === 'Property' && (p.method || p.kind !== 'init')));
      if (!isMethod || p.type === 'Property') return undefined;
      if (p.type === 'MethodDefinition' && p.static) return undefined;
    }
    if (n.type === 'PropertyDefinition' && n.static && child === n.value) return undefined;
    if (n.type === 'StaticBlock') return undefined;
    if (n.type === 'ClassBody') {
      const cls = n.parent;
      return cls && (cls.type === 'ClassDeclaration' || cls.type === 'ClassExpression') ? cls : undefined;
    }
    child = n;
    n = n.parent;
  }
  return undefined;
}

/** `this.<name> = value` anywhere in the class (not in nested classes or functions that rebind `this`). */
export function thisAssignments(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, name: string): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [cls.body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== cls.body && (node.type === 'ClassDeclaration' || node.type === 'ClassExpression')) continue;
    if (node.type === 'AssignmentExpression' && node.operator === '=' || node.type === 'AssignmentExpression' && (node.operator === '??=' || node.operator === '||=')) {
      const left = unwrap(node.left);
      if (left.type === 'MemberExpression' && unwrap(left.object).type === 'ThisExpression' && memberName(left) === name && enclosingClass(unwrap(left.object)) === cls) out.push(node.right);
    }
    stack.push(...childrenOf(node));
  }
  return out;
}

/** Every `return x` of a function body (not of nested functions); undefined if one returns nothing. */
export function returnedExpressions(body: TSESTree.BlockStatement): Node[] | undefined {
  const out: Node[] = [];
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== body && isFunction(node)) continue;
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') continue;
    if (node.type === 'ReturnStatement') {
      if (!node.argument) return undefined;
      out.push(node.argument);
      continue;
    }
    stack.push(...childrenOf(node));
  }
  return out;
}

export function functionOf(variable: NonNullable<ReturnType<Bindings['variableOf']>>, bindings: Bindings): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0]!;
  if (def.type === 'FunctionName') return def.node as TSESTree.FunctionDeclaration;
  const binding = bindings.constBinding(variable);
  if (!binding || binding.path.length > 0) return undefined;
  const init = unwrap(binding.init);
  return init.type === 'FunctionExpression' || init.type === 'ArrowFunctionExpression' ? init : undefined;
}
