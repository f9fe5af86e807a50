/**
 * A deterministic corpus of realistic request files for the benchmarks: mostly
 * valid Messages bodies of varied size (multi-turn chats, system prompts, tool
 * definitions and tool_use/tool_result turns, small images), a share with the
 * mistakes people make, plus a few JSONL batch files.
 */
import fs from 'node:fs';
import path from 'node:path';

/** mulberry32: the same corpus on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'the a model request answer tool weather city forecast user assistant please summarize document report revenue quarter growth customer support ticket refund order shipping status translate french english code review function bug test'.split(' ');
const MODELS = ['claude-sonnet-5-5', 'claude-opus-5-5', 'claude-haiku-5-5', 'claude-haiku-4-5', 'claude-opus-4-6', 'claude-sonnet-4-6'];
// A real 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export interface CorpusInfo {
  dir: string;
  jsonFiles: string[];
  jsonlFiles: string[];
  invalid: number;
}

export function requestGenerator(random: () => number): { body: () => Record<string, unknown>; breakIt: (b: Record<string, unknown>) => void } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const text = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const body = (): Record<string, unknown> => {
    const turns = 1 + Math.floor(random() * 8);
    const messages: unknown[] = [];
    const withTools = random() < 0.35;
    for (let t = 0; t < turns; t++) {
      messages.push({ role: 'user', content: random() < 0.15 ? [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG } }, { type: 'text', text: text(20) }] : text(10 + Math.floor(random() * 120)) });
      if (t < turns - 1) {
        if (withTools && random() < 0.5) {
          const id = `toolu_${t}_${Math.floor(random() * 1e9)}`;
          messages.push({ role: 'assistant', content: [{ type: 'text', text: text(8) }, { type: 'tool_use', id, name: 'get_weather', input: { city: pick(WORDS) } }] });
          messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: text(15) }] });
        } else {
          messages.push({ role: 'assistant', content: text(20 + Math.floor(random() * 200)) });
        }
      }
    }
    const b: Record<string, unknown> = { model: pick(MODELS), max_tokens: pick([256, 1024, 2048, 4096, 8192]), messages };
    if (random() < 0.6) b.system = random() < 0.5 ? text(50 + Math.floor(random() * 400)) : [{ type: 'text', text: text(300), cache_control: { type: 'ephemeral' } }];
    if (withTools) {
      b.tools = [
        { name: 'get_weather', description: text(12), input_schema: { type: 'object', properties: { city: { type: 'string', description: text(5) }, unit: { type: 'string', enum: ['c', 'f'] } }, required: ['city'] } },
        ...(random() < 0.5 ? [{ type: 'web_search_20250305', name: 'web_search', max_uses: 3 }] : []),
      ];
      if (random() < 0.3) b.tool_choice = { type: 'auto' };
    }
    if (random() < 0.2) b.stop_sequences = ['\n\nHuman:'];
    if (random() < 0.1) b.metadata = { user_id: `u_${Math.floor(random() * 1e6)}` };
    return b;
  };

  const breakIt = (b: Record<string, unknown>): void => {
    const r = random();
    if (r < 0.2) {
      b.max_token = b.max_tokens;
      delete b.max_tokens;
    } else if (r < 0.35) b.max_tokens = String(b.max_tokens);
    else if (r < 0.5) b.temperature = 0.7;
    else if (r < 0.65) b.model = pick(['claude-3-sonnet', 'claude-3-5-sonnet-20241022', 'claude-opus-4.6']);
    else if (r < 0.8) (b.messages as unknown[]).push({ role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_x', name: 'get_weather', input: {} }] }, { role: 'user', content: 'and?' });
    else b.stop = ['END'];
  };
  return { body, breakIt };
}

export function buildCorpus(dir: string, count = 5000, seed = 20261126): CorpusInfo {
  const random = rng(seed);
  const { body, breakIt } = requestGenerator(random);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const jsonFiles: string[] = [];
  const jsonlFiles: string[] = [];
  let invalid = 0;

  for (let i = 0; i < count; i++) {
    const b = body();
    if (random() < 0.3) {
      breakIt(b);
      invalid++;
    }
    const file = path.join(dir, `${String(Math.floor(i / 500)).padStart(2, '0')}`, `request-${String(i).padStart(5, '0')}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(b, null, 2) + '\n');
    jsonFiles.push(file);
  }
  for (let j = 0; j < 10; j++) {
    const lines = Array.from({ length: 50 }, (_, k) => JSON.stringify({ custom_id: `req-${j}-${k}`, params: body() }));
    const file = path.join(dir, 'batches', `batch-${j}.jsonl`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, lines.join('\n') + '\n');
    jsonlFiles.push(file);
  }
  return { dir, jsonFiles, jsonlFiles, invalid };
}

/**
 * A Message Batches file (`.jsonl`, one `{custom_id, params}` per line) of `lines`
 * requests, 10 % with a mistake; written in pieces, never held whole.
 */
export function buildBatch(file: string, lines: number, seed = 20261207): { bytes: number; invalid: number } {
  const random = rng(seed);
  const { body, breakIt } = requestGenerator(random);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let invalid = 0;
  let piece: string[] = [];
  const flush = (): void => {
    const text = piece.join('');
    bytes += Buffer.byteLength(text);
    fs.writeSync(fd, text);
    piece = [];
  };
  for (let i = 0; i < lines; i++) {
    const params = body();
    // Batch jobs are mostly single-turn (classification, extraction, summaries): 100,000 such requests stay under the 256 MB file limit.
    params.messages = (params.messages as unknown[]).slice(0, 1);
    if (random() < 0.1) {
      breakIt(params);
      invalid++;
    }
    piece.push(JSON.stringify({ custom_id: `req-${i}`, params }) + '\n');
    if (piece.length === 1000) flush();
  }
  flush();
  fs.closeSync(fd);
  return { bytes, invalid };
}
