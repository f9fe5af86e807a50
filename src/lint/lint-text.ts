/**
 * One file's text → one result: the registry's source for the file finds the
 * payloads, the shared step (check-located.ts) checks and locates them.
 */
import type { ApiVersion, PayloadKind, RuleSetting } from '../engine/types.js';
import { sourceEntryFor } from '../sources/index.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { applyTextEdits, type TextEdit } from '../fix/text-edits.js';
import { RULES, RULES_BY_ID, RULE_IDS } from '../../rules/index.js';
import fs from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';
import { longRunStep } from './long-run.js';
import { checkLocated, UNUSED_DISABLE_DIRECTIVE, type CheckedFile, type CheckLocatedOptions } from './check-located.js';
import { LineIndex } from '../sources/json/scanner.js';
import type { FileProblem, SourceOptions } from '../sources/types.js';
import { emptyResult, tally, type TextFix, type TextSuggestion, type LintMessage, type LintResult } from './results.js';
import { serializedSizeBound } from '../engine/serialized-size.js';

export interface LintOptions {
  /**
   * For payloads that do not state their own version (a header on the call, a
   * Bedrock body's anthropic_version): a fixed version, or 'auto' (default) to
   * read the project manifest.
   */
  apiVersion?: ApiVersion | 'auto';
  /** YYYY-MM-DD; default today (UTC). */
  date?: string;
  /** Treat JSON bodies as this kind instead of detecting it by shape. */
  kind?: PayloadKind;
  rules?: Record<string, RuleSetting>;
  ruleOptions?: Record<string, unknown[]>;
  /** JS/TS: which receivers count as Anthropic clients. */
  clients?: 'anthropic-only' | 'any-shaped';
  /**
   * Apply the fixes of findings to the text; the fixed text is the result's `output` (the file is not written).
   * `'errors'`: only the fixes of errors, as ESLint applies under `--quiet` (its quietFixPredicate).
   */
  fix?: boolean | 'errors';
  /**
   * Report `lint-payloads-disable…` comments that suppressed nothing (ESLint's option of
   * the same name, for our comments): the severity of the rule unused-disable-directive.
   * Default 'off'; a setting of that rule in `rules` is used when this is not given.
   */
  reportUnusedDisableDirectives?: RuleSetting;
}

/**
 * The rule settings a run uses: those given, the unused-directive option, and 'off'
 * for the rules that are off unless asked for (`meta.defaultOff`).
 */
export function effectiveRuleSettings(rules: Record<string, RuleSetting> | undefined, reportUnusedDisableDirectives?: RuleSetting): Record<string, RuleSetting> | undefined {
  // The same object for the same settings: the engine caches each run's rule list by
  // this object's identity, and a new one per file rebuilt that list for every file.
  const byUnused = settingsCache.get(rules ?? NO_RULES) ?? new Map<RuleSetting | undefined, Record<string, RuleSetting>>();
  settingsCache.set(rules ?? NO_RULES, byUnused);
  let out = byUnused.get(reportUnusedDisableDirectives);
  if (!out) byUnused.set(reportUnusedDisableDirectives, (out = settingsOf(rules, reportUnusedDisableDirectives)));
  return out;
}

const NO_RULES: Record<string, RuleSetting> = {};
const settingsCache = new WeakMap<Record<string, RuleSetting>, Map<RuleSetting | undefined, Record<string, RuleSetting>>>();

function settingsOf(rules: Record<string, RuleSetting> | undefined, reportUnusedDisableDirectives?: RuleSetting): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const rule of RULES) if (rule.meta.defaultOff) out[rule.id] = 'off';
  Object.assign(out, rules);
  if (reportUnusedDisableDirectives !== undefined) out[UNUSED_DISABLE_DIRECTIVE] = reportUnusedDisableDirectives;
  return out;
}

const BOM = '\uFEFF';

