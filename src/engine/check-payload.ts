/**
 * The one entry point of the engine: a payload (complete, from a file, or partial,
 * from source code), how it is sent, and the rules to run → findings. Every front
 * end calls this. The engine is handed its rules (as Ajv's core is handed its
 * vocabularies) and imports none: rules/ depends on the engine, never the reverse.
 */
import type { ApiVersionOrUnknown, CheckOptions, Edit, Finding, PayloadKind, Pointer, RuleSetting, Severity, Suggestion } from './types.js';
import type { BatchContext, BatchVisitor, Origin, Platform, Report, RequestContext, Rule, Sdk, SuggestionReport } from './rule.js';
import { renderMessage } from './rule.js';
import { isObject, prop, stringProp, type JsonObject } from './values.js';
import { isOpen, isUnknown, markOpen } from './partial.js';
import { join, toReadablePath } from './pointer.js';
import { redactSecrets } from './redact.js';
import { holds, TriggerIndex, type TriggerMask } from './body-features.js';
import { lookupModel } from '../catalogue/catalogue.js';
import { API_VERSIONS, type ApiVersion } from './api-versions.js';

export interface PayloadCheckOptions extends Omit<CheckOptions, 'apiVersion'> {
  /** `unknown`: checked under every version, and only the findings they all share are kept. */
  apiVersion: ApiVersionOrUnknown;
  platform?: Platform;
  /** Default: 'request-file'. */
  origin?: Origin;
  /** The SDK that makes the call (undefined: a request file or raw HTTP). */
  sdk?: Sdk;
  /** SDK calls: a timeout is set on the call or the client. */
  sdkTimeoutSet?: boolean;
  /** An upper bound of the serialized body's size in bytes (a request file: 3 bytes per UTF-16 unit of its text). */
  sizeBound?: number;
  /** Known to stream (`.stream()` or `stream: true`), known not to, or unknown. */
  streaming?: boolean;
  /** The rules to run: required by the engine; the public `checkPayload` (src/index.ts) defaults to every rule of rules/index.ts. */
  ruleSet?: readonly Rule[];
  /** How messages name `requests[i]` of a batch (default `requests[i]`; a JSONL file names its lines). */
  requestName?(index: number): string;
  /** Where the payload sits in its document (a JSONL batch line is `/requests/3`…); default ''. */
  basePointer?: Pointer;
  /**
   * Called when a rule throws (e.g. a stack overflow on absurdly deep nesting);
   * the other rules still run. Without it, the error propagates (tests want that).
   */
  onRuleError?(ruleId: string, error: unknown): void;
  /** Run every rule on every body, ignoring `meta.triggers` (tests compare both ways). */
  ignoreTriggers?: boolean;
}


/** What the engine itself takes: the options with the rule set it is handed. */
export type EngineCheckOptions = PayloadCheckOptions & { ruleSet: readonly Rule[] };

function severityOf(rule: Rule, setting: RuleSetting | undefined): Severity | undefined {
  if (setting === 'off') return undefined;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return rule.meta.severity;
}

function absolute(base: Pointer, relative: Pointer): Pointer {
  return base + relative;
}

function absoluteEdit(base: Pointer, edit: Edit): Edit {
  return { ...edit, pointer: absolute(base, edit.pointer) };
}

function renderData(data: Record<string, string | number> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data ?? {})) out[k] = redactSecrets(String(v));
  return out;
}

