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

/** The walk's stack, reused: one walk at a time, and no array per body. */
const stack: unknown[] = [];

/**
 * Calls `onKey` for every member name and `onType` for every string `type` value
 * in the body; false (and the walk stops) when something in it is unknown or open.
 */
function walkFeatures(body: object, onKey: (key: string) => void, onType: (type: string) => void): boolean {
  // An explicit stack: a body nested 100,000 deep must not overflow the call stack.
  stack.length = 0;
  stack.push(body);
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (isUnknown(value) || isOpen(value)) {
      stack.length = 0;
      return false;
    }
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
      onKey(key);
      const member = object[key];
      if (typeof member === 'object' && member !== null) stack.push(member);
      else if (key === 'type' && typeof member === 'string') onType(member);
    }
  }
  return true;
}

/** The body's features, or undefined when something in it is unknown or open. */
export function bodyFeatures(body: object): BodyFeatures | undefined {
  const types = new Set<string>();
  const keys = new Set<string>();
  return walkFeatures(body, (key) => keys.add(key), (type) => types.add(type)) ? { types, keys } : undefined;
}

/** Does a body with these features hold anything the triggers name? */
export function triggered(triggers: Triggers, features: BodyFeatures): boolean {
  if (triggers.types) for (const t of triggers.types) if (features.types.has(t)) return true;
  if (triggers.keys) for (const k of triggers.keys) if (features.keys.has(k)) return true;
  return false;
}

/** Bits of the names triggers use: one word of 32, and one more. */
export interface TriggerMask {
  low: number;
  high: number;
}

/**
 * The engine's form of the same index, for one rule set: each name some rule's
 * triggers use gets a bit, a rule's triggers become a mask, and a body's walk
 * only sets the bits of the names it holds (no set of every name per body).
 * Past 64 names, a rule that uses one of the others is never skipped.
 */
export class TriggerIndex {
  private readonly typeBits = new Map<string, number>();
  private readonly keyBits = new Map<string, number>();
  private used = 0;
  private low = 0;
  private high = 0;
  private readonly onKey = (key: string): void => this.set(this.keyBits.get(key));
  private readonly onType = (type: string): void => this.set(this.typeBits.get(type));

  constructor(all: readonly (Triggers | undefined)[]) {
    for (const triggers of all) {
      for (const t of triggers?.types ?? []) this.assign(this.typeBits, t);
      for (const k of triggers?.keys ?? []) this.assign(this.keyBits, k);
    }
  }

  private assign(bits: Map<string, number>, name: string): void {
    if (bits.has(name) || this.used >= 64) return;
    bits.set(name, this.used++);
  }

  private set(bit: number | undefined): void {
    if (bit === undefined) return;
    if (bit < 32) this.low |= 1 << bit;
    else this.high |= 1 << (bit - 32);
  }

  /** The rule's mask; undefined when the rule is never skipped (no triggers, or a name without a bit). */
  mask(triggers: Triggers | undefined): TriggerMask | undefined {
    if (!triggers) return undefined;
    let low = 0;
    let high = 0;
    for (const [names, bits] of [[triggers.types, this.typeBits], [triggers.keys, this.keyBits]] as const) {
      for (const name of names ?? []) {
        const bit = bits.get(name);
        if (bit === undefined) return undefined;
        if (bit < 32) low |= 1 << bit;
        else high |= 1 << (bit - 32);
      }
    }
    return { low, high };
  }

  /** The body's mask, or undefined when something in it is unknown or open (every rule runs). */
  body(body: object): TriggerMask | undefined {
    this.low = 0;
    this.high = 0;
    if (!walkFeatures(body, this.onKey, this.onType)) return undefined;
    return { low: this.low, high: this.high };
  }
}

/** Does a body with this mask hold anything the rule's mask names? */
export function holds(body: TriggerMask, rule: TriggerMask): boolean {
  return (body.low & rule.low) !== 0 || (body.high & rule.high) !== 0;
}
