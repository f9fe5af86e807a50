/**
 * The config file: `lint-payloads.config.json` in the working folder, or a
 * `"lint-payloads"` key in its package.json (or a file given with --config).
 * Every key and rule id is checked: a typo is an error with a suggestion, never
 * a setting that silently does nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { API_VERSIONS } from '../engine/api-versions.js';
import { PAYLOAD_KINDS, type ApiVersion, type PayloadKind, type RuleSetting } from '../engine/types.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { closest } from '../engine/did-you-mean.js';

export interface Config {
  apiVersion?: ApiVersion | 'auto';
  date?: string;
  kind?: PayloadKind;
  clients?: 'anthropic-only' | 'any-shaped';
  rules?: Record<string, RuleSetting>;
  ruleOptions?: Record<string, unknown[]>;
  ignore?: string[];
  /** Report lint-payloads-disable comments that suppressed nothing (the rule unused-disable-directive). */
  reportUnusedDisableDirectives?: RuleSetting;
}

export class ConfigError extends Error {}

export const CONFIG_FILE = 'lint-payloads.config.json';
const KEYS = ['apiVersion', 'date', 'kind', 'clients', 'rules', 'ignore', 'reportUnusedDisableDirectives', '$schema'];
const SETTINGS: RuleSetting[] = ['off', 'warn', 'error'];

function didYouMean(word: string, options: readonly string[]): string {
  const [best] = closest(word, options);
  return best ? ` Did you mean "${best}"?` : '';
}

export function checkDate(value: unknown, where: string): string {
  // Date.parse rolls 2026-02-30 over to March: a real day prints back the same.
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ConfigError(`${where}: expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export function checkApiVersion(value: unknown, where: string): ApiVersion | 'auto' {
  if (value === 'auto' || (API_VERSIONS as readonly unknown[]).includes(value)) return value as ApiVersion | 'auto';
  throw new ConfigError(`${where}: expected one of ${[...API_VERSIONS, 'auto'].join(', ')}, got ${JSON.stringify(value)}.`);
}

export function checkKind(value: unknown, where: string): PayloadKind {
  if ((PAYLOAD_KINDS as readonly unknown[]).includes(value)) return value as PayloadKind;
  throw new ConfigError(`${where}: expected one of ${PAYLOAD_KINDS.join(', ')}, got ${JSON.stringify(value)}.`);
}

/** `"warn"`, or `["warn", {options}]` as in ESLint. */
export function checkRuleEntry(id: string, entry: unknown, where: string): { setting: RuleSetting; options?: unknown[] } {
  if (!RULES_BY_ID.has(id)) throw new ConfigError(`${where}: unknown rule "${id}".${didYouMean(id, [...RULES_BY_ID.keys()])}`);
  const [setting, ...options] = Array.isArray(entry) ? entry : [entry];
  const normalized = setting === 0 ? 'off' : setting === 1 ? 'warn' : setting === 2 ? 'error' : setting;
  if (!SETTINGS.includes(normalized as RuleSetting)) {
    throw new ConfigError(`${where}: rule "${id}" must be "off", "warn" or "error", got ${JSON.stringify(setting)}.`);
  }
  return { setting: normalized as RuleSetting, ...(options.length ? { options } : {}) };
}

/** ESLint's values for reportUnusedDisableDirectives: a severity (or 0–2), or a boolean (true is "warn", as in ESLint's config). */
export function checkUnusedDirectivesSetting(value: unknown, where: string): RuleSetting {
  const setting = value === true ? 'warn' : value === false ? 'off' : value === 0 ? 'off' : value === 1 ? 'warn' : value === 2 ? 'error' : value;
  if (!SETTINGS.includes(setting as RuleSetting)) throw new ConfigError(`${where}: expected "off", "warn" or "error", got ${JSON.stringify(value)}.`);
  return setting as RuleSetting;
}

export function validateConfig(raw: unknown, where: string): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${where}: expected an object.`);
  const config: Config = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        break;
      case 'apiVersion':
        config.apiVersion = checkApiVersion(value, `${where} apiVersion`);
        break;
      case 'date':
        config.date = checkDate(value, `${where} date`);
        break;
      case 'kind':
        config.kind = checkKind(value, `${where} kind`);
        break;
      case 'clients':
        if (value !== 'anthropic-only' && value !== 'any-shaped') throw new ConfigError(`${where} clients: expected "anthropic-only" or "any-shaped", got ${JSON.stringify(value)}.`);
        config.clients = value;
        break;
      case 'ignore':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new ConfigError(`${where} ignore: expected an array of glob strings.`);
        config.ignore = value;
        break;
      case 'reportUnusedDisableDirectives':
        config.reportUnusedDisableDirectives = checkUnusedDirectivesSetting(value, `${where} reportUnusedDisableDirectives`);
        break;
      case 'rules': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${where} rules: expected an object of rule id → "off" | "warn" | "error".`);
        config.rules = {};
        config.ruleOptions = {};
        for (const [id, entry] of Object.entries(value)) {
          const checked = checkRuleEntry(id.replace(/^lint-payloads\//, ''), entry, `${where} rules`);
          config.rules[id.replace(/^lint-payloads\//, '')] = checked.setting;
          if (checked.options) config.ruleOptions[id.replace(/^lint-payloads\//, '')] = checked.options;
        }
        break;
      }
      default:
        throw new ConfigError(`${where}: unknown key "${key}".${didYouMean(key, KEYS)}`);
    }
  }
  return config;
}

export interface LoadedConfig {
  config: Config;
  /** Where it came from, for --print-config; undefined when none was found. */
  file?: string;
}

export function loadConfig(cwd: string, explicitFile?: string): LoadedConfig {
  const read = (file: string): unknown => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`Cannot read config file ${file}: ${(e as Error).message}`);
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new ConfigError(`Config file ${file} is not valid JSON: ${(e as Error).message}`);
    }
  };
  if (explicitFile) {
    const file = path.resolve(cwd, explicitFile);
    return { config: validateConfig(read(file), file), file };
  }
  // Like ESLint: the nearest config from the working folder up, within the repository.
  for (let dir = path.resolve(cwd); ; ) {
    const own = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(own)) return { config: validateConfig(read(own), own), file: own };
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      const manifest = read(pkg) as Record<string, unknown>;
      if (manifest && typeof manifest === 'object' && Object.prototype.hasOwnProperty.call(manifest, 'lint-payloads')) {
        return { config: validateConfig(manifest['lint-payloads'], `${pkg} "lint-payloads"`), file: pkg };
      }
    }
    const up = path.dirname(dir);
    if (up === dir || fs.existsSync(path.join(dir, '.git'))) return { config: {} };
    dir = up;
  }
}
