/**
 * Helpers for the Python source tests: lint a snippet as a `.py` file, write a
 * JSON body as Python keyword arguments, show findings compactly.
 */
import { lintText } from '../../../src/lint/lint-text.js';
import type { LintMessage } from '../../../src/lint/results.js';

export const DATE = '2026-11-26';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** A JSON value written as a Python expression. */
export function py(value: unknown): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number' || typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${py(v)}`).join(', ')}}`;
}

/** A body as keyword arguments, one per line (`**{…}` for keys that are no Python names). */
export function kwargs(body: Record<string, unknown>, indent = '    '): string {
  const named = Object.entries(body).filter(([k]) => IDENTIFIER.test(k) && !KEYWORDS.has(k));
  const other = Object.entries(body).filter(([k]) => !(IDENTIFIER.test(k) && !KEYWORDS.has(k)));
  const lines = named.map(([k, v]) => `${indent}${k}=${py(v)},`);
  if (other.length) lines.push(`${indent}**${py(Object.fromEntries(other))},`);
  return lines.join('\n');
}

export async function lintPy(code: string, options: { file?: string; fix?: boolean; apiVersion?: '2023-06-01' | '2026-10-21'; clients?: 'anthropic-only' | 'any-shaped' } = {}): Promise<LintMessage[]> {
  const result = await lintText(code, options.file ?? 'app.py', { date: DATE, apiVersion: options.apiVersion ?? '2026-10-21', ...(options.clients ? { clients: options.clients } : {}), ...(options.fix ? { fix: true } : {}) });
  return result.messages;
}

export async function fixPy(code: string, file = 'app.py'): Promise<string | undefined> {
  const result = await lintText(code, file, { date: DATE, apiVersion: '2026-10-21', fix: true });
  return result.output;
}

/** `ruleId pointer line:column` of each message. */
export function brief(messages: LintMessage[]): string[] {
  return messages.map((m) => `${m.ruleId} ${m.pointer ?? ''} ${m.line}:${m.column}`);
}
