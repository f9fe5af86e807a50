/**
 * What an identifier is bound to, from a scope manager (ESLint's, which is
 * eslint-scope for espree and @typescript-eslint/scope-manager for TS, or one
 * we analyse ourselves): only the API both share is used.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { outerParent, staticPropertyKey, type Node } from './ast.js';

export type ScopeManager = TSESLint.Scope.ScopeManager;
type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;

/** One step from a destructuring pattern's value to the bound name. */
export type PatternStep =
  | { key: string }
  | { index: number }
  | { restExcept: string[] }
  | { restFrom: number }
  | { default: TSESTree.Expression };

export interface ConstBinding {
  variable: Variable;
  declarator: TSESTree.VariableDeclarator;
  init: TSESTree.Expression;
  /** From the initializer's value to this name (empty for `const x = …`). */
  path: PatternStep[];
}

export type ImportBinding =
  | { kind: 'default' | 'namespace'; source: string }
  | { kind: 'named'; source: string; imported: string };

type Scope = TSESLint.Scope.Scope;

export class Bindings {
  private readonly constCache = new Map<Variable, ConstBinding | null>();
  private readonly scopeCache = new WeakMap<Node, Scope | null>();

  constructor(private readonly scopeManager: ScopeManager) {}

  /** The innermost scope around a node: the nearest ancestor the scope manager made a scope for. */
  private scopeOf(node: Node): Scope | undefined {
    const visited: Node[] = [];
    let found: Scope | null = null;
    for (let n: Node | undefined = node; n; n = n.parent) {
      const cached = this.scopeCache.get(n);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(n);
      const scope = this.scopeManager.acquire(n as never, true) as Scope | null;
      if (scope) {
        found = scope;
        break;
      }
    }
    // The global scope when no ancestor has one (a detached node).
    if (!found) found = (this.scopeManager.globalScope as Scope | null) ?? null;
    for (const v of visited) this.scopeCache.set(v, found);
    return found ?? undefined;
  }

  /**
   * The variable an identifier (a reference or a declaration) names, found through
   * the scope chain; undefined for globals (implicit, or declared by the
   * environment with no definition in the file).
   */
  variableOf(id: Node): Variable | undefined {
    if (id.type !== 'Identifier') return undefined;
    for (let scope = this.scopeOf(id); scope; scope = scope.upper ?? undefined) {
      const variable = scope.set.get(id.name) as Variable | undefined;
      if (variable) return variable.defs.length > 0 ? variable : undefined;
    }
    return undefined;
  }

  /** True when the identifier names nothing defined in the file (a global such as `undefined` or `fetch`). */
  isGlobal(id: Node): boolean {
    return this.variableOf(id) === undefined;
  }

  /**
   * `const x = init` (or a `let`/`var` that is never written again), destructuring
   * included. Undefined for parameters, imports, functions, reassigned variables.
   */
  constBinding(variable: Variable): ConstBinding | undefined {
    const cached = this.constCache.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.computeConstBinding(variable);
    this.constCache.set(variable, found ?? null);
    return found;
  }

  private computeConstBinding(variable: Variable): ConstBinding | undefined {
    if (variable.defs.length !== 1) return undefined;
    const def = variable.defs[0]!;
    if (def.type !== 'Variable') return undefined;
    const declarator = def.node as TSESTree.VariableDeclarator;
    const declaration = def.parent as TSESTree.VariableDeclaration | null;
    if (!declarator.init) return undefined;
    // `for (const x of …)` has no init; `for (const x in …)` neither.
    if (declaration?.kind !== 'const' && variable.references.some((r) => r.isWrite() && !r.init)) return undefined;
    if (declaration?.kind === 'await using' || declaration?.kind === 'using') return undefined;
    const path = patternPath(def.name as Node, declarator.id as Node);
    if (!path) return undefined;
    return { variable, declarator, init: declarator.init, path };
  }

