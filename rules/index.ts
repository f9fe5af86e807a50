/**
 * The registry: every check, registered once. The engine runs them on every
 * payload; the ESLint plugin exposes each as `lint-payloads/<id>`.
 */
import type { Rule } from '../src/engine/rule.js';
import requestSchema from './request-schema.js';

export const RULES: readonly Rule[] = [requestSchema];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
