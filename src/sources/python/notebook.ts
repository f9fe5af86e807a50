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

/** Blank IPython-only lines (keeping their length) so the cell parses as Python. */
function blankMagics(source: string): string {
  const lines = source.split(/(?<=\n)/);
  const blank = (line: string) => line.replace(/[^\n\r]/g, ' ');
  if (lines[0] && /^\s*%%/.test(lines[0])) {
    if (!PYTHON_CELL_MAGICS.test(lines[0].trim())) return blank(source);
    lines[0] = blank(lines[0]);
  }
  return lines.map((line) => (/^\s*(%|!|\?)/.test(line) || /^\s*[\w.]+\s*=\s*[!%]/.test(line) || /\?\s*$/.test(line) ? blank(line) : line)).join('');
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
    const fileOffset = (offset: number) => map[Math.min(offset, map.length - 1)] ?? 0;
    const where = (from: number, to: number): Location => {
      const a = lines.position(fileOffset(from));
      const b = lines.position(fileOffset(Math.max(from, to - 1)) + (to > from ? 1 : 0));
      return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    };
    const result = extractPython(python, options, where, false);
    // Name the cell of a parse error (cells are numbered from 1, as Jupyter shows them).
    const problems = result.problems.map((p) => {
      const offset = map.findIndex((o) => lines.position(o).line === p.location.line && lines.position(o).column === p.location.column);
      const cell = cellStarts.filter((c) => c.start <= offset).pop();
      return cell && p.message.startsWith('Parsing error') ? { ...p, message: `${p.message} (cell ${cell.index + 1})` } : p;
    });
    return { ...result, problems };
  },
};
