/**
 * Fixture for the type-aware ESLint tests: a client made in another module, so
 * the file under test neither imports an Anthropic SDK nor names it; only type
 * information tells that `makeClient()` returns one.
 */
import Anthropic from '@anthropic-ai/sdk';

export function makeClient(): Anthropic {
  return new Anthropic({ apiKey: 'placeholder' });
}
