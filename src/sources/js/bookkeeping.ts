/**
 * What the evaluation of a call's payload records, besides the values: where each
 * member of a built object or array was written (`Registry`, so a pointer maps back
 * to the source and a fix can edit it), which branch each condition takes in this
 * run (`Choices`), and the per-file facts every evaluation shares (`FileFacts`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { unwrap, type Node } from './ast.js';
import type { Bindings } from './bindings.js';
import type { TypeInfo } from './type-info.js';

export interface MemberInfo {
  /** The `key: value` written in source, when there is one (also for members copied by a spread). */
  property?: TSESTree.Property;
  /** Node to highlight for the key: the Property's key, when written. */
  keyNode?: Node;
  /** Node of the value as written at this member's place (or the spread that made it unknown). */
  valueNode: Node;
  /** Editing `property` changes this call's payload and nothing else. */
  fixable: boolean;
}

export interface ContainerInfo {
  /** The object/array literal that holds the members. */
  literal: TSESTree.ObjectExpression | TSESTree.ArrayExpression;
  fixable: boolean;
  members: Map<string, MemberInfo>;
}

/** Objects and arrays built by the evaluator → where their members were written. */
export class Registry {
  private readonly containers = new WeakMap<object, ContainerInfo>();
  set(value: object, info: ContainerInfo): void {
    this.containers.set(value, info);
  }
  get(value: unknown): ContainerInfo | undefined {
    return typeof value === 'object' && value !== null ? this.containers.get(value) : undefined;
  }
}

/**
 * Conditions as boolean variables, keyed by their source shape so that the same
 * condition written twice (`a ? x : y` … `a ? z : w`, `!a`) takes the same branch.
 * Only the conditions in the assignment are decided; any other is undecided, so
 * the branches of two different conditions are never combined (they may be
 * linked in ways the linter cannot see: `think` and `opts.think`).
 */
export class Choices {
  private readonly seenSet = new Set<string>();
  readonly seen: string[] = [];
  /** Values whose type is a union of literals, by source position, with their members. */
  readonly unions = new Map<string, (string | number)[]>();
  constructor(
    private readonly assignment: ReadonlyMap<string, boolean> = new Map(),
    /** The member taken for each literal-union value; the others stay unknown. */
    private readonly unionAssignment: ReadonlyMap<string, string | number> = new Map(),
  ) {}
  /** One of `members` when this run assigns the value at `key`, else undefined (unknown). */
  pickMember(key: string, members: (string | number)[]): string | number | undefined {
    if (!this.unions.has(key)) this.unions.set(key, members);
    return this.unionAssignment.get(key);
  }
  /** The branch taken for this condition (true: truthy), or undefined when it is undecided. */
  pick(key: string): boolean | undefined {
    if (!this.seenSet.has(key)) {
      this.seenSet.add(key);
      this.seen.push(key);
    }
    return this.assignment.get(key);
  }
}


export interface FileFacts {
  bindings: Bindings;
  types: TypeInfo | undefined;
  /** Cache: may this variable's object/array be changed after its initialiser? */
  mutated: Map<unknown, boolean>;
  /**
   * The file writes an `anthropic-version` header somewhere: options not known
   * statically (a mutated variable, a factory, a default parameter) may carry it.
   */
  writesVersionHeader: boolean;
}

/** A condition's shape as a key; `!a` is `a` negated, so `a ? … : …` and `!a ? … : …` correlate. */
export function conditionKey(node: Node): { key: string; negated: boolean } {
  let n = unwrap(node);
  let negated = false;
  while (n.type === 'UnaryExpression' && n.operator === '!') {
    negated = !negated;
    n = unwrap(n.argument);
  }
  return { key: shapeKey(n, 0), negated };
}

function shapeKey(node: Node, depth: number): string {
  const n = unwrap(node);
  if (depth > 12) return `@${n.range[0]}`;
  switch (n.type) {
    case 'Identifier':
      return n.name;
    case 'ThisExpression':
      return 'this';
    case 'Literal':
      return JSON.stringify(String(n.value));
    case 'MemberExpression':
      return shapeKey(n.object, depth + 1) + (n.computed ? `[${shapeKey(n.property, depth + 1)}]` : `.${n.property.type === 'Identifier' || n.property.type === 'PrivateIdentifier' ? n.property.name : '?'}`);
    case 'CallExpression':
      return `${shapeKey(n.callee, depth + 1)}(${n.arguments.map((a) => shapeKey(a, depth + 1)).join(',')})`;
    case 'BinaryExpression':
    case 'LogicalExpression':
      return `(${n.left.type === 'PrivateIdentifier' ? '#' : shapeKey(n.left, depth + 1)}${n.operator}${shapeKey(n.right, depth + 1)})`;
    case 'UnaryExpression':
      return `${n.operator}${shapeKey(n.argument, depth + 1)}`;
    default:
      return `@${n.range[0]}`;
  }
}
