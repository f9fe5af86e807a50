/**
 * perBody: a view computed once per body and shared by the rules that run on it
 * (one slot: the engine finishes a body before the next).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { perBody } from '../../src/engine/per-body.js';
import { conversationRuns, knownMessages } from '../../rules/helpers/conversation.js';

describe('perBody', () => {
  it('computes once for repeated asks about one body, again for another, and again when an earlier one comes back', () => {
    const seen: string[] = [];
    const view = perBody((body: { id: string }) => (seen.push(body.id), { of: body.id }));
    const a = { id: 'a' };
    const b = { id: 'b' };
    const first = view(a);
    assert.equal(view(a), first);
    assert.deepEqual(view(b), { of: 'b' });
    assert.deepEqual(view(a), { of: 'a' });
    assert.deepEqual(seen, ['a', 'b', 'a']);
  });

  it('a value that computes to undefined is remembered too', () => {
    let calls = 0;
    const view = perBody((_body: object) => (calls++, undefined));
    const body = {};
    view(body);
    view(body);
    assert.equal(calls, 1);
  });

  it('the conversation views answer for the body asked about when bodies alternate', () => {
    const one = { messages: [{ role: 'user', content: 'hi' }] };
    const two = { messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'b' }, { role: 'user', content: 'c' }] };
    assert.equal(knownMessages(one).length, 1);
    assert.equal(knownMessages(two).length, 3);
    assert.equal(knownMessages(one).length, 1);
    assert.equal(conversationRuns(two)[0]!.turns.length, 3);
    assert.equal(conversationRuns(one)[0]!.turns.length, 1);
    assert.equal(knownMessages(two), knownMessages(two));
  });
});
