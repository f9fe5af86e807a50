/**
 * Where payloads come from. A source turns one file's text into located
 * payloads: the payload (complete from JSON, partial from code), how it is sent
 * (kind, endpoint, API version when the file states it), and a way to map a
 * JSON Pointer in it back to a place in the file. JSON, JSONL and JS/TS are
 * sources today; Python will be one more.
 */
import type { EditSource } from '../fix/text-edits.js';
import type { ApiVersion, ApiVersionOrUnknown, Endpoint, Finding, PayloadKind, Pointer } from '../engine/types.js';
import type { Origin, Platform, Sdk } from '../engine/rule.js';
import type { EngineCheckOptions } from '../engine/check-payload.js';

/** 1-based lines and columns; end is exclusive (ESLint's convention). */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocatedPayload {
  payload: unknown;
  kind: PayloadKind;
  endpoint: Endpoint;
  platform?: Platform;
  /** Set when the payload's own context states it (a header on the call, `anthropic_version` in a Bedrock body). */
  apiVersion?: { value: ApiVersionOrUnknown; reason: string };
  /** Known to stream (`.stream()`, `stream: true`), known not to, or unknown. */
  streaming?: boolean;
  /** Default 'request-file'. */
  origin?: Origin;
  /** The SDK that makes the call (undefined: a request file or raw HTTP). */
  sdk?: Sdk;
  /** SDK calls: a timeout is set on the call or the client. */
  sdkTimeoutSet?: boolean;
  /** Pointer of this payload inside the file's document (JSONL: '' per line; batch params: '/requests/0/params'). */
  basePointer?: Pointer;
  /** Maps a pointer (relative to the document) to where it is in the file. */
  locate(pointer: Pointer, target: 'key' | 'value'): Location;
  /** Optional: the pointers about to be located, so a source can find them all in one pass. */
  prepare?(pointers: Iterable<Pointer>): void;
  /** How messages name `requests[i]` of a batch, when the file shows them otherwise (a JSONL file: by line). */
  requestName?(index: number): string;
  /** Other payloads the same code may send (literal-union types): only findings all of them share are reported. */
  alternatives?: unknown[];
  /** Where the payload is written, for turning a fix's pointer edits into text edits (`--fix`). */
  editSource?(): EditSource;
  /** The pointer as shown to users, when it differs (a JSONL batch line: relative to its line). */
  displayPointer?(pointer: Pointer): Pointer;
  /**
   * Checks the payload itself, with the options it is given, instead of `checkPayload(payload)`:
   * a share of a batch read in pieces (a JSONL file's window), checked through one batch run.
   */
  check?(options: EngineCheckOptions): Finding[];
}

/** A problem with the file itself (not JSON, not UTF-8, a line that does not parse). */
export interface FileProblem {
  message: string;
  location: Location;
  /**
   * A problem the rest of the file was checked around (a JSONL line that is not a
   * request): reported under this rule id, which can be turned off like any rule.
   * Absent: the file (or line) could not be checked at all, a fatal error without a
   * rule id (ESLint's parse errors; SARIF and GitHub output name it file-problem).
   */
  ruleId?: string;
}

export interface SourceOptions {
  /** --kind: treat JSON bodies as this kind instead of detecting it by shape. */
  kind?: PayloadKind;
  /** The file was named on the command line (not found by walking a folder). */
  explicit: boolean;
  /** The text was given as a request (standard input): a parse error is always reported, --kind always applies. */
  declaredRequest?: boolean;
  /** JS/TS: which receivers count as Anthropic clients (default 'anthropic-only'). */
  clients?: 'anthropic-only' | 'any-shaped';
}

/** A comment of a source file, where inline disables are written (src/lint/disables.ts reads them). */
export interface FileComment {
  /** Its text without the delimiters (`//`, `/* *\/`, `#`). */
  text: string;
  /** A block comment: a line directive in one that spans lines is ignored (as ESLint does). */
  block: boolean;
  location: Location;
}

export interface ExtractResult {
  payloads: LocatedPayload[];
  problems: FileProblem[];
  /** Set when the file was read and found not to hold requests: why (for a verbose or debug report). */
  skipped?: { reason: string };
  /** The file's comments, or at least those that may hold a directive (source code only). */
  comments?: FileComment[];
  /**
   * A note the shared step appends to the message of a finding at `location`, when the
   * place needs more than a line and column to be found (a notebook: "(cell 3)").
   */
  locationNote?(location: Location): string | undefined;
}

export interface PayloadSource {
  extract(text: string, filePath: string, options: SourceOptions): ExtractResult;
}
