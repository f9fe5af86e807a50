/**
 * The registry: every check, registered once. The engine runs them on every
 * payload; the ESLint plugin exposes each as `lint-payloads/<id>`.
 * Keep each group sorted by id.
 */
import type { Rule } from '../src/engine/rule.js';
import requestSchema from './request-schema.js';
// --- model, sampling, thinking and effort rules (imports) ---
// --- conversation, tool and caching rules (imports) ---
import serverToolResultPairing from './server-tool-result-pairing.js';
import systemMessageRole from './system-message-role.js';
import toolResultPairing from './tool-result-pairing.js';
// --- media, batch, size and credential rules (imports) ---
import imageDimensions from './image-dimensions.js';
import imageSource from './image-source.js';

export const RULES: readonly Rule[] = [
  requestSchema,
  // --- model, sampling, thinking and effort rules ---
  // --- conversation, tool and caching rules ---
  serverToolResultPairing,
  systemMessageRole,
  toolResultPairing,
  // --- media, batch, size and credential rules ---
  imageDimensions,
  imageSource,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
