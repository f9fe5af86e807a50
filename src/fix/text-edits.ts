/**
 * The engine's edits are pointer-based (`{op, pointer, …}` on the payload); an
 * editor needs text edits. This module turns one fix's or suggestion's edits
 * into text edits on the file, through a small view of the file's syntax
 * (`EditSource`) that the JS/TS and the JSON front ends each provide.
 *
 * The rule: every edit must land on literal source in this file. When one
 * cannot (the value comes from a spread, a parameter, another binding; an array
 * index shifted by a spread; edits that overlap), the whole fix or suggestion is
 * dropped — a missing quick fix is better than a wrong one.
 */
import type { Edit, Pointer } from '../engine/types.js';
import { join, parent, split } from '../engine/pointer.js';
import { isFullyKnown } from '../engine/partial.js';

export type Range = readonly [number, number];

export interface TextEdit {
  range: Range;
  text: string;
}

/** An object member written in the source: `key: value`, `"key": value`, `{ key }`. */
export interface SourceMember {
  /** The whole member. */
  range: Range;
  /** The key as written (for a computed `['key']`, the literal inside the brackets); undefined when not a literal key. */
  keyRange: Range | undefined;
  /** The value as written. */
  valueRange: Range;
  /** `{ model }`: key and value are one identifier. */
  shorthand: boolean;
  /** The value is written here (a literal, object or array), so replacing its text replaces the value. */
  literalValue: boolean;
  /** The quote of a string-literal value, to keep the file's style. */
  quote?: '"' | "'";
}

/** An object or array literal written in the source. */
export interface SourceContainer {
  kind: 'object' | 'array';
  /** From the opening to the closing bracket, both included. */
  range: Range;
  /** Its members/elements in source order; spreads included (they have no index of their own). */
  items: readonly { range: Range; spread: boolean; literal: boolean }[];
}

export interface EditSource {
  text: string;
  /** The object member at `pointer`, when it is written literally in this file. */
  member(pointer: Pointer): SourceMember | undefined;
  /** The object or array literal whose value is at `pointer`. */
  container(pointer: Pointer): SourceContainer | undefined;
  /** How a new or renamed key is written (JS: an identifier when possible; JSON: always quoted); `pointer`: the member's. */
  keyText(key: string, pointer?: Pointer): string;
  /** How a new member is written when not `key: value` (Python keyword arguments: `key=value`); null: it cannot be. */
  entryText?(key: string, valueText: string, pointer: Pointer): string | null | undefined;
  /** Last say on a fix's text edits (Python: the fixed file must parse again). */
  accepts?(edits: readonly TextEdit[]): boolean;
  /**
   * When `text` is not the file's text but is written inside it (a notebook cell in a
   * JSON string): the edits on `text` as edits on the file, or undefined when they
   * cannot be written there.
   */
  toFile?(edits: readonly TextEdit[]): TextEdit[] | undefined;
  /** How a value is written; `quote` is the style to keep for strings. */
  valueText(value: unknown, quote?: '"' | "'"): string | undefined;
  /** `{ a: 1 }` in JS, `{"a": 1}` in JSON. */
  padBraces: boolean;
  /** The payload value at `pointer` (to recognise a value a fix moves, see movedText). */
  valueAt?(pointer: Pointer): unknown;
}

const INDEX = /^(0|[1-9]\d*)$/;

/** Edits → text edits, or undefined when any edit cannot be mapped safely. */
export function toTextEdits(edits: readonly Edit[], source: EditSource): TextEdit[] | undefined {
  const out: TextEdit[] = [];
  const removed = edits.filter((e) => e.op === 'remove').map((e) => e.pointer);
  for (const edit of edits) {
    const mapped = mapEdit(edit, source, removed);
    if (!mapped) return undefined;
    out.push(...mapped);
  }
  if (!nonOverlapping(out) || !(source.accepts?.(out) ?? true)) return undefined;
  return source.toFile ? source.toFile(out) : out;
}

