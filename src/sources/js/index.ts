/**
 * JS/TS source files for the CLI: parse with typescript-estree (loaded on first
 * use, so runs over request JSON never load TypeScript), extract the call sites,
 * and hand each payload to the engine with a way back to lines and columns.
 *
 * Never throws: a file that does not parse is one FileProblem at the parser's
 * position; a file too deeply nested for the parser is one FileProblem at 1:1.
 */
import { jsEditSource } from './edit-source.js';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import type { ExtractResult, FileComment, FileProblem, LocatedPayload, Location, PayloadSource, SourceOptions } from '../types.js';
import { extractCallSites, mightContainCalls, type CallSite } from './extract.js';
import { LineIndex } from '../json/scanner.js';
import { sourceNamed } from '../index.js';
import { mightHoldDirectives } from '../../lint/disables.js';
import { requireWithCompileCache } from './compile-cache.js';

/** The CLI reads ESLint's directives for our rules too (under ESLint the comments are ESLint's, src/eslint/analysis.ts). */
const CLI_DIRECTIVES = { eslintDirectives: true };

/** The endings the registry gives this source (the parser's script kind follows them). */
const JS_EXTENSIONS: readonly string[] = sourceNamed('js').extensions;

type Parse = (code: string, options: Record<string, unknown>) => TSESTree.Program;

let parser: Parse | undefined;

function loadParser(): Parse {
  if (!parser) {
    const require = createRequire(import.meta.url);
    try {
      // With the compile cache for TypeScript and typescript-estree (compile-cache.ts).
      parser = requireWithCompileCache<{ parse: Parse }>(require, '@typescript-eslint/typescript-estree').parse;
    } catch (e) {
      // typescript is a peer dependency: installed with lint-payloads by npm, but not by --legacy-peer-deps.
      if (/Cannot find module 'typescript'/.test(String((e as Error)?.message))) {
        throw new Error('JS/TS files need the "typescript" package (a peer dependency of lint-payloads): npm install --save-dev typescript');
      }
      throw e;
    }
  }
  return parser;
}

function locationOf(node: TSESTree.Node): Location {
  return { line: node.loc.start.line, column: node.loc.start.column + 1, endLine: node.loc.end.line, endColumn: node.loc.end.column + 1 };
}

const FIRST: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function parseProblem(error: unknown): FileProblem {
  if (error instanceof RangeError) {
    return { message: 'Parsing error: the file is nested too deeply to parse (the parser ran out of stack).', location: FIRST };
  }
  const e = error as { lineNumber?: unknown; column?: unknown; message?: unknown; location?: { start?: { line?: number; column?: number } } };
  const line = typeof e.lineNumber === 'number' ? e.lineNumber : (e.location?.start?.line ?? 1);
  const column = typeof e.column === 'number' ? e.column + 1 : (e.location?.start?.column ?? 0) + 1;
  const message = typeof e.message === 'string' ? e.message : String(error);
  return { message: `Parsing error: ${message}`, location: { line, column, endLine: line, endColumn: column } };
}

/** Parse as the extension says; a `.js` file with JSX or TS-only syntax is tried the other way too. */
function parse(text: string, filePath: string): TSESTree.Program {
  const parseFn = loadParser();
  // Comments only matter as directives (src/lint/disables.ts): in a text that cannot hold one, collecting them
  // (a second scan of the whole text) is skipped.
  const comment = mightHoldDirectives(text, CLI_DIRECTIVES);
  const base = { loc: true, range: true, comment, tokens: false, errorOnUnknownASTType: false, suppressDeprecatedPropertyWarnings: true };
  const ext = path.extname(filePath).toLowerCase();
  const jsx = ext === '.jsx' || ext === '.tsx';
  // The file path decides the script kind for TypeScript (a .js file may hold JSX; a .ts file never does).
  const virtual = JS_EXTENSIONS.includes(ext) ? `file${ext}` : 'file.ts';
  try {
    return parseFn(text, { ...base, jsx, filePath: virtual });
  } catch (error) {
    if (error instanceof RangeError) throw error;
    // A `.js` file is parsed with JSX; one that fails may be TS-flavoured without JSX (`<T>x`).
    if (ext !== '.js' && ext !== '.mjs' && ext !== '.cjs') throw error;
    try {
      return parseFn(text, { ...base, jsx: false, filePath: 'file.ts' });
    } catch {
      throw error;
    }
  }
}

/** Comments found without parsing (the file has no call to check, but may disable a text rule); only those that may be directives. */
function scanComments(text: string): FileComment[] {
  if (!mightHoldDirectives(text, CLI_DIRECTIVES)) return [];
  const comments: FileComment[] = [];
  const lines = new LineIndex(text);
  const re = /\/\/([^\n]*)|\/\*([\s\S]*?)\*\//g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = m[1] ?? m[2] ?? '';
    if (!mightHoldDirectives(value, CLI_DIRECTIVES)) continue;
    const a = lines.position(m.index);
    const b = lines.position(m.index + m[0].length);
    comments.push({ text: value, block: m[1] === undefined, location: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column } });
  }
  return comments;
}

/** The parser's comments (0-based columns) as the sources' comments. */
export function fileComments(comments: readonly TSESTree.Comment[] | undefined): FileComment[] {
  return (comments ?? []).map((c) => ({ text: c.value, block: c.type === 'Block', location: locationOf(c as unknown as TSESTree.Node) }));
}

/** A call site as a located payload; its pointers are located at the nodes that write them. */
export function toLocated(site: CallSite, text: string): LocatedPayload {
  return {
    payload: site.payload,
    kind: site.kind,
    endpoint: site.endpoint,
    platform: site.platform,
    ...(site.apiVersion ? { apiVersion: site.apiVersion } : {}),
    ...(site.streaming !== undefined ? { streaming: site.streaming } : {}),
    origin: site.origin,
    // The SDK's own client-side rules apply to its calls; raw HTTP has none.
    ...(site.origin === 'sdk-call' ? { sdk: 'typescript' as const } : {}),
    ...(site.sdkTimeoutSet !== undefined ? { sdkTimeoutSet: site.sdkTimeoutSet } : {}),
    locate: (pointer, target) => locationOf(site.nodeFor(pointer, target)),
    editSource: () => jsEditSource(site, text),
    ...(site.alternatives ? { alternatives: site.alternatives } : {}),
  };
}

export function createJsSource(defaults: { clients?: 'anthropic-only' | 'any-shaped' } = {}): PayloadSource {
  return {
    extract(text: string, filePath: string, options: SourceOptions): ExtractResult {
      const clients = options.clients ?? defaults.clients ?? 'anthropic-only';
      if (!mightContainCalls(text, clients)) {
        const comments = scanComments(text);
        return { payloads: [], problems: [], ...(comments.length ? { comments } : {}) };
      }
      let program: TSESTree.Program;
      try {
        program = parse(text, filePath);
      } catch (error) {
        return { payloads: [], problems: [parseProblem(error)] };
      }
      const comments = fileComments(program.comments);
      let sites: CallSite[];
      try {
        sites = extractCallSites(program, { clients });
      } catch (error) {
        const problem: FileProblem =
          error instanceof RangeError
            ? { message: 'The file is nested too deeply to analyse (the linter ran out of stack).', location: FIRST }
            : { message: `Internal error while finding API calls: ${String((error as Error)?.stack ?? error)}`, location: FIRST };
        return { payloads: [], problems: [problem], comments };
      }
      return { payloads: sites.map((site) => toLocated(site, text)), problems: [], comments };
    },
  };
}

export const jsSource: PayloadSource = createJsSource();
