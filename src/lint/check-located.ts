/**
 * The one step between a source and a front end: a file's located payloads and
 * comments → located findings. The CLI/Node API (lint-text.ts) and the ESLint
 * plugin (src/eslint/analysis.ts) both call it, so both resolve the API version,
 * build check options, de-duplicate, survive a stack overflow, map fixes to text
 * edits and honour inline disables the same way.
 */
import type { ApiVersion, Pointer, RuleSetting, Severity, Suggestion } from '../engine/types.js';
import type { Platform, Rule } from '../engine/rule.js';
import { checkEvery, checkPayload, type EngineCheckOptions } from '../engine/check-payload.js';
import { checkText } from '../engine/check-text.js';
import { LineIndex } from '../sources/json/scanner.js';
import type { ApiVersionChoice } from '../config/api-version.js';
import { toTextEdits, type EditSource, type TextEdit } from '../fix/text-edits.js';
import type { ExtractResult, Location } from '../sources/types.js';
import { readDirectives } from './disables.js';
import { closest } from '../engine/did-you-mean.js';
import { renderMessage } from '../engine/rule.js';
import { serializedSizeBound } from '../engine/serialized-size.js';

export interface CheckLocatedOptions {
  /** The rules to run (their settings: `rules`). */
  ruleSet: readonly Rule[];
  /** Every rule id there is: a disable directive naming another is reported (`unknown-disable-rule`), not as unused. */
  knownRuleIds: ReadonlySet<string>;
  rules?: Record<string, RuleSetting>;
  ruleOptions?: Record<string, unknown[]>;
  /** YYYY-MM-DD */
  date: string;
  /** For payloads that state no version: a fixed one, or 'auto' (default) for the project's. */
  apiVersion?: ApiVersion | 'auto';
  /** Also apply `eslint-disable…` directives naming our rules (the CLI; under ESLint, ESLint does). */
  eslintDirectives: boolean;
}

/** The file and what its source found in it. */
export interface LocatedFile {
  text: string;
  filePath: string;
  extracted: Pick<ExtractResult, 'payloads' | 'comments' | 'locationNote'>;
  /** The project's API version for a payload that states none (the registry entry's lookup). */
  projectApiVersion(platform: Platform | undefined): ApiVersionChoice;
  /** When `text` is a window of a larger file (a JSONL file read in pieces): the file's line number of its first line. Default 1. */
  firstLine?: number;
}

export interface LocatedSuggestion {
  desc: string;
  messageId?: string;
  data?: Record<string, string>;
  edits: readonly TextEdit[];
}

export interface LocatedFinding {
  /** null: a problem of the linter with this payload (nested too deeply to check). */
  ruleId: string | null;
  messageId?: string;
  data?: Record<string, string>;
  severity: Severity;
  message: string;
  location: Location;
  /** Of a payload finding: where in the payload, as shown to users. */
  pointer?: Pointer;
  fatal?: true;
  /** The finding merges what different rules report under different API versions (its message is not the rule's template). */
  merged?: true;
  fix?: readonly TextEdit[];
  suggestions?: LocatedSuggestion[];
}

export interface CheckedFile {
  findings: LocatedFinding[];
  /** The API versions the payloads were checked against, and why (one entry per distinct choice). */
  apiVersions: ApiVersionChoice[];
  /** Rules that threw (other than running out of stack): the file was not fully checked. */
  ruleErrors: { ruleId: string; error: unknown; location: Location }[];
}

/** The rule id under which a disable directive naming no rule is reported. */
export const UNKNOWN_DISABLE_RULE = 'unknown-disable-rule';
/** The rule id under which a disable directive that suppressed nothing is reported. */
export const UNUSED_DISABLE_DIRECTIVE = 'unused-disable-directive';

/**
 * The payload and text rules of a rule set, split once per set: the engine caches
 * its per-configuration work by the rule set's identity, so a fresh array per file
 * would redo it for every file.
 */
const splitRuleSets = new WeakMap<readonly Rule[], { payloadRules: readonly Rule[]; textRules: readonly Rule[] }>();

