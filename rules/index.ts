/**
 * The registry: every check, registered once. The engine runs them on every
 * payload; the ESLint plugin exposes each as `lint-payloads/<id>`.
 * Keep each group sorted by id.
 */
import type { Rule } from '../src/engine/rule.js';
import requestSchema from './request-schema.js';
// --- model, sampling, thinking and effort rules (imports) ---
import effortModelSupport from './effort-model-support.js';
import fastModeModelSupport from './fast-mode-model-support.js';
import forcedToolChoice from './forced-tool-choice.js';
import maxTokensLimit from './max-tokens-limit.js';
import noDeprecatedModel from './no-deprecated-model.js';
import noDeprecatedThinking from './no-deprecated-thinking.js';
import noRetiredModel from './no-retired-model.js';
import noSamplingParams from './no-sampling-params.js';
import noUnknownModel from './no-unknown-model.js';
import prefillSupport from './prefill-support.js';
import samplingParamsModel from './sampling-params-model.js';
import samplingParamsRange from './sampling-params-range.js';
import sdkLongRequest from './sdk-long-request.js';
import sdkOutputFormatConflict from './sdk-output-format-conflict.js';
import serverToolModelSupport from './server-tool-model-support.js';
import thinkingBudget from './thinking-budget.js';
import thinkingModelSupport from './thinking-model-support.js';
import unrecognizedModel from './unrecognized-model.js';
// --- conversation, tool and caching rules (imports) ---
import blockRolePlacement from './block-role-placement.js';
import browserStatePlacement from './browser-state-placement.js';
import cacheControlEmptyText from './cache-control-empty-text.js';
import cacheControlLimit from './cache-control-limit.js';
import cacheControlTtlOrder from './cache-control-ttl-order.js';
import compactionBlocks from './compaction-blocks.js';
import compactionVsContextManagement from './compaction-vs-context-management.js';
import fallbacksVsFallbackCreditToken from './fallbacks-vs-fallback-credit-token.js';
import finalAssistantTrailingThinking from './final-assistant-trailing-thinking.js';
import finalAssistantTrailingWhitespace from './final-assistant-trailing-whitespace.js';
import firstMessageUser from './first-message-user.js';
import messageContentNonEmpty from './message-content-non-empty.js';
import noAssistantDocument from './no-assistant-document.js';
import noUserCitations from './no-user-citations.js';
import outputFormatSchema from './output-format-schema.js';
import serverToolResultPairing from './server-tool-result-pairing.js';
import systemMessageRole from './system-message-role.js';
import textBlockNonEmpty from './text-block-non-empty.js';
import thinkingBlockOrder from './thinking-block-order.js';
import threadUnsupportedFields from './thread-unsupported-fields.js';
import toolChoiceDefined from './tool-choice-defined.js';
import toolInputSchema from './tool-input-schema.js';
import toolLoopThinkingStart from './tool-loop-thinking-start.js';
import toolNameUnique from './tool-name-unique.js';
import toolResultPairing from './tool-result-pairing.js';
import toolUseIdUnique from './tool-use-id-unique.js';
import toolsetDeferLoading from './toolset-defer-loading.js';
import webSearchDomainFilters from './web-search-domain-filters.js';
// --- media, batch, size and credential rules (imports) ---
import batchBillingPolicy from './batch-billing-policy.js';
import batchCustomIdUnique from './batch-custom-id-unique.js';
import batchSizeLimits from './batch-size-limits.js';
import documentSource from './document-source.js';
import imageCountLimit from './image-count-limit.js';
import imageDimensions from './image-dimensions.js';
import imageSource from './image-source.js';
import noApiKeyLiteral from './no-api-key-literal.js';
import requestSizeLimit from './request-size-limit.js';
// --- comments ---
import unknownDisableRule from './unknown-disable-rule.js';
import unusedDisableDirective from './unused-disable-directive.js';
// --- file shape ---
import jsonlRequestLine from './jsonl-request-line.js';

export const RULES: readonly Rule[] = [
  requestSchema,
  // --- model, sampling, thinking and effort rules ---
  effortModelSupport,
  fastModeModelSupport,
  forcedToolChoice,
  maxTokensLimit,
  noDeprecatedModel,
  noDeprecatedThinking,
  noRetiredModel,
  noSamplingParams,
  noUnknownModel,
  prefillSupport,
  samplingParamsModel,
  samplingParamsRange,
  sdkLongRequest,
  sdkOutputFormatConflict,
  serverToolModelSupport,
  thinkingBudget,
  thinkingModelSupport,
  unrecognizedModel,
  // --- conversation, tool and caching rules ---
  blockRolePlacement,
  browserStatePlacement,
  cacheControlEmptyText,
  cacheControlLimit,
  cacheControlTtlOrder,
  compactionBlocks,
  compactionVsContextManagement,
  fallbacksVsFallbackCreditToken,
  finalAssistantTrailingThinking,
  finalAssistantTrailingWhitespace,
  firstMessageUser,
  messageContentNonEmpty,
  noAssistantDocument,
  noUserCitations,
  outputFormatSchema,
  serverToolResultPairing,
  systemMessageRole,
  textBlockNonEmpty,
  thinkingBlockOrder,
  threadUnsupportedFields,
  toolChoiceDefined,
  toolInputSchema,
  toolLoopThinkingStart,
  toolNameUnique,
  toolResultPairing,
  toolUseIdUnique,
  toolsetDeferLoading,
  webSearchDomainFilters,
  // --- media, batch, size and credential rules ---
  batchBillingPolicy,
  batchCustomIdUnique,
  batchSizeLimits,
  documentSource,
  imageCountLimit,
  imageDimensions,
  imageSource,
  noApiKeyLiteral,
  requestSizeLimit,
  // --- comments ---
  unknownDisableRule,
  unusedDisableDirective,
  // --- file shape ---
  jsonlRequestLine,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
/** Every rule id: a disable comment naming another is reported. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());
