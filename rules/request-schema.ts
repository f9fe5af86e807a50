/**
 * request-schema: the body must match the API's schema for its endpoint and API
 * version — known field names, types, enum values, required fields, and the
 * bounds from the schema overlay. The schema is generated from the official
 * SDK's types (`npm run schema`); see docs/rules/request-schema.md.
 */
import { defineRule, type Report } from '../src/engine/rule.js';
import { REPORTED_PER_ARRAY, validateSchema, type SchemaProblem, type SchemaTarget } from '../src/engine/schema/validate.js';
import { MAX_ERRORS_PER_ARRAY } from '../src/engine/schema/bounded-errors.js';
import { get, join, parent, toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { closest } from '../src/engine/did-you-mean.js';
import type { Endpoint } from '../src/engine/types.js';
import { spellingOf, type Spelling } from './helpers/spelling.js';

type MessageIds =
  | 'unknownField'
  | 'unknownFieldDidYouMean'
  | 'headerParam'
  | 'bedrockBetas'
  | 'missingField'
  | 'wrongType'
  | 'invalidValue'
  | 'unknownType'
  | 'constraint'
  | 'moreProblems'
  | 'renameField'
  | 'removeField';

/** Pydantic's words for types, as the API's errors use them. */
const API_TYPE: Record<string, string> = {
  string: 'a valid string',
  integer: 'a valid integer',
  number: 'a valid number',
  boolean: 'a valid boolean',
  object: 'a valid dictionary',
  array: 'a valid list',
  null: 'None',
};

const ARTICLE: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** How a union is named in messages. */
const UNION_LABELS: Record<string, string> = {
  ContentBlockParam: 'content block',
  BetaContentBlockParam: 'content block',
  MessageParam: 'message',
  BetaMessageParam: 'message',
  ToolUnion: 'tool',
  BetaToolUnion: 'tool',
  MessageCountTokensTool: 'tool',
  ToolChoice: 'tool_choice',
  BetaToolChoice: 'tool_choice',
  ThinkingConfigParam: 'thinking',
  BetaThinkingConfigParam: 'thinking',
};

function unionLabel(union: string): string {
  return UNION_LABELS[union] ?? union.replace(/^Beta/, '').replace(/Param$/, '');
}

/** A value as the call writes it (JSON, or Python's `True`/`None`), cut short. */
function show(value: unknown, spelling: Spelling): string {
  const text = spelling.literal(value);
  if (text.length <= 40) return text;
  // Cut before an unclosed quote, so that the message's own quoting stays paired.
  const cut = text.slice(0, 37);
  return `${(cut.split('"').length - 1) % 2 ? cut.slice(0, cut.lastIndexOf('"')) : cut}…`;
}

function list(values: unknown[], spelling: Spelling): string {
  const shown = values.slice(0, 8).map((v) => show(v, spelling)).join(', ');
  return values.length > 8 ? `${shown}, … (${values.length} in all)` : shown;
}

const count = (n: number): string => n.toLocaleString('en-US');

function constraintDetail(p: Extract<SchemaProblem, { kind: 'constraint' }>): string {
  if (p.message) return p.message;
  const limit = p.limit as number | string;
  switch (p.keyword) {
    case 'minimum':
      return `must be ≥ ${limit}`;
    case 'maximum':
      return `must be ≤ ${limit}`;
    case 'exclusiveMinimum':
      return `must be > ${limit}`;
    case 'exclusiveMaximum':
      return `must be < ${limit}`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must have at least ${limit} characters`;
    case 'maxLength':
      return `must have at most ${limit} characters`;
    case 'minItems':
      return limit === 1 ? 'must not be empty' : `must have at least ${limit} items`;
    case 'maxItems':
      return `must have at most ${limit} items`;
    case 'pattern':
      return `must match the pattern ${limit}`;
    default:
      return `fails the schema's "${p.keyword}" constraint`;
  }
}

function targetOf(kind: 'messages' | 'count-tokens', inBatch: boolean): SchemaTarget {
  if (inBatch) return 'batch-params';
  return kind === 'count-tokens' ? 'count-tokens' : 'messages';
}

/** Request files (endpoint 'any') are checked against the beta schema, which accepts every GA body. */
export function schemaEndpoint(endpoint: Endpoint): 'ga' | 'beta' {
  return endpoint === 'ga' ? 'ga' : 'beta';
}

/**
 * A rename that would leave two members with one name (the name is taken, or
 * two misspellings map to it) must not be applied on its own: JSON keeps the
 * last duplicate, so the fixed file could silently send the wrong value.
 */
function collidingRenames(problems: readonly SchemaProblem[], body: unknown): Set<SchemaProblem> {
  const colliding = new Set<SchemaProblem>();
  const byTarget = new Map<string, SchemaProblem[]>();
  for (const p of problems) {
    if (p.kind !== 'unknown-property' || !p.suggestion) continue;
    const target = `${parent(p.pointer)}/${p.suggestion.name}`;
    byTarget.set(target, [...(byTarget.get(target) ?? []), p]);
    const owner = get(body, parent(p.pointer));
    if (owner !== null && typeof owner === 'object' && Object.prototype.hasOwnProperty.call(owner, p.suggestion.name)) colliding.add(p);
  }
  for (const group of byTarget.values()) if (group.length > 1) group.forEach((p) => colliding.add(p));
  return colliding;
}

function toReport(p: SchemaProblem, spelling: Spelling, renameIsSafe = true, platform = 'unknown'): Report<MessageIds> | undefined {
  const apiPath = toApiPath(p.pointer);
  const path = spelling.path(p.pointer);
  switch (p.kind) {
    case 'removed-field':
      return undefined; // the rule named in the version layer reports it, with its fix
    case 'unknown-property': {
      if (!p.suggestion) {
        return { messageId: 'unknownField', pointer: p.pointer, target: 'key', data: { name: p.name, field: spelling.field(p.pointer), where: spelling.where(p.pointer), apiPath } };
      }
      const rename = { messageId: 'renameField' as const, data: { name: p.name, suggestion: p.suggestion.name }, edits: [{ op: 'rename' as const, pointer: p.pointer, key: p.suggestion.name }] };
      return {
        messageId: 'unknownFieldDidYouMean',
        pointer: p.pointer,
        target: 'key',
        data: {
          name: p.name,
          field: spelling.field(p.pointer),
          where: spelling.where(p.pointer),
          apiPath,
          suggestion: p.suggestion.name,
          suggested: spelling.name(join(parent(p.pointer), p.suggestion.name)),
          note: p.suggestion.note ? ` (${p.suggestion.note})` : '',
        },
        // A typo of the same field is safe to rename; a synonym from another API may need a different value.
        ...(p.suggestion.isTypo && renameIsSafe ? { fix: rename } : { suggest: [rename] }),
      };
    }
    case 'header-param':
      if (platform === 'bedrock' && p.name === 'betas' && p.pointer === '/betas') {
        // A Bedrock body names its betas in the body, under another name.
        const rename = { messageId: 'renameField' as const, data: { name: p.name, suggestion: 'anthropic_beta' }, edits: [{ op: 'rename' as const, pointer: p.pointer, key: 'anthropic_beta' }] };
        return { messageId: 'bedrockBetas', pointer: p.pointer, target: 'key', data: { apiPath }, suggest: [rename] };
      }
      return {
        messageId: 'headerParam',
        pointer: p.pointer,
        target: 'key',
        data: {
          name: p.name,
          header: p.header,
          apiPath,
          how:
            p.name === 'betas'
              ? ' (the SDK does this when you pass `betas` to client.beta.messages.*)'
              : p.name.toLowerCase() === p.header
                ? ' (it is a request header, not a field)'
                : ' (the SDK moves it there when you pass it as a method parameter)',
        },
        suggest: [{ messageId: 'removeField', data: { name: p.name }, edits: [{ op: 'remove', pointer: p.pointer }] }],
      };
    case 'missing-property':
      return { messageId: 'missingField', pointer: p.pointer, data: { name: p.name, field: spelling.field(p.pointer), where: spelling.where(p.pointer), apiPath } };
    case 'wrong-type': {
      const expected = p.expected.filter((t) => t !== 'null' || p.expected.length === 1);
      return {
        messageId: 'wrongType',
        pointer: p.pointer,
        data: {
          path,
          expected: p.expected.map((t) => (t === 'null' ? spelling.literal(null) : (ARTICLE[t] ?? t))).join(' or '),
          actual: p.actual === 'null' ? spelling.literal(null) : (ARTICLE[p.actual] ?? p.actual),
          apiPath,
          apiType: API_TYPE[expected[0] ?? 'object'] ?? expected[0]!,
        },
      };
    }
    case 'invalid-value': {
      const strings = p.allowed.filter((a): a is string => typeof a === 'string');
      const [near] = typeof p.value === 'string' ? closest(p.value, strings) : [];
      const hint = near ? ` Did you mean ${show(near, spelling)}?` : '';
      const replace = near ? [{ messageId: 'renameField' as const, data: { name: String(p.value), suggestion: near }, edits: [{ op: 'replace' as const, pointer: p.pointer, value: near }] }] : undefined;
      if (p.discriminator) {
        const objectPointer = parent(p.pointer);
        return {
          messageId: 'unknownType',
          pointer: p.pointer,
          data: { union: unionLabel(p.discriminator.union), key: p.discriminator.key, value: show(p.value, spelling), path: toReadablePath(objectPointer), allowed: list(p.allowed.filter((a) => a !== null), spelling), hint },
          ...(replace ? { suggest: replace } : {}),
        };
      }
      return {
        messageId: 'invalidValue',
        pointer: p.pointer,
        data: { path, value: show(p.value, spelling), allowed: list(p.allowed, spelling), hint },
        ...(replace ? { suggest: replace } : {}),
      };
    }
    case 'more-problems': {
      const parts: string[] = [];
      if (p.hidden) parts.push(`${count(p.hidden)} more problems in its items are not listed (the first ${p.listed} are)`);
      if (p.unchecked) parts.push(`checking stopped at ${toReadablePath(`${p.pointer}/${p.lastChecked}`)}: the ${count(p.unchecked)} items after it were not checked`);
      return { messageId: 'moreProblems', pointer: p.pointer, data: { path, detail: parts.join('; ') } };
    }
    case 'constraint':
      return {
        messageId: 'constraint',
        pointer: p.pointer,
        data: { path, detail: constraintDetail(p), value: show(p.value, spelling), api: p.apiError ? ` The API answers 400 "${p.apiError}".` : '' },
      };
  }
}

/**
 * The SDK's methods take `workspace_id` and `user_profile_id` (and, on
 * `client.beta.messages.*`, `betas`) as parameters and send them as headers:
 * on the top level of an SDK call they are right. A batch's `requests[i].params`
 * are sent as written, and a GA method sends `betas` in the body.
 * Source: @anthropic-ai/sdk (pinned) resources/messages/messages.js and
 * resources/beta/messages/messages.js (`const { betas, user_profile_id, workspace_id, ...body } = params`).
 */
const SDK_HEADER_PARAMS = new Set(['betas', 'workspace_id', 'user_profile_id']);

function sentAsHeaderBySdk(problem: SchemaProblem, context: { origin: string; endpoint: string }): boolean {
  if (problem.kind !== 'header-param' || context.origin !== 'sdk-call' || !SDK_HEADER_PARAMS.has(problem.name)) return false;
  if (problem.pointer.lastIndexOf('/') !== 0) return false;
  return problem.name !== 'betas' || context.endpoint === 'beta';
}

/**
 * Amazon Bedrock's InvokeModel body carries what the Anthropic API takes as
 * headers: `user_profile_id` (Bedrock ignores the header) and `anthropic_beta`
 * (the beta names); Bedrock and Vertex bodies carry `anthropic_version`. Source: shared/reference/api-versions.md §5.5;
 * @anthropic-ai/bedrock-sdk client.js (the anthropic-beta header becomes the body's anthropic_beta).
 */
function bedrockBodyField(problem: SchemaProblem, context: { platform: string }): boolean {
  // `cloud`: maybe Bedrock (a body with a platform-less anthropic_version), so its body fields may be right.
  if (problem.pointer.lastIndexOf('/') !== 0) return false;
  // anthropic_version: the version field of every Bedrock and Vertex body (a request file's is read and set apart before).
  if (problem.kind === 'unknown-property' && problem.name === 'anthropic_version' && (context.platform === 'bedrock' || context.platform === 'vertex' || context.platform === 'cloud')) return true;
  if (context.platform !== 'bedrock' && context.platform !== 'cloud') return false;
  return (problem.kind === 'header-param' && problem.name === 'user_profile_id') || (problem.kind === 'unknown-property' && problem.name === 'anthropic_beta');
}

export default defineRule<MessageIds>({
  id: 'request-schema',
  meta: {
    type: 'problem',
    description: 'The request body must match the API schema: known fields, types, enum values, required fields, bounds',
    severity: 'error',
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      unknownField: 'Unknown {{field}} in {{where}}. The API answers 400 "{{apiPath}}: Extra inputs are not permitted".',
      unknownFieldDidYouMean:
        'Unknown {{field}} in {{where}}. The API answers 400 "{{apiPath}}: Extra inputs are not permitted". Did you mean {{suggested}}{{note}}?',
      headerParam:
        '"{{name}}" is not a body field but the "{{header}}" header. In the body the API answers 400 "{{apiPath}}: Extra inputs are not permitted". Send it as the header{{how}}.',
      bedrockBetas:
        '"betas" is not a body field on Amazon Bedrock. In the body the API answers 400 "{{apiPath}}: Extra inputs are not permitted". Send the beta names as "anthropic_beta" (the Bedrock SDK does this when you pass `betas`).',
      missingField: 'Missing required {{field}} in {{where}}. The API answers 400 "{{apiPath}}: Field required".',
      wrongType: '{{path}} must be {{expected}}, not {{actual}}. The API answers 400 "{{apiPath}}: Input should be {{apiType}}".',
      invalidValue: '{{path}} is {{value}}, which is not an allowed value. Use one of: {{allowed}}.{{hint}}',
      unknownType: 'Unknown {{union}} {{key}} {{value}} in {{path}}. Use one of: {{allowed}}.{{hint}}',
      constraint: '{{path}} {{detail}}; got {{value}}.{{api}}',
      moreProblems: '{{path}}: {{detail}}. Fix the problems listed and run again.',
      renameField: 'Replace "{{name}}" with "{{suggestion}}"',
      removeField: 'Remove "{{name}}" from the body',
    },
    sources: [
      '@anthropic-ai/sdk (pinned in package.json) resources/messages/messages.d.ts, resources/messages/batches.d.ts, resources/beta/messages/*.d.ts',
      'https://platform.claude.com/docs/en/api/messages',
      'https://platform.claude.com/docs/en/api/errors',
    ],
  },
  checkRequest(context) {
    const target = targetOf(context.kind, context.inBatch);
    const problems = validateSchema(context.body, target, context.apiVersion, schemaEndpoint(context.endpoint));
    if (problems.length === 0) return; // most bodies: nothing to translate
    const colliding = collidingRenames(problems, context.body);
    const spelling = spellingOf(context);
    for (const problem of problems) {
      if (!context.inBatch && sentAsHeaderBySdk(problem, context)) continue;
      if (bedrockBodyField(problem, context)) continue;
      const report = toReport(problem, spelling, !colliding.has(problem), context.platform);
      if (report) context.report(report);
    }
  },
  checkBatch(context) {
    const endpoint = schemaEndpoint(context.endpoint);
    const check = (envelope: unknown, each: (problem: SchemaProblem, renameIsSafe: boolean) => void): void => {
      const problems = validateSchema(envelope, 'batch-envelope', context.apiVersion, endpoint);
      if (problems.length === 0) return;
      const colliding = collidingRenames(problems, envelope);
      for (const problem of problems) {
        if (sentAsHeaderBySdk(problem, context)) continue;
        each(problem, !colliding.has(problem));
      }
    };
    const report = (problem: SchemaProblem, renameIsSafe = true): void => {
      // A batch envelope has no SDK in its context: its values keep the JSON spelling.
      const r = toReport(problem, spellingOf({}), renameIsSafe);
      if (r) context.report(r);
    };
    // The envelope (its `requests` given as []), then each request alone, as the one element of a batch, moved to its index.
    check(context.body, report);
    // What the validator's per-array cap does for a whole batch, kept across requests (see capPerArray in validate.ts).
    let listed = 0;
    let hidden = 0;
    let problemsSeen = 0;
    let lastChecked: number | undefined;
    return {
      request(item, index) {
        if (lastChecked !== undefined) return;
        check({ requests: [item] }, (problem, renameIsSafe) => {
          problemsSeen++;
          if (problem.kind === 'more-problems' && problem.pointer === '/requests') {
            hidden += problem.hidden;
            return;
          }
          if (listed >= REPORTED_PER_ARRAY) {
            hidden++;
            return;
          }
          listed++;
          report({ ...problem, pointer: `/requests/${index}${problem.pointer.slice('/requests/0'.length)}` }, renameIsSafe);
        });
        if (problemsSeen >= MAX_ERRORS_PER_ARRAY) lastChecked = index;
      },
      end(count) {
        const unchecked = lastChecked === undefined ? 0 : count - 1 - lastChecked;
        if (hidden === 0 && unchecked <= 0) return;
        report({ kind: 'more-problems', pointer: '/requests', listed, hidden, ...(unchecked > 0 ? { lastChecked } : {}), unchecked: Math.max(0, unchecked) });
      },
    };
  },
});
