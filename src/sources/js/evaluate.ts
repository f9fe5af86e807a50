/**
 * Static evaluation of a call's argument into a partial payload (issue 3 §2).
 *
 * Known: literals, object/array literals, template literals whose parts are
 * known, `as const`/`satisfies`/`<T>x`/`x!`, shorthand properties, computed keys
 * with known values, identifiers bound to `const` initialisers (several hops,
 * destructuring included), spreads of known objects and arrays, members of known
 * objects, `cond ? a : b`, `a ?? b`, `a || b`, `a && b`, arithmetic and string
 * concatenation on known values. Everything else is an Unknown (partial.ts): call
 * results, parameters, reassigned `let`s, imports, `this.x`, and objects that the
 * file may mutate (`messages.push(…)`, `params.x = …`, passed to a function).
 *
 * Every object and array built here is registered with the nodes it came from,
 * so a pointer into the payload maps back to the source (`Registry`).
 *
 * `cond ? a : b` with both branches known and different is a choice point: the
 * extraction evaluates the argument once per branch of each condition, the other
 * conditions left undecided (see `Choices`), and each becomes its own call site.
 * An undecided conditional is Unknown; an undecided conditional spread adds the
 * members both branches agree on and makes the object open.
 *
 * Evaluation is depth-limited (MAX_DEPTH) and step-limited (MAX_STEPS per
 * payload): beyond either, values are Unknown, so no input overflows the stack
 * or takes long.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { isFullyKnown, isOpen, isUnknown, markOpen, unknownValue } from '../../engine/partial.js';
import { memberName, staticPropertyKey, unwrap, type Node } from './ast.js';
import type { PatternStep } from './bindings.js';
import { conditionKey, type Choices, type ContainerInfo, type FileFacts, type MemberInfo, type Registry } from './bookkeeping.js';
import { isPlainObject, isPrimitive, readMember, sameValue, setMember } from './known-values.js';
import { mayBeMutated } from './mutation.js';

export const MAX_DEPTH = 64;
export const MAX_STEPS = 20_000;

/** An undecided conditional spread: what each branch adds (NOTHING for none). */
class Either {
  constructor(readonly options: unknown[]) {}
}

interface Ctx {
  depth: number;
  /** Members registered now may be edited by a fix (see MemberInfo.fixable). */
  fixable: boolean;
}

const NOTHING = Symbol('nothing');

/**
 * A value worth a path of its own when the alternative is not known: a model id,
 * a number, a flag. Not an empty string, `[]` or `{}`: written as a guard
 * (`input || ''`, `history ?? []`) for a case the code never meant to send.
 */
function isPathValue(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || typeof value === 'number' || typeof value === 'boolean';
}

export class Evaluator {
  private steps = 0;
  private readonly inProgress = new Set<unknown>();

  constructor(
    private readonly facts: FileFacts,
    readonly registry: Registry,
    /** Undefined: no forks (a differing conditional is Unknown). */
    private readonly choices: Choices | undefined,
  ) {}

  evaluate(node: Node, fixable = true): unknown {
    return this.value(node, { depth: 0, fixable });
  }

  private unknown(node: Node): unknown {
    const types = this.facts.types;
    if (!types) return unknownValue();
    const narrowed = types.literal(node);
    if (narrowed !== undefined) return narrowed;
    // A union of literals: each member in a run of its own (the extraction keeps what every member gets wrong).
    const members = this.choices ? types.literals(node) : undefined;
    if (members) {
      const picked = this.choices!.pickMember(`${node.range[0]}:${node.range[1]}`, members);
      if (picked !== undefined) return picked;
      return unknownValue();
    }
    // An SDK param type (`block: DocumentBlockParam`): its literal members are known, the rest is open.
    const properties = types.literalProperties(node);
    return properties ? markOpen(properties) : unknownValue();
  }

