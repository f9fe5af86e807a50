/**
 * "Did you mean …?" for field names, enum values and model ids.
 */

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
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
  const maxDistance = opts.maxDistance ?? Math.max(2, Math.floor(word.length / 3));
  return candidates
    .map((c) => ({ c, d: editDistance(word.toLowerCase(), c.toLowerCase()) }))
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
  const synonym = Object.prototype.hasOwnProperty.call(FIELD_SYNONYMS, unknown) ? FIELD_SYNONYMS[unknown] : undefined;
  if (synonym && allowed.includes(synonym.field)) return { name: synonym.field, isTypo: false, note: synonym.note };
  const snake = toSnakeCase(unknown);
  if (snake !== unknown && allowed.includes(snake)) return { name: snake, isTypo: true };
  const [best] = closest(snake, allowed, { maxDistance: Math.min(3, Math.max(1, Math.floor(snake.length / 3))) });
  return best ? { name: best, isTypo: true } : undefined;
}
