/**
 * The cheap text test run on every JS/TS file before parsing: can this file
 * contain a call we extract? A module of its own, with no imports, so the CLI
 * can ask it before deciding where a file is linted (src/lint/parse-thread.ts)
 * without loading the JS source.
 */

/** The last text asked about and its answer: the CLI asks once to route a file and again when it is linted. */
let last: { text: string; clients: string; answer: boolean } | undefined;

export function mightContainCalls(text: string, clients: 'anthropic-only' | 'any-shaped' = 'anthropic-only'): boolean {
  if (last && last.text === text && last.clients === clients) return last.answer;
  const answer = test(text, clients);
  last = { text, clients, answer };
  return answer;
}

// Cheapest test first: most files never say `messages` (nor, then, `/v1/messages`); the regular
// expression runs only on text that holds the word.
function test(text: string, clients: 'anthropic-only' | 'any-shaped'): boolean {
  if (!text.includes('messages')) return false;
  if (text.includes('/v1/messages')) return true;
  return clients === 'any-shaped' || text.includes('@anthropic-ai/') || (text.includes('Anthropic') && /\bAnthropic/.test(text));
}
