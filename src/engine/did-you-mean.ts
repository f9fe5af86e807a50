/**
 * "Did you mean …?" for field names, enum values and model ids.
 */

/**
 * Names, enum values and model ids are at most this long; a longer string has no
 * useful suggestion, and comparing it would cost time and memory the file decides.
 */
export const MAX_SUGGESTION_INPUT = 128;

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps),
 * or `limit + 1` as soon as the distance is known to exceed `limit`: only the
 * band of cells within `limit` of the diagonal is computed, in three rows, so the
 * work is O(length × limit) and the memory O(length).
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(over); // row i - 2
  let prev = new Array<number>(cols).fill(over); // row i - 1
  let row = new Array<number>(cols).fill(over); // row i
  for (let j = 0; j < cols && j <= limit; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    row.fill(over);
    if (i <= limit) row[0] = i;
    let best = row[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row[j] = Math.min(v, over);
      if (v < best) best = v;
    }
    if (best > limit) return over;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length]!, over);
}

/** maxTokens, max-tokens, MAX_TOKENS → max_tokens */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

export function closest(word: string, candidates: readonly string[], opts: { max?: number; maxDistance?: number } = {}): string[] {
  const max = opts.max ?? 1;
  if (word.length > MAX_SUGGESTION_INPUT) return [];
  const maxDistance = opts.maxDistance ?? Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  return candidates
    .filter((c) => c.length <= MAX_SUGGESTION_INPUT)
    .map((c) => ({ c, d: editDistance(lower, c.toLowerCase(), maxDistance) }))
    .filter((x) => x.d <= maxDistance)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, max)
    .map((x) => x.c);
}

/**
 * Names from other LLM APIs (mostly OpenAI's) and common guesses, with the Claude
 * field that does the job. `path` is where the replacement lives when it is not a
 * sibling (then a rename is not a safe fix).
 */
export const FIELD_SYNONYMS: Record<string, { field: string; note?: string }> = {
  stop: { field: 'stop_sequences', note: 'an array of strings' },
  system_prompt: { field: 'system' },
  systemPrompt: { field: 'system' },
  max_completion_tokens: { field: 'max_tokens' },
  max_output_tokens: { field: 'max_tokens' },
  maxOutputTokens: { field: 'max_tokens' },
  max_tokens_to_sample: { field: 'max_tokens', note: 'the legacy Text Completions name' },
  prompt: { field: 'messages', note: 'a list of {role, content} messages' },
  functions: { field: 'tools' },
  function_call: { field: 'tool_choice' },
  response_format: { field: 'output_config', note: 'structured output goes in output_config.format' },
  reasoning_effort: { field: 'output_config', note: 'effort goes in output_config.effort' },
  effort: { field: 'output_config', note: 'effort goes in output_config.effort' },
  user: { field: 'metadata', note: 'an end-user id goes in metadata.user_id' },
  parameters: { field: 'input_schema' },
  image_url: { field: 'source', note: 'Claude\'s image block takes source: {"type": "url", "url": …} or {"type": "base64", "media_type": …, "data": …}' },
  stopSequences: { field: 'stop_sequences' },
  toolChoice: { field: 'tool_choice' },
};

export interface FieldSuggestion {
  name: string;
  /** A plain typo or casing slip of the same field: renaming is a safe fix. */
  isTypo: boolean;
  note?: string;
}

/** Best replacement for an unknown field among the allowed ones, if any is close. */
export function suggestField(unknown: string, allowed: readonly string[]): FieldSuggestion | undefined {
  if (unknown.length > MAX_SUGGESTION_INPUT) return undefined;
  const synonym = Object.prototype.hasOwnProperty.call(FIELD_SYNONYMS, unknown) ? FIELD_SYNONYMS[unknown] : undefined;
  if (synonym && allowed.includes(synonym.field)) return { name: synonym.field, isTypo: false, note: synonym.note };
  const snake = toSnakeCase(unknown);
  if (snake !== unknown && allowed.includes(snake)) return { name: snake, isTypo: true };
  const [best] = closest(snake, allowed, { maxDistance: Math.min(3, Math.max(1, Math.floor(snake.length / 3))) });
  return best ? { name: best, isTypo: true } : undefined;
}
