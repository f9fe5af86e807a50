/**
 * `--format ./my-formatter.js`: a formatter module of the user's, as ESLint loads
 * one — its default export (or the module itself, CommonJS) is
 * `(results, context) => string | Promise<string>`. The results are ESLint's
 * result shape; the context has ESLint's `cwd` and `rulesMeta` (rule id → meta,
 * with `docs.url`), and lint-payloads' `rules`, `version`, `notices`, `color`.
 */
import path from 'node:path';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LintResult } from '../lint/results.js';
import type { FormatContext } from '../report/formatter.js';
import { ruleDocsUrl } from '../report/formatter.js';

export type CustomFormatter = (results: LintResult[], context: FormatContext & { rulesMeta: Record<string, unknown> }) => string | Promise<string>;

/** A --format value that names a file rather than a built-in format. */
export function isFormatterPath(format: string): boolean {
  return /[\\/]/.test(format) || /\.[cm]?js$/.test(format);
}

export class FormatterError extends Error {}

export async function loadFormatter(spec: string, cwd: string): Promise<CustomFormatter> {
  const file = path.resolve(cwd, spec);
  if (!fs.existsSync(file)) throw new FormatterError(`--format ${spec}: no such formatter file (${file}).`);
  let mod: unknown;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (e) {
    throw new FormatterError(`--format ${spec}: the formatter could not be loaded: ${(e as Error).message}`);
  }
  const fn = (mod as { default?: unknown }).default ?? mod;
  if (typeof fn !== 'function') throw new FormatterError(`--format ${spec}: a formatter module exports a function (results, context) => string, as ESLint's; this one exports ${typeof fn}.`);
  return fn as CustomFormatter;
}

export async function runFormatter(formatter: CustomFormatter, spec: string, results: LintResult[], context: FormatContext): Promise<string> {
  const rulesMeta = Object.fromEntries(context.rules.map((r) => [r.id, { ...r.meta, docs: { description: r.meta.description, url: ruleDocsUrl(r.id) } }]));
  const output = await formatter(results, { ...context, rulesMeta });
  if (typeof output !== 'string') throw new FormatterError(`--format ${spec}: the formatter returned ${typeof output}, not a string.`);
  return output;
}
