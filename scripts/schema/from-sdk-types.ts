/**
 * Turns the request parameter types declared in the installed `@anthropic-ai/sdk`
 * (`.d.ts`) into JSON Schema (draft 2020-12), using the TypeScript checker.
 *
 * Every named SDK type (interface or type alias) becomes one `$defs` entry, so the
 * schema mirrors the SDK's vocabulary and the engine can re-validate one def when
 * it narrows a union. Anonymous union branches that are objects are hoisted into
 * defs too (named `<Parent>.<prop>.<n>`), for the same reason.
 */
import ts from 'typescript';

export type JsonSchema = { [key: string]: unknown };

export interface ConvertOptions {
  /** Properties of the root type to drop because the SDK sends them as headers. */
  headerParams: Set<string>;
  /** Properties of the root type to override (e.g. `stream` on the create body). */
  rootOverrides?: Record<string, JsonSchema>;
}

export interface SdkProgram {
  checker: ts.TypeChecker;
  file(path: string): ts.SourceFile;
}

export function openSdkProgram(files: string[]): SdkProgram {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  return {
    checker,
    file(path) {
      const sf = program.getSourceFile(path);
      if (!sf) throw new Error(`SDK file not in program: ${path}`);
      return sf;
    },
  };
}

/** Finds an exported interface or type alias by (possibly dotted) name in a file. */
export function findExportedType(sdk: SdkProgram, file: string, name: string): ts.Type {
  const sf = sdk.file(file);
  const moduleSymbol = sdk.checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) throw new Error(`no module symbol for ${file}`);
  const parts = name.split('.');
  let symbol = sdk.checker.getExportsOfModule(moduleSymbol).find((s) => s.name === parts[0]);
  for (const part of parts.slice(1)) {
    symbol = symbol?.exports?.get(part as ts.__String);
  }
  if (!symbol) throw new Error(`type ${name} not exported by ${file}`);
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = sdk.checker.getAliasedSymbol(symbol);
  return sdk.checker.getDeclaredTypeOfSymbol(symbol);
}

/** Doc comment text of a symbol, with the SDK's "Body param:" prefix removed. */
export function docOf(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .replace(/^(Body|Header|Query) param:\s*/, '')
    .trim();
}

export function docKind(checker: ts.TypeChecker, symbol: ts.Symbol): 'body' | 'header' | 'query' | undefined {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  const m = /^(Body|Header|Query) param:/.exec(text);
  return m ? (m[1]!.toLowerCase() as 'body' | 'header' | 'query') : undefined;
}

function isDeprecated(symbol: ts.Symbol): boolean {
  return symbol.getJsDocTags().some((t) => t.name === 'deprecated');
}

export class SchemaBuilder {
  readonly defs: Record<string, JsonSchema> = {};
  private readonly inProgress = new Set<string>();
  private readonly nameOfType = new Map<ts.Type, string>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** Converts a named root type into a def and returns a `$ref` to it. */
  root(type: ts.Type, defName: string, options: ConvertOptions): JsonSchema {
    const schema = this.objectSchema(type, defName, options);
    this.defs[defName] = schema;
    return { $ref: `#/$defs/${defName}` };
  }

  /** A stable def name for SDK-named types; undefined for anonymous ones. */
  private defNameOf(type: ts.Type): string | undefined {
    const cached = this.nameOfType.get(type);
    if (cached) return cached;
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (!symbol) return undefined;
    if (symbol.name === '__type' || symbol.name === '__object' || symbol.name === 'Array') return undefined;
    if (type.aliasSymbol && type.aliasTypeArguments?.length) return undefined; // Array<T>-like aliases
    const decl = symbol.declarations?.[0];
    if (!decl || !decl.getSourceFile().fileName.includes('@anthropic-ai/sdk')) return undefined;
    // Qualify names declared inside a namespace (Tool.InputSchema).
    const names = [symbol.name];
    let parent: ts.Node | undefined = decl.parent;
    while (parent) {
      if (ts.isModuleDeclaration(parent) && ts.isIdentifier(parent.name)) names.unshift(parent.name.text);
      parent = parent.parent;
    }
    const name = names.join('.');
    this.nameOfType.set(type, name);
    return name;
  }

  convert(type: ts.Type, context: string): JsonSchema {
    const name = this.defNameOf(type);
    const isNamedStructure =
      name !== undefined && (type.isUnion() || (type.flags & ts.TypeFlags.Object) !== 0) && !this.isPrimitiveLike(type);
    if (isNamedStructure) {
      if (!this.defs[name] && !this.inProgress.has(name)) {
        this.inProgress.add(name);
        this.defs[name] = this.convertAnonymous(type, name);
        this.inProgress.delete(name);
      }
      return { $ref: `#/$defs/${name}` };
    }
    return this.convertAnonymous(type, context);
  }

  private isPrimitiveLike(type: ts.Type): boolean {
    if (!type.isUnion()) return false;
    return type.types.every((t) => (t.flags & (ts.TypeFlags.Literal | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.String | ts.TypeFlags.Number)) !== 0 || this.isOpenString(t));
  }