  private value(node: Node, ctx: Ctx): unknown {
    if (++this.steps > MAX_STEPS || ctx.depth > MAX_DEPTH) return unknownValue();
    const next: Ctx = { depth: ctx.depth + 1, fixable: ctx.fixable };
    switch (node.type) {
      case 'Literal':
        if ('regex' in node && node.regex) return unknownValue();
        if (typeof node.value === 'bigint' || ('bigint' in node && node.bigint)) return unknownValue();
        return node.value;
      case 'TemplateLiteral':
        return this.template(node, next);
      case 'ObjectExpression':
        return this.object(node, next);
      case 'ArrayExpression':
        return this.array(node, next);
      case 'Identifier':
        return this.identifier(node, next);
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSNonNullExpression':
      case 'TSInstantiationExpression':
      case 'ChainExpression': {
        const inner = this.value(node.expression, next);
        return isUnknown(inner) ? this.unknown(node) : inner;
      }
      case 'ConditionalExpression':
        return this.conditional(node, next);
      case 'LogicalExpression':
        return this.logical(node, next);
      case 'UnaryExpression':
        return this.unary(node, next);
      case 'BinaryExpression':
        return this.binary(node, next);
      case 'MemberExpression':
        return this.member(node, next);
      case 'CallExpression': {
        // Object.freeze(x) is x.
        const callee = unwrap(node.callee);
        if (callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'Object' && memberName(callee) === 'freeze' && node.arguments.length === 1 && node.arguments[0]!.type !== 'SpreadElement') {
          return this.value(node.arguments[0]!, next);
        }
        return this.unknown(node);
      }
      default:
        return this.unknown(node);
    }
  }

  private template(node: TSESTree.TemplateLiteral, ctx: Ctx): unknown {
    let out = node.quasis[0]?.value.cooked ?? '';
    for (let i = 0; i < node.expressions.length; i++) {
      const part = this.value(node.expressions[i]!, { ...ctx, fixable: false });
      if (!isPrimitive(part)) return this.unknown(node);
      out += String(part) + (node.quasis[i + 1]?.value.cooked ?? '');
    }
    if (node.quasis.some((q) => q.value.cooked === null)) return this.unknown(node);
    return out;
  }

  private object(node: TSESTree.ObjectExpression, ctx: Ctx): unknown {
    const obj: Record<string, unknown> = {};
    const info: ContainerInfo = { literal: node, fixable: ctx.fixable, members: new Map() };
    let open = false;
    const overrideEarlier = (except: Set<string>, by: Node): void => {
      // Something unseen may set any key written before it.
      for (const key of Object.keys(obj)) {
        if (except.has(key)) continue;
        setMember(obj, key, unknownValue());
        const before = info.members.get(key);
        info.members.set(key, { ...(before?.property ? { property: before.property, keyNode: before.keyNode } : {}), valueNode: by, fixable: false });
      }
    };
    for (const prop of node.properties) {
      if (prop.type === 'SpreadElement') {
        const source = this.spreadSource(prop.argument, { ...ctx, fixable: false });
        if (source === NOTHING || source === null || source === undefined || typeof source === 'number' || typeof source === 'boolean') continue;
        if (source instanceof Either) {
          if (this.spreadEither(obj, info, source, prop, overrideEarlier)) open = true;
          continue;
        }
        if (isPlainObject(source)) {
          const sourceInfo = this.registry.get(source);
          const keys = Object.keys(source);
          for (const key of keys) {
            setMember(obj, key, source[key]);
            const m = sourceInfo?.members.get(key);
            info.members.set(key, { ...(m?.property ? { property: m.property, keyNode: m.keyNode } : {}), valueNode: m?.valueNode ?? prop, fixable: false });
          }
          if (isOpen(source)) {
            overrideEarlier(new Set(keys), prop);
            open = true;
          }
          continue;
        }
        // Unknown (or an array/string spread into an object): any key may come from it.
        overrideEarlier(new Set(), prop);
        open = true;
        continue;
      }
      // `{ __proto__: x }` sets the object's prototype: no member, and JSON.stringify never sends it.
      // (A computed `['__proto__']` or a shorthand `{ __proto__ }` is an own member.)
      if (!prop.computed && !prop.shorthand && prop.kind === 'init' && !prop.method && staticPropertyKey(prop) === '__proto__') continue;
      let key: string | undefined = staticPropertyKey(prop);
      if (key === undefined && prop.computed) {
        const k = this.value(prop.key, { ...ctx, fixable: false });
        if (typeof k === 'string' || typeof k === 'number') key = String(k);
      }
      if (key === undefined) {
        overrideEarlier(new Set(), prop);
        open = true;
        continue;
      }
      const member: MemberInfo = { property: prop, keyNode: prop.key, valueNode: prop.value, fixable: ctx.fixable };
      let v: unknown;
      if (prop.kind !== 'init') v = unknownValue();
      else if (prop.method || this.isFunctionValue(prop.value)) v = undefined;
      else v = this.value(prop.value, ctx);
      if (v === undefined) {
        // JSON.stringify (and the SDK) leave out undefined members, and functions
        // (a toolRunner tool's `run`/`parse`, which the SDK uses itself).
        delete obj[key];
        info.members.delete(key);
        continue;
      }
      setMember(obj, key, v);
      info.members.set(key, member);
    }
    if (open) markOpen(obj);
    this.registry.set(obj, info);
    return obj;
  }

