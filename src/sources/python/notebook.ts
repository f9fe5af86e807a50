/**
 * Jupyter notebooks (`.ipynb`): the code cells, in order, are one Python
 * program (a client made in one cell is known in the later ones); markdown cells
 * and outputs are ignored. IPython magics and shell lines (`%pip install …`,
 * `!ls`, `%%time`) are blanked with spaces, so every offset of the Python text
 * still maps to one character of a cell's source string in the JSON, and
 * findings point into the .ipynb file itself, their messages naming the cell.
 * Fixes are written back into the cell's JSON strings, re-escaped (see cellFileEdits).
 */
import type { ExtractResult, Location, PayloadSource, SourceOptions } from '../types.js';
import { applyTextEdits, type TextEdit } from '../../fix/text-edits.js';
import { JsonSyntaxError, LineIndex, scanJson } from '../json/scanner.js';
import { extractPython } from './index.js';
import { mightContainCalls } from './extract.js';
import { mightHoldDirectives } from '../../lint/disables.js';
import { parseRelaxed } from './syntax.js';

/** Cell magics whose body is still Python. */
const PYTHON_CELL_MAGICS = /^%%(time|timeit|capture|prun|debug|memit|mprun)\b/;

/** A JSON string token's value with, for each UTF-16 unit, its offset in the file (and one past the end). */
function decodeString(text: string, start: number, end: number): { value: string; offsets: number[] } {
  let value = '';
  const offsets: number[] = [];
  for (let i = start + 1; i < end - 1; ) {
    const c = text[i]!;
    if (c !== '\\') {
      value += c;
      offsets.push(i);
      i++;
      continue;
    }
    const e = text[i + 1]!;
    if (e === 'u') {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      offsets.push(i);
      i += 6;
      continue;
    }
    value += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' } as Record<string, string>)[e] ?? e;
    offsets.push(i);
    i += 2;
  }
  offsets.push(end - 1);
  return { value, offsets };
}

/**
 * Where each line of a cell starts a new Python statement: not inside a
 * triple-quoted string or brackets, not after a backslash continuation. A line
 * of a prompt in a `"""…"""` string that starts with `!` or ends with `?` is text,
 * not a magic.
 */
function statementStarts(lines: string[]): boolean[] {
  const out: boolean[] = [];
  let quote: string | undefined;
  let depth = 0;
  let continued = false;
  for (const line of lines) {
    out.push(!quote && depth === 0 && !continued);
    continued = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (line.startsWith(quote, i)) {
          i += quote.length - 1;
          quote = undefined;
        }
        continue;
      }
      if (c === '#') break;
      if (c === '"' || c === "'") {
        const triple = line.startsWith(c.repeat(3), i);
        quote = triple ? c.repeat(3) : c;
        if (triple) i += 2;
      } else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
      else if (c === '\\' && /^\\\r?\n?$/.test(line.slice(i))) continued = true;
    }
    // A one-quote string does not run past its line.
    if (quote && quote.length === 1) quote = undefined;
  }
  return out;
}

/** IPython-only syntax at the start of a statement: `%magic`, `!shell`, `x = !cmd`, `obj?`, `?obj`. */
const MAGIC_LINE = /^\s*(?:[%!?]|[\w.]+\s*=\s*[!%]|[\w.]+\?{1,2}\s*$)/;

/**
 * Blank IPython-only lines (keeping their length) so the cell parses as Python.
 * A magic line becomes the statement `0` padded with spaces (a blank line would
 * leave an `if` or `for` block inside which it sits empty), and the lines it
 * continues with a trailing backslash are blanked with it.
 */