/** ESLint's limit: a fix can make another finding fixable; stop after this many passes. */
const MAX_FIX_PASSES = 10;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Several edits of one fix as ESLint's single replacement: the span they cover, rewritten. */
function oneFix(text: string, edits: readonly TextEdit[]): TextFix {
  const start = Math.min(...edits.map((e) => e.range[0]));
  const end = Math.max(...edits.map((e) => e.range[1]));
  const shifted = edits.map((e) => ({ range: [e.range[0] - start, e.range[1] - start] as const, text: e.text }));
  return { range: [start, end], text: applyTextEdits(text.slice(start, end), shifted) };
}

/** Per text: named explicitly (not found by a walk); given as a request (standard input). */
type TextOptions = LintOptions & { explicit?: boolean; declaredRequest?: boolean };

export async function lintText(text: string, filePath: string, options: TextOptions = {}): Promise<LintResult> {
  // Derived afresh: a caller may change its options object between calls.
  return lintWith(text, filePath, options, options.explicit ?? true, makeDerived(options));
}

/**
 * lintText for one file of a run: `options` is the run's own object, the same for every
 * file, so what is derived from it (check and source options) is built once per run.
 */
export function lintFileText(text: string, filePath: string, options: TextOptions, explicit: boolean): Promise<LintResult> {
  return lintWith(text, filePath, options, explicit, derivedOf(options));
}

async function lintWith(text: string, filePath: string, options: TextOptions, explicit: boolean, derived: Derived): Promise<LintResult> {
  if (text.charCodeAt(0) === 0xfeff) {
    // As ESLint: a byte order mark is no part of what is linted (fix ranges do not count it), and the fixed output keeps it.
    const result = await lintWith(text.slice(1), filePath, options, explicit, derived);
    if (result.output !== undefined) result.output = BOM + result.output;
    return result;
  }
  if (!options.fix) return (await lintOnce(text, filePath, explicit, derived, false)).result;
  let current = text;
  for (let pass = 1; ; pass++) {
    const { result, fixes } = await lintOnce(current, filePath, explicit, derived, options.fix);
    const next = fixes.length && pass <= MAX_FIX_PASSES ? applyFixes(current, fixes) : current;
    if (next === current) {
      if (current !== text) result.output = current;
      return result;
    }
    current = next;
  }
}

async function lintOnce(text: string, filePath: string, explicit: boolean, derived: Derived, collectFixes: boolean | 'errors'): Promise<{ result: LintResult; fixes: TextEdit[][] }> {
  const fixes: TextEdit[][] = [];
  const result = emptyResult(filePath);
  const entry = sourceEntryFor(filePath);
  if (!entry) return { result, fixes };
  const source = entry.loaded() ?? (await entry.extract());
  const extracted = source.extract(text, filePath, explicit ? derived.sourceExplicit : derived.sourceWalked);
  const checkOptions = derived.check();
  addProblems(result, extracted.problems, checkOptions.rules);
  // Read and found to hold no request (a dataset, a transcript): --debug says why.
  if (extracted.skipped) result.skipped = extracted.skipped.reason;
  const checked = checkLocated({ text, filePath, extracted, projectApiVersion: (platform) => entry.projectApiVersion(filePath, platform) }, checkOptions);
  addChecked(result, checked, text, 0, collectFixes ? fixes : undefined, collectFixes === 'errors');
  result.apiVersions = checked.apiVersions;
  return { result: tally(result), fixes };
}

/** A source's problems → messages: one without a rule id is fatal (the file was not checked); one with a rule id is configured as that rule is. */
function addProblems(result: LintResult, problems: readonly FileProblem[], rules: Record<string, RuleSetting> | undefined): void {
  for (const problem of problems) {
    if (problem.ruleId === undefined) {
      result.messages.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, ...problem.location });
      continue;
    }
    const setting = rules?.[problem.ruleId] ?? (RULES_BY_ID.get(problem.ruleId)?.meta.severity === 'warning' ? 'warn' : 'error');
    if (setting !== 'off') result.messages.push({ ruleId: problem.ruleId, severity: setting === 'warn' ? 1 : 2, message: problem.message, ...problem.location });
  }
}

