/** RFC 6901 JSON Pointers. */
import type { Pointer } from './types.js';

export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // Hot path (rules build pointers for every block): most keys need no escaping.
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  if (token.indexOf('~') === -1) return token;
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function join(base: Pointer, ...tokens: (string | number)[]): Pointer {
  let out = base;
  for (const t of tokens) out += '/' + escapeToken(t);
  return out;
}

export function split(pointer: Pointer): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeToken);
}

export function parent(pointer: Pointer): Pointer {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

export function lastToken(pointer: Pointer): string | undefined {
  const parts = split(pointer);
  return parts[parts.length - 1];
}

/** Own-property lookup: never reads inherited members like `constructor`. */
export function get(root: unknown, pointer: Pointer): unknown {
  let node = root;
  for (const token of split(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    }
  }
  return node;
}

/** `messages.0.content.1.text`: the path format of the API's own error messages. */
export function toApiPath(pointer: Pointer): string {
  return split(pointer).join('.') || 'body';
}

/** `messages[0].content[1].text`: how a person reads the path. */
export function toReadablePath(pointer: Pointer): string {
  let out = '';
  for (const t of split(pointer)) {
    if (/^(0|[1-9]\d*)$/.test(t)) out += `[${t}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(t)) out += out ? `.${t}` : t;
    else out += `[${JSON.stringify(t)}]`;
  }
  return out || 'the request body';
}