  /** Value references (not types) other than the declaration's own initialisation. */
  valueReferences(variable: Variable): Reference[] {
    return variable.references.filter((r) => !r.init && !(r as { isTypeReference?: boolean }).isTypeReference);
  }

  /** Every expression assigned to the variable with plain `=` (init included); undefined if some write is not plain. */
  writes(variable: Variable): Node[] | undefined {
    const out: Node[] = [];
    for (const def of variable.defs) {
      if (def.type !== 'Variable') return undefined;
      const declarator = def.node as TSESTree.VariableDeclarator;
      if (declarator.id.type !== 'Identifier') return undefined;
      if (declarator.init) out.push(declarator.init);
    }
    for (const ref of variable.references) {
      if (!ref.isWrite() || ref.init) continue;
      const { node, parent } = outerParent(ref.identifier as Node);
      if (parent?.type === 'AssignmentExpression' && parent.left === node && parent.operator === '=') out.push(parent.right);
      else if (parent?.type === 'AssignmentExpression' && parent.left === node && (parent.operator === '??=' || parent.operator === '||=')) out.push(parent.right);
      else return undefined;
    }
    return out;
  }

  importOf(variable: Variable): ImportBinding | undefined {
    if (variable.defs.length !== 1) return undefined;
    const def = variable.defs[0]!;
    if (def.type !== 'ImportBinding') return undefined;
    const spec = def.node as Node;
    const decl = (def.parent ?? spec.parent) as Node | null;
    let source: string | undefined;
    if (decl?.type === 'ImportDeclaration') source = String(decl.source.value);
    if (spec.type === 'TSImportEqualsDeclaration') {
      const ref = spec.moduleReference;
      if (ref.type === 'TSExternalModuleReference' && ref.expression.type === 'Literal') return { kind: 'namespace', source: String(ref.expression.value) };
      return undefined;
    }
    if (source === undefined) return undefined;
    if (spec.type === 'ImportDefaultSpecifier') return { kind: 'default', source };
    if (spec.type === 'ImportNamespaceSpecifier') return { kind: 'namespace', source };
    if (spec.type === 'ImportSpecifier') {
      const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
      return imported === 'default' ? { kind: 'default', source } : { kind: 'named', source, imported };
    }
    return undefined;
  }
}

/** Steps from the declarator's pattern down to the bound identifier, or undefined if the pattern is unusual. */
function patternPath(name: Node, top: Node): PatternStep[] | undefined {
  const steps: PatternStep[] = [];
  let n = name;
  let guard = 0;
  while (n !== top) {
    if (++guard > 100) return undefined;
    const p = n.parent;
    if (!p) return undefined;
    if (p.type === 'Property' && p.parent?.type === 'ObjectPattern' && p.value === n) {
      const key = staticPropertyKey(p);
      if (key === undefined) return undefined;
      steps.unshift({ key });
      n = p.parent;
    } else if (p.type === 'AssignmentPattern' && p.left === n) {
      steps.unshift({ default: p.right });
      n = p;
    } else if (p.type === 'ArrayPattern') {
      const index = p.elements.indexOf(n as TSESTree.DestructuringPattern);
      if (index < 0) return undefined;
      steps.unshift({ index });
      n = p;
    } else if (p.type === 'RestElement' && p.argument === n) {
      const container = p.parent;
      if (container?.type === 'ObjectPattern') {
        const keys: string[] = [];
        for (const prop of container.properties) {
          if (prop.type !== 'Property') continue;
          const key = staticPropertyKey(prop);
          if (key === undefined) return undefined;
          keys.push(key);
        }
        steps.unshift({ restExcept: keys });
        n = container;
      } else if (container?.type === 'ArrayPattern') {
        steps.unshift({ restFrom: container.elements.indexOf(p) });
        n = container;
      } else {
        return undefined;
      }
    } else {
      return undefined;
    }
  }
  return steps;
}
