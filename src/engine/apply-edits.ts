/**
 * Applies a finding's edits to a payload value (a copy): used by tests to check
 * that fixes and suggestions produce the intended body, and by front ends that
 * rewrite whole documents.
 */
import type { Edit } from './types.js';
import { split } from './pointer.js';

function container(root: unknown, tokens: string[]): unknown {
  let node = root;
  for (const t of tokens) node = (node as Record<string, unknown>)[t];
  return node;
}

export function applyEdits<T>(payload: T, edits: readonly Edit[]): T {
  const copy = structuredClone(payload);
  let root: unknown = copy;
  // Later array indices first, so removing [3] does not shift [5].
  const ordered = [...edits].sort((a, b) => (b.pointer > a.pointer ? 1 : b.pointer < a.pointer ? -1 : 0));
  for (const edit of ordered) {
    const tokens = split(edit.pointer);
    const key = tokens.pop();
    if (key === undefined) {
      if (edit.op === 'replace') root = structuredClone(edit.value);
      continue;
    }
    const parent = container(root, tokens) as Record<string, unknown> | unknown[];
    if (Array.isArray(parent)) {
      const i = key === '-' ? parent.length : Number(key);
      if (edit.op === 'remove') parent.splice(i, 1);
      else if (edit.op === 'add') parent.splice(i, 0, structuredClone(edit.value));
      else if (edit.op === 'replace') parent[i] = structuredClone(edit.value);
      continue;
    }
    switch (edit.op) {
      case 'remove':
        delete parent[key];
        break;
      case 'add':
      case 'replace':
        parent[key] = structuredClone(edit.value);
        break;
      case 'rename': {
        // Keep the member's position: rebuild the object in order.
        const entries = Object.entries(parent).map(([k, v]) => (k === key ? [edit.key, v] : [k, v]) as [string, unknown]);
        for (const k of Object.keys(parent)) delete parent[k];
        for (const [k, v] of entries) parent[k] = v;
        break;
      }
    }
  }
  return root as T;
}
