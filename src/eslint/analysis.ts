/**
 * One file, analysed once for all rules of the plugin.
 *
 * ESLint creates every enabled rule (calls `create`) before it walks the AST,
 * so each rule registers itself (with its options) in the file's analysis, and
 * the first rule to reach the root node runs the shared step
 * (src/lint/check-located.ts, the CLI's too) once for every registered rule:
 * one extraction, one `checkPayload` per payload, one `checkText`. Each rule
 * then reports only its own findings. Rules that are off
 * in ESLint are never created, so never run. The cache is keyed by the AST, so
 * a re-parse (after `--fix`) starts afresh.
 */
import type { Rule } from '../engine/rule.js';
import { RULES_BY_ID, RULE_IDS } from '../../rules/index.js';
import { sourceNamed } from '../sources/index.js';
import { jsonSource } from '../sources/json/index.js';
import { looksLikeRequestText } from '../sources/json/detect.js';
import type { FileComment, LocatedPayload, Location } from '../sources/types.js';
import { readSettings, todayUtc, type PluginSettings } from './settings.js';
import type { TextEdit } from '../fix/text-edits.js';
import { isMomoaDocument } from './json-document.js';
import { findCallSites, mightCallApi } from './js-call-sites.js';
import { checkLocated, type LocatedFinding } from '../lint/check-located.js';
import { fileComments } from '../sources/js/index.js';
import { mightHoldDirectives } from '../lint/disables.js';

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

/** A report, ready for `context.report` (a location, plus text edits for fix and suggestions). */
export interface PreparedReport {
  messageId: string;
  data: Record<string, string>;
  /** A message that is not the rule's template (a finding merged across API versions). */
  message?: string;
  loc: Loc;
  fix?: readonly TextEdit[];
  suggest?: { desc: string; messageId?: string; data?: Record<string, string>; edits: readonly TextEdit[] }[];
}

class FileAnalysis {
  private readonly registered = new Map<string, unknown[]>();
  private readonly results = new Map<string, PreparedReport[]>();
  private payloads: LocatedPayload[] | undefined;
  private payloadsPossible: boolean | undefined;
  private directivesPossible: boolean | undefined;
  private readonly settings: PluginSettings;
  private readonly json: boolean;

  constructor(private readonly context: LintContext) {
    this.settings = readSettings(context.settings);
    this.json = isMomoaDocument(context.sourceCode.ast);
  }

  /**
   * Can payload rules report anything here? Not in a JS/TS file that never
   * mentions the API (most files of a codebase): their rules then need no
   * listener at all. Decided once per file, by the same cheap text test.
   */
  mayHavePayloads(): boolean {
    this.payloadsPossible ??= this.json || mightCallApi(this.context.sourceCode, this.settings.clients);
    return this.payloadsPossible;
  }

  /**
   * Can a rule that only declares findings the shared step makes itself (the
   * directive rules: unknown-disable-rule, unused-disable-directive) report
   * anything here? Only where the text holds one of our directives (under ESLint,
   * ESLint reads its own); a JSON document: always, as its source reads it whole.
   */
  mayHaveDirectives(): boolean {
    this.directivesPossible ??= this.json || mightHoldDirectives(this.context.sourceCode.text, { eslintDirectives: false });
    return this.directivesPossible;
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
    for (const id of ruleIds) this.results.set(id, []);
    const { rules, ruleOptions } = ruleSetOf(ruleIds, (id) => this.registered.get(id) ?? []);
    const { text } = this.context.sourceCode;
    const filePath = this.context.filename;
    const entry = sourceNamed(this.json ? 'json' : 'js');
    const payloadRulesRegistered = rules.some((r) => r.checkRequest || r.checkBatch);
    const checked = checkLocated(
      {
        text,
        filePath,
        extracted: { payloads: payloadRulesRegistered ? this.getPayloads() : [], comments: this.comments() },
        projectApiVersion: (platform) => entry.projectApiVersion(filePath, platform),
      },
      {
        ruleSet: rules,
        knownRuleIds: RULE_IDS,
        ruleOptions,
        date: this.settings.date ?? todayUtc(),
        apiVersion: this.settings.apiVersion,
        // ESLint applies its own eslint-disable comments (and reports unused ones).
        eslintDirectives: false,
      },
    );
    // A rule that throws is a bug to surface; running out of stack on an absurdly deep body is skipped, as the CLI does.
    if (checked.ruleErrors.length) throw checked.ruleErrors[0]!.error;
    for (const finding of checked.findings) {
      if (finding.ruleId === null) continue;
      this.results.get(finding.ruleId)?.push(this.prepare(finding));
    }
  }

  /** ESLint's loc: JS columns count from 0, the JSON language's from 1 (as the sources' do). */
  private loc(location: Location): Loc {
    const shift = this.json ? 0 : 1;
    return { start: { line: location.line, column: location.column - shift }, end: { line: location.endLine, column: location.endColumn - shift } };
  }

  private prepare(finding: LocatedFinding): PreparedReport {
    return {
      messageId: finding.messageId!,
      data: finding.data ?? {},
      ...(finding.merged ? { message: finding.message } : {}),
      loc: this.loc(finding.location),
      ...(finding.fix ? { fix: finding.fix } : {}),
      ...(finding.suggestions ? { suggest: finding.suggestions } : {}),
    };
  }

  private comments(): FileComment[] {
    // A file without our directives: its comments change nothing (most files; collecting them is per-comment work).
    if (this.json || !this.mayHaveDirectives()) return [];
    return fileComments((this.context.sourceCode.ast as { comments?: Parameters<typeof fileComments>[0] }).comments);
  }

  private getPayloads(): LocatedPayload[] {
    this.payloads ??= this.extract();
    return this.payloads;
  }

  private extract(): LocatedPayload[] {
    const { sourceCode } = this.context;
    if (this.json) {
      // Every request body has one of these keys; package.json, lock files and the like are skipped unparsed.
      // The same source as the CLI's reads the text (kind by shape, Bedrock/Vertex bodies), and locates and edits in it.
      return looksLikeRequestText(sourceCode.text) ? jsonSource.extract(sourceCode.text, this.context.filename, { explicit: false }).payloads : [];
    }
    // Most files never mention the API: skip the extraction on them.
    if (!mightCallApi(sourceCode, this.settings.clients)) return [];
    return findCallSites(sourceCode, this.settings.clients);
  }
}

/**
 * The same rule list and options object for the same rules with the same
 * options, file after file: the engine caches its per-configuration work by these
 * objects' identity (src/engine/check-payload.ts, src/lint/check-located.ts), and
 * ESLint gives each file new option arrays.
 */
const ruleSets = new Map<string, { rules: readonly Rule[]; ruleOptions: Record<string, unknown[]> }>();

function ruleSetOf(ruleIds: readonly string[], optionsOf: (id: string) => unknown[]): { rules: readonly Rule[]; ruleOptions: Record<string, unknown[]> } {
  const key = ruleIds
    .map((id) => {
      const options = optionsOf(id);
      return options.length ? `${id}=${JSON.stringify(options)}` : id;
    })
    .join('\n');
  let set = ruleSets.get(key);
  if (!set) {
    const ruleOptions: Record<string, unknown[]> = {};
    for (const id of ruleIds) ruleOptions[id] = optionsOf(id);
    set = { rules: ruleIds.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => r !== undefined), ruleOptions };
    ruleSets.set(key, set);
  }
  return set;
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
