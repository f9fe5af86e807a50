/**
 * Checks the options of the public Node API before anything runs, so a mistake is
 * one clear TypeError naming the option, what it accepts and what it got — never a
 * crash deep inside ("Cannot find module …/validators/2025-01-01/…"), never an
 * option that silently does nothing. The CLI checks its flags itself
 * (src/cli/main.ts, src/config/config-file.ts).
 */
import fs from 'node:fs';
import { InvalidInputError } from '../engine/json-value.js';
import { API_VERSIONS } from '../engine/api-versions.js';
import { PAYLOAD_KINDS } from '../engine/types.js';
import { PLATFORM_IDS } from '../engine/platforms.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { closest } from '../engine/did-you-mean.js';
import { checkDate } from '../config/config-file.js';

/** A wrong option given to the Node API. */
/** A wrong option: an InvalidInputError, as a payload that is not JSON is. */
export class LintPayloadsOptionError extends InvalidInputError {
  override name = 'LintPayloadsOptionError';
}

type Checker = (value: unknown, where: string) => void;

const show = (value: unknown): string => (typeof value === 'function' ? 'a function' : JSON.stringify(value) ?? String(value));

function fail(where: string, expected: string, value: unknown): never {
  throw new LintPayloadsOptionError(`${where}: expected ${expected}, got ${show(value)}.`);
}

const oneOf =
  (values: readonly unknown[]): Checker =>
  (value, where) => {
    if (!values.includes(value)) fail(where, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, value);
  };
const isBoolean: Checker = (value, where) => {
  if (typeof value !== 'boolean') fail(where, 'true or false', value);
};
const isFunction: Checker = (value, where) => {
  if (typeof value !== 'function') fail(where, 'a function', value);
};
const isString: Checker = (value, where) => {
  if (typeof value !== 'string' || value === '') fail(where, 'a non-empty string', value);
};
const isStrings: Checker = (value, where) => {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(where, 'an array of strings', value);
};
const isDate: Checker = (value, where) => {
  try {
    checkDate(value, where);
  } catch (e) {
    throw new LintPayloadsOptionError((e as Error).message);
  }
};
const isRules: Checker = (value, where) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object of rule id → "off" | "warn" | "error"', value);
  for (const [id, setting] of Object.entries(value)) {
    if (!RULES_BY_ID.has(id)) throw new LintPayloadsOptionError(`${where}: unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])}`);
    if (setting !== 'off' && setting !== 'warn' && setting !== 'error') fail(`${where}.${id}`, '"off", "warn" or "error" (rule options go in ruleOptions)', setting);
  }
};
const isRuleOptions: Checker = (value, where) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object of rule id → array of options', value);
  for (const [id, options] of Object.entries(value)) {
    if (!RULES_BY_ID.has(id)) throw new LintPayloadsOptionError(`${where}: unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])}`);
    if (!Array.isArray(options)) fail(`${where}.${id}`, 'an array of options', options);
  }
};
const isFolder: Checker = (value, where) => {
  isString(value, where);
  if (!fs.existsSync(value as string) || !fs.statSync(value as string).isDirectory()) fail(where, 'an existing folder', value);
};
const isConcurrency: Checker = (value, where) => {
  if (value !== 'auto' && !(typeof value === 'number' && Number.isInteger(value) && value >= 1)) fail(where, 'a whole number ≥ 1 or "auto"', value);
};
const isCache: Checker = (value, where) => {
  checkObject(value, where, { location: isString, strategy: oneOf(['content', 'metadata']) }, ['location', 'strategy']);
};
const isIgnoreRules: Checker = (value, where) => {
  if (!Array.isArray(value)) fail(where, 'an array of { base, patterns }', value);
  value.forEach((v, i) => checkObject(v, `${where}[${i}]`, { base: isString, patterns: isStrings }, ['base', 'patterns']));
};

function didYouMean(word: string, options: readonly string[]): string {
  const [best] = closest(word, options);
  return best ? ` Did you mean "${best}"?` : '';
}

function checkObject(value: unknown, where: string, checkers: Record<string, Checker>, required: readonly string[] = []): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'an object', value);
  for (const [key, v] of Object.entries(value)) {
    const check = Object.prototype.hasOwnProperty.call(checkers, key) ? checkers[key] : undefined;
    if (!check) throw new LintPayloadsOptionError(`${where}: unknown option "${key}".${didYouMean(key, Object.keys(checkers))}`);
    if (v !== undefined) check(v, `${where}.${key}`);
  }
  for (const key of required) if ((value as Record<string, unknown>)[key] === undefined) throw new LintPayloadsOptionError(`${where}.${key} is required.`);
}

/** What lintText and lintFiles share. */
const LINT_OPTIONS: Record<string, Checker> = {
  apiVersion: oneOf([...API_VERSIONS, 'auto']),
  date: isDate,
  kind: oneOf(PAYLOAD_KINDS),
  rules: isRules,
  ruleOptions: isRuleOptions,
  clients: oneOf(['anthropic-only', 'any-shaped']),
  fix: isBoolean,
  reportUnusedDisableDirectives: oneOf(['off', 'warn', 'error']),
};

export function checkLintTextOptions(options: unknown, where = 'lintText options'): void {
  if (options === undefined) return;
  checkObject(options, where, { ...LINT_OPTIONS, filePath: isString });
}

export function checkLintFilesOptions(patterns: unknown, options: unknown): void {
  if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string')) fail('lintFiles patterns', 'an array of paths or globs', patterns);
  if (options === undefined) return;
  checkObject(options, 'lintFiles options', {
    ...LINT_OPTIONS,
    cwd: isFolder,
    ignore: isStrings,
    ignoreRules: isIgnoreRules,
    noIgnore: isBoolean,
    errorOnUnmatchedPattern: isBoolean,
    concurrency: isConcurrency,
    cache: isCache,
    debug: isFunction,
    onProgress: isFunction,
  });
}

export function checkPayloadOptions(options: unknown): void {
  const where = 'checkPayload options';
  if (options === undefined) throw new LintPayloadsOptionError(`${where} are required: { kind, apiVersion, date }.`);
  checkObject(
    options,
    where,
    {
      kind: oneOf(PAYLOAD_KINDS),
      apiVersion: oneOf([...API_VERSIONS, 'unknown']),
      date: isDate,
      endpoint: oneOf(['ga', 'beta', 'any']),
      rules: isRules,
      ruleOptions: isRuleOptions,
      platform: oneOf(PLATFORM_IDS),
      origin: oneOf(['request-file', 'sdk-call', 'http-call']),
      sdk: oneOf(['typescript', 'python']),
      sdkTimeoutSet: isBoolean,
      sizeBound: (v, w) => {
        if (typeof v !== 'number' || !(v >= 0)) fail(w, 'a number of bytes', v);
      },
      streaming: isBoolean,
      ruleSet: (v, w) => {
        if (!Array.isArray(v)) fail(w, 'an array of rules', v);
      },
      requestName: isFunction,
      basePointer: (v, w) => {
        if (typeof v !== 'string' || (v !== '' && !v.startsWith('/'))) fail(w, 'a JSON Pointer ("" or "/…")', v);
      },
      onRuleError: isFunction,
      ignoreTriggers: isBoolean,
    },
    ['kind', 'apiVersion', 'date'],
  );
}
