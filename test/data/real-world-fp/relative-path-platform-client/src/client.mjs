import { BaseAnthropic } from '@anthropic-ai/sdk/client';

/** Stands for the Vertex client class the SDK's vertex package defines. */
export class AnthropicVertex extends BaseAnthropic {}
