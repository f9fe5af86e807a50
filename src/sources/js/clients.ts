/**
 * Is the receiver of `….messages.create(…)` an Anthropic client (issue 3 §1)?
 *
 * Syntactic, within one file: imports and `require`s of `@anthropic-ai/sdk` and
 * its platform packages, `new X()` of those classes (or of a local class that
 * extends one), `const`/`let` bindings and their assignments (a lazily created
 * client), class fields (`this.client`, annotated, initialised, or assigned in
 * the class), parameters annotated with the class, `client.withOptions(…)`,
 * same-file factories (annotated return type or returned clients), members of a
 * same-file object literal. With type information, any expression whose type is
 * an Anthropic client.
 *
 * Three answers: an Anthropic client (with its platform and what its constructor
 * says about timeouts and headers), something else (a Twilio/OpenAI client, a
 * user class), or unknown (a parameter without a type, a client from another
 * module).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Platform } from '../../engine/rule.js';
import { isOpen, isUnknown } from '../../engine/partial.js';
import { childrenOf, isFunction, memberName, requireSpecifier, staticPropertyKey, unwrap, walk, type Node } from './ast.js';
import type { Bindings } from './bindings.js';
import { Evaluator } from './evaluate.js';
import { Registry, type FileFacts } from './bookkeeping.js';
import { apiVersionOf, headerValue, unknownVersion, writesHeaders, type ApiVersionFact } from './request-options.js';
import { baseUrlTarget } from '../shared/base-url.js';
import { combineClients, OTHER_CLIENT, UNKNOWN_CLIENT, type ClientInfo } from '../shared/clients.js';
import { enclosingClass, functionOf, returnedExpressions, thisAssignments } from './code-structure.js';



export type { ClientInfo } from '../shared/clients.js';

type ClassInfo = { kind: 'anthropic'; platform: Platform } | { kind: 'other' } | { kind: 'unknown' };

const OTHER = OTHER_CLIENT;
const UNKNOWN = UNKNOWN_CLIENT;

const PLATFORM_OF_PACKAGE: Record<string, Platform> = {
  sdk: 'anthropic',
  'bedrock-sdk': 'bedrock',
  'vertex-sdk': 'vertex',
  'foundry-sdk': 'foundry',
  'aws-sdk': 'unknown',
  'google-cloud-sdk': 'unknown',
};

/** The platform of an Anthropic SDK package specifier (`@anthropic-ai/sdk`, `@anthropic-ai/bedrock-sdk/…`). */
export function anthropicPackagePlatform(source: string): Platform | undefined {
  const m = /^@anthropic-ai\/([\w-]+)(?:\/|$)/.exec(source);
  if (!m) return undefined;
  return Object.prototype.hasOwnProperty.call(PLATFORM_OF_PACKAGE, m[1]!) ? PLATFORM_OF_PACKAGE[m[1]!] : undefined;
}

