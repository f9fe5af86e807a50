/**
 * Static evaluation of Python expressions into partial payloads (issue 11 §2).
 *
 * Known: str/int/float/bool/None literals, implicit concatenation, f-strings whose
 * replacements are known (no conversion or format spec; with unknown ones, a
 * PartialString of the known pieces), dict/list/tuple
 * displays, `**spread` of a known dict, `dict(k=v)`, the SDK's TypedDict
 * constructors (`MessageParam(role=…, content=…)`), names bound once in their
 * scope (not a list or dict the code changes later), `x["k"]`, `a if c else b`
 * per branch (see Choices), `+`/`-`/`*` on known values, and list
 * comprehensions as an open list of their element template. Everything else is
 * an Unknown (src/engine/partial.ts). `NOT_GIVEN`, `NotGiven()` and `omit` are
 * "not sent" (OMIT).
 *
 * Every dict and list built is registered with the nodes it came from, so a
 * pointer into the payload maps back to the source (Registry).
 */
import { isOpen, isUnknown, markOpen, partialString, PartialString, unknownValue } from '../../engine/partial.js';
import type { Range } from '../../fix/text-edits.js';
import type { Scopes } from './scope.js';
import { argumentsOf, dictEntries, elements, kids, member, numberValue, parts, stringValue, textOf, unescape, unwrap, type PyNode } from './syntax.js';

export const MAX_DEPTH = 48;
export const MAX_STEPS = 20_000;

/** A value that is not sent (`NOT_GIVEN`, `omit`): the member is left out. */
export const OMIT: unique symbol = Symbol('not given');

export interface MemberInfo {
  /** The keyword or dict key as written. */
  keyNode?: PyNode;
  valueNode: PyNode;
  /** The whole `name=value` / `"key": value`. */
  range?: Range;
  /** Where the key's name is written (a keyword argument's name, a str key token). */
  keyRange?: Range;
  /** A keyword argument (`name=value`), not a dict entry. */
  keyword: boolean;
  /** Editing it changes this call's payload and nothing else. */
  fixable: boolean;
  /** The value is written here literally. */
  literal: boolean;
  quote?: '"' | "'";
}

export interface ContainerInfo {
  node: PyNode;
  kind: 'object' | 'array';
  /** `f(a=1)` / `dict(a=1)`: keyword arguments; a dict display: `{"a": 1}`. */
  keywords: boolean;
  fixable: boolean;
  members: Map<string, MemberInfo>;
  items: { range: Range; spread: boolean; literal: boolean }[];
}

export class Registry {
  private readonly map = new WeakMap<object, ContainerInfo>();
  set(value: object, info: ContainerInfo): void {
    this.map.set(value, info);
  }
  get(value: unknown): ContainerInfo | undefined {
    return typeof value === 'object' && value !== null ? this.map.get(value) : undefined;
  }
}

/** Conditions by their source text (`not c` is c negated): a run decides some, the rest stay undecided. */
export class Choices {
  readonly seen: string[] = [];
  constructor(private readonly assignment: ReadonlyMap<string, boolean> = new Map()) {}
  pick(condition: string): boolean | undefined {
    if (!this.seen.includes(condition)) this.seen.push(condition);
    return this.assignment.get(condition);
  }
}

export interface EvalContext {
  text: string;
  scopes: Scopes;
  /** Is this name-or-member the SDK's TypedDict (anthropic.types…)? */
  isSdkTypedDict(callee: PyNode): boolean;
}

const COMPREHENSIONS = new Set(['ArrayComprehensionExpression', 'DictionaryComprehensionExpression', 'SetComprehensionExpression', 'ComprehensionExpression']);

function isPrimitive(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function isDict(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v);
}

function setMember(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Python's truthiness of a known value. */
function truthy(v: unknown): boolean | undefined {
  if (isUnknown(v) || isOpen(v)) return undefined;
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isDict(v)) return Object.keys(v).length > 0;
  return true;
}

/** Python's str() of a known primitive, as an f-string replacement gives it. */
function pyStr(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null) return 'None';
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  return undefined;
}