function nonOverlapping(edits: TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.range[0] < prev.range[1]) return false;
    // Two edits at the same point whose order ESLint cannot know.
    if (cur.range[0] === prev.range[0] && cur.range[0] === cur.range[1] && prev.range[0] === prev.range[1]) return false;
  }
  return true;
}

function lastOf(pointer: Pointer): string | undefined {
  const tokens = split(pointer);
  return tokens[tokens.length - 1];
}

function mapEdit(edit: Edit, source: EditSource, removed: readonly Pointer[]): TextEdit[] | undefined {
  const key = lastOf(edit.pointer);
  if (key === undefined) return undefined; // replacing the whole body is never a source edit
  switch (edit.op) {
    case 'rename':
      return rename(edit.pointer, edit.key, source);
    case 'remove':
      return remove(edit.pointer, key, source);
    case 'replace':
      return replace(edit.pointer, key, edit.value, source, removed);
    case 'add':
      return add(edit.pointer, key, edit.value, source, removed);
  }
}

function rename(pointer: Pointer, newKey: string, source: EditSource): TextEdit[] | undefined {
  const member = source.member(pointer);
  if (!member) return undefined;
  if (member.shorthand) {
    // `{ temprature }` → `{ temperature: temprature }`: the value stays the binding.
    const binding = source.text.slice(member.range[0], member.range[1]);
    return [{ range: member.range, text: `${source.keyText(newKey)}: ${binding}` }];
  }
  if (!member.keyRange) return undefined;
  return [{ range: member.keyRange, text: source.keyText(newKey, pointer) }];
}

/** The item of an array container at `index`, when no spread before it shifts indices. */
function arrayItem(container: SourceContainer, index: number): SourceContainer['items'][number] | undefined {
  let i = 0;
  for (const item of container.items) {
    if (item.spread) return undefined;
    if (i === index) return item;
    i++;
  }
  return undefined;
}

function itemFor(pointer: Pointer, key: string, source: EditSource): { container: SourceContainer; position: number } | undefined {
  const container = source.container(parent(pointer));
  if (!container) return undefined;
  let range: Range | undefined;
  if (container.kind === 'array') {
    if (!INDEX.test(key)) return undefined;
    range = arrayItem(container, Number(key))?.range;
  } else {
    range = source.member(pointer)?.range;
  }
  if (!range) return undefined;
  const position = container.items.findIndex((item) => item.range[0] === range[0] && item.range[1] === range[1]);
  return position === -1 ? undefined : { container, position };
}

function remove(pointer: Pointer, key: string, source: EditSource): TextEdit[] | undefined {
  const found = itemFor(pointer, key, source);
  if (!found) return undefined;
  const { container, position } = found;
  const items = container.items;
  const item = items[position]!;
  if (items.length === 1) {
    // The only member: `{ a: 1 }` → `{}`.
    return [{ range: [container.range[0] + 1, container.range[1] - 1], text: '' }];
  }
  const text = source.text;
  if (position < items.length - 1) {
    const next = items[position + 1]!;
    const between = text.slice(item.range[1], next.range[0]);
    // Up to the next item: takes the comma and the line break with it.
    if (/^\s*,\s*$/.test(between)) return [{ range: [item.range[0], next.range[0]], text: '' }];
    // A comment after it (`a: 1, // why`, or on the lines before the next item) is not part of it: it stays.
    const comma = /^\s*,/.exec(between);
    if (!comma) return undefined;
    return [{ range: memberLine(text, item.range[0], item.range[1] + comma[0].length), text: '' }];
  }
  const prev = items[position - 1]!;
  const between = text.slice(prev.range[1], item.range[0]);
  // The last item: from the end of the previous one, so its comma goes and a trailing comma stays.
  if (/^\s*,\s*$/.test(between)) return [{ range: [prev.range[1], item.range[1]], text: '' }];
  const comma = /^\s*,/.exec(between);
  if (!comma) return undefined;
  // Comments between the two stay: remove the previous item's comma and the item (with its own line, when it has one).
  const after = /^[ \t]*,/.exec(text.slice(item.range[1]));
  const [start, end] = memberLine(text, item.range[0], item.range[1] + (after ? after[0].length : 0));
  return [
    { range: [prev.range[1] + comma[0].length - 1, prev.range[1] + comma[0].length], text: '' },
    { range: [start, end], text: '' },
  ];
}

