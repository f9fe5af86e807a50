/**
 * Secrets never leave the linter: any Anthropic API key in a message (or its
 * placeholder data) is shown as its prefix only.
 */
const KEY = /sk-ant-(?:[a-z]+\d*-)?[A-Za-z0-9_-]{8,}/g;

/** `sk-ant-api03-AbC…` → `sk-ant-api03-…` */
export function redactSecrets(text: string): string {
  return text.replace(KEY, (key) => {
    const m = /^sk-ant-(?:[a-z]+\d*-)?/.exec(key);
    // An already redacted prefix (`sk-ant-admin01-…`) has nothing after its kind: leave it as it is.
    if (m && m[0] === key) return key;
    return `${m ? m[0] : 'sk-ant-'}…`;
  });
}

export function looksLikeApiKey(text: string): boolean {
  KEY.lastIndex = 0;
  return KEY.test(text);
}
