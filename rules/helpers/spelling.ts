/**
 * How a message spells code: in the language the call was written in. A Python
 * SDK call passes the body as keyword arguments (`max_tokens=1024`) and writes
 * literals as Python does (`True`, `False`, `None`); a JS/TS call or a request
 * file keeps the JS/JSON spelling (`max_tokens: 1024`, `true`). Every message that
 * names syntax goes through here, so no rule asks which language it is in.
 *
 * Values only: a path such as `messages[0].content[1]` reads the same in both.
 */
import type { Sdk } from '../../src/engine/rule.js';
import type { Pointer } from '../../src/engine/types.js';
import { parent, split, toReadablePath } from '../../src/engine/pointer.js';

export interface Spelling {
  /** A top-level body parameter as the call writes it: `max_tokens: 0` / `max_tokens=0`; without a value the name alone, `max_tokens` / `max_tokens=`. */
  param(name: string, value?: unknown): string;
  /** A member of a nested object: `is_error: true` / `"is_error": True`. */
  member(name: string, value: unknown): string;
  /** A literal: `{"type": "auto"}`, `true`, `null` / `{"type": "auto"}`, `True`, `None`. */
  literal(value: unknown): string;
  /** A member of the body by name: `"max_tokens"`; a keyword argument of a Python call: `max_tokens=`. */
  name(pointer: Pointer): string;
  /** The same with what it is: `field "max_tokens"` / `argument max_tokens=`. */
  field(pointer: Pointer): string;
  /** Where a value sits: `messages[0].content`, `max_tokens`; a keyword argument: `max_tokens=`. */
  path(pointer: Pointer): string;
  /** What holds a member: `the request body` (a Python call: `the call`), or the readable path of its parent. */
  where(pointer: Pointer): string;
}

const isTopLevel = (pointer: Pointer): boolean => pointer.lastIndexOf('/') === 0;
const lastName = (pointer: Pointer): string => split(pointer).at(-1) ?? '';
const BODY_PROSE = {
  name: (pointer: Pointer) => `"${lastName(pointer)}"`,
  field: (pointer: Pointer) => `field "${lastName(pointer)}"`,
  path: (pointer: Pointer) => toReadablePath(pointer),
  where: (pointer: Pointer) => (parent(pointer) === '' ? 'the request body' : toReadablePath(parent(pointer))),
};

/** What the spelling depends on (a request context has all of it; a batch context has no SDK). */
export interface SpellingContext {
  sdk?: Sdk | undefined;
  /** The language the body is written in (a raw HTTP call has no SDK but may be Python). */
  writtenIn?: Sdk | undefined;
  /** In a batch's `params` the body is a dict, not keyword arguments. */
  inBatch?: boolean;
}

/** JSON with a space after `:` and `,`, as messages have always written objects. */
function jsLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsLiteral).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${jsLiteral(v)}`).join(', ')}}`;
  return JSON.stringify(value) ?? String(value);
}

function pyLiteral(value: unknown): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value as object).map(([k, v]) => `${JSON.stringify(k)}: ${pyLiteral(v)}`).join(', ')}}`;
  return JSON.stringify(value) ?? String(value);
}

const JS: Spelling = {
  ...BODY_PROSE,
  param: (name, ...value) => (value.length ? `${name}: ${jsLiteral(value[0])}` : name),
  member: (name, value) => `${name}: ${jsLiteral(value)}`,
  literal: jsLiteral,
};

const PYTHON_DICT: Spelling = {
  ...BODY_PROSE,
  param: (name, ...value) => (value.length ? `"${name}": ${pyLiteral(value[0])}` : name),
  member: (name, value) => `"${name}": ${pyLiteral(value)}`,
  literal: pyLiteral,
};

const PYTHON_KWARGS: Spelling = {
  ...PYTHON_DICT,
  param: (name, ...value) => (value.length ? `${name}=${pyLiteral(value[0])}` : `${name}=`),
  name: (pointer) => (isTopLevel(pointer) ? `${lastName(pointer)}=` : BODY_PROSE.name(pointer)),
  field: (pointer) => (isTopLevel(pointer) ? `argument ${lastName(pointer)}=` : BODY_PROSE.field(pointer)),
  path: (pointer) => (isTopLevel(pointer) ? `${lastName(pointer)}=` : BODY_PROSE.path(pointer)),
  where: (pointer) => (parent(pointer) === '' ? 'the call' : BODY_PROSE.where(pointer)),
};

export function spellingOf(context: SpellingContext): Spelling {
  if (context.sdk === 'python') return context.inBatch ? PYTHON_DICT : PYTHON_KWARGS;
  // A raw HTTP call in Python (`httpx.post(url, json={...})`): the body is a dict.
  if (context.writtenIn === 'python') return PYTHON_DICT;
  return JS;
}
