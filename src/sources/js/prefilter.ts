/**
 * The cheap text test run on every JS/TS file before parsing: can this file
 * contain a call we extract? A module of its own, with no imports, so the CLI
 * can ask it before deciding where a file is linted (src/lint/parse-thread.ts)
 * without loading the JS source.
 */
export function mightContainCalls(text: string, clients: 'anthropic-only' | 'any-shaped' = 'anthropic-only'): boolean {
  if (text.includes('/v1/messages')) return true;
  if (!text.includes('messages')) return false;
  return clients === 'any-shaped' || text.includes('@anthropic-ai/') || /\bAnthropic/.test(text);
}
