import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: 'my-anthropic-api-key', baseURL: process.env.TEST_API_BASE_URL });

export async function createWithAllParams() {
  return client.messages.create({
    model: 'claude-opus-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Hello, world' }],
    temperature: 1,
  });
}
