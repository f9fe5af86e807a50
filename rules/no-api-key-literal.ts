/**
 * no-api-key-literal: an Anthropic API key written into a file (a source file or
 * a request file) is a leaked credential. Reads the file's raw text; reports
 * the key's range but never its value. Placeholders are told apart from keys by
 * length and randomness. See docs/rules/no-api-key-literal.md.
 */
import { defineRule } from '../src/engine/rule.js';

type MessageIds = 'apiKeyLiteral';

/** `sk-ant-` + an optional kind (`api03-`, `admin01-`, `oat01-`…) + the secret part. Not preceded by a key character. */
const CANDIDATE = /(?<![A-Za-z0-9_-])sk-ant-(?:([a-z]+\d+)-)?([A-Za-z0-9_-]+)/g;

/** Real secrets are about 95 random base64url characters; a shorter run is a prefix or a placeholder. */
export const MIN_SECRET_LENGTH = 32;
const MIN_DISTINCT = 12;
const PLACEHOLDER_WORDS = /your|example|placeholder|dummy|sample|fake|test|redacted|replace|insert|secret/i;

/**
 * Is the part after `sk-ant-<kind>-` a real secret rather than a placeholder?
 * A real one is long, mixes upper case, lower case and digits, uses many distinct
 * characters, has no long run of one character (`XXXXXXXX`), and spells no
 * placeholder word. A random 95-character secret fails these tests with a
 * probability below 1 in 3,000 (almost all of it from a 4-letter word by chance).
 */
export function looksLikeSecret(secret: string): boolean {
  if (secret.length < MIN_SECRET_LENGTH) return false;
  if (!/[A-Z]/.test(secret) || !/[a-z]/.test(secret) || !/\d/.test(secret)) return false;
  if (new Set(secret).size < MIN_DISTINCT) return false;
  if (/(.)\1{5}/.test(secret)) return false;
  return !PLACEHOLDER_WORDS.test(secret);
}

export default defineRule<MessageIds>({
  id: 'no-api-key-literal',
  meta: {
    type: 'problem',
    description: 'No Anthropic API key literal (sk-ant-…) in source or request files',
    severity: 'error',
    recommended: true,
    messages: {
      apiKeyLiteral:
        'Anthropic API key {{prefix}} is written in this file: anyone who can read the file or its history can use it, and once it is revoked every call fails with 401 authentication_error. Rotate this key in the Console now (it is exposed), and read the key from the ANTHROPIC_API_KEY environment variable (the SDK does this by default) or a secrets manager.',
    },
    sources: [
      'https://docs.anthropic.com/claude/reference/errors-and-rate-limits (401 authentication_error)',
      '@anthropic-ai/sdk (pinned in package.json) client.d.ts (apiKey defaults to process.env[\'ANTHROPIC_API_KEY\'])',
    ],
  },
  checkText(context) {
    const { text } = context;
    if (!text.includes('sk-ant-')) return; // the common case: one scan, no regex
    for (const match of text.matchAll(CANDIDATE)) {
      const [whole, kind, secret] = match;
      if (!looksLikeSecret(secret!)) continue;
      const start = match.index;
      // The prefix only; the engine redacts too, but the secret never enters the report.
      context.report({ messageId: 'apiKeyLiteral', start, end: start + whole.length, data: { prefix: kind ? `sk-ant-${kind}-…` : 'sk-ant-…' } });
    }
  },
});
