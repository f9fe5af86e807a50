/**
 * The request's model as the checks see it: its catalogue features (for the
 * per-model rules) and one verdict on its id (for the four model id rules, so
 * that an id gets exactly one of: not a model, retired, deprecated,
 * unrecognized).
 */
import {
  couldBeNewerModel,
  isCalendarDate,
  isServed,
  lookupModel,
  modelStatus,
  suggestModelIds,
  type ModelEntry,
  type ModelFeatures,
} from '../../src/catalogue/catalogue.js';
import { MODELS } from '../../src/catalogue/models-data.js';
import type { ModelInfo, Platform, SuggestionReport } from '../../src/engine/rule.js';
import { stringProp, type JsonObject } from '../../src/engine/values.js';

export interface KnownModel {
  id: string;
  entry: ModelEntry;
  features: ModelFeatures;
}

/**
 * The model's catalogue entry when its per-model rules apply: a literal id the
 * catalogue knows as a real model that is not retired on the run's date.
 * Retired and never-existed ids get no feature checks (the model id rules report
 * them; the API answers 404 before it looks at anything else).
 */
export function knownModel(context: { model: ModelInfo | undefined; date: string }): KnownModel | undefined {
  const info = context.model;
  const entry = info?.entry;
  if (!entry || !info) return undefined;
  // A dozen rules ask this of each body: the engine gives them one ModelInfo per body, so the last answer is reused.
  if (info === lastKnown.info && context.date === lastKnown.date) return lastKnown.model;
  const status = modelStatus(entry, context.date);
  const model = status === 'retired' || status === 'never-existed' ? undefined : { id: info.id, entry, features: entry.features ?? {} };
  lastKnown = { info, date: context.date, model };
  return model;
}

let lastKnown: { info: ModelInfo | undefined; date: string; model: KnownModel | undefined } = { info: undefined, date: '', model: undefined };

/**
 * The id to move to: follows `replacement` (or, for ids that never existed,
 * `probably_meant`) to the first model that is served on `date` and not itself
 * deprecated; a deprecated one only when nothing better is on the chain.
 */
export function replacementFor(id: string, date: string): string | undefined {
  const seen = new Set<string>();
  let fallback: string | undefined;
  let current = lookupModel(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.id !== id && isServed(current, date)) {
      if (modelStatus(current, date) !== 'deprecated') return current.id;
      fallback ??= current.id;
    }
    const next = current.replacement ?? current.probably_meant;
    current = next ? lookupModel(next) : undefined;
  }
  return fallback;
}

export type NotAModelReason =
  | 'bedrock-id'
  | 'vertex-id'
  | 'thinking-suffix'
  | 'dotted'
  | 'dated-dateless'
  | 'impossible-date'
  | 'latest-alias'
  | 'never-existed'
  | 'not-in-catalogue';

export type ModelIdVerdict =
  | { kind: 'ok' }
  /** Not judged (platform ids, custom deployment names). */
  | { kind: 'skip' }
  | { kind: 'not-a-model'; reason: NotAModelReason; meant: string | undefined; replacements: string[] }
  | { kind: 'retired'; entry: ModelEntry; replacement: string | undefined }
  | { kind: 'deprecated'; entry: ModelEntry; replacement: string | undefined }
  | { kind: 'unrecognized'; reason: 'newer' | 'unreleased' | 'unconfirmed'; entry: ModelEntry | undefined; replacements: string[] };

const BEDROCK_ID = /^(?:[a-z]{2,6}\.)?anthropic\.|-v\d+(?::\d+)?$/;
const VERTEX_ID = /@/;
const DATE_SUFFIX = /-(\d{8})$/;
const NEW_STYLE_ID = /^claude-([a-z]+)-\d+(?:-\d+)?$/;

/** Families the catalogue knows (`opus`, `sonnet`, `haiku`, `fable`, `mythos`, `instant`). */
const KNOWN_FAMILIES = new Set(
  MODELS.filter((m) => m.status !== 'never-existed')
    .map((m) => /^claude-([a-z]+)-\d/.exec(m.id)?.[1])
    .filter((f): f is string => f !== undefined),
);

