/**
 * What a finding's message looks like (issue 15 item 11): one short first
 * sentence that says what is wrong and where; then what the API (or the SDK)
 * answers; then the fix. Anything else is an aside, which belongs in the rule's
 * `meta.note` (said once per run under the findings), not on every finding.
 */

/** The first sentence, placeholders filled, stays under this many characters. */
export const FIRST_SENTENCE_MAX = 160;

/** Sentences, split outside "…" quotes (the API's own text has full stops of its own). */
export function sentences(message: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (quoted || !/[.?!]/.test(c)) continue;
    const next = message.slice(i + 1);
    if (!/^["”)]?\s+[A-Z"`(]/.test(next) || /\b(e\.g|i\.e)$/.test(message.slice(0, i))) continue;
    const end = i + 1 + (/^["”)]/.test(next) ? 1 : 0);
    out.push(message.slice(start, end).trim());
    start = end;
    i = end - 1;
  }
  const rest = message.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** A sentence that says how the API or the SDK answers (quoted or not). */
const ANSWER = /\b(API|SDK)\b|\berrored\b/;
/** A sentence that says what to do. */
const FIX =
  /^(Use|Remove|Set|Send|Keep|Put|Add|End|Give|Replay|Move|Rename|Split|Lower|Raise|Scale|Encode|Convert|Downscale|Read|Rotate|Leave|Trim|Start|Check|Run|Fix|Bill|Pass|Make|Turn|Drop|Download|Shrink|Did you mean|You probably meant|If it is|Otherwise)\b/;

/** What is wrong with a message's shape (empty: nothing). */
export function messageShapeProblems(message: string): string[] {
  const problems: string[] = [];
  // A location note the front end appends (a notebook's "(cell 3)") is not part of the rule's message.
  const [first = '', ...rest] = sentences(message.replace(/\s*\(cell \d+\)$/, ''));
  if (first.length > FIRST_SENTENCE_MAX) problems.push(`first sentence has ${first.length} characters (at most ${FIRST_SENTENCE_MAX}): ${first}`);
  for (const s of rest) if (!ANSWER.test(s) && !FIX.test(s)) problems.push(`an aside (neither the API's answer nor the fix; say it in meta.note): ${s}`);
  return problems;
}