function blankMagics(source: string): string {
  const lines = source.split(/(?<=\n)/);
  const blank = (line: string) => line.replace(/[^\n\r]/g, ' ');
  if (lines[0] && /^\s*%%/.test(lines[0])) {
    if (!PYTHON_CELL_MAGICS.test(lines[0].trim())) return blank(source);
    lines[0] = blank(lines[0]);
  }
  const starts = statementStarts(lines);
  for (let i = 0; i < lines.length; i++) {
    if (!starts[i] || !MAGIC_LINE.test(lines[i]!)) continue;
    const continues = (line: string) => /\\\r?\n$/.test(line);
    let more = continues(lines[i]!);
    const indent = /^[ \t]*/.exec(lines[i]!)![0];
    lines[i] = indent + '0' + blank(lines[i]!.slice(indent.length + 1));
    while (more && i + 1 < lines.length) {
      i++;
      more = continues(lines[i]!);
      lines[i] = blank(lines[i]!);
    }
  }
  return lines.join('');
}

/** One JSON string of a cell's `source` (the whole source, or one line of a list). */
interface SourceToken {
  /** From its opening quote to after its closing quote, in the file. */
  fileStart: number;
  fileEnd: number;
  /** The part of the cell's text it holds. */
  cellStart: number;
  cellEnd: number;
  /** For each UTF-16 unit of its value, where its JSON spelling starts; then the closing quote. */
  offsets: number[];
}

interface Position {
  line: number;
  column: number;
}
const notAfter = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);

interface CellText {
  index: number;
  /** The cell's source as Jupyter shows it, and as parsed (magics blanked, same length). */
  raw: string;
  python: string;
  offsets: number[];
  tokens: SourceToken[];
}

/** A string written as the inside of a JSON string. */
const jsonInner = (s: string): string => JSON.stringify(s).slice(1, -1);

/**
 * Edits on a cell's text → edits on the notebook's JSON, or undefined when they cannot
 * be written safely. An edit inside one JSON string is re-escaped in place; one that
 * spans strings of a list of lines rewrites those strings, one line each. The result
 * must read back as JSON strings holding exactly the edited cell, and the edited
 * cell must still parse as Python; otherwise the fix is not applied.
 */
function cellFileEdits(text: string, cell: CellText, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const { raw, python, tokens } = cell;
  if (!tokens.length || !edits.length) return undefined;
  // An IPython line blanked for the parser is not what the file holds there.
  if (edits.some((e) => raw.slice(e.range[0], e.range[1]) !== python.slice(e.range[0], e.range[1]))) return undefined;
  const edited = applyTextEdits(raw, edits);
  if (parseRelaxed(blankMagics(edited)).error !== undefined) return undefined;
  const startToken = (at: number): number => {
    const i = tokens.findIndex((t) => t.cellStart <= at && at < t.cellEnd);
    return i === -1 ? tokens.length - 1 : i;
  };
  const endToken = (at: number): number => {
    const i = tokens.findIndex((t) => t.cellStart < at && at <= t.cellEnd);
    return i === -1 ? 0 : i;
  };
  const spans = edits.map((e) => {
    const first = startToken(e.range[0]);
    return { edit: e, first, last: e.range[0] === e.range[1] ? first : Math.max(first, endToken(e.range[1])) };
  });
  let out: TextEdit[];
  if (spans.every((s) => s.first === s.last)) {
    out = spans.map(({ edit, first }) => {
      const t = tokens[first]!;
      return { range: [t.offsets[edit.range[0] - t.cellStart]!, t.offsets[edit.range[1] - t.cellStart]!] as const, text: jsonInner(edit.text) };
    });
  } else {
    // Rewrite the strings the edits touch, one line per string, joined as the file joins them.
    const lo = Math.min(...spans.map((s) => s.first));
    const hi = Math.max(...spans.map((s) => s.last));
    const [from, to] = [tokens[lo]!.cellStart, tokens[hi]!.cellEnd];
    const segment = applyTextEdits(
      raw.slice(from, to),
      edits.map((e) => ({ range: [e.range[0] - from, e.range[1] - from] as const, text: e.text })),
    );
    const separator = text.slice(tokens[lo]!.fileEnd, tokens[lo + 1]!.fileStart);
    const lines = segment ? segment.split(/(?<=\n)/) : [''];
    out = [{ range: [tokens[lo]!.fileStart, tokens[hi]!.fileEnd], text: lines.map((l) => JSON.stringify(l)).join(separator) }];
  }
  // Read the cell's strings back from the edited JSON.
  const [start, end] = [tokens[0]!.fileStart, tokens[tokens.length - 1]!.fileEnd];
  const region = applyTextEdits(
    text.slice(start, end),
    out.map((e) => ({ range: [e.range[0] - start, e.range[1] - start] as const, text: e.text })),
  );
  let strings: unknown;
  try {
    strings = JSON.parse(`[${region}]`);
  } catch {
    return undefined;
  }
  return Array.isArray(strings) && strings.every((s) => typeof s === 'string') && strings.join('') === edited ? out : undefined;
}

