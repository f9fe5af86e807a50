/**
 * Request files: `.json` (one body) and `.jsonl`/`.ndjson` (one body or one
 * batch line per line). Valid files stay cheap: JSON.parse first; the
 * location-aware scanner runs only when a finding needs a line and column.
 */
import type { ApiVersion, PayloadKind, Pointer } from '../../engine/types.js';
import type { ExtractResult, FileProblem, LocatedPayload, Location, PayloadSource, SourceOptions } from '../types.js';
import type { Platform } from '../../engine/rule.js';
import { detectKind, isBatchItem, isEvidentRequestText, isPlatformBatchLine, kindForFile, lineShape, looksLikeRequestText, notRequestLinesReason, type LineShape } from './detect.js';
import { JsonSyntaxError, LineIndex, scanJson, TEXT_AFTER_JSON, type Located } from './scanner.js';
import { isObject, hasOwn } from '../../engine/values.js';
import { unknownValue } from '../../engine/partial.js';
import { parent } from '../../engine/pointer.js';
import { markPlainStrings } from '../../engine/plain-strings.js';
import { startBatch, type BatchRun, type EngineCheckOptions } from '../../engine/check-payload.js';
import type { Finding } from '../../engine/types.js';
import type { EditSource } from '../../fix/text-edits.js';
import { jsonTextEditSource } from './edit-source.js';
import { bodyApiVersion } from '../body-version.js';
import { serializedSizeBound } from '../../engine/serialized-size.js';

/** Line and column of a text offset (a LineIndex; for a window of a file, shifted to the file's lines). */
interface Positions {
  position(offset: number): { line: number; column: number };
}

/** A window's LineIndex, numbering lines as the whole file does. */
function shiftedLines(lines: LineIndex, firstLine: number): Positions {
  if (firstLine === 1) return lines;
  return {
    position(offset) {
      const p = lines.position(offset);
      return { line: p.line + firstLine - 1, column: p.column };
    },
  };
}

