/**
 * Python source files (`.py`) and Jupyter notebooks (`.ipynb`) for the CLI:
 * parse with @lezer/python (loaded with this module, which is imported only for
 * these files), extract the Claude API calls (extract.ts), and hand each payload
 * to the engine with a way back to lines and columns.
 *
 * Only files whose text mentions the API are parsed. Never throws: a file that
 * does not parse is one FileProblem at the parser's position (when it mentions
 * the API; any other is skipped).
 */
import type { ExtractResult, FileComment, FileProblem, LocatedPayload, Location, PayloadSource, SourceOptions } from '../types.js';
import { LineIndex } from '../json/scanner.js';
import type { TextEdit } from '../../fix/text-edits.js';
import { extractCallSites, mightContainCalls, type PyCallSite } from './extract.js';
import { pythonEditSource } from './edit-source.js';
import { parseRelaxed } from './syntax.js';

const FIRST: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Where an offset of the analysed Python text is in the file. */
export type OffsetMap = (from: number, to: number) => Location;

/**
 * Where fixes go: 'in-place' (a .py file: the Python text is the file), a mapping of
 * edits on the Python text to edits on the file (a notebook cell inside a JSON
 * string; undefined: not writable there), or nowhere (undefined).
 */
export type FixTarget = 'in-place' | ((edits: readonly TextEdit[]) => TextEdit[] | undefined) | undefined;

/**
 * The comments that may hold a directive (`# lint-payloads-disable-next-line rule`),
 * for the shared step that reads them. Found by a line scan: a `#` inside a string
 * that also names a directive is rare, and a wrong one only disables.
 */
export function pythonComments(text: string, where: OffsetMap): FileComment[] {
  if (!text.includes('-disable') && !text.includes('-enable')) return [];
  const out: FileComment[] = [];
  // Line by line, the comment starting at the last `#` before the directive (a regex
  // spanning the line backtracks quadratically on a line of many `#`).
  const directive = /(?:lint-payloads|eslint)-(?:disable|enable)/;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    const at = line.search(directive);
    const hash = at > 0 ? line.lastIndexOf('#', at) : -1;
    if (hash !== -1) out.push({ text: line.slice(hash + 1), block: false, location: where(start + hash, start + line.length) });
    start = end + 1;
  }
  return out;
}

function locatedOf(site: PyCallSite, text: string, where: OffsetMap, fixes: FixTarget): LocatedPayload {
  return {
    payload: site.payload,
    kind: site.kind,
    endpoint: site.endpoint,
    platform: site.platform,
    sdk: 'python',
    ...(site.apiVersion ? { apiVersion: site.apiVersion } : {}),
    ...(site.streaming !== undefined ? { streaming: site.streaming } : {}),
    origin: site.origin,
    ...(site.sdkTimeoutSet !== undefined ? { sdkTimeoutSet: site.sdkTimeoutSet } : {}),
    locate: (pointer, target) => {
      const node = site.nodeFor(pointer, target);
      return where(node.from, node.to);
    },
    ...(fixes ? { editSource: () => (fixes === 'in-place' ? pythonEditSource(site, text) : { ...pythonEditSource(site, text), toFile: fixes }) } : {}),
  };
}

/**
 * Python text → located payloads. `where` maps offsets of `text` to the file
 * (a notebook's cells sit inside JSON strings); `fixes`: how fixes are written back.
 */
export function extractPython(text: string, options: SourceOptions, where: OffsetMap, fixes: FixTarget): ExtractResult {
  const clients = options.clients ?? 'anthropic-only';
  const comments = pythonComments(text, where);
  const withDisables = (r: ExtractResult): ExtractResult => (comments.length ? { ...r, comments } : r);
  if (!mightContainCalls(text, clients)) return withDisables({ payloads: [], problems: [] });
  let sites: PyCallSite[];
  try {
    const { tree, text: analysed, error } = parseRelaxed(text);
    if (error !== undefined) {
      const at = where(error, error);
      return withDisables({
        payloads: [],
        problems: [{ message: 'Parsing error: this is not valid Python 3 syntax (from here on, the parser could not read the file); its API calls were not checked.', location: { ...at, endLine: at.line, endColumn: at.column } }],
      });
    }
    sites = extractCallSites(tree.topNode, analysed, { clients });
  } catch (error) {
    const problem: FileProblem =
      error instanceof RangeError
        ? { message: 'The file is nested too deeply to analyse (the linter ran out of stack).', location: FIRST }
        : { message: `Internal error while finding API calls: ${String((error as Error)?.stack ?? error)}`, location: FIRST };
    return withDisables({ payloads: [], problems: [problem] });
  }
  return withDisables({ payloads: sites.map((site) => locatedOf(site, text, where, fixes)), problems: [] });
}

export const pythonFileSource: PayloadSource = {
  extract(text: string, _filePath: string, options: SourceOptions): ExtractResult {
    const lines = new LineIndex(text);
    const where: OffsetMap = (from, to) => {
      const a = lines.position(from);
      const b = lines.position(to);
      return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    };
    return extractPython(text, options, where, 'in-place');
  },
};

export { pythonFileSource as pythonSource };
export { notebookSource } from './notebook.js';
