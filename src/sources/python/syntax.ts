/**
 * The Python parser (@lezer/python: pure JavaScript, no install script, the
 * grammar of Python 3 through match statements, PEP 701 f-strings and type
 * parameters, error-tolerant) and small helpers over its tree. Lezer trees hold
 * offsets only; text comes from the file.
 */
import { parser } from '@lezer/python';

export type Tree = ReturnType<typeof parser.parse>;
export type PyNode = Tree['topNode'];

export function parsePython(text: string): Tree {
  return parser.parse(text);
}

/** The first syntax error of the tree (lezer marks them with error nodes), as an offset. */
export function firstError(tree: Tree): number | undefined {
  let at: number | undefined;
  tree.iterate({
    enter(n) {
      if (at !== undefined) return false;
      if (n.type.isError) {
        at = n.from;
        return false;
      }
      return undefined;
    },
  });
  return at;
}

export function kids(node: PyNode): PyNode[] {
  const out: PyNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Children that are not punctuation or keywords (tokens whose name is not capitalised). */
export function parts(node: PyNode): PyNode[] {
  return kids(node).filter((c) => /^[A-Z]/.test(c.name) && c.name !== 'Comment');
}

export function textOf(text: string, node: PyNode): string {
  return text.slice(node.from, node.to);
}

/** Parentheses around an expression, and `await`, do not change what it is. */
export function unwrap(node: PyNode): PyNode {
  let n = node;
  for (let i = 0; i < 100; i++) {
    if (n.name === 'ParenthesizedExpression' || n.name === 'AwaitExpression') {
      const inner = parts(n)[0];
      if (!inner) return n;
      n = inner;
    } else {
      return n;
    }
  }
  return n;
}

/** `a.b` → { object: a, name: 'b' }; `a[...]` → undefined. */
export function member(node: PyNode, text: string): { object: PyNode; name: string } | undefined {
  if (node.name !== 'MemberExpression') return undefined;
  const object = node.firstChild;
  const prop = node.lastChild;
  if (!object || !prop || prop.name !== 'PropertyName') return undefined;
  return { object, name: textOf(text, prop) };
}

/** Keyword arguments of a call's ArgList, in order, with positional and `**` entries. */
export type Argument =
  | { kind: 'keyword'; name: string; nameNode: PyNode; value: PyNode; from: number; to: number }
  | { kind: 'positional'; value: PyNode; from: number; to: number }
  | { kind: 'spread'; value: PyNode; from: number; to: number }
  | { kind: 'star'; value: PyNode; from: number; to: number };

export function argumentsOf(argList: PyNode, text: string): Argument[] {
  const out: Argument[] = [];
  const all = kids(argList).filter((c) => c.name !== '(' && c.name !== ')' && c.name !== 'Comment');
  let i = 0;
  while (i < all.length) {
    const c = all[i]!;
    if (c.name === ',') {
      i++;
      continue;
    }
    if (c.name === '**' || c.name === '*') {
      const value = all[i + 1];
      if (value) out.push({ kind: c.name === '**' ? 'spread' : 'star', value, from: c.from, to: value.to });
      i += 2;
      continue;
    }
    const next = all[i + 1];
    if (c.name === 'VariableName' && next?.name === 'AssignOp' && all[i + 2]) {
      const value = all[i + 2]!;
      out.push({ kind: 'keyword', name: textOf(text, c), nameNode: c, value, from: c.from, to: value.to });
      i += 3;
      continue;
    }
    out.push({ kind: 'positional', value: c, from: c.from, to: c.to });
    i++;
  }
  return out;
}

/** Entries of a DictionaryExpression: `k: v` pairs and `**spread`s. */
export type DictEntry = { kind: 'pair'; key: PyNode; value: PyNode; from: number; to: number } | { kind: 'spread'; value: PyNode; from: number; to: number };

export function dictEntries(dict: PyNode): DictEntry[] {
  const out: DictEntry[] = [];
  const all = kids(dict).filter((c) => c.name !== '{' && c.name !== '}' && c.name !== 'Comment');
  let i = 0;
  while (i < all.length) {
    const c = all[i]!;
    if (c.name === ',') {
      i++;
      continue;
    }
    if (c.name === '**') {
      const value = all[i + 1];
      if (value) out.push({ kind: 'spread', value, from: c.from, to: value.to });
      i += 2;
      continue;
    }
    if (all[i + 1]?.name === ':' && all[i + 2]) {
      const value = all[i + 2]!;
      out.push({ kind: 'pair', key: c, value, from: c.from, to: value.to });
      i += 3;
      continue;
    }
    i++;
  }
  return out;
}

/** Elements of a list, tuple or set display (`*x` as a spread). */
export function elements(node: PyNode): { value: PyNode; spread: boolean; from: number; to: number }[] {
  const out: { value: PyNode; spread: boolean; from: number; to: number }[] = [];
  const all = kids(node).filter((c) => !['[', ']', '(', ')', '{', '}', ',', 'Comment'].includes(c.name));
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.name === '*') {
      const value = all[i + 1];
      if (value) out.push({ value, spread: true, from: c.from, to: value.to });
      i++;
    } else {
      out.push({ value: c, spread: false, from: c.from, to: c.to });
    }
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = { '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * The value of one string token (`'a'`, `r"\d"`, `"""…"""`), or undefined for
 * bytes and escapes this reader does not decode (`\N{…}`).
 */
export function stringValue(raw: string): string | undefined {
  const m = /^([A-Za-z]*)('''|"""|'|")/.exec(raw);
  if (!m) return undefined;
  const prefix = m[1]!.toLowerCase();
  if (prefix.includes('b') || prefix.includes('f') || prefix.includes('t')) return undefined;
  const quote = m[2]!;
  if (!raw.endsWith(quote) || raw.length < prefix.length + 2 * quote.length) return undefined;
  const body = raw.slice(prefix.length + quote.length, raw.length - quote.length);
  return prefix.includes('r') ? body : unescape(body);
}

/** Python's backslash escapes in a non-raw str literal. */
export function unescape(body: string): string | undefined {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return undefined;
    if (e === '\r' && body[i + 2] === '\n') {
      i += 2;
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, e)) {
      out += SIMPLE_ESCAPES[e];
      i++;
      continue;
    }
    const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hex) {
      const digits = body.slice(i + 2, i + 2 + hex);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return undefined;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i += 1 + hex;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1));
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    if (e === 'N') return undefined;
    // An unknown escape keeps its backslash.
    out += '\\' + e;
    i++;
  }
  return out;
}

/** A Python number literal as a JS number (ints beyond 2^53 and complex numbers: undefined). */
export function numberValue(raw: string): number | undefined {
  const s = raw.replace(/_/g, '');
  if (/[jJ]$/.test(s)) return undefined;
  let n: number;
  if (/^0[xX]/.test(s)) n = parseInt(s.slice(2), 16);
  else if (/^0[oO]/.test(s)) n = parseInt(s.slice(2), 8);
  else if (/^0[bB]/.test(s)) n = parseInt(s.slice(2), 2);
  else n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  if (Number.isInteger(n) && !/[.eE]/.test(s) && !Number.isSafeInteger(n)) return undefined;
  return n;
}

/**
 * `with (open(a) as f, open(b) as g):` (Python 3.10) is not in @lezer/python's
 * grammar. The same text with the brackets, the line breaks, comments and a
 * trailing comma between them turned into spaces parses, and every offset is
 * unchanged (positions are computed on the original text). Returns the text
 * unchanged when there is nothing to relax.
 */
export function relaxParenthesizedWith(text: string): string {
  const re = /^[ \t]*(?:async[ \t]+)?with[ \t]*\(/gm;
  let out = text;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let close = -1;
    let quote: string | undefined;
    for (let i = open; i < text.length && i < open + 10_000; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (--depth === 0) {
          close = i;
          break;
        }
      }
    }
    if (close === -1 || !/^[ \t]*:/.test(text.slice(close + 1, close + 40))) continue;
    // Only a header whose top level holds `as`: `with (a, b):` is a tuple and parses already.
    const inner = text.slice(open + 1, close);
    if (!/\bas\b/.test(inner)) continue;
    let relaxed = '';
    let q: string | undefined;
    let level = 0;
    for (let i = 0; i < inner.length; i++) {
      const c = inner[i]!;
      if (q) {
        relaxed += c;
        if (c === '\\' && i + 1 < inner.length) relaxed += inner[++i]!;
        else if (c === q) q = undefined;
        continue;
      }
      if (c === '"' || c === "'") {
        q = c;
        relaxed += c;
      } else if (c === '#') {
        while (i < inner.length && inner[i] !== '\n') {
          relaxed += ' ';
          i++;
        }
        if (i < inner.length) relaxed += ' ';
      } else if (c === '\n' || c === '\r') relaxed += level === 0 ? ' ' : c;
      else {
        if ('([{'.includes(c)) level++;
        else if (')]}'.includes(c)) level--;
        relaxed += c;
      }
    }
    relaxed = relaxed.replace(/,(\s*)$/, ' $1');
    out = out.slice(0, open) + ' ' + relaxed + ' ' + out.slice(close + 1);
  }
  return out;
}

/**
 * Valid Python that @lezer/python 1.1 does not read, each rewritten in place
 * (same length, so every offset still points at the original text) at the
 * offset of the parse error it causes:
 * - a bare `yield` (alone on a line, `x = yield`, `(yield)`): a name bound nowhere
 *   (`_____`), so what it receives stays unknown;
 * - a float with a trailing dot (`2.`, `1. / x`): the dot becomes a space;
 * - a star where 3.11 allows one (`a[*b]`, `*args: *Ts`, `for x in *a, *b`): a space;
 * - a decorator that is any expression (PEP 614, `@buttons[0].on_click`): `@d`;
 * - a class pattern without arguments (`case Event():`): the brackets become spaces;
 * - a bracketed `with … as (a, b):` target: the brackets, line breaks and a trailing
 *   comma inside become spaces (`as a, b`);
 * - an indented blank last line without a line break: line breaks.
 * Returns the rewritten text, or undefined when the error is none of these.
 */
/**
 * The text before `at` without a trailing comment and blanks: a `#` after the last
 * quote or line break starts a comment. A scan, not a regex anchored at the end,
 * which backtracks quadratically on a long run of blanks.
 */
function codeBefore(text: string, at: number): string {
  const lastQuoteOrBreak = Math.max(text.lastIndexOf("'", at - 1), text.lastIndexOf('"', at - 1), text.lastIndexOf('\n', at - 1));
  const hash = text.indexOf('#', lastQuoteOrBreak + 1);
  let end = hash !== -1 && hash < at ? hash : at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

function relaxAt(text: string, at: number): string | undefined {
  if (/^[ \t]+$/.test(text.slice(at))) return text.slice(0, at) + '\n'.repeat(text.length - at);
  // What precedes the error on its line, without a trailing comment (`yield  # a generator`).
  const before = codeBefore(text, at);
  const yieldAt = /(?<![\w.])yield$/.exec(before);
  if (yieldAt) return text.slice(0, yieldAt.index) + '_____' + text.slice(yieldAt.index + 5);
  if (/(?<![\w.])\d[\d_]*\.$/.test(before)) return text.slice(0, before.length - 1) + ' ' + text.slice(before.length);
  if (text[at] === '*' && text[at + 1] !== '*') return text.slice(0, at) + ' ' + text.slice(at + 1);
  const emptyOpen = /\(\s*$/.exec(text.slice(0, at));
  if (text[at] === ')' && emptyOpen) return text.slice(0, emptyOpen.index) + ' '.repeat(at + 1 - emptyOpen.index) + text.slice(at + 1);
  // The error sits at the bracket, or after it when the target list starts on the next line.
  const asTarget = /(?<![\w.])as[ \t]*$/.test(before) && '(['.includes(text[at]!) ? at : /(?<![\w.])as[ \t]*[([]$/.test(before) ? before.length - 1 : undefined;
  if (asTarget !== undefined) {
    const close = matchingBracket(text, asTarget);
    // Line breaks inside go too: without the brackets they would end the statement.
    if (close !== undefined) return text.slice(0, asTarget) + ' ' + text.slice(asTarget + 1, close).replace(/#[^\n]*/g, (c) => ' '.repeat(c.length)).replace(/[\r\n]/g, ' ').replace(/,(\s*)$/, ' $1') + ' ' + text.slice(close + 1);
  }
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const decorator = /^[ \t]*@/.exec(text.slice(lineStart, at + 1));
  if (decorator) {
    const start = lineStart + decorator[0].length;
    let depth = 0;
    let end = start;
    for (; end < text.length; end++) {
      const c = text[end]!;
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth--;
      else if ((c === '\n' || c === '#') && depth <= 0) break;
    }
    if (end - start < 1) return undefined;
    return text.slice(0, start) + 'd' + text.slice(start + 1, end).replace(/[^\n\r]/g, ' ') + text.slice(end);
  }
  return undefined;
}

/** The offset of the bracket that closes the one at `open` (strings and comments skipped). */
function matchingBracket(text: string, open: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length && i < open + 10_000; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i;
  }
  return undefined;
}

/**
 * Parse, and when the grammar stops at valid Python it lacks (see relaxAt and
 * relaxParenthesizedWith), parse the relaxed text again. `text` is what the
 * tree's offsets index (same length as the input); `error` is the first syntax
 * error that remains (past the ones explained).
 */
export function parseRelaxed(source: string): { tree: Tree; text: string; error: number | undefined } {
  let text = source;
  let tree = parsePython(text);
  let error = firstError(tree);
  if (error === undefined) return { tree, text, error };
  const withRelaxed = relaxParenthesizedWith(text);
  if (withRelaxed !== text) {
    const again = parsePython(withRelaxed);
    const next = firstError(again);
    if (next === undefined || next >= error) {
      text = withRelaxed;
      tree = again;
      error = next;
    }
  }
  for (let round = 0; error !== undefined && round < 64; round++) {
    const relaxed = relaxAt(text, error);
    if (relaxed === undefined) break;
    const again = parsePython(relaxed);
    const next = firstError(again);
    // Only a rewrite that moves the error on (or ends it) is kept.
    if (next !== undefined && next <= error) break;
    text = relaxed;
    tree = again;
    error = next;
  }
  return { tree, text, error };
}
