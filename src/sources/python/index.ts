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
import type { TSESTree } from '@typescript-eslint/utils';
import type { ExtractResult, FileProblem, LocatedPayload, Location, PayloadSource, SourceOptions } from '../types.js';
import { LineIndex } from '../json/scanner.js';
import { inlineDisables } from '../js/disables.js';
import { extractCallSites, mightContainCalls, type PyCallSite } from './extract.js';
import { pythonEditSource } from './edit-source.js';
import { parseRelaxed } from './syntax.js';

export const PYTHON_EXTENSIONS = ['.py', '.pyi', '.ipynb'] as const;

const FIRST: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Where an offset of the analysed Python text is in the file. */
export type OffsetMap = (from: number, to: number) => Location;

/** `# lint-payloads-disable-next-line rule` comments, in the shape the JS directives parser reads. */
export function pythonComments(text: string, lineOf: (offset: number) => number): TSESTree.Comment[] {
  if (!text.includes('lint-payloads-')) return [];
  const out: TSESTree.Comment[] = [];
  const re = /#([^\n\r]*lint-payloads-[^\n\r]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = lineOf(m.index);
    out.push({ type: 'Line', value: m[1]!, range: [m.index, m.index + m[0].length], loc: { start: { line, column: 0 }, end: { line, column: 0 } } } as TSESTree.Comment);
  }
  return out;
}

function locatedOf(site: PyCallSite, text: string, where: OffsetMap, editable: boolean): LocatedPayload {
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
    ...(editable ? { editSource: () => pythonEditSource(site, text) } : {}),
  };
}

/**
 * Python text → located payloads. `where` maps offsets of `text` to the file
 * (a notebook's cells sit inside JSON strings); `editable`: fixes can be written back.
 */
export function extractPython(text: string, options: SourceOptions, where: OffsetMap, lineOf: (offset: number) => number, editable: boolean): ExtractResult {
  const clients = options.clients ?? 'anthropic-only';
  const disabled = inlineDisables(pythonComments(text, lineOf));
  const withDisables = (r: ExtractResult): ExtractResult => (disabled ? { ...r, disabled } : r);
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
  return withDisables({ payloads: sites.map((site) => locatedOf(site, text, where, editable)), problems: [] });
}

export const pythonFileSource: PayloadSource = {
  extensions: ['.py', '.pyi'],
  extract(text: string, _filePath: string, options: SourceOptions): ExtractResult {
    const lines = new LineIndex(text);
    const where: OffsetMap = (from, to) => {
      const a = lines.position(from);
      const b = lines.position(to);
      return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    };
    return extractPython(text, options, where, (offset) => lines.position(offset).line, true);
  },
};

export { pythonFileSource as pythonSource };
export { notebookSource } from './notebook.js';
