import Anthropic from '@anthropic-ai/sdk';

export async function rank(prompt) {
  const client = new Anthropic({
    apiKey: process.env.OPENROUTER_API_KEY,
    baseURL: process.env.ANTHROPIC_BASE_URL || 'https://openrouter.ai/api/v1',
  });
  return client.messages.create({
    model: 'qwen/qwen3-6b',
    max_tokens: 400,
    messages: [{ role: 'user', content: prompt }],
  });
}