/** Locates pointers in one JSON text span, scanning it once, lazily, for all pointers asked at once or one by one. */
class SpanLocator {
  private located: Map<string, Located> | undefined;
  constructor(
    private readonly text: string,
    private readonly lines: () => Positions,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The pointers findings will ask for: one scan locates them all (and their parents, for missing members). */
  prepare(pointers: Iterable<Pointer>): void {
    const wanted = new Set<string>();
    for (const p of pointers) {
      for (let q = p; ; q = parent(q)) {
        wanted.add(q);
        if (q === '') break;
      }
    }
    this.located = scanJson(this.text, wanted, this.from, this.to, true);
  }

  locate(pointer: Pointer, target: 'key' | 'value'): Location {
    this.located ??= scanJson(this.text, undefined, this.from, this.to, true);
    let p = pointer;
    let hit = this.located.get(p);
    let missing = false;
    while (!hit && p !== '') {
      p = parent(p);
      hit = this.located.get(p);
      missing = true;
    }
    const lines = this.lines();
    if (!hit) return toLocation(lines, this.from, Math.min(this.from + 1, this.to));
    if (missing) {
      // A missing member: point at the opening brace of the object it belongs in.
      return toLocation(lines, hit.value.start, hit.value.start + 1);
    }
    const range = target === 'key' && hit.key ? hit.key : hit.value;
    return toLocation(lines, range.start, range.end);
  }
}

function toLocation(lines: Positions, start: number, end: number): Location {
  const a = lines.position(start);
  const b = lines.position(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** `namesLine`: the message starts with the line it is located on ("Line 3: …", for a JSONL line). */
function syntaxProblem(text: string, lines: Positions, from: number, to: number, namesLine = false): FileProblem {
  const prefix = (location: Location): string => (namesLine ? `Line ${location.line}: ` : '');
  try {
    scanJson(text, new Set(), from, to);
    const location = toLocation(lines, from, from);
    return { message: `${prefix(location)}Not valid JSON.`, location };
  } catch (e) {
    const offset = e instanceof JsonSyntaxError ? e.offset : from;
    const message = e instanceof JsonSyntaxError ? e.message : String(e);
    const location = toLocation(lines, offset, Math.min(offset + 1, Math.max(to, offset)));
    return { message: `${prefix(location)}${message}: not valid JSON (the API answers 400 for a body it cannot parse).`, location };
  }
}

/**
 * Bedrock InvokeModel and Vertex bodies carry `anthropic_version` and no `model`
 * (it is in the URL): take the version from the body and leave the model unknown.
 * Source: shared/reference/api-versions.md §4.6.
 */
function platformBody(value: Record<string, unknown>): { payload: unknown; platform?: Platform; apiVersion?: { value: ApiVersion; reason: string } } {
  if (!hasOwn(value, 'anthropic_version') || typeof value.anthropic_version !== 'string') return { payload: value };
  const stated = value.anthropic_version;
  // "2026-10-21" (what the 1.x Bedrock and Vertex SDKs write): a platform body, which platform not known.
  const platform: Platform = stated.startsWith('bedrock-') ? 'bedrock' : stated.startsWith('vertex-') ? 'vertex' : 'cloud';

  const { anthropic_version: _ignored, ...rest } = value;
  const payload: Record<string, unknown> = rest;
  if (!hasOwn(payload, 'model')) payload.model = unknownValue();
  return { payload, platform, apiVersion: bodyApiVersion(stated) };
}

/** One body of a request file, located through its span of the text. */
function locatedBody(value: unknown, kind: PayloadKind, locator: SpanLocator, editSource: () => EditSource): LocatedPayload {
  const body = isObject(value) ? platformBody(value) : { payload: value };
  return {
    payload: body.payload,
    kind,
    endpoint: 'any',
    prepare: (pointers) => locator.prepare(pointers),
    locate: (pointer, target) => locator.locate(pointer, target),
    editSource,
    ...(body.platform ? { platform: body.platform } : {}),
    ...(body.apiVersion ? { apiVersion: body.apiVersion } : {}),
  };
}

/**
 * --kind overrides the detected kind of a body; in a folder walk it still takes
 * a body's shape to be one (a package.json is never a count_tokens body).
 */
function kindOf(value: unknown, filePath: string, options: SourceOptions): PayloadKind | undefined {
  const detected = kindForFile(detectKind(value), filePath);
  if (options.kind && (detected || options.explicit || options.declaredRequest)) return options.kind;
  return detected;
}

/** Standard input, or a file named with --kind: a request whatever its text looks like. */
function forcedRequest(options: SourceOptions): boolean {
  return options.declaredRequest === true || (options.kind !== undefined && options.explicit);
}

function stripBom(text: string): { text: string; offset: number } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), offset: 1 } : { text, offset: 0 };
}

function emptyFileProblem(): FileProblem {
  return { message: 'The file is empty: not a request body (the API answers 400 for an empty body).', location: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}

export const jsonSource: PayloadSource = {
  extract(rawText: string, filePath: string, options: SourceOptions): ExtractResult {
    const { text, offset } = stripBom(rawText);
    let lineIndex: LineIndex | undefined;
    const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
    if (text.trim() === '') return { payloads: [], problems: options.explicit || options.kind ? [emptyFileProblem()] : [] };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // tsconfig.json with comments, or an API-response fixture with a missing comma, is not our
      // business; a broken request is. Walking a folder, only text that is evidently a request body
      // counts; a file named on the command line keeps the looser pre-check.
      const request = forcedRequest(options) || (options.explicit ? looksLikeRequestText(text) : isEvidentRequestText(text));
      if (!request) return { payloads: [], problems: [], skipped: { reason: 'not valid JSON, and not evidently a request body (no two of "model", "messages", "max_tokens" at its top level)' } };
      return { payloads: [], problems: [syntaxProblem(text, lines(), 0, text.length)] };
    }
    const kind = kindOf(value, filePath, options);
    if (!kind) return { payloads: [], problems: [], skipped: { reason: 'not a request body (an object with "messages", or "model" and "max_tokens")' } };
    // Edits are made on the file as read: past a byte order mark.
    const edits = (): EditSource => jsonTextEditSource(rawText, offset, rawText.length, value);
    return { payloads: [locatedBody(value, kind, new SpanLocator(text, lines, 0, text.length), edits)], problems: [] };
  },
};

