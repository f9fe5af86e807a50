/**
 * Is a payload sent to a receiver or host of unknown origin a Claude request?
 * Judged on the payload alone (its keys, its model id), so every source language
 * uses the same heuristics.
 */
import type { PayloadKind } from '../../engine/types.js';
import { isOpen, isUnknown } from '../../engine/partial.js';

/** Does an object from a receiver of unknown origin look like a Claude request (and not a Twilio/Mailgun message)? */
export function looksLikeClaudeRequest(payload: unknown, kind: PayloadKind): boolean {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload) || isUnknown(payload)) return false;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(payload, k);
  if (['from', 'to', 'body', 'src', 'dst', 'originator', 'recipients', 'subject', 'data', 'channel'].some(has)) return false;
  if (kind === 'batch') return has('requests');
  return has('messages') || (has('model') && has('max_tokens'));
}

/** A model id of Claude's, as a proxy or another platform writes it: `claude-…`, `anthropic.claude-…` (Bedrock). */
const CLAUDE_MODEL = /^(claude|([a-z]{2,}\.)?anthropic\.claude)/i;

/**
 * For a call to a host that is not Anthropic's (another provider's
 * Anthropic-compatible endpoint, a proxy): is every request in it for a literal
 * Claude model? A `kimi-…` or `deepseek-chat` body there is not ours.
 */
export function claudeModelOnly(payload: unknown, kind: PayloadKind): boolean {
  const modelOf = (body: unknown): boolean => {
    if (!isPlainRecord(body)) return false;
    const model = body.model;
    return typeof model === 'string' && CLAUDE_MODEL.test(model);
  };
  if (kind !== 'batch') return modelOf(payload);
  if (!isPlainRecord(payload) || !Array.isArray(payload.requests) || isOpen(payload.requests) || payload.requests.length === 0) return false;
  return payload.requests.every((r) => isPlainRecord(r) && modelOf(r.params));
}

/**
 * A receiver of unknown origin: a literal model that is no Claude model id
 * (`gpt-4o`, `llama-3`) says the client is another provider's.
 */
export function notClaudeModel(payload: unknown, kind: PayloadKind): boolean {
  const bad = (body: unknown): boolean => isPlainRecord(body) && typeof body.model === 'string' && !/claude/i.test(body.model);
  if (kind !== 'batch') return bad(payload);
  return isPlainRecord(payload) && Array.isArray(payload.requests) && payload.requests.some((r) => isPlainRecord(r) && bad(r.params));
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}
