import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic();

export async function run(tools) {
  return client.beta.messages.toolRunner({
    model: 'claude-opus-4-8',
    max_tokens: 4096,
    tools,
    messages: [{ role: 'user', content: 'Search for each animal, then call done.' }],
    compactionControl: { enabled: true, contextTokenThreshold: 5000 },
  });
}
