/**
 * Type information, when ESLint runs with a TypeScript program: recognise
 * Anthropic clients by type, and narrow an unknown value whose type is a single
 * literal. Nothing here runs without `parserServices.program`.
 */
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import type { Platform } from '../../engine/rule.js';

// Structural views of the few TypeScript compiler APIs used, so this module never
// imports `typescript` itself.
interface TsSymbol {
  getName(): string;
  flags: number;
  declarations?: { getSourceFile(): { fileName: string } }[];
}
interface TsType {
  flags: number;
  isStringLiteral(): this is TsType & { value: string };
  isNumberLiteral(): this is TsType & { value: number };
  isUnion(): this is TsType & { types: TsType[] };
  isClassOrInterface(): boolean;
  getSymbol(): TsSymbol | undefined;
  aliasSymbol?: TsSymbol;
}
interface TsChecker {
  getTypeAtLocation(node: unknown): TsType;
  getPropertiesOfType(type: TsType): TsSymbol[];
  getTypeOfSymbolAtLocation(symbol: TsSymbol, node: unknown): TsType;
  isArrayType?(type: TsType): boolean;
  isTupleType?(type: TsType): boolean;
  getNonNullableType(type: TsType): TsType;
  getBaseTypes(type: TsType): TsType[];
}

// TypeFlags.Any and TypeFlags.Unknown: unchanged since TypeScript 3.0.
const ANY_OR_UNKNOWN = 1 | 2;
// SymbolFlags.Optional: unchanged since TypeScript 2.x. (TypeFlags.Object moved
// between versions: an object type is told by its `objectFlags` instead.)
const OPTIONAL_SYMBOL = 1 << 24;

const PACKAGE_PLATFORM: Record<string, Platform> = {
  sdk: 'anthropic',
  'bedrock-sdk': 'bedrock',
  'vertex-sdk': 'vertex',
  'foundry-sdk': 'foundry',
};

/** Larger unions of literals (every model id of a catalogue) stay unknown. */
export const MAX_UNION = 8;

export class TypeInfo {
  private readonly checker: TsChecker;
  private readonly map: { get(node: TSESTree.Node): unknown };

  private constructor(services: ParserServices & { program: { getTypeChecker(): unknown } }) {
    this.checker = services.program.getTypeChecker() as TsChecker;
    this.map = services.esTreeNodeToTSNodeMap as unknown as { get(node: TSESTree.Node): unknown };
  }

  static from(services: ParserServices | undefined): TypeInfo | undefined {
    const s = services as (ParserServices & { program?: { getTypeChecker?: unknown } | null }) | undefined;
    if (!s?.program || typeof s.program.getTypeChecker !== 'function' || !s.esTreeNodeToTSNodeMap) return undefined;
    try {
      return new TypeInfo(s as ParserServices & { program: { getTypeChecker(): unknown } });
    } catch {
      return undefined;
    }
  }

  private typeOf(node: TSESTree.Node): TsType | undefined {
    try {
      const tsNode = this.map.get(node);
      return tsNode ? this.checker.getTypeAtLocation(tsNode) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The value of a single string or number literal type (`'claude-x'`, `1024`), else undefined. */
  literal(node: TSESTree.Node): string | number | undefined {
    const type = this.typeOf(node);
    if (!type) return undefined;
    if (type.isStringLiteral()) return type.value;
    if (type.isNumberLiteral()) return type.value;
    return undefined;
  }

  /**
   * The members of a union of string/number literal types (`'claude-a' | 'claude-b'`),
   * 2 to MAX_UNION of them; undefined for anything else (a union with `string`,
   * `undefined`, an object type).
   */
  literals(node: TSESTree.Node): (string | number)[] | undefined {
    const type = this.typeOf(node);
    if (!type || !type.isUnion() || type.types.length > MAX_UNION) return undefined;
    const out: (string | number)[] = [];
    for (const t of type.types) {
      if (t.isStringLiteral() || t.isNumberLiteral()) out.push(t.value);
      else return undefined;
    }
    return out;
  }

  /**
   * For a value of an object type (an SDK param type such as `DocumentBlockParam`):
   * its required properties whose types are single literals (`{ type: 'document' }`).
   * The value is otherwise unknown, so the caller makes it an open object.
   */
  literalProperties(node: TSESTree.Node): Record<string, string | number> | undefined {
    const type = this.typeOf(node);
    if (!type || type.isUnion() || typeof (type as { objectFlags?: unknown }).objectFlags !== 'number') return undefined;
    const tsNode = this.map.get(node);
    try {
      if (this.checker.isArrayType?.(type) || this.checker.isTupleType?.(type)) return undefined;
      const out: Record<string, string | number> = {};
      for (const symbol of this.checker.getPropertiesOfType(type)) {
        if (symbol.flags & OPTIONAL_SYMBOL) continue;
        const t = this.checker.getTypeOfSymbolAtLocation(symbol, tsNode);
        if (t.isStringLiteral() || t.isNumberLiteral()) out[symbol.getName()] = t.value;
      }
      return Object.keys(out).length ? out : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * An Anthropic client by type: its platform; 'other' for a known type that is
   * not one (a Twilio client); undefined when the type says nothing (any, unknown).
   */
  client(node: TSESTree.Node): Platform | 'other' | undefined {
    const type = this.typeOf(node);
    if (!type) return undefined;
    try {
      return this.classify(this.checker.getNonNullableType(type), 0);
    } catch {
      return undefined;
    }
  }

  private classify(type: TsType, depth: number): Platform | 'other' | undefined {
    if (type.flags & ANY_OR_UNKNOWN) return undefined;
    if (type.isUnion()) {
      const parts = type.types.map((t) => this.classify(t, depth + 1));
      if (parts.some((p) => p === undefined)) return undefined;
      const platforms = [...new Set(parts)];
      if (platforms.includes('other')) return 'other';
      return platforms.length === 1 ? platforms[0] : 'unknown';
    }
    const own = platformOfSymbol(type.getSymbol()) ?? platformOfSymbol(type.aliasSymbol);
    if (own) return own;
    if (depth < 6 && type.isClassOrInterface()) {
      for (const base of this.checker.getBaseTypes(type)) {
        const p = this.classify(base, depth + 1);
        if (p && p !== 'other') return p;
      }
    }
    return 'other';
  }
}

function platformOfSymbol(symbol: TsSymbol | undefined): Platform | undefined {
  if (!symbol) return undefined;
  if (!/^(Base)?Anthropic/.test(symbol.getName())) return undefined;
  for (const decl of symbol.declarations ?? []) {
    const m = /[\\/]@anthropic-ai[\\/]([\w-]+)[\\/]/.exec(decl.getSourceFile().fileName);
    if (m) return PACKAGE_PLATFORM[m[1]!] ?? 'unknown';
  }
  return undefined;
}