function checkOptionsOf(options: TextOptions): CheckLocatedOptions {
  const rules = effectiveRuleSettings(options.rules, options.reportUnusedDisableDirectives);
  return {
    ruleSet: RULES,
    knownRuleIds: RULE_IDS,
    date: options.date ?? today(),
    eslintDirectives: true,
    ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
    ...(rules ? { rules } : {}),
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
  };
}

/** What a file's lint derives from the options, built once per options object (a run passes the same one for every file). */
interface Derived {
  sourceExplicit: SourceOptions;
  sourceWalked: SourceOptions;
  check(): CheckLocatedOptions;
}

const derivedByOptions = new WeakMap<TextOptions, Derived>();

function derivedOf(options: TextOptions): Derived {
  let derived = derivedByOptions.get(options);
  if (!derived) derivedByOptions.set(options, (derived = makeDerived(options)));
  return derived;
}

function makeDerived(options: TextOptions): Derived {
  const sourceOptions = (explicit: boolean): SourceOptions => ({
    explicit,
    ...(options.declaredRequest ? { declaredRequest: true } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.clients ? { clients: options.clients } : {}),
  });
  const withDate = options.date === undefined ? undefined : checkOptionsOf(options);
  return {
    sourceExplicit: sourceOptions(true),
    sourceWalked: sourceOptions(false),
    // Without a date the day is today's, read per file as before.
    check: withDate ? () => withDate : () => checkOptionsOf(options),
  };
}

/** A fix's range, moved from a window's text to the file's (`offset`: where the window starts). */
function shifted(fix: TextFix, offset: number): TextFix {
  return offset === 0 ? fix : { range: [fix.range[0] + offset, fix.range[1] + offset], text: fix.text };
}

/** Located findings → the result's messages; `text` is what they were located in, `offset` where it starts in the file. */
function addChecked(result: LintResult, checked: CheckedFile, text: string, offset: number, fixes?: TextEdit[][], errorFixesOnly = false): void {
  for (const f of checked.findings) {
    const message: LintMessage = {
      ruleId: f.ruleId,
      ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
      severity: f.severity === 'error' ? 2 : 1,
      ...(f.fatal ? { fatal: true as const } : {}),
      message: f.message,
      ...f.location,
      ...(f.pointer !== undefined ? { pointer: f.pointer } : {}),
    };
    if (f.fix) message.fix = shifted(oneFix(text, f.fix), offset);
    if (f.suggestions) {
      message.suggestions = f.suggestions.map((s): TextSuggestion => ({ desc: s.desc, ...(s.messageId ? { messageId: s.messageId, data: s.data ?? {} } : {}), fix: shifted(oneFix(text, s.edits), offset) }));
    }
    result.messages.push(message);
    if (fixes && message.fix && (!errorFixesOnly || message.severity === 2)) fixes.push([{ range: message.fix.range, text: message.fix.text }]);
  }
  for (const failure of checked.ruleErrors) {
    result.incomplete = true;
    result.messages.push({ ruleId: null, severity: 2, fatal: true, message: `Internal error in rule ${failure.ruleId}: ${String((failure.error as Error)?.stack ?? failure.error)}`, ...failure.location });
  }
}

/** Bytes read at a time from a JSONL file; a window is the whole lines among them. Small: what a window parses is garbage soon, before V8 promotes it (4 MB windows doubled the peak memory). */
const JSONL_CHUNK = 256 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Lines as LineIndex counts them (a lone CR ends one too), beyond the first. */
function lineBreaks(text: string): number {
  if (text.indexOf('\r') !== -1) return new LineIndex(text).lineCount - 1;
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines++;
  return newlines;
}

/**
 * A JSONL file from disk, read and checked in windows of whole lines, so that a
 * 100,000-request batch file (up to 256 MB) is never held whole: memory stays
 * that of one window and the batch rules' small state. The same source steps as
 * `lintText` (one window there), so findings are the same. Undefined when the
 * file must be read whole instead: it is not UTF-8 (the whole-file path says
 * where it breaks), or it holds no requests (a dataset: a named one must be
 * accounted for from its text).
 */
