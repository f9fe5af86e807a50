/**
 * One file, analysed once for all rules of the plugin.
 *
 * ESLint creates every enabled rule (calls `create`) before it walks the AST,
 * so each rule registers itself (with its options) in the file's analysis, and
 * the first rule to reach the root node runs the engine once for every
 * registered rule: one extraction, one `checkPayload` per payload, one
 * `checkText`. Each rule then reports only its own findings. Rules that are off
 * in ESLint are never created, so never run. The cache is keyed by the AST, so
 * a re-parse (after `--fix`) starts afresh.
 */
import type { Pointer } from '../engine/types.js';
import type { Origin, Platform, Rule } from '../engine/rule.js';
import type { ApiVersion, ApiVersionOrUnknown, Endpoint, Finding, PayloadKind } from '../engine/types.js';
import { checkEvery } from '../engine/check-payload.js';
import { checkText } from '../engine/check-text.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { projectApiVersion } from '../config/api-version.js';
import { jsonSource } from '../sources/json/index.js';
import { looksLikeRequestText } from '../sources/json/detect.js';
import { readSettings, todayUtc, type PluginSettings } from './settings.js';
import { toTextEdits, type EditSource, type TextEdit } from '../fix/text-edits.js';
import { isMomoaDocument, jsonEditSource, reportLocation, type MomoaDocument } from './json-document.js';
import { findCallSites, mightCallApi } from './js-call-sites.js';

/** The parts of ESLint's rule context the analysis reads (JS and JSON languages alike). */
export interface LintContext {
  filename: string;
  settings: Record<string, unknown>;
  options: unknown[];
  sourceCode: {
    text: string;
    ast: unknown;
    getLocFromIndex(index: number): { line: number; column: number };
    scopeManager?: unknown;
    parserServices?: unknown;
  };
}

type Loc = { start: { line: number; column: number }; end: { line: number; column: number } };

/** A report, ready for `context.report` (node or loc, plus text edits for fix and suggestions). */
export interface PreparedReport {
  messageId: string;
  data: Record<string, string>;
  /** A message that is not the rule's template (a finding merged across API versions). */
  message?: string;
  node?: unknown;
  loc?: Loc;
  fix?: readonly TextEdit[];
  suggest?: { desc: string; messageId?: string; data?: Record<string, string>; edits: readonly TextEdit[] }[];
}

/** One payload of the file and how to map pointers in it back to the file. */
export interface Target {
  payload: unknown;
  kind: PayloadKind;
  endpoint: Endpoint;
  platform?: Platform;
  origin?: Origin;
  streaming?: boolean;
  sdkTimeoutSet?: boolean;
  /** Other payloads the same code may send (literal-union types): only shared findings count. */
  alternatives?: unknown[];
  /** Set when the payload's own context states it (a header, `anthropic_version` in a body). */
  apiVersion?: ApiVersionOrUnknown;
  /** Where to report a finding: a node (JS) or a location (JSON). */
  locate(pointer: Pointer, target: 'key' | 'value'): { node: unknown; range: readonly [number, number] } | { loc: Loc; range: readonly [number, number] };
  edits: EditSource;
}

class FileAnalysis {
  private readonly registered = new Map<string, unknown[]>();
  private readonly results = new Map<string, PreparedReport[]>();
  private targets: Target[] | undefined;
  private payloadsPossible: boolean | undefined;
  private readonly settings: PluginSettings;

  constructor(private readonly context: LintContext) {
    this.settings = readSettings(context.settings);
  }

  /**
   * Can payload rules report anything here? Not in a JS/TS file that never
   * mentions the API (most files of a codebase): their rules then need no
   * listener at all. Decided once per file, by the same cheap text test.
   */
  mayHavePayloads(): boolean {
    this.payloadsPossible ??= isMomoaDocument(this.context.sourceCode.ast) || mightCallApi(this.context.sourceCode, this.settings.clients);
    return this.payloadsPossible;
  }

  register(ruleId: string, options: unknown[]): void {
    if (!this.registered.has(ruleId)) this.registered.set(ruleId, options);
  }

  reportsFor(ruleId: string): PreparedReport[] {
    if (!this.results.has(ruleId)) {
      // Everything registered and not yet run, in one engine pass.
      const pending = [...this.registered.keys()].filter((id) => !this.results.has(id));
      if (!pending.includes(ruleId)) pending.push(ruleId);
      this.run(pending);
    }
    return this.results.get(ruleId) ?? [];
  }