/** A window of whole lines of a JSONL file, and where it sits in the file. */
export interface JsonlWindow {
  /** Whole lines; each but the file's last ends with "\n". */
  text: string;
  /** The line of its first character as locations and editors count lines (a lone CR also ends one, as in ESLint). */
  firstIndexLine: number;
  /** Every byte of the window is ASCII (known to a reader of bytes): a line without a backslash then holds only plain strings. */
  ascii?: boolean;
}

/** A non-blank line of a JSONL file: its span, number and value (undefined when it does not parse). */
interface JsonlLine {
  from: number;
  to: number;
  line: number;
  value: unknown;
  broken: boolean;
  /** A value written over several lines (a pretty-printed request), from this line to `to`: reported, not checked. */
  spread?: true;
}

/** A batch line of the window being read. */
interface BatchLine {
  value: unknown;
  locator: SpanLocator;
  line: number;
  edits: () => EditSource;
}

/**
 * The broken lines of a window that are the first line of a value written over
 * several lines, joined with the lines it covers; the others stay broken lines.
 * `runsOff`: a broken line's value was still open at the window's end (a value
 * spread over two windows, or a truncated last line).
 */
function spreadValues(text: string, parsed: JsonlLine[]): { lines: JsonlLine[]; runsOff: boolean } {
  const lines: JsonlLine[] = [];
  let runsOff = false;
  for (let k = 0; k < parsed.length; k++) {
    const l = parsed[k]!;
    const end = l.broken ? spreadValueEnd(text, l) : undefined;
    if (end === 'open') runsOff = true;
    if (typeof end !== 'number') {
      lines.push(l);
      continue;
    }
    lines.push({ from: l.from, to: end, line: l.line, value: JSON.parse(text.slice(l.from, end)), broken: false, spread: true });
    while (k + 1 < parsed.length && parsed[k + 1]!.from < end) k++;
  }
  return { lines, runsOff };
}

/** Where a value that starts on broken line `l` ends, when it runs over several lines and ends at a line's end; 'open' when the text ends inside it. */
function spreadValueEnd(text: string, l: JsonlLine): number | 'open' | undefined {
  let after = text.length;
  try {
    scanJson(text, new Set(), l.from, text.length);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) return undefined;
    if (e.message !== TEXT_AFTER_JSON) return e.offset >= text.length ? 'open' : undefined;
    after = e.offset;
  }
  let end = after;
  while (end > l.from && /\s/.test(text[end - 1]!)) end--;
  // One line's value followed by more on that line is a broken line; so is a value followed by more on its last line.
  if (end <= l.to || (after < text.length && !text.slice(end, after).includes('\n'))) return undefined;
  return end;
}

function spreadValueProblem(value: JsonlLine, lines: Positions): FileProblem {
  const location = toLocation(lines, value.from, value.to);
  const what = lineShape(value.value) === 'other' ? 'One JSON value' : 'One request body';
  return {
    message: `Lines ${location.line}–${location.endLine}: ${what} written over ${location.endLine - location.line + 1} lines; JSONL takes one request per line, so it was not checked. Write it on one line (jq -c), or name the file .json.`,
    location,
  };
}

const NOT_A_REQUEST_LINE = 'This line is not a request body (an object with "messages", or "model" and "max_tokens") nor a batch line ({"custom_id", "params"}).';

/**
 * A JSONL file read window by window, so that a 256 MB batch file is never held
 * whole. Each window's lines are parsed and handed out at once as payloads to
 * check. Batch lines (`{custom_id, params}`) of all windows are one batch: they
 * feed one batch run of the engine, request by request, so batch-wide checks
 * (unique custom_id, count, total size) keep only their own small state; what
 * they find at the end is located by re-reading the window it points into.
 * Whether the file holds requests at all is decided from all its lines (`end`).
 */
export class JsonlFile {
  private readonly counts: Record<LineShape, number> = { request: 0, conversation: 0, other: 0 };
  /** Per batch line, in order: its window, its span in the window's text, its line number (4 numbers a line, not an object). */
  private readonly places = new BatchPlaces();
  private windows = 0;
  /**
   * A broken line's value was still open at the end of a window: read in windows, a
   * request written over several lines may have been cut in two, so the file is to be
   * read whole (lintJsonlFile), where it is one finding.
   */
  valueRunsOff = false;
  private run: BatchRun | undefined;
  private onRuleError: EngineCheckOptions['onRuleError'];

