/**
 * What a request body holds, found in one walk: every `type` value and every
 * member name, at any depth. Rules declare what they look at (`meta.triggers`)
 * and the engine skips a rule whose triggers the body does not hold: most
 * bodies are plain chats, and a rule about images, tools or cache_control has
 * nothing to say on them.
 *
 * Only a fully known body (a request file) is indexed: a body with anything
 * unknown or open (from source code) may hold anything, so every rule runs.
 */
import { isOpen, isUnknown } from './partial.js';

export interface BodyFeatures {
  /** The string `type` of every object in the body (content blocks, tools, sources, configs). */
  readonly types: ReadonlySet<string>;
  /** Every member name of every object in the body. */
  readonly keys: ReadonlySet<string>;
}

export interface Triggers {
  /** The rule runs when the body has an object of one of these `type`s … */
  readonly types?: readonly string[];
  /** … or a member with one of these names, at any depth. */
  readonly keys?: readonly string[];
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The body's features, or undefined when something in it is unknown or open. */
export function bodyFeatures(body: object): BodyFeatures | undefined {
  const types = new Set<string>();
  const keys = new Set<string>();
  // An explicit stack: a body nested 100,000 deep must not overflow the call stack.
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (isUnknown(value) || isOpen(value)) return undefined;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    const object = value as Record<string, unknown>;
    for (const key in object) {
      if (!hasOwn.call(object, key)) continue;
      keys.add(key);
      const member = object[key];
      if (typeof member === 'object' && member !== null) stack.push(member);
      else if (key === 'type' && typeof member === 'string') types.add(member);
    }
  }
  return { types, keys };
}

/** Does a body with these features hold anything the triggers name? */
export function triggered(triggers: Triggers, features: BodyFeatures): boolean {
  if (triggers.types) for (const t of triggers.types) if (features.types.has(t)) return true;
  if (triggers.keys) for (const k of triggers.keys) if (features.keys.has(k)) return true;
  return false;
}
