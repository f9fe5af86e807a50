/**
 * no-api-key-literal: an Anthropic API key written into a file (a source file or
 * a request file) is a leaked credential. Reads the file's raw text; reports
 * the key's range but never its value. Placeholders are told apart from keys by
 * length and randomness. See docs/rules/no-api-key-literal.md.
 */
import { defineRule } from '../src/engine/rule.js';

type MessageIds = 'apiKeyLiteral' | 'apiKeyArgument' | 'otherProviderKey';

/**
 * An Anthropic client constructed in code: `Anthropic(`, `AsyncAnthropicBedrock(`,
 * `anthropic.Client(`, `new Anthropic({`. Its `api_key=` / `apiKey:` argument is
 * looked for up to the closing parenthesis.
 */
const CLIENT_CALL = /\b(?:new\s+)?(?:Async)?Anthropic(?:Bedrock|Vertex|Foundry)?\s*\(|\banthropic\.(?:Async)?Client\s*\(/g;
/** A string literal given as the key (a notebook's JSON escapes the quotes). */
const KEY_ARGUMENT = /\b(api_key|apiKey)\s*[=:]\s*(\\?["'`])([^"'`\\\n]*)\2/g;
/** Other providers' key formats: OpenAI (`sk-proj-…`, `sk-…`), Google (`AIza…`). */
const OTHER_PROVIDER: { test: RegExp; provider: string; prefix: string }[] = [
  { test: /^sk-proj-/, provider: 'OpenAI', prefix: 'sk-proj-…' },
  { test: /^sk-(?!ant-)[A-Za-z0-9_-]{20,}$/, provider: 'OpenAI', prefix: 'sk-…' },
  { test: /^AIza[A-Za-z0-9_-]{30,}$/, provider: 'Google', prefix: 'AIza…' },
];

/** Where a call's parentheses close (strings are not skipped: an approximation good enough for arguments). */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 20_000; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return Math.min(text.length, open + 20_000);
}

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
      apiKeyArgument:
        'The client\'s {{param}} is a string literal. Unless it is a live Anthropic key, the API answers 401 authentication_error. Read the key from the ANTHROPIC_API_KEY environment variable (the SDK does this by default) or a secrets manager.',
      otherProviderKey:
        'The client\'s {{param}} is {{provider}}\'s key ({{prefix}}), not an Anthropic key. The Claude API answers 401 authentication_error "invalid x-api-key". Use an Anthropic key (sk-ant-…) read from the ANTHROPIC_API_KEY environment variable, and rotate the exposed {{provider}} key.',
      apiKeyLiteral:
        'Anthropic API key {{prefix}} is written in this file. Once it is revoked, the API answers 401 authentication_error. Rotate it in the Console now, and read the key from the ANTHROPIC_API_KEY environment variable (the SDK does this by default) or a secrets manager.',
    },
    note: 'A key written in code leaks with the file and its history: anyone who can read either can use it. Keep keys in the environment or a secrets manager.',
    sources: [
      'https://docs.anthropic.com/claude/reference/errors-and-rate-limits (401 authentication_error)',
      '@anthropic-ai/sdk (pinned in package.json) client.d.ts (apiKey defaults to process.env[\'ANTHROPIC_API_KEY\'])',
    ],
  },
  checkText(context) {
    const { text } = context;
    checkClientKeys(context);
    // The common case: one scan, no regex. '-ant-' rather than 'sk-ant-': a search skips ahead to its first
    // character, and '-' is rare in text where 's' is everywhere (about 50 times faster on a chat body).
    if (!text.includes('-ant-')) return;
    for (const match of text.matchAll(CANDIDATE)) {
      const [whole, kind, secret] = match;
      if (!looksLikeSecret(secret!)) continue;
      const start = match.index;
      // The prefix only; the engine redacts too, but the secret never enters the report.
      context.report({ messageId: 'apiKeyLiteral', start, end: start + whole.length, data: { prefix: kind ? `sk-ant-${kind}-…` : 'sk-ant-…' } });
    }
  },
});

/** A literal passed as an Anthropic client's api key (Python `api_key=`, JS `apiKey:`), reported without its value. */
function checkClientKeys(context: Parameters<NonNullable<Parameters<typeof defineRule<MessageIds>>[0]['checkText']>>[0]): void {
  const { text } = context;
  // What CLIENT_CALL needs: a '(' (rare in request files, early in code) and 'Anthropic' or 'anthropic.Client',
  // searched by rare first letters (see checkText).
  if (!text.includes('(') || (!text.includes('Anthropic') && !text.includes('Client'))) return;
  if (!/api_key|apiKey/.test(text)) return;
  for (const call of text.matchAll(CLIENT_CALL)) {
    const open = call.index + call[0].length - 1;
    const span = text.slice(open, closingParen(text, open));
    for (const m of span.matchAll(KEY_ARGUMENT)) {
      const value = m[3]!;
      if (value === '') continue;
      // A real Anthropic key is reported by the scan for sk-ant- keys.
      if (value.startsWith('sk-ant-') && looksLikeSecret(value.replace(/^sk-ant-(?:[a-z]+\d+-)?/, ''))) continue;
      const start = open + m.index + m[0].length - value.length - m[2]!.length;
      const param = m[1] === 'api_key' ? 'api_key=' : 'apiKey';
      const other = OTHER_PROVIDER.find((o) => o.test.test(value));
      if (other) context.report({ messageId: 'otherProviderKey', start, end: start + value.length, data: { param, provider: other.provider, prefix: other.prefix } });
      // A placeholder ('my-anthropic-api-key', 'test', 'YOUR KEY HERE') is how tests and docs
      // build a client for a mock server: the same bar as the sk-ant- scan, a secret-shaped value.
      else if (looksLikeSecret(value)) context.report({ messageId: 'apiKeyArgument', start, end: start + value.length, data: { param } });
    }
  }
}