  constructor(
    private readonly filePath: string,
    private readonly options: SourceOptions,
    /** An upper bound of the batch's serialized size: 3 bytes per UTF-16 unit (or byte) of the whole file. */
    private readonly sizeBound: number,
  ) {}

  /** How messages name request `index` of the file's batch. */
  readonly requestName = (index: number): string => `the request on line ${index < this.places.length ? this.places.line(index) : index + 1}`;

  /**
   * The window's payloads (its request lines, and its share of the batch) and problems.
   * `whole`: the window is the whole file, so its share of the batch also ends the batch.
   */
  window(window: JsonlWindow, whole = false): ExtractResult {
    const windowIndex = this.windows++;
    // Standard input may start with a byte order mark; edits are made on the text as given.
    const { text, offset } = windowIndex === 0 ? stripBom(window.text) : { text: window.text, offset: 0 };
    const rawText = window.text;
    let lineIndex: Positions | undefined;
    const lines = (): Positions => (lineIndex ??= shiftedLines(new LineIndex(text), window.firstIndexLine));
    let parsed: JsonlLine[] = [];
    // JSON Lines ends a line at "\n" only, so a lone CR leaves several editor lines in one; messages name a line as
    // editors and locations number it (a lone CR ends one there too), so that "line 3" is where the location says.
    const loneCr = text.includes('\r') && /\r(?!\n)/.test(text);
    let lineNo = window.firstIndexLine - 1;
    let from = 0;
    // In an ASCII window, the first backslash at or after the current line (-1: none left; undefined: not ASCII).
    let backslash = window.ascii ? text.indexOf('\\') : undefined;
    while (from <= text.length) {
      let to = text.indexOf('\n', from);
      if (to === -1) to = text.length;
      lineNo++;
      if (loneCr) lineNo = lines().position(from).line;
      const lineEnd = to > from && text.charCodeAt(to - 1) === 0x0d ? to - 1 : to;
      const line = text.slice(from, lineEnd);
      if (line.trim() !== '') {
        try {
          const value: unknown = JSON.parse(line);
          if (backslash !== undefined) {
            if (backslash !== -1 && backslash < from) backslash = text.indexOf('\\', from);
            if (backslash === -1 || backslash >= lineEnd) markPlainStrings(value);
          }
          parsed.push({ from, to: lineEnd, line: lineNo, value, broken: false });
        } catch {
          parsed.push({ from, to: lineEnd, line: lineNo, value: undefined, broken: true });
        }
      }
      if (to === text.length) break;
      from = to + 1;
    }
    if (parsed.some((l) => l.broken)) {
      const joined = spreadValues(text, parsed);
      parsed = joined.lines;
      if (joined.runsOff) this.valueRunsOff = true;
    }
    // A broken line counts only when it is evidently a request; otherwise it says nothing about the file.
    for (const l of parsed) {
      if (!l.broken) this.counts[lineShape(l.value)]++;
      else if (isEvidentRequestText(text, l.from, l.to)) this.counts.request++;
    }

    const payloads: LocatedPayload[] = [];
    const problems: FileProblem[] = [];
    const notRequests: { from: number; to: number }[] = [];
    const batchItems: BatchLine[] = [];
    const firstBatchIndex = this.places.length;
    for (const l of parsed) {
      if (l.broken) {
        problems.push(syntaxProblem(text, lines(), l.from, l.to, true));
        continue;
      }
      if (l.spread) {
        problems.push(spreadValueProblem(l, lines()));
        continue;
      }
      const locator = new SpanLocator(text, lines, l.from, l.to);
      const [lineFrom, lineTo, lineValue] = [l.from + offset, l.to + offset, l.value];
      const edits = (): EditSource => jsonTextEditSource(rawText, lineFrom, lineTo, lineValue);
      if (this.options.kind === 'batch' || (!this.options.kind && isBatchItem(l.value))) {
        batchItems.push({ value: l.value, locator, line: l.line, edits });
        this.places.push(windowIndex, l.from, l.to, l.line);
        continue;
      }
      const kind = kindOf(l.value, this.filePath, this.options);
      if (kind) payloads.push(locatedBody(l.value, kind, locator, edits));
      else if (!isPlatformBatchLine(l.value)) notRequests.push({ from: l.from, to: l.to });
    }
    if (batchItems.length) {
      payloads.push(
        this.batchPayload(batchItems, firstBatchIndex, (options) => {
          const run = this.batchRun(options);
          const findings = firstBatchIndex === 0 ? [...run.started] : [];
          for (const [k, item] of batchItems.entries()) for (const f of run.request(item.value, firstBatchIndex + k)) findings.push(f);
          if (whole) findings.push(...run.end(batchItems.length));
          return findings;
        }),
      );
    }
    for (const n of notRequests) problems.push({ ruleId: 'jsonl-request-line', message: NOT_A_REQUEST_LINE, location: toLocation(lines(), n.from, n.to) });
    return { payloads, problems };
  }

