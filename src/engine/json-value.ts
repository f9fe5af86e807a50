/**
 * The Node API's door: what a caller passes must be a JSON value and options the
 * engine knows, or the call fails at once with an error that says what is wrong.
 * Without it a cyclic object aborted V8 or hung, a sparse `new Array(1e6)` hung,
 * a throwing getter or a Proxy escaped onRuleError, and an unknown apiVersion
 * surfaced as "Cannot find module …/validators/…".
 */
import { types } from 'node:util';
import { API_VERSIONS } from './api-versions.js';
import { PAYLOAD_KINDS } from './types.js';
import { isUnknown } from './partial.js';
import { join } from './pointer.js';

export class InvalidInputError extends TypeError {
  override name = 'InvalidInputError';
}

function fail(what: string, pointer: string, problem: string): never {
  throw new InvalidInputError(`lint-payloads: the ${what} is not a JSON value: ${pointer === '' ? 'its root' : `at ${pointer}`} ${problem}.`);
}

/**
 * Checks that `value` is what JSON.parse could return (plain objects, arrays
 * without holes, strings, finite numbers, booleans, null; `undefined` members
 * are dropped as JSON.stringify drops them), or an engine Unknown. Iterative:
 * depth cannot overflow the stack. Shared sub-objects are fine; a cycle is not.
 */
export function assertJsonValue(value: unknown, what = 'payload'): void {
  const ancestors = new Set<object>();
  const stack: ({ enter: unknown; pointer: string } | { leave: object })[] = [{ enter: value, pointer: '' }];
  while (stack.length) {
    const top = stack.pop()!;
    if ('leave' in top) {
      ancestors.delete(top.leave);
      continue;
    }
    const { enter: v, pointer } = top;
    switch (typeof v) {
      case 'string':
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(v)) fail(what, pointer, `is ${v} (JSON has no ${v})`);
        continue;
      case 'undefined':
        if (pointer === '') fail(what, pointer, 'is undefined');
        continue;
      case 'object':
        break;
      default:
        fail(what, pointer, `is a ${typeof v}`);
    }
    if (v === null || isUnknown(v)) continue;
    const obj = v as object;
    if (types.isProxy(obj)) fail(what, pointer, 'is a Proxy');
    if (ancestors.has(obj)) fail(what, pointer, 'refers back to an object that contains it (a cycle)');
    const isArray = Array.isArray(obj);
    if (!isArray) {
      const proto = Object.getPrototypeOf(obj) as unknown;
      if (proto !== Object.prototype && proto !== null) fail(what, pointer, `is a ${(obj as { constructor?: { name?: string } }).constructor?.name ?? 'class instance'}, not a plain object`);
    }
    const names = Object.keys(obj);
    if (isArray && names.length !== (obj as unknown[]).length) fail(what, pointer, 'is a sparse array (it has holes)');
    ancestors.add(obj);
    stack.push({ leave: obj }); // after its children
    for (let i = names.length - 1; i >= 0; i--) {
      const name = names[i]!;
      const descriptor = Object.getOwnPropertyDescriptor(obj, name)!;
      const child = isArray ? `${pointer}/${name}` : join(pointer, name);
      if (!('value' in descriptor)) fail(what, child, 'is a getter/setter property');
      if (isArray && descriptor.value === undefined) fail(what, child, 'is undefined');
      stack.push({ enter: descriptor.value, pointer: child });
    }
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionError(message: string): never {
  throw new InvalidInputError(`lint-payloads: ${message}`);
}

function checkChoice(name: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !allowed.includes(value)) optionError(`options.${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}; got ${JSON.stringify(value) ?? String(value)}.`);
}