/**
 * The span to delete for a member ending at `end` (its comma included): when the
 * member has its line to itself, the whole line with its indent and line break;
 * otherwise the member and the spaces after it.
 */
function memberLine(text: string, start: number, end: number): Range {
  let stop = end;
  while (stop < text.length && (text[stop] === ' ' || text[stop] === '\t')) stop++;
  const lineBegin = lineStart(text, start);
  const ownLine = /^[ \t]*$/.test(text.slice(lineBegin, start));
  if (ownLine && (text[stop] === '\n' || text.startsWith('\r\n', stop))) return [lineBegin, stop + (text[stop] === '\n' ? 1 : 2)];
  return [start, stop];
}

function replace(pointer: Pointer, key: string, value: unknown, source: EditSource, removed: readonly Pointer[]): TextEdit[] | undefined {
  const container = source.container(parent(pointer));
  if (container?.kind === 'array') {
    if (!INDEX.test(key)) return undefined;
    const item = arrayItem(container, Number(key));
    if (!item?.literal) return undefined;
    const text = valueSource(value, container, source, removed);
    return text === undefined ? undefined : [{ range: item.range, text }];
  }
  const member = source.member(pointer);
  if (!member?.literalValue || member.shorthand) return undefined;
  const text = valueSource(value, container, source, removed, member.quote);
  return text === undefined ? undefined : [{ range: member.valueRange, text }];
}

