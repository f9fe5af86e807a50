/**
 * The text of a JSON request body, as an EditSource (src/fix/text-edits.ts):
 * where each member and container of the document is written, so that a
 * finding's pointer edits become text edits for `--fix`. It runs only on files
 * with something to fix, on text JSON.parse already accepted, and walks only
 * the containers on the way to the pointer it is asked about, without recursion.
 * Each container is split into its items once and remembered: a thousand findings
 * in one array cost one pass over it, not a thousand.
 */
import type { Pointer } from '../../engine/types.js';
import { get, split } from '../../engine/pointer.js';
import { jsonStringAt } from './scanner.js';
import { jsonKey, jsonLiteral, type EditSource, type Range, type SourceContainer, type SourceMember } from '../../fix/text-edits.js';

interface Item {
  key?: string;
  keyRange?: Range;
  value: Range;
}

const INDEX = /^(0|[1-9]\d*)$/;

const isJsonWs = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** Steps through one JSON text span; offsets are into the whole text. */
class JsonText {
  /** Items of the containers already walked, by the offset that opens them; for objects, the last item of each key too. */
  private readonly walked = new Map<number, { items: Item[]; byKey?: Map<string, Item> }>();

  constructor(
    readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  private skipWs(i: number): number {
    while (i < this.to && isJsonWs(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** From an opening quote to just after its closing quote. */
  private skipString(i: number): number {
    for (let at = i + 1; ; ) {
      const q = this.text.indexOf('"', at);
      if (q === -1 || q >= this.to) return this.to;
      let backslashes = 0;
      while (this.text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) return q + 1;
      at = q + 1;
    }
  }

  /** From the start of a value to just after it. */
  private skipValue(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 0x22) return this.skipString(i);
    if (c === 0x7b || c === 0x5b) {
      let depth = 0;
      while (i < this.to) {
        const d = text.charCodeAt(i);
        if (d === 0x22) {
          i = this.skipString(i);
          continue;
        }
        if (d === 0x7b || d === 0x5b) depth++;
        else if (d === 0x7d || d === 0x5d) {
          depth--;
          if (depth === 0) return i + 1;
        }
        i++;
      }
      return this.to;
    }
    // A number or a literal: up to the next delimiter (, } ] or whitespace).
    for (; i < this.to; i++) {
      const d = text.charCodeAt(i);
      if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x09 || d === 0x0d || d === 0x0a) break;
    }
    return i;
  }

  /** The members or elements of the container that starts at `start` (split once). */
  items(start: number): Item[] {
    return this.container(start).items;
  }

  private container(start: number): { items: Item[]; byKey?: Map<string, Item> } {
    let hit = this.walked.get(start);
    if (!hit) {
      const items = this.split(start);
      if (this.text.charCodeAt(start) === 0x7b) {
        // JSON.parse keeps the last of duplicate keys: so does this.
        const byKey = new Map<string, Item>();
        for (const m of items) byKey.set(m.key!, m);
        hit = { items, byKey };
      } else {
        hit = { items };
      }
      this.walked.set(start, hit);
    }
    return hit;
  }

  private split(start: number): Item[] {
    const isObject = this.text[start] === '{';
    const out: Item[] = [];
    let i = this.skipWs(start + 1);
    if (this.text[i] === '}' || this.text[i] === ']') return out;
    for (;;) {
      if (isObject) {
        const keyStart = i;
        const keyEnd = this.skipString(i);
        i = this.skipWs(this.skipWs(keyEnd) + 1); // past ':'
        const valueEnd = this.skipValue(i);
        out.push({ key: jsonStringAt(this.text, keyStart, keyEnd), keyRange: [keyStart, keyEnd], value: [i, valueEnd] });
        i = valueEnd;
      } else {
        const valueEnd = this.skipValue(i);
        out.push({ value: [i, valueEnd] });
        i = valueEnd;
      }
      i = this.skipWs(i);
      if (this.text[i] !== ',') return out;
      i = this.skipWs(i + 1);
    }
  }

  private rootRange: Range | undefined;

  private root(): Range {
    if (!this.rootRange) {
      // JSON.parse accepted the span: the document is all of it but the whitespace around it (no pass over the text).
      const start = this.skipWs(this.from);
      let end = this.to;
      while (end > start && isJsonWs(this.text.charCodeAt(end - 1))) end--;
      this.rootRange = [start, end];
    }
    return this.rootRange;
  }

  /** The value at `pointer`, and the member or element that holds it. */
  resolve(pointer: Pointer): { value: Range; item?: Item } | undefined {
    let value: Range = this.root();
    let item: Item | undefined;
    for (const token of split(pointer)) {
      const open = this.text[value[0]];
      if (open === '{') {
        item = this.container(value[0]).byKey!.get(token);
      } else if (open === '[') {
        item = INDEX.test(token) ? this.items(value[0])[Number(token)] : undefined;
      } else {
        item = undefined;
      }
      if (!item) return undefined;
      value = item.value;
    }
    return item ? { value, item } : { value };
  }
}

/** An EditSource over the JSON document in `text[from, to)` (the whole file, or one JSONL line). */
export function jsonTextEditSource(text: string, from: number, to: number, payload: unknown): EditSource {
  const json = new JsonText(text, from, to);
  return {
    text,
    padBraces: false,
    keyText: jsonKey,
    valueText: (value) => jsonLiteral(value),
    valueAt: (pointer) => get(payload, pointer),
    member(pointer): SourceMember | undefined {
      const hit = json.resolve(pointer);
      if (!hit?.item?.keyRange) return undefined;
      return { range: [hit.item.keyRange[0], hit.value[1]], keyRange: hit.item.keyRange, valueRange: hit.value, shorthand: false, literalValue: true };
    },
    container(pointer): SourceContainer | undefined {
      const hit = json.resolve(pointer);
      if (!hit) return undefined;
      const open = text[hit.value[0]];
      if (open !== '{' && open !== '[') return undefined;
      return {
        kind: open === '{' ? 'object' : 'array',
        range: hit.value,
        items: json.items(hit.value[0]).map((m) => ({ range: [m.keyRange ? m.keyRange[0] : m.value[0], m.value[1]] as Range, spread: false, literal: true })),
      };
    },
  };
}
