/** Whole fixes on one text: in order, never two that overlap or touch in one pass. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes } from '../../src/fix/apply-fixes.js';

describe('applyFixes', () => {
  const text = '0123456789';
  it('applies disjoint fixes, each with all of its edits', () => {
    assert.equal(applyFixes(text, [[{ range: [8, 9], text: 'X' }], [{ range: [0, 1], text: 'A' }, { range: [3, 3], text: '+' }]]), 'A12+34567X9');
  });
  it('defers a fix that overlaps or touches one already taken (the next pass checks it again)', () => {
    assert.equal(applyFixes(text, [[{ range: [2, 5], text: '' }], [{ range: [4, 6], text: 'Y' }]]), '0156789');
    assert.equal(applyFixes(text, [[{ range: [2, 5], text: '' }], [{ range: [5, 6], text: 'Y' }]]), '0156789');
    // A fix that spans others (a move) takes its whole span.
    assert.equal(applyFixes(text, [[{ range: [1, 2], text: '' }, { range: [8, 8], text: '1' }], [{ range: [5, 6], text: 'Z' }]]), '02345671' + '89');
  });
  it('no fixes, or only empty ones: the same text', () => {
    assert.equal(applyFixes(text, []), text);
    assert.equal(applyFixes(text, [[]]), text);
  });
});