  /** `string & {}`: the SDK's way of saying "any string, these are suggestions". */
  private isOpenString(type: ts.Type): boolean {
    return type.isIntersection() && type.types.some((t) => (t.flags & ts.TypeFlags.String) !== 0);
  }

  private convertAnonymous(type: ts.Type, context: string): JsonSchema {
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (f & ts.TypeFlags.String) return { type: 'string' };
    if (f & ts.TypeFlags.Number) return { type: 'number' };
    if (f & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (f & ts.TypeFlags.Null) return { type: 'null' };
    if (f & ts.TypeFlags.StringLiteral) return { type: 'string', const: (type as ts.StringLiteralType).value };
    if (f & ts.TypeFlags.NumberLiteral) return { type: 'number', const: (type as ts.NumberLiteralType).value };
    if (f & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', const: this.checker.typeToString(type) === 'true' };
    if (this.isOpenString(type)) return { type: 'string' };
    if (type.isUnion()) return this.unionSchema(type, context);
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      if (this.checker.isTupleType(type)) {
        return { type: 'array', prefixItems: args.map((a, i) => this.convert(a, `${context}.${i}`)), items: false };
      }
      return { type: 'array', items: this.convert(args[0]!, `${context}.item`) };
    }
    if (f & ts.TypeFlags.Object || type.isIntersection()) return this.objectSchema(type, context, { headerParams: new Set() });
    throw new Error(`unsupported type at ${context}: ${this.checker.typeToString(type)}`);
  }

  private unionSchema(type: ts.UnionType, context: string): JsonSchema {
    let members = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
    // true | false → boolean
    const bools = members.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
    if (bools.length === 2) {
      members = members.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral));
      members.push(this.checker.getBooleanType());
    }
    const nullable = members.some((t) => t.flags & ts.TypeFlags.Null);
    members = members.filter((t) => !(t.flags & ts.TypeFlags.Null));
    const stringLiterals = members.filter((t) => t.flags & ts.TypeFlags.StringLiteral) as ts.StringLiteralType[];
    const openString = members.some((t) => this.isOpenString(t) || t.flags & ts.TypeFlags.String);
    let schema: JsonSchema;
    if (stringLiterals.length === members.length && members.length > 0) {
      schema = { type: 'string', enum: stringLiterals.map((t) => t.value) };
    } else if (openString && members.every((t) => t.flags & ts.TypeFlags.StringLiteral || this.isOpenString(t) || t.flags & ts.TypeFlags.String)) {
      schema = { type: 'string' };
      if (stringLiterals.length) schema.examples = stringLiterals.map((t) => t.value);
    } else if (members.length === 1) {
      schema = this.convert(members[0]!, context);
    } else {
      schema = {
        anyOf: members.map((m, i) => {
          const s = this.convert(m, `${context}.${i}`);
          // Hoist anonymous object branches so the engine can re-validate a narrowed branch.
          if (s.$ref === undefined && s.type === 'object') {
            const hoisted = `${context}.${i}`;
            this.defs[hoisted] = s;
            return { $ref: `#/$defs/${hoisted}` };
          }
          return s;
        }),
      };
    }
    if (!nullable) return schema;
    if (typeof schema.type === 'string' && schema.anyOf === undefined && schema.$ref === undefined) {
      const withNull: JsonSchema = { ...schema, type: [schema.type, 'null'] };
      if (Array.isArray(withNull.enum)) withNull.enum = [...(withNull.enum as unknown[]), null];
      if ('const' in withNull) {
        withNull.enum = [withNull.const, null];
        delete withNull.const;
      }
      return withNull;
    }
    if (Array.isArray(schema.anyOf)) return { anyOf: [...schema.anyOf, { type: 'null' }] };
    return { anyOf: [schema, { type: 'null' }] };
  }

  private objectSchema(type: ts.Type, context: string, options: ConvertOptions): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const prop of this.checker.getPropertiesOfType(type)) {
      const name = prop.name;
      if (options.headerParams.has(name)) continue;
      const override = options.rootOverrides?.[name];
      const declaration = prop.valueDeclaration ?? prop.declarations?.[0];
      // Prefer the declared type node: it keeps alias names (ThinkingConfigParam) that
      // the optional property's widened `T | undefined` type would lose.
      const typeNode = declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) ? declaration.type : undefined;
      const propType = typeNode
        ? this.checker.getTypeFromTypeNode(typeNode)
        : declaration
          ? this.checker.getTypeOfSymbolAtLocation(prop, declaration)
          : this.checker.getTypeOfSymbol(prop);
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      const converted = override ?? this.convert(propType, `${context}.${name}`);
      const annotated: JsonSchema = { ...converted };
      const doc = docOf(this.checker, prop);
      if (doc) annotated.description = doc;
      if (isDeprecated(prop)) annotated.deprecated = true;
      properties[name] = annotated;
      if (!optional && !(override && override['x-optional'])) required.push(name);
      delete annotated['x-optional'];
    }
    const schema: JsonSchema = { type: 'object', properties };
    if (required.length) schema.required = required;
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (index) {
      const value = this.convert(index.type, `${context}.*`);
      schema.additionalProperties = Object.keys(value).length === 0 ? true : value;
    } else {
      schema.additionalProperties = false;
    }
    return schema;
  }
}