/** The Claude API id a Bedrock or Vertex id stands for (`anthropic.claude-x-20240620-v1:0` → `claude-x-20240620`). */
export function toClaudeApiId(id: string): string {
  return id
    .replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '')
    .replace(/-v\d+(?::\d+)?$/, '')
    .replace(/-v\d+@(\d{8})$/, '-$1')
    .replace(/@(\d{8})$/, '-$1')
    .split('@')[0]!; // not /@.*$/: quadratic on "@@@…\n"
}

function shapeReason(id: string, fallback: NotAModelReason): NotAModelReason {
  if (VERTEX_ID.test(id)) return 'vertex-id';
  if (BEDROCK_ID.test(id)) return 'bedrock-id';
  if (/-thinking$/.test(id)) return 'thinking-suffix';
  if (id.includes('.')) return 'dotted';
  const dated = DATE_SUFFIX.exec(id);
  if (dated && !isCalendarDate(dated[1]!)) return 'impossible-date';
  if (dated && lookupModel(id.slice(0, -9))?.kind === 'dateless-id') return 'dated-dateless';
  if (/-latest$/.test(id)) return 'latest-alias';
  return fallback;
}

/**
 * Never-existed entries whose note says the 404 itself is unconfirmed (for
 * example `claude-sonnet-4`, `claude-opus-latest`): reported as warnings only.
 */
export function neverExistedUnconfirmed(entry: ModelEntry): boolean {
  return entry.status === 'never-existed' && /unconfirmed/i.test(entry.notes ?? '');
}

/**
 * Could the id name a model released after the catalogue was written? A newer
 * version of a known line (see couldBeNewerModel), or a well-formed id of a
 * family the catalogue does not know that is no near miss of a served id. Such
 * ids are warnings from the first day, whatever the catalogue's age: the day a
 * model ships, its users must not be blocked by an older lint-payloads.
 */
function mayBeNewer(id: string, date: string): boolean {
  if (couldBeNewerModel(id)) return true;
  const m = NEW_STYLE_ID.exec(id);
  return m !== null && !KNOWN_FAMILIES.has(m[1]!) && suggestModelIds(id, date).length === 0;
}

function replacementsFrom(meant: string | undefined, id: string, date: string): { meant: string | undefined; replacements: string[] } {
  if (meant) {
    const target = lookupModel(meant);
    if (target && target.status !== 'never-existed') {
      const status = modelStatus(target, date);
      if (status === 'active' || status === 'legacy') return { meant: undefined, replacements: [meant] };
      const next = replacementFor(meant, date);
      return { meant, replacements: next ? [next] : [] };
    }
  }
  return { meant: undefined, replacements: suggestModelIds(id, date) };
}

function judge(id: string, date: string, platform: Platform): ModelIdVerdict {
  // Bedrock and Vertex ids differ from the Claude API's (ARNs, `@` versions, region prefixes).
  if (platform === 'bedrock' || platform === 'vertex' || platform === 'cloud') return { kind: 'skip' };
  const entry = lookupModel(id);
  // Foundry deployments, and a proxy's aliases (`claude-sonnet` on LiteLLM), may carry any name.
  const ownNames = platform === 'foundry' || platform === 'gateway';
  if (!entry) {
    if (ownNames) return { kind: 'skip' };
    const reason = shapeReason(id, 'not-in-catalogue');
    if (reason === 'bedrock-id' || reason === 'vertex-id') {
      const converted = toClaudeApiId(id);
      if (lookupModel(converted)) return { kind: 'not-a-model', reason, ...replacementsFrom(converted, converted, date) };
      return { kind: 'not-a-model', reason, meant: undefined, replacements: suggestModelIds(converted, date) };
    }
    if (reason === 'not-in-catalogue' && mayBeNewer(id, date)) return { kind: 'unrecognized', reason: 'newer', entry: undefined, replacements: [] };
    return { kind: 'not-a-model', reason, meant: undefined, replacements: suggestModelIds(id, date) };
  }
  const status = modelStatus(entry, date);
  switch (status) {
    case 'never-existed': {
      if (ownNames) return { kind: 'skip' };
      const { meant, replacements } = replacementsFrom(entry.probably_meant, id, date);
      // A record says "no such model as of the catalogue's day"; a well-formed newer id may have shipped since.
      if (couldBeNewerModel(id)) return { kind: 'unrecognized', reason: 'newer', entry, replacements: [] };
      if (neverExistedUnconfirmed(entry)) return { kind: 'unrecognized', reason: 'unconfirmed', entry, replacements };
      return { kind: 'not-a-model', reason: shapeReason(id, 'never-existed'), meant, replacements };
    }
    case 'retired':
      return { kind: 'retired', entry, replacement: replacementFor(id, date) };
    case 'deprecated':
      return { kind: 'deprecated', entry, replacement: replacementFor(id, date) };
    case 'unreleased':
      return { kind: 'unrecognized', reason: 'unreleased', entry, replacements: [] };
    default:
      return { kind: 'ok' };
  }
}