/** The file's line ending, so that an inserted line break matches the others. */
function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The whitespace an item's line starts with, when the item starts its line. */
function ownLineIndent(text: string, offset: number): string | undefined {
  const before = text.slice(lineStart(text, offset), offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

function add(pointer: Pointer, key: string, value: unknown, source: EditSource, removed: readonly Pointer[]): TextEdit[] | undefined {
  const container = source.container(parent(pointer));
  if (!container) return undefined;
  if (container.kind === 'object' && source.member(pointer)) return replace(pointer, key, value, source, removed); // JSON Patch: add on an existing member replaces it
  const valueText = valueSource(value, container, source, removed);
  if (valueText === undefined) return undefined;
  const custom = container.kind === 'object' ? source.entryText?.(key, valueText, pointer) : undefined;
  if (custom === null) return undefined;
  const entry = custom ?? (container.kind === 'object' ? `${source.keyText(key, pointer)}: ${valueText}` : valueText);
  const { items } = container;
  if (items.length === 0) {
    const pad = source.padBraces && container.kind === 'object' ? ' ' : '';
    return [{ range: [container.range[0] + 1, container.range[1] - 1], text: `${pad}${entry}${pad}` }];
  }
  let before: number | undefined; // insert before items[before]; undefined: after the last
  if (container.kind === 'array' && key !== '-') {
    if (!INDEX.test(key)) return undefined;
    const index = Number(key);
    const target = arrayItem(container, index);
    if (target) before = items.indexOf(target);
    // Appending at index n is exact only when no spread makes n uncertain.
    else if (items.some((i) => i.spread) || index !== items.length) return undefined;
  }
  // Objects and `-`: after the last item (after spreads too, so the new member wins).
  const anchor = before === undefined ? items[items.length - 1]! : items[before]!;
  const indent = ownLineIndent(source.text, anchor.range[0]);
  const separator = indent === undefined ? ', ' : `,${lineEnding(source.text)}${indent}`;
  if (before === undefined) return [{ range: [anchor.range[1], anchor.range[1]], text: `${separator}${entry}` }];
  return [{ range: [anchor.range[0], anchor.range[0]], text: `${entry}${separator}` }];
}

// --- moved values ---------------------------------------------------------

/**
 * How a new value is written. A fix that moves a value (a system message's
 * content to `system`, a `cache_control` to another block) removes it in one
 * edit and adds it in another: the added value is then the removed one's own
 * source text (`system: SYSTEM_PROMPT`, not the prompt inlined; and it works
 * when the value is not known statically). Only when that text sits inside the
 * container it moves into, so every name in it still means the same.
 */
function valueSource(value: unknown, container: SourceContainer | undefined, source: EditSource, removed: readonly Pointer[], quote?: '"' | "'"): string | undefined {
  return (container && movedText(value, container.range, source, removed)) ?? source.valueText(value, quote);
}

function movedText(value: unknown, within: Range, source: EditSource, removed: readonly Pointer[]): string | undefined {
  if (!source.valueAt || removed.length === 0) return undefined;
  const json = isFullyKnown(value) ? JSON.stringify(value) : undefined;
  for (const root of removed) {
    for (const pointer of [root, ...descendants(root, source, 2)]) {
      const candidate = source.valueAt(pointer);
      const same = candidate === value || (json !== undefined && typeof candidate === typeof value && isFullyKnown(candidate) && JSON.stringify(candidate) === json);
      if (!same) continue;
      const range = valueRange(pointer, source);
      if (range && range[0] >= within[0] && range[1] <= within[1]) return source.text.slice(range[0], range[1]);
    }
  }
  return undefined;
}

function descendants(pointer: Pointer, source: EditSource, depth: number): Pointer[] {
  if (depth === 0) return [];
  const value = source.valueAt!(pointer);
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
  return keys.flatMap((k) => {
    const child = join(pointer, k);
    return [child, ...descendants(child, source, depth - 1)];
  });
}

/** Where the value at `pointer` is written: a member's value (a shorthand's binding), or an array element. */
function valueRange(pointer: Pointer, source: EditSource): Range | undefined {
  const member = source.member(pointer);
  if (member) return member.shorthand ? member.range : member.valueRange;
  const container = source.container(parent(pointer));
  const key = lastOf(pointer);
  if (container?.kind !== 'array' || key === undefined || !INDEX.test(key)) return undefined;
  return arrayItem(container, Number(key))?.range;
}

// --- writing values -------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function jsKey(key: string): string {
  // `__proto__: x` (quoted or not) sets the prototype in an object literal; computed, it is a member.
  if (key === '__proto__') return '["__proto__"]';
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

export function jsonKey(key: string): string {
  return JSON.stringify(key);
}

function jsString(value: string, quote: '"' | "'"): string {
  const json = JSON.stringify(value);
  if (quote === '"') return json;
  // Same escapes, other quote: unescape \" and escape '.
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/**
 * A JSON value written as JS: identifier keys where possible, the file's quote
 * for strings. Undefined for a value that is not fully known (an Unknown would
 * print as `{}`).
 */
export function jsLiteral(value: unknown, quote: '"' | "'" = '"'): string | undefined {
  return isFullyKnown(value) ? writeJs(value, quote) : undefined;
}

function writeJs(value: unknown, quote: '"' | "'"): string | undefined {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'string') return jsString(value, quote);
  if (Array.isArray(value)) {
    const parts = value.map((v) => writeJs(v, quote));
    return parts.some((p) => p === undefined) ? undefined : `[${parts.join(', ')}]`;
  }
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      const text = writeJs(v, quote);
      if (text === undefined) return undefined;
      parts.push(`${jsKey(k)}: ${text}`);
    }
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  return undefined;
}

export function jsonLiteral(value: unknown): string | undefined {
  if (!isFullyKnown(value)) return undefined;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return JSON.stringify(value);
}

/**
 * Applies non-overlapping text edits to a text in one pass: the pieces between
 * edits and the edits' texts, joined once (a fix with thousands of edits, or
 * --fix over a file with thousands of findings, stays linear in the text).
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  // An insertion before a replacement that starts at the same offset.
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.range[0]), e.text);
    at = Math.max(at, e.range[1]);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
