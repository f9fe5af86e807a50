import type { Formatter } from './formatter.js';
import { stylish, stylishStream } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github, githubStream } from './github.js';

import type { StreamingFormatter } from './formatter.js';

export const FORMATS: Record<string, Formatter> = { stylish, json, sarif, github };
/** The formats that can print a file's result as it comes (json and SARIF are one document: they keep every result). */
export const FORMAT_STREAMS: Record<string, StreamingFormatter> = { stylish: stylishStream, github: githubStream };
export type { Formatter, FormatContext, FormatStream, StreamingFormatter } from './formatter.js';
