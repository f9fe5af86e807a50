import type { Formatter } from './formatter.js';
import { stylish } from './stylish.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { github } from './github.js';

export const FORMATS: Record<string, Formatter> = { stylish, json, sarif, github };
export type { Formatter, FormatContext } from './formatter.js';