export async function lintJsonlFile(filePath: string, options: TextOptions = {}, chunkBytes = JSONL_CHUNK): Promise<LintResult | undefined> {
  const entry = sourceEntryFor(filePath);
  if (!entry || entry.name !== 'jsonl' || options.fix) return undefined;
  await entry.extract();
  const { JsonlFile } = await import('../sources/json/index.js');
  const checkOptions = checkOptionsOf(options);
  const projectApiVersion = (platform: Parameters<typeof entry.projectApiVersion>[1]) => entry.projectApiVersion(filePath, platform);
  const result = emptyResult(filePath);
  const versions = new Map<string, LintResult['apiVersions'][number]>();
  const fd = fs.openSync(filePath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const file = new JsonlFile(filePath, { explicit: options.explicit ?? true, ...(options.declaredRequest ? { declaredRequest: true } : {}), ...(options.kind ? { kind: options.kind } : {}) }, serializedSizeBound(size));
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const windows: { start: number; end: number; firstIndexLine: number; offset: number }[] = [];
    const chunk = Buffer.allocUnsafe(chunkBytes);
    let carry = Buffer.alloc(0);
    let position = 0;
    let [firstIndexLine, offset] = [1, 0];
    for (;;) {
      const read = fs.readSync(fd, chunk, 0, chunkBytes, position);
      position += read;
      const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      const eof = read === 0;
      const cut = eof ? data.length : data.lastIndexOf(0x0a) + 1;
      // The rest (a line not yet ended) is copied: the chunk is read into again.
      carry = Buffer.from(data.subarray(cut));
      if (cut === 0 && !eof) continue;
      let bytes = data.subarray(0, cut);
      let start = position - data.length;
      if (windows.length === 0 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]) {
        // As the whole-file path decodes it: without its byte order mark.
        bytes = bytes.subarray(3);
        start += 3;
      }
      if (!isUtf8(bytes)) return undefined;
      if (bytes.length > 0 || windows.length === 0) {
        const text = decoder.decode(bytes);
        windows.push({ start, end: start + bytes.length, firstIndexLine, offset });
        const extracted = file.window({ text, firstIndexLine, ascii: isAscii(bytes) });
        // A value over several lines cut by this window's end: read whole instead, as one value (at the file's end it is merely broken).
        if (file.valueRunsOff && !eof && !(position >= size && carry.length === 0)) return undefined;
        addProblems(result, extracted.problems, checkOptions.rules);
        const checked = checkLocated({ text, filePath, extracted, projectApiVersion, firstLine: firstIndexLine }, checkOptions);
        addChecked(result, checked, text, offset);
        longRunStep('window');
        for (const v of checked.apiVersions) versions.set(`${v.value}|${v.reason}`, v);
        firstIndexLine += lineBreaks(text);
        offset += text.length;
      }
      if (eof) break;
    }
    if (file.skipped()) return undefined;
    // What spans the batch, located by re-reading the window it points into.
    const failures: { ruleId: string; error: unknown }[] = [];
    for (const [w, findings] of file.batchEnd((ruleId, error) => failures.push({ ruleId, error }))) {
      const window = windows[w]!;
      const bytes = Buffer.allocUnsafe(window.end - window.start);
      fs.readSync(fd, bytes, 0, bytes.length, window.start);
      const text = decoder.decode(bytes);
      const payload = file.endPayload(w, text, window.firstIndexLine, () => findings);
      const checked = checkLocated({ text, filePath, extracted: { payloads: [payload] }, projectApiVersion, firstLine: window.firstIndexLine }, { ...checkOptions, ruleSet: checkOptions.ruleSet.filter((r) => !r.checkText) });
      addChecked(result, checked, text, window.offset);
    }
    for (const failure of failures) {
      result.incomplete = true;
      result.messages.push({ ruleId: null, severity: 2, fatal: true, message: `Internal error in rule ${failure.ruleId}: ${String((failure.error as Error)?.stack ?? failure.error)}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
  } finally {
    fs.closeSync(fd);
  }
  result.apiVersions = [...versions.values()];
  return tally(result);
}
