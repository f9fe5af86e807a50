/**
 * Helpers for the JS/TS extraction tests: parse a snippet, extract its call
 * sites, and show partial payloads as plain JSON (Unknown → "<unknown>", an open
 * object gets a "...": "<open>" member, an open array a trailing "...").
 */
import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';
import { extractCallSites, type CallSite, type ExtractOptions } from '../../../src/sources/js/extract.js';
import { isOpen, isUnknown } from '../../../src/engine/partial.js';

export const UNKNOWN = '<unknown>';
export const OPEN = '<open>';

export function parseSnippet(code: string, file = 'app.ts'): TSESTree.Program {
  const ext = file.slice(file.lastIndexOf('.'));
  return parse(code, { loc: true, range: true, comment: true, jsx: ext === '.tsx' || ext === '.jsx', filePath: `snippet${ext}` }) as TSESTree.Program;
}

export function sitesOf(code: string, options: { file?: string } & ExtractOptions = {}): CallSite[] {
  const { file, ...rest } = options;
  return extractCallSites(parseSnippet(code, file), rest);
}

export function display(value: unknown): unknown {
  if (isUnknown(value)) return UNKNOWN;
  if (Array.isArray(value)) {
    const out = value.map(display);
    if (isOpen(value)) out.push('...');
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: display((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    if (isOpen(value)) out['...'] = OPEN;
    return out;
  }
  return value;
}

/** `line:column` (1-based) of the node a pointer maps to. */
export function at(site: CallSite, pointer: string, target: 'key' | 'value' = 'value'): string {
  const node = site.nodeFor(pointer, target);
  return `${node.loc.start.line}:${node.loc.start.column + 1}`;
}

/** The source text of a node. */
export function textOf(code: string, node: TSESTree.Node | undefined): string | undefined {
  return node ? code.slice(node.range[0], node.range[1]) : undefined;
}

/** A snippet with an Anthropic client in scope; `call` is the argument expression and what precedes it. */
export function withClient(body: string, file = 'app.ts'): { code: string; file: string } {
  return { code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n${body}\n`, file };
}

/** `line:column` (1-based) of the n-th occurrence (0-based) of `needle` in `code`. */
export function pos(code: string, needle: string, occurrence = 0): string {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = code.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} not found`);
  }
  const before = code.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return `${line}:${column}`;
}