export const notebookSource: PayloadSource = {
  extract(text: string, _filePath: string, options: SourceOptions): ExtractResult {
    const lines = new LineIndex(text);
    const at = (offset: number): Location => {
      const p = lines.position(offset);
      return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
    };
    let notebook: unknown;
    try {
      notebook = JSON.parse(text);
    } catch (error) {
      let offset = 0;
      let detail = (error as Error).message;
      try {
        scanJson(text);
      } catch (e) {
        if (e instanceof JsonSyntaxError) {
          offset = e.offset;
          detail = e.message;
        }
      }
      return { payloads: [], problems: [{ message: `This notebook is not valid JSON (${detail}); Jupyter cannot open it and its cells were not checked.`, location: at(offset) }] };
    }
    const cells = (notebook as { cells?: unknown })?.cells;
    if (!Array.isArray(cells)) return { payloads: [], problems: [] };
    // "(cell N)" for a place inside a cell, its outputs too (numbered from 1, as Jupyter shows them).
    // Found when first asked: most notebooks have no finding.
    let cellSpans: { from: Position; to: Position }[] | undefined;
    const locationNote = (location: Location): string | undefined => {
      if (!cellSpans) {
        const found = scanJson(text, new Set(cells.map((_, i) => `/cells/${i}`)), 0, text.length, true);
        cellSpans = cells.map((_, i) => {
          const range = found.get(`/cells/${i}`)!.value;
          return { from: lines.position(range.start), to: lines.position(range.end) };
        });
      }
      const index = cellSpans.findIndex((c) => notAfter(c.from, location) && notAfter(location, c.to));
      return index === -1 ? undefined : `(cell ${index + 1})`;
    };
    const codeCells = cells.flatMap((cell, index) => {
      const c = cell as { cell_type?: unknown; source?: unknown };
      return c && c.cell_type === 'code' && (typeof c.source === 'string' || Array.isArray(c.source)) ? [{ index, source: c.source as string | string[] }] : [];
    });
    const joined = codeCells.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n');
    if (!mightContainCalls(joined, options.clients ?? 'anthropic-only') && !mightHoldDirectives(joined, { eslintDirectives: false })) return { payloads: [], problems: [], locationNote };
    // Where each cell's source strings are in the file.
    const wanted = new Set<string>();
    for (const c of codeCells) {
      if (Array.isArray(c.source)) c.source.forEach((_, j) => wanted.add(`/cells/${c.index}/source/${j}`));
      else wanted.add(`/cells/${c.index}/source`);
    }
    const found = scanJson(text, wanted, 0, text.length, true);
    const pieces: CellText[] = [];
    for (const c of codeCells) {
      let raw = '';
      const offsets: number[] = [];
      const tokens: SourceToken[] = [];
      const pointers = Array.isArray(c.source) ? c.source.map((_, j) => `/cells/${c.index}/source/${j}`) : [`/cells/${c.index}/source`];
      for (const pointer of pointers) {
        const range = found.get(pointer)?.value;
        if (!range) continue;
        const decoded = decodeString(text, range.start, range.end);
        tokens.push({ fileStart: range.start, fileEnd: range.end, cellStart: raw.length, cellEnd: raw.length + decoded.value.length, offsets: decoded.offsets });
        raw += decoded.value;
        offsets.push(...decoded.offsets.slice(0, -1));
        if (pointer === pointers[pointers.length - 1]) offsets.push(decoded.offsets[decoded.offsets.length - 1]!);
      }
      if (offsets.length === raw.length) offsets.push(offsets[offsets.length - 1] ?? 0);
      pieces.push({ index: c.index, raw, python: blankMagics(raw), offsets, tokens });
    }
    // One program: the cells joined by newlines; each offset maps into the file.
    let python = '';
    const map: number[] = [];
    const cellStarts: { start: number; index: number }[] = [];
    for (const p of pieces) {
      if (python.length) {
        python += '\n';
        map.push(map[map.length - 1] ?? 0);
      }
      cellStarts.push({ start: python.length, index: p.index });
      python += p.python;
      map.push(...p.offsets.slice(0, p.python.length));
    }
    map.push(pieces.length ? pieces[pieces.length - 1]!.offsets[pieces[pieces.length - 1]!.offsets.length - 1]! : 0);
    /** Locations in the file of offsets of a Python text whose characters are at `map`'s offsets. */
    const locator = (map: number[]) => {
      const fileOffset = (offset: number) => map[Math.min(offset, map.length - 1)] ?? 0;
      const where = (from: number, to: number): Location => {
        const a = lines.position(fileOffset(from));
        // The end is after the last character's JSON spelling (`\"`, `\u00e9`), not inside it.
        const last = fileOffset(Math.max(from, to - 1));
        const width = to <= from ? 0 : text[last] !== '\\' ? 1 : text[last + 1] === 'u' ? 6 : 2;
        const b = lines.position(last + width);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      };
      return { where };
    };
    const whole = locator(map);
    // A fix lands inside one call, so inside one cell.
    const wholeFixes = (edits: readonly TextEdit[]): TextEdit[] | undefined => {
      const at = cellStarts.findIndex((c, i) => edits.every((e) => c.start <= e.range[0] && e.range[1] <= c.start + pieces[i]!.python.length));
      if (at === -1) return undefined;
      const start = cellStarts[at]!.start;
      return cellFileEdits(text, pieces[at]!, edits.map((e) => ({ range: [e.range[0] - start, e.range[1] - start] as const, text: e.text })));
    };
    let result = extractPython(python, options, whole.where, wholeFixes);
    // @lezer/python 1.1 can stop inside a long notebook at a line that parses in its own
    // cell (anthropics/courses' 09_Complex_Prompts_from_Scratch.ipynb: at a comment, past
    // 50 kB). When every cell parses alone, the cells are checked one by one: a client or
    // value from an earlier cell is then unknown, which keeps the checks that need it silent.
    if (result.problems.some((p) => p.message.startsWith('Parsing error')) && pieces.every((p) => parseRelaxed(p.python).error === undefined)) {
      const each = pieces.map((p) => {
        const one = locator([...p.offsets.slice(0, p.python.length), p.offsets[p.offsets.length - 1] ?? 0]);
        return extractPython(p.python, options, one.where, (edits) => cellFileEdits(text, p, edits));
      });
      const comments = each.flatMap((r) => r.comments ?? []);
      result = { payloads: each.flatMap((r) => r.payloads), problems: each.flatMap((r) => r.problems), ...(comments.length ? { comments } : {}) };
    }
    // Name the cell of a parse error; the shared step names it for findings.
    const problems = result.problems.map((p) => {
      const note = p.message.startsWith('Parsing error') ? locationNote(p.location) : undefined;
      return note ? { ...p, message: `${p.message} ${note}` } : p;
    });
    return { ...result, problems, locationNote };
  },
};
