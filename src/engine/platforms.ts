/**
 * The platforms a request may go to, in one table: rules name them in
 * `meta.platforms` (the engine skips a rule on the others), and messages name
 * them from here. A platform added to `Platform` (rule.ts) fails to compile until
 * it is here.
 */
import type { Platform } from './rule.js';

export const PLATFORMS = {
  anthropic: { name: 'the Claude API' },
  bedrock: { name: 'Amazon Bedrock' },
  vertex: { name: 'Google Cloud Vertex AI' },
  cloud: { name: 'the platform this body is for (Amazon Bedrock or Google Cloud Vertex AI)' },
  foundry: { name: 'Microsoft Foundry' },
  gateway: { name: 'an Anthropic-compatible gateway' },
  unknown: { name: 'a platform not known' },
} as const satisfies Record<Platform, { name: string }>;

export const PLATFORM_IDS = Object.keys(PLATFORMS) as Platform[];
