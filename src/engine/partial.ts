/**
 * Partial payloads. A payload built from source code can hold values the linter
 * cannot know statically (a call result, a parameter). Such a value is an
 * `Unknown`; an object or array that may hold more than what is seen (a spread of
 * something unknown) is "open". Checks stay silent on what depends on either.
 *
 * Payloads read from JSON files never contain either.
 */
const UNKNOWN = Symbol.for('lint-payloads.unknown');
const OPEN = Symbol.for('lint-payloads.open');

/**
 * Has any Unknown or open value been made in this process? Until one is (a run
 * over request files never makes one), isUnknown and isOpen answer false without
 * looking: the rules ask them of nearly every value they read, and the symbol
 * lookup misses on every plain object, through its prototype. One flag for every
 * copy of this module in the process (the CLI bundle and the ESLint plugin may
 * each load one), as the symbols are.
 */
const partials: { made: boolean } = ((globalThis as Record<symbol, unknown>)[Symbol.for('lint-payloads.partials-made')] ??= { made: false }) as { made: boolean };

/** No enumerable own properties: validators see an empty object and their errors at its path are dropped. */
export class Unknown {
  declare readonly [UNKNOWN]: true;
  constructor() {
    partials.made = true;
  }
}
Object.defineProperty(Unknown.prototype, UNKNOWN, { value: true });

export const unknownValue = (): Unknown => new Unknown();

/**
 * A string of which some pieces are known: an f-string or template literal whose
 * replacements are not (`f"req-{i}"`; a batch's `custom_id` is usually built so).
 * It is an Unknown everywhere; only checks that hold for every value of the holes
 * look at its pieces (a character the schema's pattern never allows, a length past
 * the maximum). `null` is a hole: any string, the empty one too.
 */
export class PartialString extends Unknown {
  declare readonly parts: readonly (string | null)[];
  constructor(parts: readonly (string | null)[]) {
    super();
    // Not enumerable: like any Unknown, validators and rules see no members.
    Object.defineProperty(this, 'parts', { value: parts, enumerable: false });
  }
  /** The pieces with `{…}` for each hole, for messages. */
  shown(): string {
    return this.parts.map((p) => p ?? '{…}').join('');
  }
}

/** Known pieces and holes joined into a PartialString, or the string itself when there is no hole. */
export function partialString(parts: readonly (string | null)[]): string | PartialString {
  const merged: (string | null)[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (p === null) {
      if (last !== null || merged.length === 0) merged.push(null);
    } else if (p !== '') {
      if (typeof last === 'string') merged[merged.length - 1] = last + p;
      else merged.push(p);
    }
  }
  return merged.includes(null) ? new PartialString(merged) : merged.join('');
}

export function isUnknown(value: unknown): value is Unknown {
  return partials.made && value instanceof Unknown;
}

export function markOpen<T extends object>(value: T): T {
  partials.made = true;
  Object.defineProperty(value, OPEN, { value: true, enumerable: false });
  return value;
}

/** True when the object/array may have members the linter cannot see. */
export function isOpen(value: unknown): boolean {
  return partials.made && typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[OPEN] === true;
}

/** Does the payload contain nothing unknown (every value and member known)? */
export function isFullyKnown(value: unknown): boolean {
  if (!partials.made) return true;
  if (isUnknown(value)) return false;
  if (typeof value !== 'object' || value === null) return true;
  if (isOpen(value)) return false;
  return Object.values(value).every(isFullyKnown);
}
