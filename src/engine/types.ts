/**
 * The vocabulary every part shares: what a payload is checked as, and what a
 * check reports. Front ends (files, source code, ESLint) only ever see these.
 */
export type { ApiVersion } from './api-versions.js';
import type { ApiVersion } from './api-versions.js';

/**
 * What a payload is checked against: a version, or `unknown` when nothing says
 * which one is sent (a header built at run time, an SDK range that spans both
 * majors); then only what every version rejects is reported.
 */
export type ApiVersionOrUnknown = ApiVersion | 'unknown';

/** What the body is sent to: POST /v1/messages, /v1/messages/count_tokens, /v1/messages/batches. */
export type PayloadKind = 'messages' | 'count-tokens' | 'batch';
export const PAYLOAD_KINDS: readonly PayloadKind[] = ['messages', 'count-tokens', 'batch'];

/**
 * `ga` and `beta` are the SDK's `client.messages.*` and `client.beta.messages.*`.
 * `any` is a request file, whose endpoint is not known: checked against the beta
 * schema, which accepts every GA body too.
 */
export type Endpoint = 'ga' | 'beta' | 'any';

export type Severity = 'error' | 'warning';

/** RFC 6901 JSON Pointer, '' for the whole document. */
export type Pointer = string;

/** A change to the payload, by pointer; each front end turns it into text edits. */
export type Edit =
  | { op: 'remove'; pointer: Pointer }
  | { op: 'rename'; pointer: Pointer; key: string }
  | { op: 'replace'; pointer: Pointer; value: unknown }
  | { op: 'add'; pointer: Pointer; value: unknown };

export interface Suggestion {
  message: string;
  /** The rule's message id and its data (redacted), for front ends that render messages themselves (ESLint). */
  messageId?: string;
  data?: Record<string, string>;
  edits: Edit[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  /** Rendered message; never contains a secret (see redact.ts). */
  message: string;
  /** The placeholder values the message was rendered from (ESLint renders its own). */
  data: Record<string, string>;
  /** Where the offending value is; for a missing member, where it would be. */
  pointer: Pointer;
  /** Highlight the member's key (unknown or misplaced property) rather than its value. */
  target: 'key' | 'value';
  /** Safe to apply without asking (ESLint --fix). */
  fix?: Suggestion;
  /** Offered to the user, applied only on request. */
  suggestions?: Suggestion[];
  /**
   * Under an unknown API version, other rules that report the same place under
   * the other version: the message then says both and is not this rule's template.
   */
  alsoReportedBy?: string[];
}

export type RuleSetting = 'off' | 'warn' | 'error';

export interface CheckOptions {
  kind: PayloadKind;
  apiVersion: ApiVersion;
  /** YYYY-MM-DD: model deprecation and retirement are computed for this day. */
  date: string;
  endpoint?: Endpoint;
  /** Per-rule overrides; rules not named run at their default severity. Not mutated after use (resolved once per object). */
  rules?: Record<string, RuleSetting>;
  /** Rule options by rule id (ESLint-style option arrays). Not mutated after use. */
  ruleOptions?: Record<string, unknown[]>;
}
