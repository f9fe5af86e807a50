/**
 * Reads, from the pinned `@anthropic-ai/sdk` .d.ts with the TypeScript checker,
 * the options each helper method of `client.messages` / `client.beta.messages`
 * (and `.batches`) takes besides the request it sends: the SDK reads them itself
 * and never sends them (`toolRunner`'s `max_iterations`), so they are not body
 * fields. Renders src/sources/js/sdk-only-options.generated.ts; pure, so the
 * drift test compares it with the committed file (issue 12 §1.4).
 *
 * A key of a method's params is SDK-only when the request body type the method
 * sends (SENT_BODY) has no such key, or has it with no value in common with the
 * method's (`toolRunner`'s `thread?: false` against the body's thread object):
 * the method gives the key its own meaning. A key the method widens (`tools`
 * with runnable tools, `output_config` with a parseable format) or narrows
 * (`parse`'s `stream?: false`) is still sent. Header params (`betas`) are the schema's business (generate.ts).
 */
import path from 'node:path';
import ts from 'typescript';
import { docKind, findExportedType, openSdkProgram, type SdkProgram } from './from-sdk-types.js';
import { sdkRoot } from './generate.js';

export const SDK_ONLY_OPTIONS_FILE = 'src/sources/js/sdk-only-options.generated.ts';

/** Resource classes read: endpoint, the method-name prefix, the .d.ts, the class. */
const RESOURCES = [
  { endpoint: 'ga', prefix: '', file: 'resources/messages/messages.d.ts', cls: 'Messages' },
  { endpoint: 'ga', prefix: 'batches.', file: 'resources/messages/batches.d.ts', cls: 'Batches' },
  { endpoint: 'beta', prefix: '', file: 'resources/beta/messages/messages.d.ts', cls: 'Messages' },
  { endpoint: 'beta', prefix: 'batches.', file: 'resources/beta/messages/batches.d.ts', cls: 'Batches' },
] as const;

/**
 * The body type (in the resource's own file) of the request each method sends.
 * Methods that send no message body (`batches.retrieve(id)`, `batches.list`) are
 * not listed; a new method that takes message params fails the generation until
 * it is placed here.
 */
const SENT_BODY: Record<string, string> = {
  create: 'MessageCreateParamsBase',
  parse: 'MessageCreateParamsBase',
  stream: 'MessageCreateParamsBase',
  toolRunner: 'MessageCreateParamsBase',
  // Creates a message thread; each turn is a create request.
  thread: 'MessageCreateParamsBase',
  countTokens: 'MessageCountTokensParams',
  'batches.create': 'BatchCreateParams',
};
/** Methods of the resource classes that take no message params. */
const NO_BODY = new Set(['batches.retrieve', 'batches.list', 'batches.delete', 'batches.cancel', 'batches.results']);

export type SdkOnlyOptions = Record<'ga' | 'beta', Record<string, string[]>>;

function propertiesOf(checker: ts.TypeChecker, type: ts.Type): Map<string, ts.Symbol[]> {
  const out = new Map<string, ts.Symbol[]>();
  const add = (t: ts.Type): void => {
    if (t.isUnion()) return t.types.forEach(add);
    for (const p of checker.getPropertiesOfType(t)) out.set(p.name, [...(out.get(p.name) ?? []), p]);
  };
  add(type);
  return out;
}

function members(type: ts.Type): ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

function methodOptions(sdk: SdkProgram, file: string, cls: string, prefix: string): Record<string, string[]> {
  const { checker } = sdk;
  const moduleSymbol = checker.getSymbolAtLocation(sdk.file(file));
  const classSymbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === cls);
  if (!classSymbol) throw new Error(`${file} exports no class ${cls}: the SDK changed its resources`);
  const out: Record<string, string[]> = {};
  for (const method of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(classSymbol))) {
    const signatures = checker.getTypeOfSymbol(method).getCallSignatures();
    if (signatures.length === 0 || method.name.startsWith('_')) continue;
    const name = `${prefix}${method.name}`;
    if (NO_BODY.has(name)) continue;
    const bodyName = SENT_BODY[name];
    if (!bodyName) throw new Error(`${file} ${cls}.${method.name}: a new method; say in SENT_BODY (scripts/schema/sdk-only-options.ts) which request body it sends`);
    const body = propertiesOf(checker, findExportedType(sdk, file, bodyName));
    // Over every overload (`create` takes `stream: false` in one, `stream: true` in another): key → the types it takes.
    const taken = new Map<string, ts.Type[]>();
    for (const signature of signatures) {
      const param = signature.parameters[0];
      if (!param) continue;
      let type = checker.getTypeOfSymbol(param);
      // `parse<Params extends MessageCreateParamsNonStreaming>(params: Params)`: what Params may be.
      if (type.flags & ts.TypeFlags.TypeParameter) type = checker.getBaseConstraintOfType(type) ?? type;
      for (const [key, symbols] of propertiesOf(checker, type)) {
        if (symbols.some((s) => docKind(checker, s) === 'header')) continue;
        taken.set(key, [...(taken.get(key) ?? []), ...symbols.map((s) => checker.getTypeOfSymbol(s))]);
      }
    }
    const only: string[] = [];
    for (const [key, takes] of taken) {
      const sent = body.get(key);
      // No value in common with the body's field (`undefined` only says optional) gives the key the method's own
      // meaning; a method that narrows the field (`parse` takes `stream: false`) or widens it (`tools`) sends it.
      const defined = (type: ts.Type) => members(type).filter((m) => !(m.flags & ts.TypeFlags.Undefined));
      const allows = (sent ?? []).flatMap((s) => defined(checker.getTypeOfSymbol(s)));
      const takesMembers = takes.flatMap(defined);
      const overlap = allows.some((a) => takesMembers.some((t) => checker.isTypeAssignableTo(a, t) || checker.isTypeAssignableTo(t, a)));
      if (!sent || !overlap) only.push(key);
    }
    out[name] = only.sort();
  }
  return out;
}

export function readSdkOnlyOptions(root = sdkRoot()): SdkOnlyOptions {
  const sdk = openSdkProgram(RESOURCES.map((r) => path.join(root, r.file)));
  const out: SdkOnlyOptions = { ga: {}, beta: {} };
  for (const r of RESOURCES) Object.assign(out[r.endpoint], methodOptions(sdk, path.join(root, r.file), r.cls, r.prefix));
  for (const endpoint of ['ga', 'beta'] as const) out[endpoint] = Object.fromEntries(Object.entries(out[endpoint]).sort(([a], [b]) => a.localeCompare(b)));
  return out;
}

export function renderSdkOnlyOptions(options: SdkOnlyOptions, version: string): string {
  return `// Generated by \`npm run refresh\` (scripts/schema/sdk-only-options.ts) from @anthropic-ai/sdk ${version}. Do not edit:
// bump the SDK pin and run \`npm run refresh\`. Options of earlier SDK releases are in extract.ts (EARLIER_SDK_ONLY_OPTIONS).

/**
 * Per endpoint and method of \`client.messages\` / \`client.beta.messages\`: the keys of its params that the SDK reads
 * itself and does not send (not a key of the request body it sends, or one the method gives its own meaning).
 */
export const SDK_ONLY_OPTIONS: Readonly<Record<'ga' | 'beta', Readonly<Record<string, readonly string[]>>>> = ${JSON.stringify(options, null, 2)};
`;
}