function splitRuleSet(ruleSet: readonly Rule[]): { payloadRules: readonly Rule[]; textRules: readonly Rule[] } {
  let split = splitRuleSets.get(ruleSet);
  if (!split) splitRuleSets.set(ruleSet, (split = { payloadRules: ruleSet.filter((r) => r.checkRequest || r.checkBatch), textRules: ruleSet.filter((r) => r.checkText) }));
  return split;
}

/** The rule settings part of the check options, once per options object (a run passes the same one for every file). */
const ruleSettingsByOptions = new WeakMap<CheckLocatedOptions, Pick<CheckLocatedOptions, 'rules' | 'ruleOptions'>>();

function ruleSettingsOf(options: CheckLocatedOptions): Pick<CheckLocatedOptions, 'rules' | 'ruleOptions'> {
  let settings = ruleSettingsByOptions.get(options);
  if (!settings) {
    settings = { ...(options.rules ? { rules: options.rules } : {}), ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}) };
    ruleSettingsByOptions.set(options, settings);
  }
  return settings;
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

export function checkLocated(file: LocatedFile, options: CheckLocatedOptions): CheckedFile {
  const { text, filePath, extracted } = file;
  const findings: LocatedFinding[] = [];
  const ruleErrors: CheckedFile['ruleErrors'] = [];
  const versions = new Map<string, ApiVersionChoice>();
  const directives = readDirectives(extracted.comments, { eslintDirectives: options.eslintDirectives, knownRuleIds: options.knownRuleIds });
  const disabled = (ruleId: string, line: number): boolean => directives.disabled?.(ruleId, line) ?? false;
  const seen = new Set<string>();
  // One const object passed to two calls, or both branches of `c ? a : b`: a shared mistake is reported once.
  const firstTime = (key: string): boolean => !seen.has(key) && Boolean(seen.add(key));
  const ruleSettings = ruleSettingsOf(options);

  const { payloadRules, textRules } = splitRuleSet(options.ruleSet);
  if (payloadRules.length) {
    for (const located of extracted.payloads) {
      // What the call or body states is what is sent; a configured version stands in for the project's manifest only.
      const version: ApiVersionChoice =
        located.apiVersion ??
        (options.apiVersion && options.apiVersion !== 'auto'
          ? { value: options.apiVersion, reason: 'set by --api-version / config' }
          : file.projectApiVersion(located.origin === 'sdk-call' ? located.platform : undefined));
      versions.set(`${version.value}|${version.reason}`, version);
      const failures: { ruleId: string; error: unknown }[] = [];
      // One literal, not a small one grown by assignments: grown, it made V8 promote ~80 MB more over 20,000 files (measured).
      const checkOptions: EngineCheckOptions = {
        kind: located.kind,
        apiVersion: version.value,
        date: options.date,
        endpoint: located.endpoint,
        ruleSet: payloadRules,
        ...(located.platform ? { platform: located.platform } : {}),
        ...(located.streaming !== undefined ? { streaming: located.streaming } : {}),
        ...(located.origin ? { origin: located.origin } : {}),
        ...(located.sdk ? { sdk: located.sdk } : {}),
        ...(located.requestName ? { requestName: located.requestName } : {}),
        ...(located.sdkTimeoutSet !== undefined ? { sdkTimeoutSet: located.sdkTimeoutSet } : {}),
        // A request file's body as its text bounds it.
        ...(located.origin === undefined || located.origin === 'request-file' ? { sizeBound: serializedSizeBound(text.length) } : {}),
        ...ruleSettings,
        onRuleError: (ruleId, error) => failures.push({ ruleId, error }),
      };
      const payloadFindings = located.check ? located.check(checkOptions) : located.alternatives ? checkEvery([located.payload, ...located.alternatives], checkOptions) : checkPayload(located.payload, checkOptions);
      if (payloadFindings.length) located.prepare?.(payloadFindings.map((f) => f.pointer));
      let editSource: EditSource | undefined;
      const edits = (s: Suggestion): TextEdit[] | undefined => (located.editSource ? toTextEdits(s.edits, (editSource ??= located.editSource())) : undefined);
      for (const f of payloadFindings) {
        const location = located.locate(f.pointer, f.target);
        if (disabled(f.ruleId, location.line)) continue;
        if (!firstTime(`${f.ruleId}|${f.messageId}|${location.line}:${location.column}-${location.endLine}:${location.endColumn}|${f.message}`)) continue;
        const finding: LocatedFinding = {
          ruleId: f.ruleId,
          messageId: f.messageId,
          data: f.data,
          severity: f.severity,
          message: f.message,
          location,
          pointer: located.displayPointer ? located.displayPointer(f.pointer) : f.pointer,
          ...(f.alsoReportedBy ? { merged: true as const } : {}),
        };
        const fix = f.fix && edits(f.fix);
        if (fix) finding.fix = fix;
        const suggestions = (f.suggestions ?? []).flatMap((s): LocatedSuggestion[] => {
          const e = edits(s);
          return e ? [{ desc: s.message, ...(s.messageId ? { messageId: s.messageId, data: s.data ?? {} } : {}), edits: e }] : [];
        });
        if (suggestions.length) finding.suggestions = suggestions;
        findings.push(finding);
      }
      for (const failure of failures) {
        const location = located.locate('', 'value');
        if (!isStackOverflow(failure.error)) {
          ruleErrors.push({ ...failure, location });
        } else if (firstTime(`deep|${location.line}`)) {
          findings.push({ ruleId: null, severity: 'error', fatal: true, message: 'The request is nested too deeply to check (the linter ran out of stack); no request nests this deep.', location });
        }
      }
    }
  }

  if (textRules.length) {
    let lines: LineIndex | undefined;
    for (const f of checkText(text, filePath, { ruleSet: textRules, ...ruleSettings })) {
      lines ??= new LineIndex(text);
      const shift = (file.firstLine ?? 1) - 1;
      const a = lines.position(f.start);
      const b = lines.position(f.end);
      a.line += shift;
      b.line += shift;
      if (disabled(f.ruleId, a.line)) continue;
      const location = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      if (!firstTime(`${f.ruleId}|${f.messageId}|${f.start}:${f.end}|${f.message}`)) continue;
      findings.push({ ruleId: f.ruleId, messageId: f.messageId, data: f.data, severity: f.severity, message: f.message, location });
    }
  }

  // Directives are read here, not by a rule: the rules that report them only declare the id, messages and severity.
  const directiveReport = (ruleId: string, messageId: string, data: Record<string, string>, location: Location): void => {
    const rule = options.ruleSet.find((r) => r.id === ruleId);
    const setting = options.rules?.[ruleId];
    if (!rule || setting === 'off') return;
    const severity = setting === 'error' ? 'error' : setting === 'warn' ? 'warning' : rule.meta.severity;
    findings.push({ ruleId, messageId, data, severity, message: renderMessage(rule.meta.messages[messageId]!, data), location });
  };
  for (const u of directives.unknownRules) {
    const [near] = closest(u.written.replace(/^lint-payloads\//, ''), [...options.knownRuleIds], { max: 1 });
    directiveReport(UNKNOWN_DISABLE_RULE, near ? 'unknownRuleNear' : 'unknownRule', { rule: u.written, ...(near ? { near } : {}) }, u.location);
  }
  // Last: every finding above has been through `disabled`, which marks the directives that suppressed one.
  for (const u of directives.unusedDirectives()) {
    directiveReport(UNUSED_DISABLE_DIRECTIVE, u.rule ? 'unusedRule' : 'unusedAll', u.rule ? { rule: u.rule } : {}, u.location);
  }
  const note = extracted.locationNote;
  if (note) {
    for (const f of findings) {
      const n = note(f.location);
      if (n) f.message = `${f.message} ${n}`;
    }
  }
  return { findings, apiVersions: [...versions.values()], ruleErrors };
}