  /** After the last window: why the file is not checked (it holds no requests), when it is not. */
  skipped(): { reason: string } | undefined {
    // Standard input, or a file named with --kind, is a request file whatever its lines look like.
    if (forcedRequest(this.options)) return undefined;
    const reason = notRequestLinesReason(this.counts);
    return reason ? { reason } : undefined;
  }

  /**
   * After the last window: what spans the batch (a repeated custom_id, the count,
   * the size), by the window each finding points into (the first batch line's for
   * the batch as a whole). `onRuleError` gets a batch rule that throws.
   */
  batchEnd(onRuleError?: EngineCheckOptions['onRuleError']): Map<number, Finding[]> {
    const byWindow = new Map<number, Finding[]>();
    if (!this.run) return byWindow;
    this.onRuleError = onRuleError;
    for (const f of this.run.end(this.places.length)) {
      const index = batchIndex(f.pointer) ?? 0;
      const window = index < this.places.length ? this.places.window(index) : 0;
      byWindow.set(window, [...(byWindow.get(window) ?? []), f]);
    }
    return byWindow;
  }

  /**
   * The batch's end findings in window `windowIndex`, as a payload over that
   * window's text (re-read by the caller) whose check gives `findings`.
   */
  endPayload(windowIndex: number, windowText: string, firstIndexLine: number, findings: (options: EngineCheckOptions) => Finding[]): LocatedPayload {
    const { text, offset } = windowIndex === 0 ? stripBom(windowText) : { text: windowText, offset: 0 };
    let lineIndex: Positions | undefined;
    const lines = (): Positions => (lineIndex ??= shiftedLines(new LineIndex(text), firstIndexLine));
    const items = new Map<number, BatchLine>();
    const item = (index: number): BatchLine | undefined => {
      if (index >= this.places.length || this.places.window(index) !== windowIndex) return undefined;
      let found = items.get(index);
      if (!found) {
        const [from, to] = [this.places.from(index), this.places.to(index)];
        const value: unknown = JSON.parse(text.slice(from, to));
        found = { value, locator: new SpanLocator(text, lines, from, to), line: this.places.line(index), edits: () => jsonTextEditSource(windowText, from + offset, to + offset, value) };
        items.set(index, found);
      }
      return found;
    };
    const first = this.places.firstIn(windowIndex);
    return this.batchPayload({ at: item, first }, first, findings);
  }

  /** The one batch run of the file; its rule errors go to the check being made. */
  private batchRun(options: EngineCheckOptions): BatchRun {
    this.onRuleError = options.onRuleError;
    this.run ??= startBatch({ requests: [] }, { ...options, sizeBound: this.sizeBound, requestName: this.requestName, onRuleError: (ruleId, error) => {
        if (!this.onRuleError) throw error;
        this.onRuleError(ruleId, error);
      } });
    return this.run;
  }

  /**
   * Batch lines as a share of one batch `{requests: [line1, line2, …]}`: pointers
   * `/requests/i/…` map back to line i's own document.
   */
  private batchPayload(lines: BatchLine[] | { at: (index: number) => BatchLine | undefined; first: number }, first: number, check: (options: EngineCheckOptions) => Finding[]): LocatedPayload {
    const at = Array.isArray(lines) ? (index: number): BatchLine | undefined => lines[index - first] : lines.at;
    const toLine = batchPlace;
    return {
      payload: { requests: [] },
      kind: 'batch',
      endpoint: 'any',
      check,
      prepare(pointers) {
        const byLine = new Map<number, Pointer[]>();
        for (const p of pointers) {
          const hit = toLine(p);
          if (!hit) continue;
          if (!byLine.has(hit.index)) byLine.set(hit.index, []);
          byLine.get(hit.index)!.push(hit.inner);
        }
        for (const [index, inner] of byLine) at(index)?.locator.prepare(inner);
      },
      locate(pointer, target) {
        const hit = toLine(pointer);
        const item = (hit && at(hit.index)) ?? at(first);
        return item!.locator.locate(hit ? hit.inner : '', target);
      },
      editSource: () => batchEditSource(at, first, toLine),
      requestName: this.requestName,
      displayPointer(pointer) {
        const hit = toLine(pointer);
        return hit ? hit.inner : pointer;
      },
    };
  }
}

