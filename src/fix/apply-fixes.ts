/**
 * Applies whole fixes to a text, as ESLint does in one pass: fixes in order of
 * their first edit; a fix that overlaps one already taken waits for the next
 * pass (after the text is checked again), so no two edits ever collide.
 */
import { applyTextEdits, type TextEdit } from './text-edits.js';

function span(fix: readonly TextEdit[]): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const e of fix) {
    start = Math.min(start, e.range[0]);
    end = Math.max(end, e.range[1]);
  }
  return [start, end];
}

export function applyFixes(text: string, fixes: readonly (readonly TextEdit[])[]): string {
  const ordered = fixes.filter((f) => f.length > 0).map((f) => ({ fix: f, span: span(f) }));
  ordered.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const taken: TextEdit[] = [];
  let end = -1;
  for (const { fix, span: [start, stop] } of ordered) {
    // Touching is overlapping too: two insertions at one offset would land in either order.
    if (start <= end) continue;
    taken.push(...fix);
    end = stop;
  }
  return taken.length ? applyTextEdits(text, taken) : text;
}
