/**
 * A validating JSON scanner that knows where things are. It runs only when a
 * file has something to report (JSON.parse does the fast first pass): it finds
 * the exact position of a syntax error, and the key and value ranges of the
 * JSON Pointers that findings name. Iterative, so 100,000 levels of nesting
 * cannot overflow the stack.
 */
import { escapeToken } from '../../engine/pointer.js';

export interface Range {
  start: number;
  end: number;
}

export interface Located {
  key?: Range;
  value: Range;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface Frame {
  kind: 'object' | 'array';
  pointer: string;
  /** Are pointers inside this container wanted? When not, its subtree is only tokenized. */
  track: boolean;
  /** Members/elements seen so far. */
  index: number;
  /** 'open': just opened; 'after': a member or element just ended. */
  state: 'open' | 'after';
  keyRange?: Range;
  start: number;
}

/** JSON whitespace: space, tab, line feed, carriage return. */
const isWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** A string's text between its quotes, `text[start, end)`: sliced as it is when it has no escape, else decoded. */
export function jsonStringAt(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.indexOf('\\') === -1 ? inner : (JSON.parse(text.slice(start, end)) as string);
}

function describe(text: string, i: number): string {
  if (i >= text.length) return 'Unexpected end of JSON input';
  const ch = text[i]!;
  return `Unexpected ${JSON.stringify(ch)}`;
}

/**
 * Scans `text` (one JSON document); returns the locations of `wanted` pointers
 * (all of them when `wanted` is undefined). Throws JsonSyntaxError at the first
 * syntax error. `trusted`: JSON.parse already accepted this span, so strings are
 * stepped over by searching for their closing quote instead of checked character
 * by character (a base64 image is most of a file's length).
 */
export function scanJson(text: string, wanted?: ReadonlySet<string>, from = 0, to = text.length, trusted = false): Map<string, Located> {
  const found = new Map<string, Located>();
  const want = (p: string): boolean => !wanted || wanted.has(p);
  // Containers on the way to a wanted pointer; pointers are built only inside those.
  let prefixes: Set<string> | undefined;
  if (wanted) {
    prefixes = new Set(['']);
    for (const w of wanted) {
      for (let i = w.indexOf('/', 1); i !== -1; i = w.indexOf('/', i + 1)) prefixes.add(w.slice(0, i));
      prefixes.add(w);
    }
  }
  const tracked = (p: string): boolean => !prefixes || prefixes.has(p);
  const stack: Frame[] = [];
  let i = from;
  const skipWs = (): void => {
    while (i < to && isWs(text.charCodeAt(i))) i++;
  };
  const fail = (message?: string): never => {
    throw new JsonSyntaxError(message ?? describe(text, i < to ? i : to), Math.min(i, to));
  };

  /** Steps over a string, checking its escapes; a key on a wanted path is then decoded by JSON.parse. */
  const skipString = (): void => {
    i++;
    if (trusted) {
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1 || q >= to) fail('Unterminated string in JSON');
        // The quote is escaped when an odd number of backslashes precede it.
        let backslashes = 0;
        while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
        i = q + 1;
        if (backslashes % 2 === 0) return;
      }
    }
    for (;;) {
      if (i >= to) fail('Unterminated string in JSON');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail('Bad control character in string literal');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            fail('Bad Unicode escape in string');
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          i++;
          fail('Bad escaped character in string');
        }
        continue;
      }
      i++;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  /**
   * Trusted text: steps over a whole container no wanted pointer is in, from its opening
   * bracket, counting brackets outside strings (JSON.parse already checked its syntax).
   */
  const skipContainer = (): void => {
    let depth = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        skipString();
        continue;
      }
      i++;
      if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) return;
    }
    fail();
  };

  /** Scans a scalar at i; returns false if a container was opened instead. */
  const scanValue = (pointer: string, keyRange: Range | undefined, parentTracked: boolean): void => {
    skipWs();
    if (i >= to) fail();
    const start = i;
    const c = text[i];
    if (c === '{' || c === '[') {
      if (trusted && wanted && !(parentTracked && tracked(pointer))) {
        // Nothing wanted inside: no frames, no pointers, one pass over its brackets.
        skipContainer();
        return;
      }
      stack.push({ kind: c === '{' ? 'object' : 'array', pointer, track: parentTracked && tracked(pointer), index: 0, state: 'open', start, ...(keyRange ? { keyRange } : {}) });
      i++;
      return;
    }
    if (c === '"') skipString();
    else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m.index !== i || m[0].length === 0) fail();
      i += m![0].length;
    }
    if (parentTracked && want(pointer)) found.set(pointer, { value: { start, end: i }, ...(keyRange ? { key: keyRange } : {}) });
  };

  scanValue('', undefined, true);
  // Container loop: after each value, continue the innermost open container.
  for (;;) {
    const top = stack[stack.length - 1];
    if (!top) break;
    skipWs();
    if (i >= to) fail();
    const closer = top.kind === 'object' ? '}' : ']';
    if (text[i] === closer) {
      i++;
      stack.pop();
      if (top.track && want(top.pointer)) found.set(top.pointer, { value: { start: top.start, end: i }, ...(top.keyRange ? { key: top.keyRange } : {}) });
      const parent = stack[stack.length - 1];
      if (parent) parent.state = 'after';
      continue;
    }
    if (top.state === 'after') {
      if (text[i] !== ',') fail(`Expected ',' or '${closer}' after ${top.kind === 'object' ? 'property value' : 'array element'} in JSON`);
      i++;
      skipWs();
      if (text[i] === closer) fail(`Unexpected ${JSON.stringify(closer)}: trailing comma`);
    }
    const depth = stack.length;
    if (top.kind === 'array') {
      scanValue(top.track ? `${top.pointer}/${top.index}` : '', undefined, top.track);
    } else {
      if (text[i] !== '"') fail('Expected double-quoted property name in JSON');
      const keyStart = i;
      skipString();
      const key = top.track ? jsonStringAt(text, keyStart, i) : '';
      const keyRange = { start: keyStart, end: i };
      skipWs();
      if (text[i] !== ':') fail("Expected ':' after property name in JSON");
      i++;
      scanValue(top.track ? `${top.pointer}/${escapeToken(key)}` : '', keyRange, top.track);
    }
    top.index++;
    if (stack.length === depth) top.state = 'after';
  }
  skipWs();
  if (i < to) fail(TEXT_AFTER_JSON);
  return found;
}

/** The syntax error of a value followed by more text (its offset is where that text starts). */
export const TEXT_AFTER_JSON = 'Unexpected non-whitespace character after JSON';

/** Offsets → 1-based line/column (UTF-16 columns, like ESLint). */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    if (text.indexOf('\r') === -1) {
      // The common case, searched natively: only \n ends lines.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.starts.push(i + 1);
      else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) this.starts.push(i + 1);
    }
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  lineStart(line: number): number {
    return this.starts[line - 1] ?? 0;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