/** Verdicts by id, one map per platform and date; the last one used is kept at hand (a run has one date, and mostly one platform). */
const caches = new Map<string, Map<string, ModelIdVerdict>>();
let current: { date: string; platform: Platform; verdicts: Map<string, ModelIdVerdict> } | undefined;

/** One verdict per id, date and platform (cached: big batches repeat the same model). */
export function judgeModelId(id: string, date: string, platform: Platform): ModelIdVerdict {
  if (current?.date !== date || current.platform !== platform) {
    const key = `${platform}\u0000${date}`;
    let verdicts = caches.get(key);
    if (!verdicts) {
      if (caches.size > 50) caches.clear();
      caches.set(key, (verdicts = new Map()));
    }
    current = { date, platform, verdicts };
  }
  let verdict = current.verdicts.get(id);
  if (!verdict) {
    if (current.verdicts.size > 500) current.verdicts.clear();
    verdict = judge(id, date, platform);
    current.verdicts.set(id, verdict);
  }
  return verdict;
}

/**
 * The verdict on the body's `model`, when it is a known string. An SDK call
 * whose client may be a Bedrock or Vertex client (`flag ? new AnthropicBedrock()
 * : new Anthropic()`, or a receiver not known) may rightly send that platform's
 * ids: those are not judged there. A request file is a first-party body unless
 * it says otherwise (a Bedrock/Vertex body carries `anthropic_version`).
 */
export function modelVerdict(context: { body: JsonObject; date: string; platform: Platform; origin: string }): { id: string; verdict: ModelIdVerdict } | undefined {
  const id = stringProp(context.body, 'model');
  if (id === undefined) return undefined;
  // The four model id rules ask this of each body in turn: the last answer is reused (same id, date, platform and origin).
  const last = lastVerdict;
  if (last && last.result.id === id && last.date === context.date && last.platform === context.platform && last.origin === context.origin) return last.result;
  const verdict = judgeModelId(id, context.date, context.platform);
  const platformId = verdict.kind === 'not-a-model' && (verdict.reason === 'bedrock-id' || verdict.reason === 'vertex-id');
  const result = platformId && context.platform === 'unknown' && context.origin === 'sdk-call' ? { id, verdict: { kind: 'skip' } as const } : { id, verdict };
  lastVerdict = { result, date: context.date, platform: context.platform, origin: context.origin };
  return result;
}

let lastVerdict: { result: { id: string; verdict: ModelIdVerdict }; date: string; platform: Platform; origin: string } | undefined;

/** One suggestion per replacement id, each replacing `/model`. */
export function useModelSuggestions<M extends string>(messageId: M, ids: readonly string[]): SuggestionReport<M>[] {
  return ids.map((id) => ({ messageId, data: { id }, edits: [{ op: 'replace' as const, pointer: '/model', value: id }] }));
}

/** `"a"`, `"a" or "b"`. */
export function quoteIds(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(' or ');
}
