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
 * matched is the prefix kept. Sticky: tried only where a prefix starts (replaceOtherKeys).
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
    'y',
  );
}

/**
 * Every key above starts with one of these: text without any (nearly all of it)
 * skips the replacements, and in text with some (a report quoting `sk-ant-api03-…`)
 * only their positions are tried, not every position of a report of megabytes.
 */
const ANY_KEY_PREFIX = /sk-|AKIA|ASIA|gh[pousr]_|github_pat_|AIza/;
const KEY_PREFIXES = new RegExp(ANY_KEY_PREFIX.source, 'g');

/** `sk-ant-api03-AbC…` → `sk-ant-api03-…`; `sk-proj-AbC…` → `sk-proj-…`, `AKIA…`, `ghp_…`, `AIza…` */
export function redactSecrets(text: string): string {
  if (!ANY_KEY_PREFIX.test(text)) return text;
  return replaceOtherKeys(
    text.replace(KEY, (key) => {
      const m = /^sk-ant-(?:[a-z]+\d*-)?/.exec(key);
      // An already redacted prefix (`sk-ant-admin01-…`) has nothing after its kind: leave it as it is.
      if (m && m[0] === key) return key;
      return `${m ? m[0] : 'sk-ant-'}…`;
    }),
  );
}

/**
 * `text.replace(OTHER_KEYS made global, prefix + '…')`, with OTHER_KEYS tried only
 * where a prefix starts: no key starts anywhere else, and a global regex whose
 * alternatives open with lookbehinds is tried at every position (0.1 s on a 2.6 MB report).
 */
function replaceOtherKeys(text: string): string {
  let out = '';
  let copied = 0;
  KEY_PREFIXES.lastIndex = 0;
  for (let prefix = KEY_PREFIXES.exec(text); prefix; prefix = KEY_PREFIXES.exec(text)) {
    OTHER_KEYS.lastIndex = prefix.index;
    const key = OTHER_KEYS.exec(text);
    if (!key) {
      KEY_PREFIXES.lastIndex = prefix.index + 1;
      continue;
    }
    out += text.slice(copied, key.index) + `${key.slice(1, 5).find((g) => typeof g === 'string')!}…`;
    copied = KEY_PREFIXES.lastIndex = key.index + key[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A writer that never lets a secret through: the one door of the CLI's output. */
export function redactingWriter(write: (text: string) => void): (text: string) => void {
  return (text) => write(redactSecrets(text));
}

export function looksLikeApiKey(text: string): boolean {
  KEY.lastIndex = 0;
  return KEY.test(text);
}
