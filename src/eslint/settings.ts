/**
 * Shared settings of the ESLint plugin (`settings: { 'lint-payloads': {…} }` in
 * a flat config), validated once per settings object. A wrong value is a
 * configuration error and says so, rather than silently linting against the
 * wrong API version.
 */
import { API_VERSIONS, type ApiVersion } from '../engine/api-versions.js';

export const SETTINGS_KEY = 'lint-payloads';

export interface PluginSettings {
  /** A fixed anthropic-version, or 'auto': the call's own header, then the project manifest. */
  apiVersion: ApiVersion | 'auto';
  /** YYYY-MM-DD for model deprecation/retirement; undefined: today (UTC). */
  date: string | undefined;
  /** Which receivers count as Anthropic clients. */
  clients: 'anthropic-only' | 'any-shaped';
}

const DEFAULTS: PluginSettings = { apiVersion: 'auto', date: undefined, clients: 'anthropic-only' };

const parsed = new WeakMap<object, PluginSettings>();

function fail(key: string, value: unknown, expected: string): never {
  throw new Error(`lint-payloads: settings['${SETTINGS_KEY}'].${key} is ${JSON.stringify(value)}; expected ${expected}.`);
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

export function readSettings(settings: Record<string, unknown> | undefined): PluginSettings {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined) return DEFAULTS;
  if (typeof raw !== 'object' || raw === null) fail('', raw, 'an object');
  const cached = parsed.get(raw);
  if (cached) return cached;
  const { apiVersion = 'auto', date, clients = 'anthropic-only', ...rest } = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(rest);
  if (unknownKeys.length) fail(unknownKeys[0]!, rest[unknownKeys[0]!], 'no such setting (known: apiVersion, date, clients)');
  if (apiVersion !== 'auto' && !(API_VERSIONS as readonly unknown[]).includes(apiVersion)) fail('apiVersion', apiVersion, `one of ${[...API_VERSIONS, 'auto'].map((v) => `"${v}"`).join(', ')}`);
  if (date !== undefined && (typeof date !== 'string' || !isDate(date))) fail('date', date, 'a date "YYYY-MM-DD"');
  if (clients !== 'anthropic-only' && clients !== 'any-shaped') fail('clients', clients, '"anthropic-only" or "any-shaped"');
  const result: PluginSettings = { apiVersion: apiVersion as PluginSettings['apiVersion'], date: date as string | undefined, clients };
  parsed.set(raw, result);
  return result;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
