/**
 * An oracle for the JSON text walker (src/sources/json): JSON Pointers resolved
 * on @eslint/json's own AST (a Momoa Document), to report at and to edit. The
 * plugin once did this itself; both front ends now use src/sources/json, and the
 * tests hold it to what @eslint/json's parser sees.
 */
import type { Pointer } from '../../src/engine/types.js';
import { get, parent, split } from '../../src/engine/pointer.js';
import { jsonKey, jsonLiteral, type EditSource, type Range, type SourceContainer, type SourceMember } from '../../src/fix/text-edits.js';

interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface MomoaNode {
  type: string;
  loc: { start: Position; end: Position };
  range?: [number, number];
}

interface MomoaString extends MomoaNode {
  type: 'String';
  value: string;
}

interface MomoaIdentifier extends MomoaNode {
  type: 'Identifier';
  name: string;
}

export interface MomoaMember extends MomoaNode {
  type: 'Member';
  name: MomoaString | MomoaIdentifier;
  value: MomoaNode;
}

interface MomoaObject extends MomoaNode {
  type: 'Object';
  members: MomoaMember[];
}

interface MomoaElement extends MomoaNode {
  type: 'Element';
  value: MomoaNode;
}

interface MomoaArray extends MomoaNode {
  type: 'Array';
  elements: MomoaElement[];
}

export interface MomoaDocument extends MomoaNode {
  type: 'Document';
  body: MomoaNode;
}

export function isMomoaDocument(ast: unknown): ast is MomoaDocument {
  return typeof ast === 'object' && ast !== null && (ast as { type?: unknown }).type === 'Document' && 'body' in ast;
}

function memberName(member: MomoaMember): string {
  return member.name.type === 'String' ? member.name.value : member.name.name;
}

function rangeOf(node: MomoaNode): Range {
  return node.range ?? [node.loc.start.offset, node.loc.end.offset];
}

interface Resolved {
  node: MomoaNode;
  /** The member holding `node`, when `node` is an object member's value. */
  member?: MomoaMember;
}

/** The node at `pointer`, or undefined when the document has no such value. */
export function resolvePointer(document: MomoaDocument, pointer: Pointer): Resolved | undefined {
  let current: Resolved = { node: document.body };
  for (const token of split(pointer)) {
    const node = current.node;
    if (node.type === 'Object') {
      // JSON.parse keeps the last of duplicate keys; so does this.
      const members = (node as MomoaObject).members;
      let found: MomoaMember | undefined;
      for (let i = members.length - 1; i >= 0; i--) {
        if (memberName(members[i]!) === token) {
          found = members[i];
          break;
        }
      }
      if (!found) return undefined;
      current = { node: found.value, member: found };
    } else if (node.type === 'Array') {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      const element = (node as MomoaArray).elements[Number(token)];
      if (!element) return undefined;
      current = { node: element.value };
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * Where to report a finding: the key or the value at `pointer`; for a missing
 * member, the opening brace of the object it belongs in (as the CLI does).
 */
export function reportLocation(document: MomoaDocument, pointer: Pointer, target: 'key' | 'value'): MomoaNode['loc'] {
  const hit = resolvePointer(document, pointer);
  if (hit) return (target === 'key' && hit.member ? hit.member.name : hit.node).loc;
  let p = pointer;
  while (p !== '') {
    p = parent(p);
    const ancestor = resolvePointer(document, p);
    if (ancestor) {
      const start = ancestor.node.loc.start;
      return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } };
    }
  }
  const start = document.body.loc.start;
  return { start, end: { line: start.line, column: start.column + 1, offset: start.offset + 1 } };
}

/** The file as an EditSource for fixes.ts; `payload` is the body the engine checked (to recognise moved values). */
export function jsonEditSource(document: MomoaDocument, text: string, payload?: unknown): EditSource {
  return {
    text,
    ...(payload !== undefined ? { valueAt: (pointer: Pointer) => get(payload, pointer) } : {}),
    padBraces: false,
    keyText: jsonKey,
    valueText: (value) => jsonLiteral(value),
    member(pointer): SourceMember | undefined {
      const hit = resolvePointer(document, pointer);
      if (!hit?.member) return undefined;
      return { range: rangeOf(hit.member), keyRange: rangeOf(hit.member.name), valueRange: rangeOf(hit.node), shorthand: false, literalValue: true };
    },
    container(pointer): SourceContainer | undefined {
      const hit = resolvePointer(document, pointer);
      if (!hit) return undefined;
      if (hit.node.type === 'Object') {
        return { kind: 'object', range: rangeOf(hit.node), items: (hit.node as MomoaObject).members.map((m) => ({ range: rangeOf(m), spread: false, literal: true })) };
      }
      if (hit.node.type === 'Array') {
        return { kind: 'array', range: rangeOf(hit.node), items: (hit.node as MomoaArray).elements.map((e) => ({ range: rangeOf(e), spread: false, literal: true })) };
      }
      return undefined;
    },
  };
}