  private array(node: TSESTree.ArrayExpression, ctx: Ctx): unknown {
    const arr: unknown[] = [];
    const info: ContainerInfo = { literal: node, fixable: ctx.fixable, members: new Map() };
    let open = false;
    for (const el of node.elements) {
      if (el === null) {
        info.members.set(String(arr.length), { valueNode: node, fixable: false });
        arr.push(null);
        continue;
      }
      if (el.type === 'SpreadElement') {
        let source = this.spreadSource(el.argument, { ...ctx, fixable: false });
        if (source === NOTHING) continue;
        // An undecided conditional spread: some number of unknown items.
        if (source instanceof Either) source = unknownValue();
        if (Array.isArray(source)) {
          const sourceInfo = this.registry.get(source);
          source.forEach((item, i) => {
            const m = sourceInfo?.members.get(String(i));
            info.members.set(String(arr.length), { ...(m?.property ? { property: m.property } : {}), valueNode: m?.valueNode ?? el, fixable: false });
            arr.push(item);
          });
          if (isOpen(source)) open = true;
          continue;
        }
        // Unknown history: an Unknown element stands for any number of items.
        info.members.set(String(arr.length), { valueNode: el, fixable: false });
        arr.push(unknownValue());
        open = true;
        continue;
      }
      const v = this.value(el, ctx);
      info.members.set(String(arr.length), { valueNode: el, fixable: ctx.fixable });
      // JSON.stringify writes undefined array items as null.
      arr.push(v === undefined ? null : v);
    }
    if (open) markOpen(arr);
    this.registry.set(arr, info);
    return arr;
  }

  /** Is this expression a function: an arrow/function expression, or a name bound to a function declaration or a const one? */
  private isFunctionValue(node: Node): boolean {
    const n = unwrap(node);
    if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') return true;
    if (n.type !== 'Identifier') return false;
    const variable = this.facts.bindings.variableOf(n);
    if (!variable || variable.defs.length !== 1) return false;
    const def = variable.defs[0]!;
    if (def.type === 'FunctionName') return true;
    const binding = this.facts.bindings.constBinding(variable);
    if (!binding || binding.path.length > 0) return false;
    const init = unwrap(binding.init);
    return init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression';
  }

  /**
   * What a spread adds: NOTHING for `...(cond && x)` on the falsy side; an Either
   * of both sides for a conditional whose condition is undecided.
   */
  private spreadSource(node: Node, ctx: Ctx): unknown {
    const n = unwrap(node);
    if (n.type === 'LogicalExpression' && n.operator === '&&') {
      const left = this.value(n.left, { ...ctx, fixable: false });
      if (isUnknown(left)) {
        const right = this.spreadSource(n.right, ctx);
        if (isUnknown(right)) return right;
        return this.decide(n.left, right, NOTHING);
      }
      return left ? this.spreadSource(n.right, ctx) : NOTHING;
    }
    if (n.type === 'ConditionalExpression') {
      const test = this.value(n.test, { ...ctx, fixable: false });
      if (!isUnknown(test) && (isPrimitive(test) || typeof test === 'object')) return this.spreadSource(test ? n.consequent : n.alternate, ctx);
      const a = this.spreadSource(n.consequent, ctx);
      const b = this.spreadSource(n.alternate, ctx);
      if (isUnknown(a) || isUnknown(b)) return this.unknown(n);
      return this.decide(n.test, a, b);
    }
    return this.value(node, ctx);
  }

  /** The branch the choices take for this condition, or an Either of both when it is undecided. */
  private decide(test: Node, truthy: unknown, falsy: unknown): unknown {
    const { key, negated } = conditionKey(test);
    const picked = this.choices?.pick(key);
    if (picked === undefined) {
      const options = [truthy, falsy].flatMap((o) => (o instanceof Either ? o.options : [o]));
      return new Either(options);
    }
    return picked !== negated ? truthy : falsy;
  }

