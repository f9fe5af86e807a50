import { VERSION } from '@anthropic-ai/sdk/version';
import { AnthropicVertex } from '../src/client.mjs';

const client = new AnthropicVertex({ region: 'us-east5', projectId: 'my-project', accessToken: 'token' });

export async function sendOne() {
  console.log(`SDK ${VERSION}`);
  return client.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Test message' }],
  });
}