  private run(ruleIds: string[]): void {
    const rules = ruleIds.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => r !== undefined);
    for (const id of ruleIds) this.results.set(id, []);
    const ruleOptions: Record<string, unknown[]> = {};
    for (const id of ruleIds) ruleOptions[id] = this.registered.get(id) ?? [];
    const seen = new Set<string>();
    const push = (ruleId: string, report: PreparedReport, range: readonly [number, number], message: string): void => {
      // One const object passed to two calls, or both branches of `c ? a : b`: report a shared mistake once.
      const key = `${ruleId}|${report.messageId}|${range[0]}:${range[1]}|${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      this.results.get(ruleId)!.push(report);
    };

    const textRules = rules.filter((r) => r.checkText);
    if (textRules.length) {
      const { text, getLocFromIndex } = this.context.sourceCode;
      for (const f of checkText(text, this.context.filename, { ruleSet: textRules, ruleOptions })) {
        const loc = { start: getLocFromIndex.call(this.context.sourceCode, f.start), end: getLocFromIndex.call(this.context.sourceCode, f.end) };
        push(f.ruleId, { messageId: f.messageId, data: f.data, loc }, [f.start, f.end], f.message);
      }
    }

    const payloadRules = rules.filter((r) => r.checkRequest || r.checkBatch);
    if (!payloadRules.length) return;
    const date = this.settings.date ?? todayUtc();
    for (const target of this.getTargets()) {
      const findings = checkEvery([target.payload, ...(target.alternatives ?? [])], {
        kind: target.kind,
        apiVersion: target.apiVersion ?? this.defaultApiVersion(target.origin === 'sdk-call' ? target.platform : undefined),
        date,
        endpoint: target.endpoint,
        ...(target.platform ? { platform: target.platform } : {}),
        ...(target.origin ? { origin: target.origin } : {}),
        ...(target.streaming !== undefined ? { streaming: target.streaming } : {}),
        ...(target.sdkTimeoutSet !== undefined ? { sdkTimeoutSet: target.sdkTimeoutSet } : {}),
        ruleSet: payloadRules,
        ruleOptions,
        // A body nested absurdly deep can exhaust the stack: skip it, as the CLI does; real bugs still surface.
        onRuleError: (_ruleId, error) => {
          if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
        },
      });
      for (const finding of findings) {
        const where = target.locate(finding.pointer, finding.target);
        push(finding.ruleId, prepare(finding, where, target.edits), where.range, finding.message);
      }
    }
  }

  private defaultApiVersion(platform?: string): ApiVersionOrUnknown {
    return this.settings.apiVersion !== 'auto' ? this.settings.apiVersion : projectApiVersion(this.context.filename, platform).value;
  }

  private getTargets(): Target[] {
    this.targets ??= this.extract();
    return this.targets;
  }

  private extract(): Target[] {
    const { sourceCode } = this.context;
    if (isMomoaDocument(sourceCode.ast)) return jsonTargets(sourceCode.ast, sourceCode.text, this.context.filename);
    // Most files never mention the API: skip the extraction on them.
    if (!mightCallApi(sourceCode, this.settings.clients)) return [];
    return findCallSites(sourceCode, this.settings.clients);
  }
}

function prepare(finding: Finding, where: ReturnType<Target['locate']>, source: EditSource): PreparedReport {
  const report: PreparedReport = { messageId: finding.messageId, data: finding.data, ...(finding.alsoReportedBy ? { message: finding.message } : {}) };
  if ('node' in where) report.node = where.node;
  else report.loc = where.loc;
  if (finding.fix) {
    const edits = toTextEdits(finding.fix.edits, source);
    if (edits) report.fix = edits;
  }
  if (finding.suggestions) {
    const suggest: NonNullable<PreparedReport['suggest']>[number][] = [];
    for (const s of finding.suggestions) {
      const edits = toTextEdits(s.edits, source);
      if (edits) suggest.push({ desc: s.message, ...(s.messageId ? { messageId: s.messageId, data: s.data ?? {} } : {}), edits });
    }
    if (suggest.length) report.suggest = suggest;
  }
  return report;
}

/** A request JSON file: the same payload the CLI's JSON source finds (kind by shape, Bedrock/Vertex bodies). */
function jsonTargets(document: MomoaDocument, text: string, filename: string): Target[] {
  // Every request body has one of these keys; package.json, lock files and the like are skipped unparsed.
  if (!looksLikeRequestText(text)) return [];
  const { payloads } = jsonSource.extract(text, filename, { explicit: false });
  return payloads.map((located) => ({
    payload: located.payload,
    kind: located.kind,
    endpoint: located.endpoint,
    ...(located.platform ? { platform: located.platform } : {}),
    ...(located.apiVersion ? { apiVersion: located.apiVersion.value } : {}),
    locate(pointer, target) {
      const loc = reportLocation(document, pointer, target);
      return { loc, range: [loc.start.offset, loc.end.offset] as const };
    },
    edits: jsonEditSource(document, text, located.payload),
  }));
}

const analyses = new WeakMap<object, FileAnalysis>();

/** The file's shared analysis (created by the first rule that asks). */
export function analysisFor(context: LintContext): FileAnalysis {
  const key = context.sourceCode.ast as object;
  let analysis = analyses.get(key);
  if (!analysis) {
    analysis = new FileAnalysis(context);
    analyses.set(key, analysis);
  }
  return analysis;
}
