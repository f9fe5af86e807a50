/**
 * Ajv's standalone code, made safe for hostile arrays (issue 13 item 2). Two
 * rewrites of the generated validator source, applied at build time by
 * scripts/build-validators.ts:
 *
 * - Errors of a called validator are appended in place. Ajv writes
 *   `vErrors = vErrors.concat(f.errors)`, which copies every error so far for
 *   each failing item: `messages: [null × 100,000]` took 31 s.
 * - An array loop stops once its items have produced MAX_ERRORS_PER_ARRAY
 *   errors: a million bad items cost no more than a thousand. The translator
 *   says where checking stopped (see capPerArray in validate.ts).
 */

/** Ajv errors one array's items may produce before the rest of its items go unchecked. */
export const MAX_ERRORS_PER_ARRAY = 1000;

const CONCAT = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;
const ARRAY_LOOP = /const (len\d+) = ([\w.$]+)\.length;for\(let (i\d+)=0; \3<\1; \3\+\+\)\{/g;

export function boundValidatorErrors(code: string): string {
  let concats = 0;
  let loops = 0;
  const out = code
    .replace(CONCAT, (_, fn: string) => {
      concats++;
      return `if(vErrors === null){vErrors = ${fn}.errors;}else {for(const e of ${fn}.errors){vErrors.push(e);}}`;
    })
    .replace(ARRAY_LOOP, (_, len: string, data: string, i: string) => {
      loops++;
      return `const ${len} = ${data}.length;const stop${i} = errors + ${MAX_ERRORS_PER_ARRAY};for(let ${i}=0; ${i}<${len} && errors < stop${i}; ${i}++){`;
    });
  // Ajv's output changed shape: fail the build rather than ship validators that are quadratic again.
  if (concats === 0 || loops === 0) throw new Error(`boundValidatorErrors: found ${concats} error merges and ${loops} array loops in Ajv's code; update the patterns`);
  return out;
}