  /**
   * `...(cond ? a : b)` with `cond` undecided: the members every branch has with
   * the same value are known; a member some branch has with another value is
   * Unknown; a member only some branches have may be absent, so the object is
   * open (and an earlier member of that name becomes Unknown).
   */
  private spreadEither(obj: Record<string, unknown>, info: ContainerInfo, either: Either, at: Node, overrideEarlier: (except: Set<string>, by: Node) => void): boolean {
    const options = either.options.map((o) => (o === NOTHING || o === null || o === undefined || typeof o === 'number' || typeof o === 'boolean' ? {} : o));
    if (!options.every(isPlainObject)) {
      overrideEarlier(new Set(), at);
      return true;
    }
    const all = options as Record<string, unknown>[];
    const has = (o: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(o, key);
    const inAll = new Set<string>();
    let open = false;
    const mark = (key: string, value: unknown) => {
      setMember(obj, key, value);
      const before = info.members.get(key);
      info.members.set(key, { ...(before?.property ? { property: before.property, keyNode: before.keyNode } : {}), valueNode: at, fixable: false });
    };
    for (const key of new Set(all.flatMap((o) => Object.keys(o)))) {
      if (all.every((o) => has(o, key))) {
        inAll.add(key);
        const first = all[0]![key];
        const same = isFullyKnown(first) && all.every((o) => sameValue(o[key], first));
        mark(key, same ? first : unknownValue());
      } else {
        open = true;
        if (has(obj, key)) mark(key, unknownValue());
      }
    }
    if (all.some((o) => isOpen(o))) {
      overrideEarlier(inAll, at);
      open = true;
    }
    return open;
  }

  private identifier(node: TSESTree.Identifier, ctx: Ctx): unknown {
    const { bindings } = this.facts;
    if (bindings.isGlobal(node)) {
      if (node.name === 'undefined') return undefined;
      return this.unknown(node);
    }
    const variable = bindings.variableOf(node);
    if (!variable) return this.unknown(node);
    if (variable.defs.length === 1 && variable.defs[0]!.type === 'TSEnumName') return this.enumValue(variable.defs[0]!.node as TSESTree.TSEnumDeclaration, ctx) ?? this.unknown(node);
    const binding = bindings.constBinding(variable);
    if (!binding || this.inProgress.has(variable)) return this.unknown(node);
    const refs = bindings.valueReferences(variable);
    // Fixes may edit a const only when this call is its one reader (and no other module imports it).
    const exported = binding.declarator.parent?.parent?.type === 'ExportNamedDeclaration';
    const singleUse = refs.length === 1 && binding.path.length === 0 && !exported;
    this.inProgress.add(variable);
    try {
      let v = this.value(binding.init, { depth: ctx.depth, fixable: ctx.fixable && singleUse });
      v = this.follow(v, binding.path, ctx);
      if (isUnknown(v)) return this.unknown(node);
      if (typeof v === 'object' && v !== null && mayBeMutated(this.facts, variable, 0, v)) return this.unknown(node);
      return v;
    } finally {
      this.inProgress.delete(variable);
    }
  }

  /** A TS enum as an object of its members (`Model.Fast`). */
  private enumValue(decl: TSESTree.TSEnumDeclaration, ctx: Ctx): Record<string, unknown> | undefined {
    if (decl.declare) return undefined;
    const members = (decl as { body?: { members: TSESTree.TSEnumMember[] } }).body?.members ?? [];
    const out: Record<string, unknown> = {};
    let next: number | undefined = 0;
    for (const member of members) {
      const key = member.id.type === 'Identifier' ? member.id.name : member.id.type === 'Literal' ? String(member.id.value) : undefined;
      if (key === undefined) return undefined;
      let v: unknown;
      if (member.initializer) v = this.value(member.initializer, { ...ctx, fixable: false });
      else v = next;
      if (typeof v === 'number') next = v + 1;
      else next = undefined;
      // A member computed from other members (`B = A * 2`) is not followed.
      setMember(out, key, typeof v === 'number' || typeof v === 'string' ? v : unknownValue());
    }
    return out;
  }

  /** Apply destructuring steps to an initialiser's value. */
  private follow(value: unknown, path: PatternStep[], ctx: Ctx): unknown {
    let v = value;
    for (const step of path) {
      if (isUnknown(v)) return v;
      if ('key' in step) {
        v = readMember(v, step.key);
      } else if ('index' in step) {
        v = readMember(v, String(step.index));
      } else if ('restExcept' in step) {
        if (!isPlainObject(v)) return unknownValue();
        const rest: Record<string, unknown> = {};
        for (const key of Object.keys(v)) if (!step.restExcept.includes(key)) setMember(rest, key, v[key]);
        if (isOpen(v)) markOpen(rest);
        v = rest;
      } else if ('restFrom' in step) {
        if (!Array.isArray(v) || isOpen(v)) return unknownValue();
        v = v.slice(step.restFrom);
      } else if ('default' in step) {
        if (v === undefined) v = this.value(step.default, { ...ctx, fixable: false });
      }
    }
    return v;
  }

  private conditional(node: TSESTree.ConditionalExpression, ctx: Ctx): unknown {
    const test = this.value(node.test, { ...ctx, fixable: false });
    if (!isUnknown(test) && (isPrimitive(test) || typeof test === 'object')) {
      return test ? this.value(node.consequent, ctx) : this.value(node.alternate, ctx);
    }
    const a = this.value(node.consequent, ctx);
    const b = this.value(node.alternate, ctx);
    if (isUnknown(a) || isUnknown(b)) {
      // One branch not known: the other, a value of its own, is sent whenever its branch is taken, so it is checked on that path.
      if (!isPathValue(isUnknown(a) ? b : a)) return this.unknown(node);
    }
    if (isPrimitive(a) && a === b) return a;
    const { key, negated } = conditionKey(node.test);
    const picked = this.choices?.pick(key);
    if (picked === undefined) return this.unknown(node);
    return picked !== negated ? a : b;
  }

  private logical(node: TSESTree.LogicalExpression, ctx: Ctx): unknown {
    const left = this.value(node.left, ctx);
    if (isUnknown(left)) return node.operator === '&&' ? this.unknown(node) : this.fallback(node, left, ctx);
    switch (node.operator) {
      case '??':
        return left === null || left === undefined ? this.value(node.right, ctx) : left;
      case '||':
        return left ? left : this.value(node.right, ctx);
      case '&&':
        return left ? this.value(node.right, ctx) : left;
    }
    return this.unknown(node);
  }

  /**
   * `process.env.MODEL || 'claude-…'`, `x ?? 'claude-…'` with the left side not
   * known: a choice point like `cond ? left : right`, so the fallback, sent
   * whenever the left side is falsy (nullish), is checked on that path.
   */
  private fallback(node: TSESTree.LogicalExpression, left: unknown, ctx: Ctx): unknown {
    const right = this.value(node.right, ctx);
    if (!isPathValue(right)) return this.unknown(node);
    const { key, negated } = conditionKey(node.left);
    // Nullishness is another condition than truthiness: its own key.
    const picked = this.choices?.pick(node.operator === '??' ? `${negated ? '!' : ''}${key} ??` : key);
    if (picked === undefined) return this.unknown(node);
    const leftTaken = node.operator === '??' ? picked : picked !== negated;
    return leftTaken ? left : right;
  }

  private unary(node: TSESTree.UnaryExpression, ctx: Ctx): unknown {
    if (node.operator === 'void') return undefined;
    const v = this.value(node.argument, { ...ctx, fixable: false });
    if (isUnknown(v)) return this.unknown(node);
    switch (node.operator) {
      case '-':
        return typeof v === 'number' ? -v : this.unknown(node);
      case '+':
        return typeof v === 'number' ? v : this.unknown(node);
      case '!':
        return isPrimitive(v) || typeof v === 'object' ? !v : this.unknown(node);
      default:
        return this.unknown(node);
    }
  }

  private binary(node: TSESTree.BinaryExpression, ctx: Ctx): unknown {
    if (node.left.type === 'PrivateIdentifier') return this.unknown(node);
    const l = this.value(node.left, { ...ctx, fixable: false });
    if (isUnknown(l)) return this.unknown(node);
    const r = this.value(node.right, { ...ctx, fixable: false });
    if (isUnknown(r)) return this.unknown(node);
    if (node.operator === '+') {
      if (typeof l === 'string' && isPrimitive(r)) return l + String(r);
      if (typeof r === 'string' && isPrimitive(l)) return String(l) + r;
      if (typeof l === 'number' && typeof r === 'number') return l + r;
      return this.unknown(node);
    }
    if (typeof l !== 'number' || typeof r !== 'number') return this.unknown(node);
    let out: number;
    switch (node.operator) {
      case '-': out = l - r; break;
      case '*': out = l * r; break;
      case '/': out = l / r; break;
      case '%': out = l % r; break;
      case '**': out = l ** r; break;
      default: return this.unknown(node);
    }
    return Number.isFinite(out) ? out : this.unknown(node);
  }

  private member(node: TSESTree.MemberExpression, ctx: Ctx): unknown {
    let key = memberName(node);
    if (key === undefined && node.computed) {
      const k = this.value(node.property, { ...ctx, fixable: false });
      if (typeof k === 'string' || typeof k === 'number') key = String(k);
    }
    if (key === undefined || key.startsWith('#')) return this.unknown(node);
    // Values read through another object are never edited by a fix.
    const obj = this.value(node.object, { ...ctx, fixable: false });
    if (typeof obj === 'string' && key === 'length') return obj.length;
    if (Array.isArray(obj) && key === 'length') return isOpen(obj) ? this.unknown(node) : obj.length;
    const v = readMember(obj, key);
    return isUnknown(v) ? this.unknown(node) : v;
  }
}
