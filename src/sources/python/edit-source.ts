/**
 * The literal source of a Python call's payload, as an EditSource
 * (src/fix/text-edits.ts): keyword arguments are renamed as names
 * (`max_token=` → `max_tokens=`), dict keys as strings in their own quote,
 * values written as Python (`True`, `None`). A fix whose result does not parse
 * is not applied (`accepts`).
 */
import type { Pointer } from '../../engine/types.js';
import { get, parent } from '../../engine/pointer.js';
import { isFullyKnown } from '../../engine/partial.js';
import { applyTextEdits, type EditSource, type SourceContainer, type SourceMember, type TextEdit } from '../../fix/text-edits.js';
import type { PyCallSite } from './extract.js';
import type { ContainerInfo } from './evaluate.js';
import { firstError, parsePython } from './syntax.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

function pyString(value: string, quote: '"' | "'"): string {
  const json = JSON.stringify(value);
  const body = json.slice(1, -1);
  return quote === '"' ? json : `'${body.replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A JSON value written as Python, or undefined when not fully known. */
export function pyLiteral(value: unknown, quote: '"' | "'" = '"'): string | undefined {
  if (!isFullyKnown(value)) return undefined;
  const write = (v: unknown): string | undefined => {
    if (v === null) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
    if (typeof v === 'string') return pyString(v, quote);
    if (Array.isArray(v)) {
      const p = v.map(write);
      return p.some((x) => x === undefined) ? undefined : `[${p.join(', ')}]`;
    }
    if (typeof v === 'object') {
      const p: string[] = [];
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        const t = write(x);
        if (t === undefined) return undefined;
        p.push(`${pyString(k, quote)}: ${t}`);
      }
      return `{${p.join(', ')}}`;
    }
    return undefined;
  };
  return write(value);
}

export function pythonEditSource(site: PyCallSite, text: string): EditSource {
  const keywordsAt = (pointer: Pointer): boolean | undefined => site.containerFor(parent(pointer))?.keywords;
  const container = (info: ContainerInfo | undefined): SourceContainer | undefined => {
    if (!info) return undefined;
    return { kind: info.kind, range: [info.node.from, info.node.to], items: info.items };
  };
  return {
    text,
    padBraces: false,
    keyText: (key, pointer) => (pointer !== undefined && keywordsAt(pointer) ? key : JSON.stringify(key)),
    entryText: (key, valueText, pointer) => {
      if (!keywordsAt(pointer)) return undefined;
      return IDENTIFIER.test(key) && !KEYWORDS.has(key) ? `${key}=${valueText}` : null;
    },
    valueText: (value, quote) => pyLiteral(value, quote ?? '"'),
    valueAt: (pointer) => get(site.payload, pointer),
    member(pointer): SourceMember | undefined {
      const m = site.memberFor(pointer);
      if (!m || !m.range) return undefined;
      if (m.keyword && !keywordsAt(pointer)) return undefined;
      return { range: m.range, keyRange: m.keyRange, valueRange: [m.valueNode.from, m.valueNode.to], shorthand: false, literalValue: m.literal, ...(m.quote ? { quote: m.quote } : {}) };
    },
    container: (pointer) => container(site.containerFor(pointer)),
    // The fixed file must still be Python: edits land inside the call, so the call alone is parsed again.
    accepts: (edits: readonly TextEdit[]) => {
      const [from, to] = [site.call.from, site.call.to];
      if (edits.some((e) => e.range[0] < from || e.range[1] > to)) return false;
      const shifted = edits.map((e) => ({ range: [e.range[0] - from, e.range[1] - from] as const, text: e.text }));
      return firstError(parsePython(`(${applyTextEdits(text.slice(from, to), shifted)})\n`)) === undefined;
    },
  };
}