export function quoteOf(raw: string): '"' | "'" | undefined {
  const m = /^[A-Za-z]*(['"])/.exec(raw);
  return m ? (m[1] as '"' | "'") : undefined;
}

export class Evaluator {
  private steps = 0;
  constructor(
    private readonly ctx: EvalContext,
    readonly registry: Registry,
    readonly choices: Choices | undefined,
  ) {}

  private unknown(): unknown {
    return unknownValue();
  }

  value(node: PyNode, fixable: boolean, depth = 0): unknown {
    if (depth > MAX_DEPTH || ++this.steps > MAX_STEPS) return this.unknown();
    const n = unwrap(node);
    const next = depth + 1;
    const { text } = this.ctx;
    switch (n.name) {
      case 'String': {
        const v = stringValue(textOf(text, n));
        return v === undefined ? this.unknown() : v;
      }
      case 'FormatString':
        return this.formatString(n, next);
      case 'ContinuedString': {
        const pieces: (string | null)[] = [];
        for (const p of parts(n)) {
          const v = this.value(p, false, next);
          if (typeof v === 'string') pieces.push(v);
          else if (v instanceof PartialString) pieces.push(...v.parts);
          else return this.unknown();
        }
        return partialString(pieces);
      }
      case 'Number': {
        const v = numberValue(textOf(text, n));
        return v === undefined ? this.unknown() : v;
      }
      case 'Boolean':
        return textOf(text, n) === 'True';
      case 'None':
        return null;
      case 'DictionaryExpression':
        return this.dict(n, fixable, next);
      case 'ArrayExpression':
      case 'TupleExpression':
        return this.list(n, fixable, next);
      case 'ArrayComprehensionExpression':
        return this.comprehension(n, next);
      case 'VariableName':
        return this.name(n, next);
      case 'MemberExpression':
        return this.memberValue(n, next);
      case 'CallExpression':
        return this.call(n, fixable, next);
      case 'ConditionalExpression':
        return this.conditional(n, fixable, next);
      case 'UnaryExpression':
        return this.unary(n, next);
      case 'BinaryExpression':
        return this.binary(n, next);
      default:
        return this.unknown();
    }
  }

  private formatString(n: PyNode, depth: number): unknown {
    const { text } = this.ctx;
    const raw = textOf(text, n);
    const m = /^([A-Za-z]*)('''|"""|'|")/.exec(raw);
    if (!m) return this.unknown();
    const prefix = m[1]!.toLowerCase();
    if (prefix.includes('b') || prefix.includes('t')) return this.unknown();
    const start = n.from + m[0].length;
    const end = n.to - m[2]!.length;
    const literal = (from: number, to: number): string | undefined => {
      const piece = text.slice(from, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      return prefix.includes('r') ? piece : unescape(piece);
    };
    // The literal pieces are known; a replacement that is not is a hole (any text).
    const pieces: (string | null)[] = [];
    let at = start;
    for (const r of kids(n)) {
      if (r.name !== 'FormatReplacement') continue;
      const piece = literal(at, r.from);
      if (piece === undefined) return this.unknown();
      pieces.push(piece);
      at = r.to;
      const inner = kids(r).filter((c) => c.name !== '{' && c.name !== '}');
      // A conversion, a format spec, `{x=}` (written without a node of its own): a hole.
      if (inner.length !== 1 || text.slice(inner[0]!.to, r.to - 1).trim() !== '' || text.slice(r.from + 1, inner[0]!.from).trim() !== '') {
        pieces.push(null);
        continue;
      }
      const v = this.value(inner[0]!, false, depth);
      const s = pyStr(v);
      if (s !== undefined) pieces.push(s);
      else if (v instanceof PartialString) pieces.push(...v.parts);
      else pieces.push(null);
    }
    const tail = literal(at, end);
    return tail === undefined ? this.unknown() : partialString([...pieces, tail]);
  }

  private dict(n: PyNode, fixable: boolean, depth: number): unknown {
    const obj: Record<string, unknown> = {};
    const info: ContainerInfo = { node: n, kind: 'object', keywords: false, fixable, members: new Map(), items: [] };
    let open = false;
    for (const e of dictEntries(n)) {
      if (e.kind === 'spread') {
        info.items.push({ range: [e.from, e.to], spread: true, literal: false });
        open = this.spreadInto(obj, info, e.value, depth) || open;
        continue;
      }
      const valueLiteral = isLiteralNode(e.value);
      info.items.push({ range: [e.from, e.to], spread: false, literal: valueLiteral });
      const key = this.value(e.key, false, depth);
      if (typeof key !== 'string') {
        open = true;
        continue;
      }
      const value = this.value(e.value, fixable, depth);
      const rawKey = unwrap(e.key);
      const keyIsString = rawKey.name === 'String' && stringValue(textOf(this.ctx.text, rawKey)) === key;
      const quote = unwrap(e.value).name === 'String' ? quoteOf(textOf(this.ctx.text, unwrap(e.value))) : undefined;
      if (value === OMIT) {
        delete obj[key];
        info.members.delete(key);
        continue;
      }
      setMember(obj, key, value);
      info.members.set(key, {
        keyNode: e.key,
        valueNode: e.value,
        range: [e.from, e.to],
        ...(keyIsString ? { keyRange: [rawKey.from, rawKey.to] as Range } : {}),
        keyword: false,
        fixable: fixable && keyIsString,
        literal: valueLiteral,
        ...(quote ? { quote } : {}),
      });
    }
    if (open) markOpen(obj);
    this.registry.set(obj, info);
    return obj;
  }

  /** Copies a known dict's members in; true when the spread is not known (the object becomes open). */
  private spreadInto(obj: Record<string, unknown>, info: ContainerInfo, node: PyNode, depth: number): boolean {
    const source = this.value(node, false, depth);
    if (!isDict(source)) return true;
    const from = this.registry.get(source);
    for (const [k, v] of Object.entries(source)) {
      setMember(obj, k, v);
      const m = from?.members.get(k);
      info.members.set(k, m ? { ...m, fixable: false } : { valueNode: node, keyword: false, fixable: false, literal: false });
    }
    return isOpen(source);
  }

  /** Keyword arguments (`f(a=1, **b)`) as a dict; `skip` names are not members (request options). */
  keywords(argList: PyNode, fixable: boolean, depth: number, skip?: (name: string) => boolean): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const info: ContainerInfo = { node: argList, kind: 'object', keywords: true, fixable, members: new Map(), items: [] };
    let open = false;
    for (const a of argumentsOf(argList, this.ctx.text)) {
      if (a.kind === 'spread') {
        info.items.push({ range: [a.from, a.to], spread: true, literal: false });
        open = this.spreadInto(obj, info, a.value, depth) || open;
        continue;
      }
      if (a.kind !== 'keyword') {
        // A positional argument (`dict({...})` handled by the caller): not known.
        info.items.push({ range: [a.from, a.to], spread: true, literal: false });
        open = true;
        continue;
      }
      info.items.push({ range: [a.from, a.to], spread: false, literal: isLiteralNode(a.value) });
      if (skip?.(a.name)) continue;
      const value = this.value(a.value, fixable, depth);
      if (value === OMIT) continue;
      setMember(obj, a.name, value);
      const quote = unwrap(a.value).name === 'String' ? quoteOf(textOf(this.ctx.text, unwrap(a.value))) : undefined;
      info.members.set(a.name, {
        keyNode: a.nameNode,
        valueNode: a.value,
        range: [a.from, a.to],
        keyRange: [a.nameNode.from, a.nameNode.to],
        keyword: true,
        fixable,
        literal: isLiteralNode(a.value),
        ...(quote ? { quote } : {}),
      });
    }
    if (open) markOpen(obj);
    this.registry.set(obj, info);
    return obj;
  }

  private list(n: PyNode, fixable: boolean, depth: number): unknown {
    const arr: unknown[] = [];
    const info: ContainerInfo = { node: n, kind: 'array', keywords: false, fixable, members: new Map(), items: [] };
    let open = false;
    for (const e of elements(n)) {
      info.items.push({ range: [e.from, e.to], spread: e.spread, literal: !e.spread && isLiteralNode(e.value) });
      if (e.spread) {
        const v = this.value(e.value, false, depth);
        if (Array.isArray(v) && !isOpen(v)) {
          const from = this.registry.get(v);
          v.forEach((item, i) => {
            const m = from?.members.get(String(i));
            info.members.set(String(arr.length), m ? { ...m, fixable: false } : { valueNode: e.value, keyword: false, fixable: false, literal: false });
            arr.push(item);
          });
        } else {
          // Later indices are not known.
          open = true;
          break;
        }
        continue;
      }
      info.members.set(String(arr.length), { valueNode: e.value, range: [e.from, e.to], keyword: false, fixable: fixable && !open, literal: isLiteralNode(e.value) });
      arr.push(this.value(e.value, fixable, depth));
    }
    if (open) markOpen(arr);
    this.registry.set(arr, info);
    return arr;
  }

  /** `[template for x in xs]`: any number of elements, each like the template (loop names unknown). */
  private comprehension(n: PyNode, depth: number): unknown {
    const template = parts(n)[0];
    if (!template) return this.unknown();
    const arr = markOpen([this.value(template, false, depth)]);
    this.registry.set(arr, { node: n, kind: 'array', keywords: false, fixable: false, members: new Map([['0', { valueNode: template, keyword: false, fixable: false, literal: false }]]), items: [] });
    return arr;
  }

  private name(n: PyNode, depth: number): unknown {
    const { text, scopes } = this.ctx;
    const name = textOf(text, n);
    if (boundByComprehension(n, name, text)) return this.unknown();
    const found = scopes.lookup(name, n);
    if (!found) return name === 'NOT_GIVEN' || name === 'omit' ? OMIT : this.unknown();
    if (found.bindings.length !== 1) return this.unknown();
    const b = found.bindings[0]!;
    if (b.kind === 'import') return /^anthropic(\.|$)/.test(b.module) && (b.name === 'NOT_GIVEN' || b.name === 'omit') ? OMIT : this.unknown();
    if (b.kind !== 'value') return this.unknown();
    const valueNode = unwrap(b.node);
    if (['DictionaryExpression', 'ArrayExpression', 'CallExpression', 'ArrayComprehensionExpression'].includes(valueNode.name) && scopes.mutated(name, found.scope, undefined)) return this.unknown();
    return this.value(b.node, false, depth);
  }

  private memberValue(n: PyNode, depth: number): unknown {
    const { text } = this.ctx;
    const m = member(n, text);
    if (m) {
      // `anthropic.NOT_GIVEN`, `anthropic.omit`
      const object = unwrap(m.object);
      if ((m.name === 'NOT_GIVEN' || m.name === 'omit') && object.name === 'VariableName') {
        const b = this.ctx.scopes.single(textOf(text, object), object);
        if (b?.kind === 'import' && /^anthropic(\.|$)/.test(b.module) && b.name === undefined) return OMIT;
      }
      return this.unknown();
    }
    // Subscript: `x["k"]`, `x[0]`
    const all = kids(n);
    const object = all[0];
    const open = all.findIndex((c) => c.name === '[');
    const index = open >= 0 ? all[open + 1] : undefined;
    if (!object || !index || all[open + 2]?.name !== ']') return this.unknown();
    const container = this.value(object, false, depth);
    const key = this.value(index, false, depth);
    if (isDict(container) && typeof key === 'string' && Object.prototype.hasOwnProperty.call(container, key)) return container[key];
    if (Array.isArray(container) && !isOpen(container) && typeof key === 'number' && Number.isInteger(key)) {
      const i = key < 0 ? container.length + key : key;
      return i >= 0 && i < container.length ? container[i] : this.unknown();
    }
    return this.unknown();
  }

  private call(n: PyNode, fixable: boolean, depth: number): unknown {
    const { text } = this.ctx;
    const callee = unwrap(n.firstChild!);
    const argList = kids(n).find((c) => c.name === 'ArgList');
    if (!argList) return this.unknown();
    const calleeName = callee.name === 'VariableName' ? textOf(text, callee) : member(callee, text)?.name;
    if (calleeName === 'NotGiven' || calleeName === 'Omit') {
      const b = callee.name === 'VariableName' ? this.ctx.scopes.single(calleeName, callee) : undefined;
      if (callee.name !== 'VariableName' || (b?.kind === 'import' && /^anthropic(\.|$)/.test(b.module))) return OMIT;
    }
    const isDictCall = callee.name === 'VariableName' && calleeName === 'dict' && !this.ctx.scopes.lookup('dict', callee);
    if (isDictCall || this.ctx.isSdkTypedDict(callee)) {
      const args = argumentsOf(argList, text);
      // `dict({...}, k=v)`: the positional dict first.
      if (isDictCall && args.length >= 1 && args[0]!.kind === 'positional') {
        if (args.length > 1) return this.unknown();
        const v = this.value(args[0]!.value, false, depth);
        return isDict(v) ? v : this.unknown();
      }
      if (args.some((a) => a.kind === 'positional' || a.kind === 'star')) return this.unknown();
      return this.keywords(argList, fixable, depth);
    }
    return this.unknown();
  }

  private conditional(n: PyNode, fixable: boolean, depth: number): unknown {
    const [consequent, test, alternate] = parts(n);
    if (!consequent || !test || !alternate) return this.unknown();
    const t = truthy(this.value(test, false, depth));
    if (t !== undefined) return this.value(t ? consequent : alternate, fixable, depth);
    const a = this.value(consequent, fixable, depth);
    const b = this.value(alternate, fixable, depth);
    if (a === b && isPrimitive(a)) return a;
    if (isUnknown(a) || isUnknown(b)) return this.unknown();
    const { key, negated } = conditionKey(this.ctx.text, test);
    const picked = this.choices?.pick(key);
    if (picked === undefined) return this.unknown();
    return picked !== negated ? a : b;
  }

  private unary(n: PyNode, depth: number): unknown {
    const all = kids(n);
    const op = all[0];
    const arg = all[1];
    if (!op || !arg) return this.unknown();
    const v = this.value(arg, false, depth);
    const opText = textOf(this.ctx.text, op);
    if (opText === 'not') {
      const t = truthy(v);
      return t === undefined ? this.unknown() : !t;
    }
    if (typeof v !== 'number') return this.unknown();
    if (opText === '-') return -v;
    if (opText === '+') return v;
    return this.unknown();
  }

  private binary(n: PyNode, depth: number): unknown {
    const all = kids(n);
    if (all.length !== 3) return this.unknown();
    const [left, op, right] = all as [PyNode, PyNode, PyNode];
    const opText = textOf(this.ctx.text, op);
    const l = this.value(left, false, depth);
    if (opText === 'or' || opText === 'and') {
      const t = truthy(l);
      if (t === undefined) return this.unknown();
      return (opText === 'or') === t ? l : this.value(right, false, depth);
    }
    const r = this.value(right, false, depth);
    if (opText === '+') {
      if (typeof l === 'string' && typeof r === 'string') return l + r;
      // `"req-" + str(i)` is not known, but `"req-" + f"{i}"` keeps its pieces.
      const stringParts = (v: unknown) => (typeof v === 'string' ? [v] : v instanceof PartialString ? v.parts : undefined);
      const [a, b] = [stringParts(l), stringParts(r)];
      if (a && b) return partialString([...a, ...b]);
      if (typeof l === 'number' && typeof r === 'number') return l + r;
      return this.unknown();
    }
    if (typeof l !== 'number' || typeof r !== 'number') return this.unknown();
    if (opText === '-') return l - r;
    if (opText === '*') return l * r;
    if (opText === '//' && r !== 0) return Math.floor(l / r);
    return this.unknown();
  }
}

/** A condition's key: its text without `not`, and whether it was negated. */
function conditionKey(text: string, test: PyNode): { key: string; negated: boolean } {
  let n = unwrap(test);
  let negated = false;
  while (n.name === 'UnaryExpression' && n.firstChild && textOf(text, n.firstChild) === 'not' && n.lastChild) {
    negated = !negated;
    n = unwrap(n.lastChild);
  }
  return { key: textOf(text, n).replace(/\s+/g, ' '), negated };
}

/** Written here as a literal: replacing its text replaces the value exactly. */
export function isLiteralNode(node: PyNode): boolean {
  const n = unwrap(node);
  switch (n.name) {
    case 'String':
    case 'Number':
    case 'Boolean':
    case 'None':
      return true;
    case 'UnaryExpression':
      return n.lastChild?.name === 'Number';
    case 'DictionaryExpression':
      return dictEntries(n).every((e) => e.kind === 'pair' && unwrap(e.key).name === 'String' && isLiteralNode(e.value));
    case 'ArrayExpression':
      return elements(n).every((e) => !e.spread && isLiteralNode(e.value));
    default:
      return false;
  }
}

/** Is `name` a loop variable of a comprehension around this use? */
function boundByComprehension(use: PyNode, name: string, text: string): boolean {
  for (let p = use.parent; p; p = p.parent) {
    if (p.name === 'FunctionDefinition' || p.name === 'Script') return false;
    if (!COMPREHENSIONS.has(p.name)) continue;
    const all = kids(p);
    let inTargets = false;
    for (const c of all) {
      if (c.name === 'for') inTargets = true;
      else if (c.name === 'in') inTargets = false;
      else if (inTargets && c.name === 'VariableName' && textOf(text, c) === name) return true;
      else if (inTargets && c.name === 'TupleExpression' && kids(c).some((k) => k.name === 'VariableName' && textOf(text, k) === name)) return true;
    }
  }
  return false;
}