/** Where each batch line is: window, span in the window's text, line number; packed in one growing array. */
class BatchPlaces {
  private data = new Uint32Array(4 * 1024);
  length = 0;
  push(window: number, from: number, to: number, line: number): void {
    if ((this.length + 1) * 4 > this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.length++ * 4;
    this.data[at] = window;
    this.data[at + 1] = from;
    this.data[at + 2] = to;
    this.data[at + 3] = line;
  }
  window = (i: number): number => this.data[i * 4]!;
  from = (i: number): number => this.data[i * 4 + 1]!;
  to = (i: number): number => this.data[i * 4 + 2]!;
  line = (i: number): number => this.data[i * 4 + 3]!;
  /** The first batch line in `window`, or -1. */
  firstIn(window: number): number {
    for (let i = 0; i < this.length; i++) if (this.window(i) === window) return i;
    return -1;
  }
}

const REQUESTS_PREFIX = '/requests/';

/**
 * A batch pointer's request and the pointer inside it: `/requests/3/messages/0` →
 * 3 and `/messages/0`. Cut from the string, not split into tokens and joined again:
 * every finding of a batch file goes through here several times (locate, prepare, edits).
 */
function batchPlace(pointer: Pointer): { index: number; inner: Pointer } | undefined {
  if (!pointer.startsWith(REQUESTS_PREFIX)) return undefined;
  const end = pointer.indexOf('/', REQUESTS_PREFIX.length);
  const index = Number(end === -1 ? pointer.slice(REQUESTS_PREFIX.length) : pointer.slice(REQUESTS_PREFIX.length, end));
  return Number.isInteger(index) ? { index, inner: end === -1 ? '' : pointer.slice(end) } : undefined;
}

/** The request a batch pointer is in: `/requests/3/…` → 3. */
function batchIndex(pointer: Pointer): number | undefined {
  return batchPlace(pointer)?.index;
}

export const jsonlSource: PayloadSource = {
  extract(text: string, filePath: string, options: SourceOptions): ExtractResult {
    // The whole text as one window: a file read in pieces goes through the same steps (src/lint/lint-jsonl.ts).
    const file = new JsonlFile(filePath, options, serializedSizeBound(text.length));
    const { payloads, problems } = file.window({ text, firstIndexLine: 1 }, true);
    const skipped = file.skipped();
    return skipped ? { payloads: [], problems: [], skipped } : { payloads, problems };
  },
};

/** The lines' own edit sources behind the batch: `/requests/i/…` is line i's `/…`. */
function batchEditSource(at: (index: number) => BatchLine | undefined, first: number, toLine: (pointer: Pointer) => { index: number; inner: Pointer } | undefined): EditSource {
  const sources = new Map<number, EditSource>();
  const on = <T>(pointer: Pointer, f: (source: EditSource, inner: Pointer) => T | undefined): T | undefined => {
    const hit = toLine(pointer);
    const item = hit ? at(hit.index) : undefined;
    if (!hit || !item) return undefined;
    let source = sources.get(hit.index);
    if (!source) sources.set(hit.index, (source = item.edits()));
    return f(source, hit.inner);
  };
  const firstSource = at(first)!.edits();
  return {
    text: firstSource.text,
    padBraces: false,
    keyText: firstSource.keyText,
    valueText: firstSource.valueText,
    // A line is a whole document: its root is no member, and /requests itself is written nowhere.
    member: (pointer) => on(pointer, (s, inner) => (inner === '' ? undefined : s.member(inner))),
    container: (pointer) => on(pointer, (s, inner) => s.container(inner)),
    valueAt: (pointer) => on(pointer, (s, inner) => s.valueAt?.(inner)),
  };
}
