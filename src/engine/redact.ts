/**
 * Secrets never leave the linter: an API key found in a linted file is shown as
 * its prefix only, wherever it would appear (a message, a JSON Pointer when the
 * key is a field name, a fixed text, the cache). The CLI passes everything it
 * writes through redactSecrets (redactingWriter); the engine redacts messages.
 */
const KEY = /sk-ant-(?:[a-z]+\d*-)?[A-Za-z0-9_-]{8,}/g;

/**
 * Keys of other providers, as their own prefixes say (OpenAI `sk-proj-`/`sk-`,
 * AWS access key ids, GitHub tokens, Google API keys): the one group that
 * matched is the prefix kept.
 */
const OTHER_KEYS = otherKeys();

function otherKeys(): RegExp {
  // Not inside a longer word; but right after an escape (`\n`, `\u001b`) of a JSON or escaped report, it is a start.
  const start = (word: string): string => `(?:(?<!${word})|(?<=\\\\[nrtbf])|(?<=\\\\u[0-9A-Fa-f]{4}))`;
  return new RegExp(
    [
      `${start('[A-Za-z0-9_-]')}(sk-(?!ant-)(?:[a-z]+-)?)[A-Za-z0-9_-]{20,}`,
      `${start('[A-Za-z0-9]')}(AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])`,
      `${start('[A-Za-z0-9_]')}(gh[pousr]_|github_pat_)[A-Za-z0-9_]{22,}`,
      `${start('[A-Za-z0-9_-]')}(AIza)[0-9A-Za-z_-]{35}`,
    ].join('|'),
    'g',
  );
}

/** What every key above starts with: a text holding none of these (most messages, most reports) needs no slower scan. */
const ANY_KEY_START = /sk-|AKIA|ASIA|gh[pousr]_|github_pat_|AIza/;

/** `sk-ant-api03-AbC…` → `sk-ant-api03-…`; `sk-proj-AbC…` → `sk-proj-…`, `AKIA…`, `ghp_…`, `AIza…` */
export function redactSecrets(text: string): string {
  if (!ANY_KEY_START.test(text)) return text;
  return text
    .replace(KEY, (key) => {
      const m = /^sk-ant-(?:[a-z]+\d*-)?/.exec(key);
      // An already redacted prefix (`sk-ant-admin01-…`) has nothing after its kind: leave it as it is.
      if (m && m[0] === key) return key;
      return `${m ? m[0] : 'sk-ant-'}…`;
    })
    .replace(OTHER_KEYS, (_key, ...groups: unknown[]) => `${groups.slice(0, 4).find((g) => typeof g === 'string') as string}…`);
}

/** A writer that never lets a secret through: the one door of the CLI's output. */
export function redactingWriter(write: (text: string) => void): (text: string) => void {
  return (text) => write(redactSecrets(text));
}

export function looksLikeApiKey(text: string): boolean {
  KEY.lastIndex = 0;
  return KEY.test(text);
}