/** Turns a rule's reports into findings. */
function makeReporter(rule: Rule, severity: Severity) {
  return (findings: Finding[], base: Pointer, r: Report<string>): void => {
    const template = rule.meta.messages[r.messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
    const suggestion = (s: SuggestionReport<string>): Suggestion => {
      const data = renderData(s.data);
      return {
        message: redactSecrets(renderMessage(rule.meta.messages[s.messageId] ?? s.messageId, data)),
        messageId: s.messageId,
        data,
        edits: s.edits.map((e) => absoluteEdit(base, e)),
      };
    };
    const data = renderData(r.data);
    const finding: Finding = {
      ruleId: rule.id,
      messageId: r.messageId,
      severity,
      message: redactSecrets(renderMessage(template, data)),
      data,
      pointer: absolute(base, r.pointer),
      target: r.target ?? 'value',
    };
    if (r.fix) finding.fix = suggestion(r.fix);
    if (r.suggest?.length) finding.suggestions = r.suggest.map(suggestion);
    findings.push(finding);
  };
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown[];
  report: ReturnType<typeof makeReporter>;
  /** `meta.triggers` as bits of the set's TriggerIndex; undefined: the rule runs on every body. */
  triggers: TriggerMask | undefined;
  /** `rule.checkRequest`, read once: each rule object has its own shape, so reading it per body is a megamorphic load. */
  checkRequest: Rule['checkRequest'];
}

/** The rules that run under one configuration, and which of them check each kind of payload (the engine's hot loop walks these). */
interface ActiveSet {
  all: ActiveRule[];
  request: Record<'messages' | 'count-tokens', ActiveRule[]>;
  batch: ActiveRule[];
  /** The names the rules' triggers use, as bits; undefined when no rule has triggers (no body is walked). */
  triggerIndex: TriggerIndex | undefined;
}

// A run checks thousands of payloads with the same configuration: resolve which
// rules run, at which severity, once per (rule set, configuration objects, API version, platform, SDK).
const NO_CONFIG = {};
const activeCache = new WeakMap<readonly Rule[], WeakMap<object, WeakMap<object, Map<string, ActiveSet>>>>();

function activeRules(options: EngineCheckOptions & { apiVersion: ApiVersion }): ActiveSet {
  const ruleSet = options.ruleSet;
  let bySettings = activeCache.get(ruleSet);
  if (!bySettings) activeCache.set(ruleSet, (bySettings = new WeakMap()));
  const settings = options.rules ?? NO_CONFIG;
  let byOptions = bySettings.get(settings);
  if (!byOptions) bySettings.set(settings, (byOptions = new WeakMap()));
  const ruleOptions = options.ruleOptions ?? NO_CONFIG;
  let byVersion = byOptions.get(ruleOptions);
  if (!byVersion) byOptions.set(ruleOptions, (byVersion = new Map()));
  const key = `${options.apiVersion}|${options.platform ?? 'unknown'}|${sdkOf(options) ?? ''}`;
  let active = byVersion.get(key);
  if (!active) {
    const all: ActiveRule[] = [];
    const enabled: { rule: Rule; severity: Severity }[] = [];
    for (const rule of ruleSet) {
      const severity = severityOf(rule, options.rules?.[rule.id]);
      if (!severity) continue;
      if (rule.meta.apiVersions && !rule.meta.apiVersions.includes(options.apiVersion)) continue;
      // Where it applies, as its meta says: the rule body need not check.
      if (rule.meta.platforms && !rule.meta.platforms.includes(options.platform ?? 'unknown')) continue;
      if (rule.meta.sdks && !(sdkOf(options) && rule.meta.sdks.includes(sdkOf(options)!))) continue;
      enabled.push({ rule, severity });
    }
    const triggerIndex = enabled.some(({ rule }) => rule.meta.triggers && rule.checkRequest) ? new TriggerIndex(enabled.map(({ rule }) => rule.meta.triggers)) : undefined;
    for (const { rule, severity } of enabled) {
      all.push({ rule, severity, options: options.ruleOptions?.[rule.id] ?? rule.meta.defaultOptions ?? [], report: makeReporter(rule, severity), triggers: triggerIndex?.mask(rule.meta.triggers), checkRequest: rule.checkRequest });
    }
    const checking = (kind: PayloadKind, check: 'checkRequest' | 'checkBatch'): ActiveRule[] =>
      all.filter((a) => a.rule[check] && (!a.rule.meta.kinds || a.rule.meta.kinds.includes(kind)));
    active = { all, request: { messages: checking('messages', 'checkRequest'), 'count-tokens': checking('count-tokens', 'checkRequest') }, batch: checking('batch', 'checkBatch'), triggerIndex };
    byVersion.set(key, active);
  }
  return active;
}

/** Only an SDK call has an SDK (a raw HTTP call in a TS file is not made by the TS SDK). */
function sdkOf(options: PayloadCheckOptions): Sdk | undefined {
  return options.origin === 'sdk-call' ? options.sdk : undefined;
}

const defaultRequestName = (index: number): string => `requests[${index}]`;

/** Findings of the first list that every other list has too (same rule, message and place). */
function sharedByAll(lists: Finding[][]): Finding[] {
  const [first = [], ...others] = lists;
  const key = (f: Finding): string => `${f.ruleId}|${f.messageId}|${f.pointer}`;
  const otherKeys = others.map((list) => new Set(list.map(key)));
  return first.filter((f) => otherKeys.every((keys) => keys.has(key(f))));
}

/**
 * A payload that may be sent as any of several (a value typed as a union of
 * literals): the findings every one of them has, located in the first.
 */
export function checkEvery(payloads: readonly unknown[], options: EngineCheckOptions): Finding[] {
  return sharedByAll(payloads.map((payload) => checkPayload(payload, options)));
}

/**
 * Under an unknown API version: what every version rejects. The same mistake
 * may be named by different rules under each version (`temperature` on a model
 * that takes no sampling parameters: a per-model rule under 2023-06-01, a removed
 * field under 2026-10-21), so a finding is kept when every other version reports
 * something at the same place; when they differ, the message says both, the
 * severity is the milder one, and no fix is applied (suggestions of both are offered).
 */
function sharedAcrossVersions(lists: Finding[][]): Finding[] {
  const [first = [], ...others] = lists;
  const same = (f: Finding, g: Finding): boolean => f.ruleId === g.ruleId && f.messageId === g.messageId && f.pointer === g.pointer;
  const out: Finding[] = [];
  // A finding of another version answers one finding of the first, not several (one mistake, one report).
  const used = new Set<Finding>();
  for (const f of first) {
    const counterparts = others.map((list) => list.find((g) => same(f, g)) ?? list.find((g) => g.pointer === f.pointer && !used.has(g)));
    if (counterparts.some((c) => c === undefined)) continue;
    for (const c of counterparts) used.add(c!);
    const differing = (counterparts as Finding[]).filter((c) => !same(f, c));
    if (differing.length === 0) {
      out.push(f);
      continue;
    }
    const all = [f, ...differing];
    const versions = API_VERSIONS.filter((_, i) => i === 0 || !same(f, counterparts[i - 1]!));
    const suggestions: Suggestion[] = [];
    for (const s of all.flatMap((x) => [...(x.fix ? [x.fix] : []), ...(x.suggestions ?? [])])) {
      if (!suggestions.some((t) => JSON.stringify(t.edits) === JSON.stringify(s.edits))) suggestions.push(s);
    }
    const { fix: _fix, suggestions: _s, ...rest } = f;
    out.push({
      ...rest,
      severity: all.some((x) => x.severity === 'warning') ? 'warning' : 'error',
      message: acrossVersionsMessage(f.pointer, all, versions),
      ...(suggestions.length ? { suggestions } : {}),
      alsoReportedBy: differing.map((x) => x.ruleId),
    });
  }
  return out;
}

/** What a rule's message quotes as the API's answer: `400 "…"` or `400 invalid_request_error`. */
const API_ANSWER = /\bThe API answers (\d{3}(?: [a-z_]+)?(?: "(?:[^"\\]|\\.)*")?)/;

/**
 * One mistake named by a different rule under each version: what is wrong, each
 * version's answer, and a remedy every version offers (removing the field), which
 * fixes it whatever version the project sends. Without those, each version's message.
 */
function acrossVersionsMessage(pointer: Pointer, all: Finding[], versions: readonly ApiVersion[]): string {
  const what = `${toReadablePath(pointer)} is rejected under either API version (the project's is not known).`;
  const answers = all.map((x) => API_ANSWER.exec(x.message)?.[1]);
  const remedies = all.map((x) => [...(x.fix ? [x.fix] : []), ...(x.suggestions ?? [])]);
  const shared = remedies[0]!.find((s) => remedies.every((list) => list.some((t) => JSON.stringify(t.edits) === JSON.stringify(s.edits))));
  if (answers.some((a) => a === undefined) || !shared) return `${what} ${all.map((x, i) => `Under ${versions[i]}: ${x.message}`).join(' ')}`;
  return `${what} The API answers ${answers.map((a, i) => `${a} under ${versions[i]}`).join(' and ')}. ${shared.message}.`;
}

export function checkPayload(payload: unknown, options: EngineCheckOptions): Finding[] {
  if (options.apiVersion === 'unknown') {
    return sharedAcrossVersions(API_VERSIONS.map((apiVersion) => checkPayload(payload, { ...options, apiVersion })));
  }
  return checkKnownVersion(payload, options as EngineCheckOptions & { apiVersion: ApiVersion });
}

/**
 * One batch checked request by request (a JSONL file of batch lines, read as it
 * comes): each call returns the findings made since the last one, with pointers
 * into the batch (`/requests/3/params/…`). Only the batch rules' small state
 * (ids, counts, sizes) is kept between requests.
 */
export interface BatchRun {
  /** Findings on the envelope (the batch body without its requests). */
  readonly started: Finding[];
  /** Element `index` of `requests`: what the batch rules and its params' checks find in it. */
  request(item: unknown, index: number): Finding[];
  /** After the last request: what spans the batch (a custom_id used twice, the count, the total size). */
  end(count: number, open?: boolean): Finding[];
}

/** Starts a batch; `envelope` is the batch body with `requests: []` (a JSONL file: just that). */
export function startBatch(envelope: JsonObject, options: EngineCheckOptions): BatchRun {
  if (options.apiVersion === 'unknown') {
    // Under every version at once; what they all find, request by request (pointers name the request, so this is what the whole batch would give).
    const runs = API_VERSIONS.map((apiVersion) => startBatch(envelope, { ...options, apiVersion }));
    return {
      started: sharedAcrossVersions(runs.map((r) => r.started)),
      request: (item, index) => sharedAcrossVersions(runs.map((r) => r.request(item, index))),
      end: (count, open) => sharedAcrossVersions(runs.map((r) => r.end(count, open))),
    };
  }
  const known = options as EngineCheckOptions & { apiVersion: ApiVersion };
  let findings: Finding[] = [];
  const taken = (): Finding[] => {
    const out = findings;
    findings = [];
    return out;
  };
  const run = knownBatch(envelope, known, activeRules(known), requestRunner(known, activeRules(known), () => findings), () => findings);
  return {
    started: taken(),
    request(item, index) {
      run.request(item, index);
      return taken();
    },
    end(count, open = false) {
      run.end(count, open);
      return taken();
    },
  };
}

/** The batch body with `requests: []`, open as the body was; the requests go to the rules one by one. */
function withoutRequests(body: JsonObject): JsonObject {
  const envelope: JsonObject = Object.assign({}, body, { requests: [] });
  return isOpen(body) ? markOpen(envelope) : envelope;
}

function checkKnownVersion(payload: unknown, options: EngineCheckOptions & { apiVersion: ApiVersion }): Finding[] {
  const findings: Finding[] = [];
  const base = options.basePointer ?? '';
  if (isUnknown(payload)) return findings;
  const active = activeRules(options);
  if (!isObject(payload)) {
    // Only a body forced by --kind gets here; the API wants a JSON object.
    const schemaRule = active.all.find((a) => a.rule.id === 'request-schema');
    if (schemaRule) {
      schemaRule.report(findings, base, {
        messageId: 'wrongType',
        pointer: '',
        data: { path: 'the request body', expected: 'an object', actual: Array.isArray(payload) ? 'an array' : `a ${payload === null ? 'null' : typeof payload}`, apiPath: 'body', apiType: 'a valid dictionary' },
      });
    }
    return findings;
  }
  const runRequest = requestRunner(options, active, () => findings);
  if (options.kind === 'batch') {
    const requests = prop(payload, 'requests');
    const items = Array.isArray(requests) ? requests : undefined;
    const run = knownBatch(items ? withoutRequests(payload) : payload, options, active, runRequest, () => findings);
    if (items) for (let i = 0; i < items.length; i++) run.request(items[i], i);
    run.end(items?.length ?? 0, items ? isOpen(items) : false);
  } else {
    runRequest(payload, '', options.kind, false);
  }
  return findings;
}

type RequestRunner = (body: JsonObject, pointer: Pointer, kind: 'messages' | 'count-tokens', inBatch: boolean) => void;

/** Runs the request rules on one body (a request, or a batch request's params); findings go to `sink()`. */
function requestRunner(options: EngineCheckOptions & { apiVersion: ApiVersion }, active: ActiveSet, sink: () => Finding[]): RequestRunner {
  const base = options.basePointer ?? '';
  const onRuleError = options.onRuleError;
  const common = commonContext(options);
  return (body, pointer, kind, inBatch) => {
    const rules = active.request[kind];
    if (rules.length === 0) return;
    const modelId = stringProp(body, 'model');
    const stream = prop(body, 'stream');
    // Unknown when `stream` is a runtime value, or absent from an object a spread may complete.
    const streaming = options.streaming ?? (stream === true ? true : stream === false || (stream === undefined && !isOpen(body)) ? false : undefined);
    const requestBase = absolute(base, pointer);
    const findings = sink();
    // One context per request, shared by the rules (a batch of 20,000 requests runs
    // every rule on each): only `options` and `report` change from rule to rule.
    let current = rules[0]!;
    const context: RequestContext<string> = {
      apiVersion: common.apiVersion,
      endpoint: common.endpoint,
      date: common.date,
      platform: common.platform,
      sizeBound: common.sizeBound,
      body,
      kind,
      inBatch,
      origin: common.origin,
      sdk: sdkOf(options),
      writtenIn: options.sdk,
      sdkTimeoutSet: options.sdkTimeoutSet,
      model: modelId === undefined ? undefined : { id: modelId, entry: catalogueEntry(modelId) },
      streaming: inBatch ? false : streaming,
      options: [],
      report: (r) => current.report(findings, requestBase, r),
    };
    // A fully known body (a request file) is indexed once: rules about what it does not hold are skipped.
    const features = options.ignoreTriggers ? undefined : active.triggerIndex?.body(body);
    // The hot loop of the engine (rules × requests): no closure per call.
    for (let i = 0; i < rules.length; i++) {
      const entry = rules[i]!;
      if (features && entry.triggers && !holds(features, entry.triggers)) continue;
      current = entry;
      context.options = entry.options;
      if (!onRuleError) {
        entry.checkRequest!.call(entry.rule, context);
        continue;
      }
      try {
        entry.checkRequest!.call(entry.rule, context);
      } catch (error) {
        onRuleError(entry.rule.id, error);
      }
    }
  };
}

/**
 * The catalogue entry of a model id; the last one is kept. A run's bodies name a
 * few models over and over, and each body's id is a new string that a map lookup
 * must first find in V8's string table.
 */
let lastModelId: string | undefined;
let lastModelEntry: ReturnType<typeof lookupModel>;
function catalogueEntry(id: string): ReturnType<typeof lookupModel> {
  if (id !== lastModelId) {
    lastModelEntry = lookupModel(id);
    lastModelId = id;
  }
  return lastModelEntry;
}

function commonContext(options: EngineCheckOptions & { apiVersion: ApiVersion }) {
  return {
    apiVersion: options.apiVersion,
    endpoint: options.endpoint ?? 'any',
    date: options.date,
    platform: options.platform ?? 'unknown',
    sizeBound: options.sizeBound,
    origin: options.origin ?? 'request-file',
  } as const;
}

/**
 * A batch under one API version: the batch rules see the envelope, then each
 * request (their visitors, then the request rules on its params), then the end.
 * A visitor that throws is reported once and dropped for the rest of the batch.
 */
function knownBatch(
  envelope: JsonObject,
  options: EngineCheckOptions & { apiVersion: ApiVersion },
  active: ActiveSet,
  runRequest: RequestRunner,
  sink: () => Finding[],
): { request(item: unknown, index: number): void; end(count: number, open: boolean): void } {
  const base = options.basePointer ?? '';
  const requestName = options.requestName ?? defaultRequestName;
  const common = commonContext(options);
  const failed = (ruleId: string, error: unknown): void => {
    if (!options.onRuleError) throw error;
    options.onRuleError(ruleId, error);
  };
  const visitors: { ruleId: string; visitor: BatchVisitor }[] = [];
  for (const entry of active.batch) {
    const rule = entry.rule;
    const context: BatchContext<string> = { ...common, body: envelope, options: entry.options, requestName, report: (r) => entry.report(sink(), base, r) };
    try {
      const visitor = rule.checkBatch!(context);
      if (visitor) visitors.push({ ruleId: rule.id, visitor });
    } catch (error) {
      failed(rule.id, error);
    }
  }
  const each = (call: (visitor: BatchVisitor) => void): void => {
    for (let v = 0; v < visitors.length; v++) {
      const { ruleId, visitor } = visitors[v]!;
      try {
        call(visitor);
      } catch (error) {
        visitors.splice(v--, 1);
        failed(ruleId, error);
      }
    }
  };
  return {
    request(item, index) {
      each((visitor) => visitor.request?.(item, index));
      const params = prop(item, 'params');
      if (isObject(params)) runRequest(params, join('', 'requests', index, 'params'), 'messages', true);
    },
    end(count, open) {
      each((visitor) => visitor.end?.(count, open));
    },
  };
}
