/**
 * Jupyter notebooks (`.ipynb`): the code cells, in order, are one Python
 * program (a client made in one cell is known in the later ones); markdown cells
 * and outputs are ignored. IPython magics and shell lines (`%pip install …`,
 * `!ls`, `%%time`) are blanked with spaces, so every offset of the Python text
 * still maps to one character of a cell's source string in the JSON, and
 * findings point into the .ipynb file itself.
 */
import type { ExtractResult, Location, PayloadSource, SourceOptions } from '../types.js';
import { JsonSyntaxError, LineIndex, scanJson } from '../json/scanner.js';
import { extractPython } from './index.js';
import { mightContainCalls } from './extract.js';
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

interface CellText {
  index: number;
  python: string;
  offsets: number[];
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
    const codeCells = cells.flatMap((cell, index) => {
      const c = cell as { cell_type?: unknown; source?: unknown };
      return c && c.cell_type === 'code' && (typeof c.source === 'string' || Array.isArray(c.source)) ? [{ index, source: c.source as string | string[] }] : [];
    });
    const joined = codeCells.map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n');
    if (!mightContainCalls(joined, options.clients ?? 'anthropic-only') && !joined.includes('lint-payloads-')) return { payloads: [], problems: [] };
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
      const tokens = Array.isArray(c.source) ? c.source.map((_, j) => `/cells/${c.index}/source/${j}`) : [`/cells/${c.index}/source`];
      for (const pointer of tokens) {
        const range = found.get(pointer)?.value;
        if (!range) continue;
        const decoded = decodeString(text, range.start, range.end);
        raw += decoded.value;
        offsets.push(...decoded.offsets.slice(0, -1));
        if (pointer === tokens[tokens.length - 1]) offsets.push(decoded.offsets[decoded.offsets.length - 1]!);
      }
      if (offsets.length === raw.length) offsets.push(offsets[offsets.length - 1] ?? 0);
      pieces.push({ index: c.index, python: blankMagics(raw), offsets });
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
    let result = extractPython(python, options, whole.where, false);
    // @lezer/python 1.1 can stop inside a long notebook at a line that parses in its own
    // cell (anthropics/courses' 09_Complex_Prompts_from_Scratch.ipynb: at a comment, past
    // 50 kB). When every cell parses alone, the cells are checked one by one: a client or
    // value from an earlier cell is then unknown, which keeps the checks that need it silent.
    if (result.problems.some((p) => p.message.startsWith('Parsing error')) && pieces.every((p) => parseRelaxed(p.python).error === undefined)) {
      const each = pieces.map((p) => {
        const one = locator([...p.offsets.slice(0, p.python.length), p.offsets[p.offsets.length - 1] ?? 0]);
        return extractPython(p.python, options, one.where, false);
      });
      const comments = each.flatMap((r) => r.comments ?? []);
      result = { payloads: each.flatMap((r) => r.payloads), problems: each.flatMap((r) => r.problems), ...(comments.length ? { comments } : {}) };
    }
    // Name the cell of a parse error (cells are numbered from 1, as Jupyter shows them).
    const problems = result.problems.map((p) => {
      const offset = map.findIndex((o) => lines.position(o).line === p.location.line && lines.position(o).column === p.location.column);
      const cell = cellStarts.filter((c) => c.start <= offset).pop();
      return cell && p.message.startsWith('Parsing error') ? { ...p, message: `${p.message} (cell ${cell.index + 1})` } : p;
    });
    return { ...result, problems };
  },
};