/** An object literal, without spreads, whose `messages` member is itself an object literal. */
function ownMessagesObject(e: TSESTree.ObjectExpression): boolean {
  if (e.properties.some((p) => p.type === 'SpreadElement')) return false;
  return e.properties.some((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === 'messages' && unwrap(p.value as Node).type === 'ObjectExpression');
}

/** A module of this project (relative or a path alias), whose exports we cannot see. */
function isLocalModule(source: string): boolean {
  return /^(\.|\/|@\/|~\/?|#)/.test(source);
}

function isClientExportName(name: string, platform: Platform): boolean {
  if (name === 'default') return true;
  if (platform === 'anthropic') return name === 'Anthropic' || name === 'BaseAnthropic';
  return /^Anthropic/.test(name);
}

function classFromModule(source: string, exportName: string | undefined): ClassInfo {
  const platform = anthropicPackagePlatform(source);
  if (platform) {
    // `require('@anthropic-ai/sdk')` itself is the class in CommonJS.
    if (exportName === undefined || isClientExportName(exportName, platform)) return { kind: 'anthropic', platform };
    return OTHER;
  }
  if (!isLocalModule(source)) return OTHER;
  // A platform client the project re-exports (`export { AnthropicVertex } from '@anthropic-ai/vertex-sdk'`),
  // or the platform SDK's own code importing '../src/client': the class name says the platform, whose
  // model ids and retirement dates apply, not the first-party ones (issue 12 §1.5).
  const named = exportName !== undefined && Object.prototype.hasOwnProperty.call(PLATFORM_OF_CLASS, exportName) ? PLATFORM_OF_CLASS[exportName] : undefined;
  return named ? { kind: 'anthropic', platform: named } : UNKNOWN;
}

/** The platform clients' class names, as their packages export them. */
const PLATFORM_OF_CLASS: Record<string, Platform> = {
  AnthropicBedrock: 'bedrock',
  // Bedrock's Messages endpoint (bedrock-mantle.<region>.api.aws/anthropic), @anthropic-ai/bedrock-sdk mantle-client.
  AnthropicBedrockMantle: 'bedrock',
  AnthropicVertex: 'vertex',
  AnthropicFoundry: 'foundry',
};


/** Names of functions that wrap a client for tracing and return it (braintrust, langfuse, Sentry, OpenTelemetry…). */
const WRAPPER = /wrap|observe|instrument|trace|patch/i;

const combine = combineClients;

function isNullish(node: Node): boolean {
  const n = unwrap(node);
  return (n.type === 'Literal' && n.value === null && !('regex' in n && n.regex)) || (n.type === 'Identifier' && n.name === 'undefined');
}

export class Clients {
  private readonly variableCache = new Map<unknown, ClientInfo>();
  private readonly fieldCache = new Map<string, ClientInfo>();
  private readonly functionCache = new Map<Node, ClientInfo>();

  constructor(private readonly facts: FileFacts) {}

  private get bindings(): Bindings {
    return this.facts.bindings;
  }

  classify(expr: Node): ClientInfo {
    const syntactic = this.client(expr, 0);
    if (syntactic.kind !== 'unknown' || !this.facts.types) return syntactic;
    const byType = this.facts.types.client(expr);
    if (byType === 'other') return OTHER;
    if (byType) return { kind: 'anthropic', platform: byType, timeout: undefined };
    return syntactic;
  }

  private client(expr: Node, depth: number): ClientInfo {
    if (depth > 12) return UNKNOWN;
    let e = unwrap(expr);
    if (e.type === 'AwaitExpression') e = unwrap(e.argument);
    switch (e.type) {
      case 'NewExpression': {
        const cls = this.classOf(e.callee, depth + 1);
        if (cls.kind !== 'anthropic') return cls;
        return this.withOptions({ kind: 'anthropic', platform: cls.platform, timeout: false }, e.arguments[0], e, true);
      }
      case 'CallExpression':
        return this.callResult(e, depth);
      case 'Identifier':
        return this.identifier(e, depth);
      case 'ThisExpression': {
        const cls = enclosingClass(e);
        if (!cls) return UNKNOWN;
        // A user class with its own `messages`, unless it extends a known client class:
        // a base from another module (or an unknown one) is the user's, not ours.
        const sup = this.classDeclaration(cls, depth + 1);
        return sup.kind === 'anthropic' ? { kind: 'anthropic', platform: sup.platform, timeout: undefined } : OTHER;
      }
      case 'MemberExpression':
        return this.member(e, depth);
      case 'ConditionalExpression':
        return combine([e.consequent, e.alternate].filter((n) => !isNullish(n)).map((n) => this.client(n, depth + 1)));
      case 'LogicalExpression':
        if (e.operator === '&&') return UNKNOWN;
        return combine([e.left, e.right].filter((n) => !isNullish(n)).map((n) => this.client(n, depth + 1)));
      case 'ObjectExpression':
        // `{ messages: { create: vi.fn() } }`: an object whose `messages` is written out here is a mock or a wrapper, not an SDK client.
        return ownMessagesObject(e) ? OTHER : UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  /** Options given to the constructor or to withOptions(): timeout and defaultHeaders. */
  private withOptions(base: Extract<ClientInfo, { kind: 'anthropic' }>, arg: Node | undefined, at: Node, constructing: boolean): ClientInfo {
    if (!arg) return base;
    if (arg.type === 'SpreadElement') return { kind: 'anthropic', platform: base.platform, timeout: base.timeout === true ? true : undefined, ...(base.platform === 'anthropic' ? { baseUrl: base.baseUrl ?? 'unknown' } : {}) };
    const options = new Evaluator(this.facts, new Registry(), undefined).evaluate(arg, false);
    const out: Extract<ClientInfo, { kind: 'anthropic' }> = { ...base };
    if (typeof options === 'object' && options !== null && !isUnknown(options) && !Array.isArray(options)) {
      const timeout = headerValue(options, 'timeout');
      if (timeout.state === 'value' && timeout.value !== null) out.timeout = true;
      else if (timeout.state === 'unknown' && out.timeout !== true) out.timeout = undefined;
      // `baseURL: 'https://api.moonshot.ai/anthropic'`: another provider's endpoint; `process.env.X || …` or options
      // not all written here (`{ ...config }`): maybe one (only for the Anthropic platform).
      if (base.platform === 'anthropic') {
        if (Object.prototype.hasOwnProperty.call(options, 'baseURL')) {
          const target = baseUrlTarget((options as Record<string, unknown>).baseURL);
          if (target === 'anthropic') delete out.baseUrl;
          else out.baseUrl = target;
        } else if (isOpen(options)) {
          out.baseUrl ??= 'unknown';
        }
      }
      if (Object.prototype.hasOwnProperty.call(options, 'defaultHeaders')) {
        // anthropic-beta in the defaultHeaders, or headers not known statically: the beta endpoint
        // (withOptions merges the headers with the base client's).
        if (headerValue((options as Record<string, unknown>).defaultHeaders, 'anthropic-beta').state !== 'absent') out.beta = true;
        const header = headerValue((options as Record<string, unknown>).defaultHeaders, 'anthropic-version');
        const where = `in the defaultHeaders of the client ${constructing ? 'created' : 'derived'} at line ${at.loc.start.line}`;
        const version = header.state === 'value' ? apiVersionOf(header.value, where) : header.state === 'unknown' ? unknownVersion(where) : undefined;
        delete out.apiVersion;
        if (version) out.apiVersion = version;
      } else if (isOpen(options) && (writesHeaders(arg) || this.facts.writesVersionHeader)) {
        out.apiVersion = unknownVersion(`of the client ${constructing ? 'created' : 'derived'} at line ${at.loc.start.line}`);
      }
    } else if (options !== undefined) {
      if (out.timeout !== true) out.timeout = undefined;
      if (base.platform === 'anthropic') out.baseUrl ??= 'unknown';
      if (writesHeaders(arg) || this.facts.writesVersionHeader) out.apiVersion = unknownVersion(`of the client ${constructing ? 'created' : 'derived'} at line ${at.loc.start.line}`);
    }
    return out;
  }

  private callResult(e: TSESTree.CallExpression, depth: number): ClientInfo {
    const callee = unwrap(e.callee);
    if (callee.type === 'MemberExpression' && memberName(callee) === 'withOptions') {
      const base = this.client(callee.object, depth + 1);
      if (base.kind !== 'anthropic') return base;
      return this.withOptions(base, e.arguments[0], e, false);
    }
    // Tracing wrappers return the client they are given: wrapAnthropic(new Anthropic()), observeAnthropic(client).
    const calleeName = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberName(callee) : undefined;
    const first = e.arguments[0];
    if (calleeName !== undefined && WRAPPER.test(calleeName) && first && first.type !== 'SpreadElement') {
      const wrapped = this.client(first, depth + 1);
      if (wrapped.kind === 'anthropic') return wrapped;
    }
    if (callee.type === 'Identifier') {
      const variable = this.bindings.variableOf(callee);
      if (!variable) return UNKNOWN;
      const imp = this.bindings.importOf(variable);
      if (imp) return anthropicPackagePlatform(imp.source) || isLocalModule(imp.source) ? UNKNOWN : OTHER;
      const fn = functionOf(variable, this.bindings);
      return fn ? this.functionResult(fn, depth) : UNKNOWN;
    }
    return UNKNOWN;
  }

  /** What a same-file factory returns: its annotated return type, else what it returns. */
  private functionResult(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression, depth: number): ClientInfo {
    const cached = this.functionCache.get(fn);
    if (cached) return cached;
    this.functionCache.set(fn, UNKNOWN);
    let result: ClientInfo = UNKNOWN;
    if (fn.returnType) {
      result = this.type(fn.returnType.typeAnnotation, depth + 1);
    } else if (fn.body.type !== 'BlockStatement') {
      result = this.client(fn.body, depth + 1);
    } else {
      const returned = returnedExpressions(fn.body);
      if (returned) result = combine(returned.filter((n) => !isNullish(n)).map((n) => this.client(n, depth + 1)));
    }
    this.functionCache.set(fn, result);
    return result;
  }

  private identifier(e: TSESTree.Identifier, depth: number): ClientInfo {
    const variable = this.bindings.variableOf(e);
    if (!variable) return UNKNOWN;
    const cached = this.variableCache.get(variable);
    if (cached) return cached;
    this.variableCache.set(variable, UNKNOWN); // cycles
    const result = this.variable(variable, depth);
    this.variableCache.set(variable, result);
    return result;
  }

  private variable(variable: NonNullable<ReturnType<Bindings['variableOf']>>, depth: number): ClientInfo {
    const imp = this.bindings.importOf(variable);
    if (imp) return anthropicPackagePlatform(imp.source) || isLocalModule(imp.source) ? UNKNOWN : OTHER;
    if (variable.defs.length !== 1) return UNKNOWN;
    const def = variable.defs[0]!;
    switch (def.type) {
      case 'Parameter': {
        const name = def.name as TSESTree.Identifier;
        const annotated = name.typeAnnotation ? this.type(name.typeAnnotation.typeAnnotation, depth + 1) : UNKNOWN;
        if (annotated.kind !== 'unknown') return annotated;
        const parent = name.parent;
        if (parent?.type === 'AssignmentPattern' && parent.left === name) return this.client(parent.right, depth + 1);
        return UNKNOWN;
      }
      case 'Variable': {
        const declarator = def.node as TSESTree.VariableDeclarator;
        const annotation = declarator.id.type === 'Identifier' && declarator.id.typeAnnotation ? this.type(declarator.id.typeAnnotation.typeAnnotation, depth + 1) : UNKNOWN;
        if (annotation.kind === 'other') return OTHER;
        const writes = this.bindings.writes(variable);
        if (writes) {
          const values = writes.filter((n) => !isNullish(n));
          if (values.length > 0) {
            const fromWrites = combine(values.map((n) => this.client(n, depth + 1)));
            if (fromWrites.kind !== 'unknown') return fromWrites;
          }
        }
        if (annotation.kind === 'anthropic') return annotation;
        // `const { client } = deps` from a same-file object literal.
        if (declarator.id.type === 'ObjectPattern' && declarator.init) {
          const binding = this.bindings.constBinding(variable);
          const step = binding?.path.length === 1 ? binding.path[0] : undefined;
          if (step && 'key' in step) {
            const value = this.literalProperty(declarator.init, step.key, depth);
            if (value) return this.client(value, depth + 1);
          }
        }
        return UNKNOWN;
      }
      case 'ClassName':
      case 'FunctionName':
        return OTHER;
      default:
        return UNKNOWN;
    }
  }

  private member(e: TSESTree.MemberExpression, depth: number): ClientInfo {
    const name = memberName(e);
    const object = unwrap(e.object);
    if (name === undefined) return UNKNOWN;
    if (object.type === 'ThisExpression') {
      const cls = enclosingClass(object);
      return cls ? this.field(cls, name, depth) : UNKNOWN;
    }
    // `ctx.anthropic` where `ctx: { anthropic: Anthropic }` or `deps: Deps` (a same-file interface).
    const annotation = this.annotationOf(object);
    if (annotation) {
      const memberType = this.memberType(annotation, name, 0);
      if (memberType) {
        const byType = this.type(memberType, depth + 1);
        if (byType.kind !== 'unknown') return byType;
      }
    }
    const value = this.literalProperty(object, name, depth);
    if (value) return this.client(value, depth + 1);
    // `Svc.shared` where `class Svc { static shared = new Anthropic() }`.
    const staticField = this.staticField(object, name, depth);
    if (staticField?.kind === 'anthropic') return staticField;
    // A member of a client (`openai.beta.threads`) is not a client; a member of
    // some other typed container may be one we cannot see.
    const owner = this.client(object, depth + 1);
    if (owner.kind === 'anthropic') return OTHER;
    if (owner.kind === 'other') return annotation ? UNKNOWN : OTHER;
    return UNKNOWN;
  }

  /** A static field of a same-file class: its initialiser and every `Cls.name = …` in the file. */
  private staticField(object: Node, name: string, depth: number): ClientInfo | undefined {
    if (object.type !== 'Identifier') return undefined;
    const variable = this.bindings.variableOf(object);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.type !== 'ClassName') return undefined;
    const cls = def.node as TSESTree.ClassDeclaration;
    const writes: Node[] = [];
    for (const member of cls.body.body) {
      if (member.type === 'PropertyDefinition' && member.static && staticPropertyKey(member) === name && member.value) writes.push(member.value);
    }
    if (writes.length === 0) return undefined;
    for (const ref of this.bindings.valueReferences(variable)) {
      const parent = (ref.identifier as Node).parent;
      if (parent?.type !== 'MemberExpression' || parent.object !== ref.identifier || memberName(parent) !== name) continue;
      const assignment = parent.parent;
      if (assignment?.type === 'AssignmentExpression' && assignment.left === parent) writes.push(assignment.right);
    }
    // `this.shared = …` in static methods and blocks.
    const stack: Node[] = [cls.body];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === 'AssignmentExpression' && n.left.type === 'MemberExpression' && n.left.object.type === 'ThisExpression' && memberName(n.left) === name && !enclosingClass(n.left.object)) writes.push(n.right);
      if (n !== cls.body && (n.type === 'ClassDeclaration' || n.type === 'ClassExpression')) continue;
      stack.push(...childrenOf(n));
    }
    const values = writes.filter((n) => !isNullish(n));
    return values.length > 0 ? combine(values.map((n) => this.client(n, depth + 1))) : undefined;
  }

  /** The type annotation of a parameter or variable named by this identifier. */
  private annotationOf(node: Node): TSESTree.TypeNode | undefined {
    if (node.type !== 'Identifier') return undefined;
    const variable = this.bindings.variableOf(node);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!def) return undefined;
    const name = def.name as TSESTree.Identifier;
    if (def.type === 'Parameter' || def.type === 'Variable') return name.typeAnnotation?.typeAnnotation;
    return undefined;
  }

  /** The declared type of member `name` in a type literal or a same-file interface/type alias. */
  private memberType(type: TSESTree.TypeNode, name: string, depth: number): TSESTree.TypeNode | undefined {
    if (depth > 6) return undefined;
    let members: TSESTree.TypeElement[] | undefined;
    if (type.type === 'TSTypeLiteral') members = type.members;
    else if (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier') {
      const variable = this.bindings.variableOf(type.typeName);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      const decl = def?.type === 'Type' ? (def.node as Node) : undefined;
      if (decl?.type === 'TSInterfaceDeclaration') members = decl.body.body;
      else if (decl?.type === 'TSTypeAliasDeclaration') return this.memberType(decl.typeAnnotation, name, depth + 1);
    }
    for (const m of members ?? []) {
      if (m.type !== 'TSPropertySignature' || m.computed) continue;
      const key = m.key.type === 'Identifier' ? m.key.name : m.key.type === 'Literal' ? String(m.key.value) : undefined;
      if (key === name) return m.typeAnnotation?.typeAnnotation;
    }
    return undefined;
  }

  /** `deps.client` where `const deps = { client: … }` in this file: the property's value node. */
  private literalProperty(object: Node, name: string, depth: number): Node | undefined {
    let o = unwrap(object);
    for (let hops = 0; hops < 4 && o.type === 'Identifier'; hops++) {
      const variable = this.bindings.variableOf(o);
      const binding = variable ? this.bindings.constBinding(variable) : undefined;
      if (!binding || binding.path.length > 0) return undefined;
      o = unwrap(binding.init);
    }
    if (o.type !== 'ObjectExpression' || depth > 12) return undefined;
    let found: Node | undefined;
    for (const p of o.properties) {
      if (p.type === 'SpreadElement') found = undefined;
      else if (staticPropertyKey(p) === name && p.kind === 'init') found = p.value;
    }
    return found;
  }

  /** `this.<name>` in a class: its declaration's type, initialiser, and assignments in the class. */
  private field(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, name: string, depth: number): ClientInfo {
    const cacheKey = `${cls.range[0]}:${name}`;
    const cached = this.fieldCache.get(cacheKey);
    if (cached) return cached;
    this.fieldCache.set(cacheKey, UNKNOWN);
    let annotated: ClientInfo = UNKNOWN;
    const writes: Node[] = [];
    for (const member of cls.body.body) {
      if (member.type === 'PropertyDefinition' && !member.static && staticPropertyKey(member) === name) {
        if (member.typeAnnotation) annotated = this.type(member.typeAnnotation.typeAnnotation, depth + 1);
        if (member.value) writes.push(member.value);
      }
      if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
        for (const param of member.value.params) {
          if (param.type !== 'TSParameterProperty') continue;
          const p = param.parameter;
          const id = p.type === 'AssignmentPattern' ? p.left : p;
          if (id.type !== 'Identifier' || id.name !== name) continue;
          if (id.typeAnnotation) annotated = this.type(id.typeAnnotation.typeAnnotation, depth + 1);
          if (p.type === 'AssignmentPattern') writes.push(p.right);
          else if (annotated.kind === 'unknown') return this.remember(cacheKey, UNKNOWN); // passed in by the caller
        }
      }
    }
    writes.push(...thisAssignments(cls, name));
    let result: ClientInfo;
    const values = writes.filter((n) => !isNullish(n));
    const fromWrites = values.length > 0 ? combine(values.map((n) => this.client(n, depth + 1))) : UNKNOWN;
    if (annotated.kind === 'other' || fromWrites.kind === 'other') result = OTHER;
    else if (fromWrites.kind === 'anthropic') result = fromWrites;
    else if (annotated.kind === 'anthropic') result = annotated;
    else result = UNKNOWN;
    return this.remember(cacheKey, result);
  }

  private remember(key: string, result: ClientInfo): ClientInfo {
    this.fieldCache.set(key, result);
    return result;
  }

  /** A type annotation: `Anthropic`, `Anthropic | null`, `InstanceType<typeof Anthropic>`, `Promise<Anthropic>`, `typeof client`. */
  private type(node: TSESTree.TypeNode, depth: number): ClientInfo {
    if (depth > 12) return UNKNOWN;
    switch (node.type) {
      case 'TSUnionType':
        return combine(node.types.filter((t) => t.type !== 'TSNullKeyword' && t.type !== 'TSUndefinedKeyword').map((t) => this.type(t, depth + 1)));
      case 'TSTypeReference': {
        const args = node.typeArguments?.params ?? [];
        if (node.typeName.type === 'Identifier') {
          const name = node.typeName.name;
          if ((name === 'Promise' || name === 'Awaited' || name === 'NonNullable' || name === 'Readonly') && args[0]) return this.type(args[0], depth + 1);
          if (name === 'InstanceType' && args[0]?.type === 'TSTypeQuery' && args[0].exprName.type === 'Identifier') {
            const cls = this.classOf(args[0].exprName, depth + 1);
            return cls.kind === 'anthropic' ? { kind: 'anthropic', platform: cls.platform, timeout: undefined } : cls;
          }
          const variable = this.bindings.variableOf(node.typeName);
          const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
          if (def?.type === 'Type') {
            const decl = def.node as Node;
            if (decl.type === 'TSTypeAliasDeclaration') return this.type(decl.typeAnnotation, depth + 1);
            return OTHER;
          }
        }
        const cls = this.classOf(node.typeName, depth + 1);
        return cls.kind === 'anthropic' ? { kind: 'anthropic', platform: cls.platform, timeout: undefined } : cls;
      }
      case 'TSTypeQuery':
        return node.exprName.type === 'Identifier' ? this.client(node.exprName, depth + 1) : UNKNOWN;
      case 'TSTypeLiteral':
      case 'TSStringKeyword':
      case 'TSNumberKeyword':
      case 'TSBooleanKeyword':
        return OTHER;
      default:
        return UNKNOWN;
    }
  }

  /** What a class expression (`Anthropic`, `sdk.AnthropicBedrock`, `require('…')`) constructs. */
  private classOf(expr: Node, depth: number): ClassInfo {
    if (depth > 12) return UNKNOWN;
    const e = unwrap(expr as Node);
    const spec = requireSpecifier(e);
    if (spec !== undefined) return classFromModule(spec, undefined);
    switch (e.type) {
      case 'Identifier': {
        const variable = this.bindings.variableOf(e);
        if (!variable) return /^Anthropic/.test(e.name) ? UNKNOWN : OTHER;
        const imp = this.bindings.importOf(variable);
        if (imp) return classFromModule(imp.source, imp.kind === 'named' ? imp.imported : imp.kind === 'default' ? 'default' : undefined);
        if (variable.defs.length !== 1) return UNKNOWN;
        const def = variable.defs[0]!;
        if (def.type === 'ClassName') return this.classDeclaration(def.node as TSESTree.ClassDeclaration, depth);
        const binding = this.bindings.constBinding(variable);
        if (!binding) return UNKNOWN;
        const moduleSpec = requireSpecifier(binding.init);
        if (moduleSpec !== undefined) {
          if (binding.path.length === 0) return classFromModule(moduleSpec, undefined);
          const step = binding.path[0]!;
          if (binding.path.length === 1 && 'key' in step) return classFromModule(moduleSpec, step.key);
          return UNKNOWN;
        }
        return binding.path.length === 0 ? this.classOf(binding.init, depth + 1) : UNKNOWN;
      }
      case 'MemberExpression': {
        const name = memberName(e);
        if (name === undefined) return UNKNOWN;
        const module = this.moduleOf(e.object, depth + 1);
        if (module !== undefined) return classFromModule(module, name);
        return UNKNOWN;
      }
      case 'TSQualifiedName': {
        // Types: `sdk.Anthropic`, `Anthropic.Anthropic`.
        if (e.left.type !== 'Identifier') return UNKNOWN;
        const module = this.moduleOf(e.left, depth + 1);
        if (module !== undefined) return classFromModule(module, e.right.name);
        const left = this.classOf(e.left, depth + 1);
        if (left.kind === 'anthropic' && /^Anthropic/.test(e.right.name)) return left;
        return left.kind === 'anthropic' ? OTHER : left;
      }
      case 'ClassExpression':
        return this.classDeclaration(e, depth);
      default:
        return UNKNOWN;
    }
  }

  private classDeclaration(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, depth: number): ClassInfo {
    if (!cls.superClass) return OTHER;
    // Only a known client class makes a subclass a client; any other base is the user's.
    const sup = this.classOf(cls.superClass, depth + 1);
    return sup.kind === 'anthropic' ? sup : OTHER;
  }

  /** The module specifier when the expression is a module namespace (`import * as sdk`, `require('…')`, `await import('…')`). */
  private moduleOf(expr: Node, depth: number): string | undefined {
    const e = unwrap(expr);
    const spec = requireSpecifier(e);
    if (spec !== undefined) return spec;
    if (e.type !== 'Identifier' || depth > 12) return undefined;
    const variable = this.bindings.variableOf(e);
    if (!variable) return undefined;
    const imp = this.bindings.importOf(variable);
    // A default import of a CommonJS package is its module object too (`Anthropic.Anthropic`).
    if (imp) return imp.kind === 'namespace' || imp.kind === 'default' ? imp.source : undefined;
    const binding = this.bindings.constBinding(variable);
    if (!binding || binding.path.length > 0) return undefined;
    return this.moduleOf(binding.init, depth + 1);
  }
}
