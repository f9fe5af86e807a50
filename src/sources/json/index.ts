/**
 * Request files: `.json` (one body) and `.jsonl`/`.ndjson` (one body or one
 * batch line per line). Valid files stay cheap: JSON.parse first; the
 * location-aware scanner runs only when a finding needs a line and column.
 */
import type { ApiVersion, PayloadKind, Pointer } from '../../engine/types.js';
import type { ExtractResult, FileProblem, LocatedPayload, Location, PayloadSource, SourceOptions } from '../types.js';
import type { Platform } from '../../engine/rule.js';
import { detectKind, isBatchItem, isEvidentRequestText, isPlatformBatchLine, kindForFile, lineShape, looksLikeRequestText, notRequestLinesReason, type LineShape } from './detect.js';
import { JsonSyntaxError, LineIndex, scanJson, type Located } from './scanner.js';
import { isObject, hasOwn } from '../../engine/values.js';
import { unknownValue } from '../../engine/partial.js';
import { parent, split, join } from '../../engine/pointer.js';
import type { EditSource } from '../../fix/text-edits.js';
import { jsonTextEditSource } from './edit-source.js';
import { bodyApiVersion } from '../body-version.js';

/** Locates pointers in one JSON text span, scanning it once, lazily, for all pointers asked at once or one by one. */
class SpanLocator {
  private located: Map<string, Located> | undefined;
  constructor(
    private readonly text: string,
    private readonly lines: () => LineIndex,
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

function toLocation(lines: LineIndex, start: number, end: number): Location {
  const a = lines.position(start);
  const b = lines.position(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function syntaxProblem(text: string, lines: LineIndex, from: number, to: number, prefix = ''): FileProblem {
  try {
    scanJson(text, new Set(), from, to);
    return { message: `${prefix}Not valid JSON.`, location: toLocation(lines, from, from) };
  } catch (e) {
    const offset = e instanceof JsonSyntaxError ? e.offset : from;
    const message = e instanceof JsonSyntaxError ? e.message : String(e);
    return {
      message: `${prefix}${message}: not valid JSON (the API answers 400 for a body it cannot parse).`,
      location: toLocation(lines, offset, Math.min(offset + 1, Math.max(to, offset))),
    };
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

export const jsonlSource: PayloadSource = {
  extract(rawText: string, filePath: string, options: SourceOptions): ExtractResult {
    const { text, offset } = stripBom(rawText);
    let lineIndex: LineIndex | undefined;
    const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
    const parsed: JsonlLine[] = [];
    let lineNo = 0;
    let from = 0;
    while (from <= text.length) {
      let to = text.indexOf('\n', from);
      if (to === -1) to = text.length;
      lineNo++;
      const lineEnd = to > from && text.charCodeAt(to - 1) === 0x0d ? to - 1 : to;
      const line = text.slice(from, lineEnd);
      if (line.trim() !== '') {
        try {
          parsed.push({ from, to: lineEnd, line: lineNo, value: JSON.parse(line), broken: false });
        } catch {
          parsed.push({ from, to: lineEnd, line: lineNo, value: undefined, broken: true });
        }
      }
      if (to === text.length) break;
      from = to + 1;
    }

    // Standard input, or a file named with --kind, is a request file whatever its lines look like.
    if (!forcedRequest(options)) {
      const counts: Record<LineShape, number> = { request: 0, conversation: 0, other: 0 };
      // A broken line counts only when it is evidently a request; otherwise it says nothing about the file.
      for (const l of parsed) {
        if (!l.broken) counts[lineShape(l.value)]++;
        else if (isEvidentRequestText(text, l.from, l.to)) counts.request++;
      }
      const reason = notRequestLinesReason(counts);
      if (reason) return { payloads: [], problems: [], skipped: { reason } };
    }

    const payloads: LocatedPayload[] = [];
    const problems: FileProblem[] = [];
    const notRequests: { from: number; to: number }[] = [];
    const batchItems: BatchLine[] = [];
    for (const l of parsed) {
      if (l.broken) {
        problems.push(syntaxProblem(text, lines(), l.from, l.to, `Line ${l.line}: `));
        continue;
      }
      const locator = new SpanLocator(text, lines, l.from, l.to);
      const [lineFrom, lineTo, lineValue] = [l.from + offset, l.to + offset, l.value];
      const edits = (): EditSource => jsonTextEditSource(rawText, lineFrom, lineTo, lineValue);
      if (options.kind === 'batch' || (!options.kind && isBatchItem(l.value))) {
        batchItems.push({ value: l.value, locator, line: l.line, edits });
        continue;
      }
      const kind = kindOf(l.value, filePath, options);
      if (kind) payloads.push(locatedBody(l.value, kind, locator, edits));
      else if (!isPlatformBatchLine(l.value)) notRequests.push({ from: l.from, to: l.to });
    }
    if (batchItems.length) payloads.push(virtualBatch(batchItems));
    for (const n of notRequests) {
      problems.push({
        ruleId: 'jsonl-request-line',
        message: 'This line is not a request body (an object with "messages", or "model" and "max_tokens") nor a batch line ({"custom_id", "params"}).',
        location: toLocation(lines(), n.from, n.to),
      });
    }
    return { payloads, problems };
  },
};

/** A non-blank line of a JSONL file: its span, number and value (undefined when it does not parse). */
interface JsonlLine {
  from: number;
  to: number;
  line: number;
  value: unknown;
  broken: boolean;
}

/**
 * Batch lines of a JSONL file are checked together as one batch
 * `{requests: [line1, line2, …]}`, so that batch-wide checks (unique custom_id)
 * see every line; pointers map back to each line's own document.
 */
interface BatchLine {
  value: unknown;
  locator: SpanLocator;
  line: number;
  edits: () => EditSource;
}

function virtualBatch(items: BatchLine[]): LocatedPayload {
  const toLine = (pointer: Pointer): { index: number; inner: Pointer } | undefined => {
    const tokens = split(pointer);
    if (tokens[0] !== 'requests' || tokens.length < 2) return undefined;
    const index = Number(tokens[1]);
    return { index, inner: join('', ...tokens.slice(2)) };
  };
  return {
    payload: { requests: items.map((i) => i.value) },
    kind: 'batch',
    endpoint: 'any',
    prepare(pointers) {
      const byLine = new Map<number, Pointer[]>();
      for (const p of pointers) {
        const hit = toLine(p);
        if (!hit) continue;
        if (!byLine.has(hit.index)) byLine.set(hit.index, []);
        byLine.get(hit.index)!.push(hit.inner);
      }
      for (const [index, inner] of byLine) items[index]?.locator.prepare(inner);
    },
    locate(pointer, target) {
      const hit = toLine(pointer);
      const item = hit ? items[hit.index] : items[0];
      return item!.locator.locate(hit ? hit.inner : '', target);
    },
    editSource: () => batchEditSource(items, toLine),
    requestName: (index) => `the request on line ${items[index]?.line ?? index + 1}`,
    displayPointer(pointer) {
      const hit = toLine(pointer);
      return hit ? hit.inner : pointer;
    },
  };
}

/** The lines' own edit sources behind the virtual batch: `/requests/i/…` is line i's `/…`. */
function batchEditSource(items: BatchLine[], toLine: (pointer: Pointer) => { index: number; inner: Pointer } | undefined): EditSource {
  const sources = new Map<number, EditSource>();
  const on = <T>(pointer: Pointer, f: (source: EditSource, inner: Pointer) => T | undefined): T | undefined => {
    const hit = toLine(pointer);
    if (!hit || !items[hit.index]) return undefined;
    let source = sources.get(hit.index);
    if (!source) sources.set(hit.index, (source = items[hit.index]!.edits()));
    return f(source, hit.inner);
  };
  const first = items[0]!.edits();
  return {
    text: first.text,
    padBraces: false,
    keyText: first.keyText,
    valueText: first.valueText,
    // A line is a whole document: its root is no member, and /requests itself is written nowhere.
    member: (pointer) => on(pointer, (s, inner) => (inner === '' ? undefined : s.member(inner))),
    container: (pointer) => on(pointer, (s, inner) => s.container(inner)),
    valueAt: (pointer) => on(pointer, (s, inner) => s.valueAt?.(inner)),
  };
}
