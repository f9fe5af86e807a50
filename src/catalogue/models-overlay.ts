/**
 * The hand-kept half of the model catalogue: what the SDK does not carry (limits,
 * thinking modes, sampling, prefill, effort, fast mode, platform differences,
 * release dates, the ids that never existed) and the retirement dates the SDK
 * stops listing once a model is gone. The SDK's half (its Model ids, aliases and
 * end-of-life dates) is generated into sdk-models.generated.ts; models-data.ts
 * merges the two, and test/catalogue/sdk-coverage.test.ts fails when the SDK
 * gains, drops or re-dates a model this overlay does not cover.
 *
 * Gathered from shared/reference/models.json, then updated by hand (OVERLAY_AS_OF
 * is the day it was last checked). Each entry lists its sources. `null` means
 * unconfirmed: checks treat it as "don't know" and stay silent. Every fact that
 * holds only between two days is a dated field (release_date, deprecation_date,
 * retirement_date, features.fast_mode_until …) so that --date moves it.
 */
import type { ModelEntry } from './catalogue-types.js';

export const OVERLAY_AS_OF = "2026-12-07";

/** Sources for the overlay as a whole (each entry lists its own). */
export const OVERLAY_SOURCES: readonly string[] = [
  "https://github.com/anthropics/anthropic-sdk-typescript (git history of DEPRECATED_MODELS, to 2026-08-19)",
  "https://platform.claude.com/docs/en/about-claude/model-deprecations",
  "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md",
  "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions",
  "https://platform.claude.com/docs/en/about-claude/models/overview",
  "https://platform.claude.com/docs/en/models/opus-5-5/overview",
  "https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5",
  "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
  "https://platform.claude.com/docs/en/models/opus-5/overview",
  "https://platform.claude.com/docs/en/models/sonnet-5/overview",
  "https://platform.claude.com/docs/en/models/opus-4-8/overview",
  "https://platform.claude.com/docs/en/models/opus-4-6/overview",
  "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
  "https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting",
  "https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html",
  "https://platform.claude.com/docs/de/models/fable-5/migration-guide",
  "https://platform.claude.com/docs/en/api/versioning",
  "https://platform.claude.com/docs/en/release-notes/overview"
];

export const OVERLAY: readonly ModelEntry[] = [
  {
    "id": "claude-opus-5-5",
    "family": "Claude Opus 5.5",
    "line": "opus",
    "kind": "dateless-id",
    "status": "active",
    "release_date": "2026-09-22",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": null,
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": 300000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": "always_on",
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "medium"
      },
      "forced_tool_choice": false,
      "between_tools": null,
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only",
      "thinking_blocks_bound_to_model_and_conversation": true,
      "computer_20251124": false
    },
    "notes": "Thinking cannot be disabled (disabled and enabled both 400). tool_choice any/tool returns 400. computer_20251124 not accepted on Claude API / Google Cloud. Default effort medium. Fast mode: generally available on the Claude API; the French release notes of 2026-10-22 also announce it on Claude models on Google Cloud (Anthropic-managed), where api-versions.md §6 said Claude API only.",
    "sources": [
      "https://platform.claude.com/docs/en/models/opus-5-5/overview",
      "https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.128.0)",
      "https://platform.claude.com/docs/fr/release-notes/overview.md (2026-10-22: fast mode for Opus 5.5 on Google Cloud, Anthropic-managed)",
      "https://platform.claude.com/docs/en/build-with-claude/fast-mode (checked 2026-12-07): available on Fable 5.2, Mythos 5.2, Opus 5.5; research preview on Opus 5; deprecated on Opus 4.8"
    ]
  },
  {
    "id": "claude-sonnet-5-5",
    "family": "Claude Sonnet 5.5",
    "line": "sonnet",
    "kind": "dateless-id",
    "status": "active",
    "release_date": "2026-09-28",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": null,
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": null,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": true,
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "between_tools": true,
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only",
      "xhigh_unconfirmed": true
    },
    "notes": "thinking.type 'disabled' is replaced by 'between_tools' (lowest setting). Release date from third-party report. xhigh support unconfirmed.",
    "sources": [
      "https://dev.to/persimmoq/claude-opus-55-sonnet-55-5-settings-that-return-400-when-you-only-change-the-model-name-5g36",
      "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.129.0)"
    ]
  },
  {
    "id": "claude-haiku-5-5",
    "family": "Claude Haiku 5.5",
    "line": "haiku",
    "kind": "dateless-id",
    "status": "active",
    "release_date": "2026-10-07",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": null,
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": null,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": true,
      "thinking_disabled": "only at effort <= high",
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "medium"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only",
      "thinking_blocks_bound_to_account": true,
      "xhigh_unconfirmed": true
    },
    "notes": "Newer tokenizer (~30% more tokens than Haiku 4.5). Pricing tiered at 100K prompt tokens. Thinking blocks only valid in the producing (or linked) account.",
    "sources": [
      "https://platform.claude.com/docs/en/models/haiku-5-5/overview",
      "https://docs.apiyi.com/en/live/2026-11/claude-thinking-guide-refresh",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.132.0)"
    ]
  },
  {
    "id": "claude-fable-5-2",
    "family": "Claude Fable 5.2",
    "line": "fable",
    "kind": "dateless-id",
    "status": "active",
    "release_date": "2026-11-09",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": null,
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": null,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": "always_on",
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "release_date is the SDK changelog date for 'add claude-fable-5-2' (unconfirmed as the official launch date). Specs from the current-lineup table ($8/$40, 1M, 128K, adaptive always on, default effort high). thinking_disabled=false and forced tool_choice behaviour assumed from Fable 5.1 (unconfirmed).",
    "sources": [
      "https://platform.claude.com/docs/id/models/opus-5/overview.md (current lineup table)",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (1.7.0)"
    ]
  },
  {
    "id": "claude-mythos-5-2",
    "family": "Claude Mythos 5.2",
    "line": "mythos",
    "kind": "dateless-id",
    "status": "active",
    "release_date": "2026-11-09",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": null,
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": null,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": "always_on",
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "Access-gated (Project Glasswing). Specs assumed equal to Fable 5.2 as with earlier Mythos/Fable pairs (unconfirmed). Release date = SDK changelog date (unconfirmed).",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (1.7.0)"
    ]
  },
  {
    "id": "claude-fable-5-1",
    "family": "Claude Fable 5.1",
    "line": "fable",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": null,
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-fable-5-2",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": null,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": "always_on",
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "forced_tool_choice": false,
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only",
      "thinking_blocks_bound_to_model_and_conversation": true
    },
    "notes": "Status 'legacy' inferred: the newest lineup tables list Fable 5.2 instead (unconfirmed). Released around 2026-09-22..24 (third-party; exact date unconfirmed). Shares Opus 5.5's first three breaking changes (no disabled thinking, no forced tool_choice, bound thinking blocks).",
    "sources": [
      "https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5",
      "https://github.com/multidotdev/cli/releases/tag/v0.0.135"
    ]
  },
  {
    "id": "claude-mythos-5-1",
    "family": "Claude Mythos 5.1",
    "line": "mythos",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": null,
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-mythos-5-2",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": null,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": "always_on",
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "Access-gated. Specs assumed equal to Fable 5.1 (docs model card groups them). Status and dates unconfirmed.",
    "sources": [
      "https://platform.claude.com/docs/resources/overview"
    ]
  },
  {
    "id": "claude-opus-5",
    "family": "Claude Opus 5",
    "line": "opus",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-07-24",
    "deprecation_date": null,
    "retirement_date": null,
    "retirement_not_before": "2027-07-24",
    "replacement": "claude-opus-5-5",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": 300000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": true,
      "thinking_disabled": "only at effort <= high",
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "Thinking on by default; 'disabled' accepted at effort high or below.",
    "sources": [
      "https://platform.claude.com/docs/en/models/opus-5/overview",
      "https://platform.claude.com/docs/about-claude/models/whats-new-opus-5",
      "https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.115.0)"
    ]
  },
  {
    "id": "claude-sonnet-5",
    "family": "Claude Sonnet 5",
    "line": "sonnet",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-06-30",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-sonnet-5-5",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": 300000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": true,
      "thinking_disabled": null,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "Prefill rejected (confirmed by live reports). thinking 'disabled' support unconfirmed.",
    "sources": [
      "api-versions.md §6 / https://platform.claude.com/docs/en/build-with-claude/thinking (as of 2026-08-22): 300K output on the Batch API with the output-300k-2026-03-24 beta",
      "https://platform.claude.com/docs/en/models/sonnet-5/overview",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.108.0)"
    ]
  },
  {
    "id": "claude-fable-5",
    "family": "Claude Fable 5",
    "line": "fable",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-06-09",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-fable-5-2",
    "max_output_tokens": 128000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": "always_on",
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "Both thinking 'disabled' and manual 'enabled' return 400. May stop with stop_reason 'refusal' (safety classifiers). Status 'legacy' inferred from later lineup tables (unconfirmed).",
    "sources": [
      "https://platform.claude.com/docs/de/models/fable-5/migration-guide",
      "https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html",
      "https://platform.claude.com/docs/en/about-claude/models/overview",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.103.0)"
    ]
  },
  {
    "id": "claude-mythos-5",
    "family": "Claude Mythos 5",
    "line": "mythos",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-06-09",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-mythos-5-2",
    "max_output_tokens": 128000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": "always_on",
      "thinking_disabled": false,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "Access-gated successor of claude-mythos-preview; same specs as Fable 5 per docs. Status 'legacy' inferred (unconfirmed).",
    "sources": [
      "https://platform.claude.com/docs/de/models/fable-5/migration-guide",
      "https://platform.claude.com/docs/en/about-claude/models/overview"
    ]
  },
  {
    "id": "claude-opus-4-8",
    "family": "Claude Opus 4.8",
    "line": "opus",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-05-28",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-opus-5-5",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": 300000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": true,
      "thinking_disabled": true,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only",
      "mid_conversation_system_messages": true,
      "fast_mode": true,
      "fast_mode_until": "2026-11-30"
    },
    "notes": "Manual extended thinking rejected (Claude 4.7+). Third-party sources say adaptive thinking is off by default on 4.6-4.8 (unconfirmed). First model reported to accept role 'system' mid-conversation (third-party gate). Fast mode (speed \"fast\") deprecated 2026-10-30 and removed 2026-11-30: from that day the API rejects it, while the model stays served (retirement no sooner than 2027-05-28, third-party).",
    "sources": [
      "api-versions.md §6 / https://platform.claude.com/docs/en/build-with-claude/thinking (as of 2026-08-22): 300K output on the Batch API with the output-300k-2026-03-24 beta",
      "https://platform.claude.com/docs/en/models/opus-4-8/overview",
      "https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.100.0)",
      "https://code.claude.com/docs/en/fast-mode (checked 2026-12-07): fast mode for Opus 4.8 deprecated 2026-10-30, removed 2026-11-30 (\"the API rejects your requests\"); for Opus 4.7 deprecated 2026-06-25, removed 2026-07-24",
      "https://platform.claude.com/docs/en/build-with-claude/fast-mode (checked 2026-12-07): available on Fable 5.2, Mythos 5.2, Opus 5.5; research preview on Opus 5; deprecated on Opus 4.8",
      "https://docs.digitalocean.com/notes/2026/inference-opus-4-8-fast-mode-retirement/ (partner platform: fast mode for Opus 4.8 retired, requests return an error)",
      "https://dev.to/nooryasserx/claude-opus-48-fast-mode-is-retiring-a-safe-migration-playbook-48b2 (third-party)"
    ]
  },
  {
    "id": "claude-opus-4-7",
    "family": "Claude Opus 4.7",
    "line": "opus",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-04-16",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-opus-5-5",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": 300000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": true,
      "thinking_disabled": null,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "xhigh",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only",
      "fast_mode": true,
      "fast_mode_until": "2026-07-24"
    },
    "notes": "Adaptive only. Bedrock docs say thinking 'disabled' also returns 400 (Claude API behaviour unconfirmed). '`temperature` is deprecated for this model.' when temperature != 1 on 2023-06-01. Status 'legacy' inferred (unconfirmed).",
    "sources": [
      "api-versions.md §6 / https://platform.claude.com/docs/en/build-with-claude/fast-mode (as of 2026-08-22): speed \"fast\" on Opus 4.7 returns an error",
      "api-versions.md §6 / https://platform.claude.com/docs/en/build-with-claude/thinking (as of 2026-08-22): 300K output on the Batch API with the output-300k-2026-03-24 beta",
      "https://platform.claude.com/docs/claude/docs/models-overview",
      "https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting",
      "https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html",
      "https://github.com/Comfy-Org/ComfyUI/issues/13923",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.90.0)",
      "https://code.claude.com/docs/en/fast-mode (checked 2026-12-07): fast mode for Opus 4.8 deprecated 2026-10-30, removed 2026-11-30 (\"the API rejects your requests\"); for Opus 4.7 deprecated 2026-06-25, removed 2026-07-24"
    ]
  },
  {
    "id": "claude-mythos-preview",
    "family": "Claude Mythos Preview",
    "line": "mythos",
    "kind": "dateless-id",
    "status": "retired",
    "release_date": "2026-04-07",
    "deprecation_date": null,
    "retirement_date": "2026-06-30",
    "replacement": "claude-mythos-5",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": true,
      "thinking_disabled": null,
      "prefill": null,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature only 1.0, top_p only >=0.99, top_k rejected; 2026-10-21: all three rejected",
      "sampling_2023": "defaults-only"
    },
    "notes": "Invitation-only research preview. The SDK DEPRECATED_MODELS map gives end-of-life 'June 30th, 2026' (1.13.0). Marked retired by the as_of rule. But SDK 1.13.0 still lists the id and warns on it again, so it may still be served for existing access (unconfirmed). The Claude API docs say it supports both 'enabled' and 'adaptive' thinking; the Bedrock docs say adaptive only (conflict; Claude API docs newer). Effort: no xhigh (third-party).",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)",
      "https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting",
      "https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html",
      "https://platform.claude.com/docs/en/about-claude/models/migration-guide.md",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.84.0, 1.13.0)"
    ]
  },
  {
    "id": "claude-opus-4-6",
    "family": "Claude Opus 4.6",
    "line": "opus",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-02-05",
    "deprecation_date": null,
    "retirement_date": null,
    "retirement_not_before": "2027-02-05",
    "replacement": "claude-opus-5-5",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": 300000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": "deprecated",
      "adaptive_thinking": true,
      "thinking_disabled": true,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both",
      "fast_mode": true
    },
    "notes": "thinking.type 'enabled' still accepted but deprecated (SDK prints a warning). Prefill removed (400). No xhigh effort. retirement_not_before is from the Google Cloud / Bedrock pages (partner platforms).",
    "sources": [
      "api-versions.md §6 / https://platform.claude.com/docs/en/build-with-claude/thinking (as of 2026-08-22): 300K output on the Batch API with the output-300k-2026-03-24 beta",
      "https://platform.claude.com/docs/en/models/opus-4-6/overview",
      "https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting",
      "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/partner-models/claude/opus-4-6"
    ]
  },
  {
    "id": "claude-sonnet-4-6",
    "family": "Claude Sonnet 4.6",
    "line": "sonnet",
    "kind": "dateless-id",
    "status": "legacy",
    "release_date": "2026-02-17",
    "deprecation_date": null,
    "retirement_date": null,
    "replacement": "claude-sonnet-5-5",
    "max_output_tokens": 128000,
    "max_output_tokens_batch_beta": 300000,
    "context_window": 1000000,
    "features": {
      "extended_thinking": "deprecated",
      "adaptive_thinking": true,
      "thinking_disabled": true,
      "prefill": false,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high",
          "max"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both"
    },
    "notes": "max_output_tokens 128000 comes from observed API errors ('max_tokens > 128000 ... for claude-sonnet-4-6'); the docs row was not retrieved (unconfirmed). Status 'legacy' inferred (Sonnet 5.5 is current). Prefill removed. Thinking display defaults to 'summarized'.",
    "sources": [
      "api-versions.md §6 / https://platform.claude.com/docs/en/build-with-claude/thinking (as of 2026-08-22): 300K output on the Batch API with the output-300k-2026-03-24 beta",
      "https://platform.claude.com/docs/claude/docs/models-overview",
      "https://github.com/agno-agi/agno/issues/7015",
      "https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-adaptive-thinking.html",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.75.0)"
    ]
  },
  {
    "id": "claude-haiku-4-5-20251001",
    "kind": "dated-id",
    "aliases": [
      "claude-haiku-4-5"
    ],
    "family": "Claude Haiku 4.5",
    "line": "haiku",
    "status": "legacy",
    "release_date": "2025-10-15",
    "deprecation_date": null,
    "retirement_date": null,
    "retirement_not_before": "2026-10-15",
    "replacement": "claude-haiku-5-5",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both"
    },
    "notes": "Not in the SDK deprecated list (the coverage test checks this against the pinned SDK). Status 'legacy' inferred (unconfirmed). The Dec 2025 deprecations page said retirement 'not sooner than October 15, 2026'. Manual extended thinking only; no adaptive; effort reported unsupported. Dated id has alias 'claude-haiku-4-5'. Status disagreement: a third-party release of 2026-11-30 calls it \"still active\" where the reference says legacy; both mean served, so no check depends on it.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://platform.claude.com/docs/zh-CN/docs/about-claude/models/overview",
      "https://github.com/indranilbanerjee/contentforge/releases/tag/v4.7.1 (third-party, 2026-11-30: \"still active\")"
    ]
  },
  {
    "id": "claude-haiku-4-5",
    "kind": "alias",
    "alias_of": "claude-haiku-4-5-20251001",
    "family": "Claude Haiku 4.5",
    "line": "haiku",
    "status": "legacy",
    "release_date": "2025-10-15",
    "deprecation_date": null,
    "retirement_date": null,
    "retirement_not_before": "2026-10-15",
    "replacement": "claude-haiku-5-5",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both"
    },
    "notes": "Not in the SDK deprecated list (the coverage test checks this against the pinned SDK). Status 'legacy' inferred (unconfirmed). The Dec 2025 deprecations page said retirement 'not sooner than October 15, 2026'. Manual extended thinking only; no adaptive; effort reported unsupported. Dated id has alias 'claude-haiku-4-5'. Status disagreement: a third-party release of 2026-11-30 calls it \"still active\" where the reference says legacy; both mean served, so no check depends on it.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://platform.claude.com/docs/zh-CN/docs/about-claude/models/overview",
      "https://github.com/indranilbanerjee/contentforge/releases/tag/v4.7.1 (third-party, 2026-11-30: \"still active\")"
    ]
  },
  {
    "id": "claude-sonnet-4-5-20250929",
    "kind": "dated-id",
    "aliases": [
      "claude-sonnet-4-5"
    ],
    "family": "Claude Sonnet 4.5",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2025-09-29",
    "deprecation_date": "2026-09-30",
    "retirement_date": "2026-11-30",
    "replacement": "claude-sonnet-5-5",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both",
      "context_1m_beta": "context-1m-2025-08-07 (historical; current availability unconfirmed)"
    },
    "notes": "Retired 2026-11-30; SDK 1.15.0 (2026-11-30) removed the ids (\"remove retired Claude Sonnet 4.5 models\"). deprecation_date is the SDK changelog date 'deprecate sonnet 4.5' (0.131.0); the official notice date is unconfirmed. Effort rejected.",
    "sources": [
      "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.131.0)",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (1.15.0)",
      "https://docs.apiyi.com/live/2026-12/claude-sonnet-4-5-retired (third-party)"
    ]
  },
  {
    "id": "claude-sonnet-4-5",
    "kind": "alias",
    "alias_of": "claude-sonnet-4-5-20250929",
    "family": "Claude Sonnet 4.5",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2025-09-29",
    "deprecation_date": "2026-09-30",
    "retirement_date": "2026-11-30",
    "replacement": "claude-sonnet-5-5",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both",
      "context_1m_beta": "context-1m-2025-08-07 (historical; current availability unconfirmed)"
    },
    "notes": "Retired 2026-11-30; SDK 1.15.0 (2026-11-30) removed the ids (\"remove retired Claude Sonnet 4.5 models\"). deprecation_date is the SDK changelog date 'deprecate sonnet 4.5' (0.131.0); the official notice date is unconfirmed. Effort rejected.",
    "sources": [
      "https://platform.claude.com/docs/en/models/sonnet-4-5/overview",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.131.0)",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (1.15.0)",
      "https://docs.apiyi.com/live/2026-12/claude-sonnet-4-5-retired (third-party)"
    ]
  },
  {
    "id": "claude-opus-4-5-20251101",
    "kind": "dated-id",
    "aliases": [
      "claude-opus-4-5"
    ],
    "family": "Claude Opus 4.5",
    "line": "opus",
    "status": "deprecated",
    "release_date": "2025-11-24",
    "deprecation_date": "2026-11-23",
    "retirement_date": "2027-01-22",
    "replacement": "claude-opus-5-5",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both"
    },
    "notes": "Deprecated in SDK 1.13.0 (2026-11-23), end of life 2027-01-22. The replacement is the current Opus line (official recommendation unconfirmed). Effort levels beyond low/medium/high unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (1.13.0)",
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)"
    ]
  },
  {
    "id": "claude-opus-4-5",
    "kind": "alias",
    "alias_of": "claude-opus-4-5-20251101",
    "family": "Claude Opus 4.5",
    "line": "opus",
    "status": "deprecated",
    "release_date": "2025-11-24",
    "deprecation_date": "2026-11-23",
    "retirement_date": "2027-01-22",
    "replacement": "claude-opus-5-5",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": true,
        "levels": [
          "low",
          "medium",
          "high"
        ],
        "default": "high"
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both"
    },
    "notes": "Deprecated in SDK 1.13.0 (2026-11-23), end of life 2027-01-22. The replacement is the current Opus line (official recommendation unconfirmed). Effort levels beyond low/medium/high unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (1.13.0)",
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)"
    ]
  },
  {
    "id": "claude-opus-4-1-20250805",
    "kind": "dated-id",
    "aliases": [
      "claude-opus-4-1"
    ],
    "family": "Claude Opus 4.1",
    "line": "opus",
    "status": "retired",
    "release_date": "2025-08-05",
    "deprecation_date": "2026-06-05",
    "retirement_date": "2026-08-05",
    "replacement": "claude-opus-4-8",
    "max_output_tokens": 32000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both"
    },
    "notes": "Retirement date from the SDK DEPRECATED_MODELS ('August 5th, 2026'). The SDK removed the ids in 0.116.0. deprecation_date approximate (unconfirmed). Official replacement unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.116.0)",
      "https://github.com/multidotdev/cli/releases/tag/v0.0.135"
    ]
  },
  {
    "id": "claude-opus-4-1",
    "kind": "alias",
    "alias_of": "claude-opus-4-1-20250805",
    "family": "Claude Opus 4.1",
    "line": "opus",
    "status": "retired",
    "release_date": "2025-08-05",
    "deprecation_date": "2026-06-05",
    "retirement_date": "2026-08-05",
    "replacement": "claude-opus-4-8",
    "max_output_tokens": 32000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature and top_p may not both be set (reported); 2026-10-21: all three rejected",
      "sampling_2023": "not-both"
    },
    "notes": "Retirement date from the SDK DEPRECATED_MODELS ('August 5th, 2026'). The SDK removed the ids in 0.116.0. deprecation_date approximate (unconfirmed). Official replacement unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)",
      "https://github.com/anthropics/anthropic-sdk-typescript/blob/main/CHANGELOG.md (0.116.0)",
      "https://github.com/multidotdev/cli/releases/tag/v0.0.135"
    ]
  },
  {
    "id": "claude-opus-4-20250514",
    "kind": "dated-id",
    "aliases": [
      "claude-opus-4-0"
    ],
    "family": "Claude Opus 4",
    "line": "opus",
    "status": "retired",
    "release_date": "2025-05-22",
    "deprecation_date": null,
    "retirement_date": "2026-06-15",
    "replacement": "claude-opus-4-8",
    "max_output_tokens": 32000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Retired 2026-06-15 (release notes; SDK). Release notes recommended Opus 4.8. deprecation_date unconfirmed (between 2026-04 and 2026-05).",
    "sources": [
      "https://platform.claude.com/docs/en/release-notes/overview (via ottto-ai/ai-provider-watch event 2026-06-15)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-opus-4-0",
    "kind": "alias",
    "alias_of": "claude-opus-4-20250514",
    "family": "Claude Opus 4",
    "line": "opus",
    "status": "retired",
    "release_date": "2025-05-22",
    "deprecation_date": null,
    "retirement_date": "2026-06-15",
    "replacement": "claude-opus-4-8",
    "max_output_tokens": 32000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Retired 2026-06-15 (release notes; SDK). Release notes recommended Opus 4.8. deprecation_date unconfirmed (between 2026-04 and 2026-05).",
    "sources": [
      "https://platform.claude.com/docs/en/release-notes/overview (via ottto-ai/ai-provider-watch event 2026-06-15)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-sonnet-4-20250514",
    "kind": "dated-id",
    "aliases": [
      "claude-sonnet-4-0"
    ],
    "family": "Claude Sonnet 4",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2025-05-22",
    "deprecation_date": null,
    "retirement_date": "2026-06-15",
    "replacement": "claude-sonnet-4-6",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Retired 2026-06-15. Release notes recommended Sonnet 4.6. 1M context beta existed historically.",
    "sources": [
      "https://platform.claude.com/docs/en/release-notes/overview (via ottto-ai/ai-provider-watch event 2026-06-15)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)",
      "https://github.com/anmolm96/commit/pull/1"
    ]
  },
  {
    "id": "claude-sonnet-4-0",
    "kind": "alias",
    "alias_of": "claude-sonnet-4-20250514",
    "family": "Claude Sonnet 4",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2025-05-22",
    "deprecation_date": null,
    "retirement_date": "2026-06-15",
    "replacement": "claude-sonnet-4-6",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Retired 2026-06-15. Release notes recommended Sonnet 4.6. 1M context beta existed historically.",
    "sources": [
      "https://platform.claude.com/docs/en/release-notes/overview (via ottto-ai/ai-provider-watch event 2026-06-15)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)",
      "https://github.com/anmolm96/commit/pull/1"
    ]
  },
  {
    "id": "claude-3-7-sonnet-20250219",
    "kind": "dated-id",
    "aliases": [
      "claude-3-7-sonnet-latest"
    ],
    "family": "Claude Sonnet 3.7",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2025-02-24",
    "deprecation_date": "2025-10-28",
    "retirement_date": "2026-02-19",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free",
      "max_output_with_beta": "128000 with output-128k-2025-02-19 (historical)"
    },
    "notes": "First model with extended thinking.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-7-sonnet-latest",
    "kind": "alias",
    "alias_of": "claude-3-7-sonnet-20250219",
    "family": "Claude Sonnet 3.7",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2025-02-24",
    "deprecation_date": "2025-10-28",
    "retirement_date": "2026-02-19",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 64000,
    "context_window": 200000,
    "features": {
      "extended_thinking": true,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free",
      "max_output_with_beta": "128000 with output-128k-2025-02-19 (historical)"
    },
    "notes": "First model with extended thinking.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-5-haiku-20241022",
    "kind": "dated-id",
    "aliases": [
      "claude-3-5-haiku-latest"
    ],
    "family": "Claude Haiku 3.5",
    "line": "haiku",
    "status": "retired",
    "release_date": "2024-11-04",
    "deprecation_date": "2025-12-19",
    "retirement_date": "2026-02-19",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": 8192,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "No thinking support.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-5-haiku-latest",
    "kind": "alias",
    "alias_of": "claude-3-5-haiku-20241022",
    "family": "Claude Haiku 3.5",
    "line": "haiku",
    "status": "retired",
    "release_date": "2024-11-04",
    "deprecation_date": "2025-12-19",
    "retirement_date": "2026-02-19",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": 8192,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "No thinking support.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-5-sonnet-20241022",
    "kind": "dated-id",
    "aliases": [
      "claude-3-5-sonnet-latest"
    ],
    "family": "Claude Sonnet 3.5 (v2)",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2024-10-22",
    "deprecation_date": "2025-08-13",
    "retirement_date": "2025-10-28",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 8192,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Sources disagree on the retirement date: the deprecations page (Dec 2025 snapshot) says 2025-10-28; the SDK DEPRECATED_MODELS (2025-10) and GitLab say 2025-10-22. The docs are newer.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)",
      "https://gitlab.com/gitlab-org/gitlab/-/issues/572012"
    ]
  },
  {
    "id": "claude-3-5-sonnet-latest",
    "kind": "alias",
    "alias_of": "claude-3-5-sonnet-20241022",
    "family": "Claude Sonnet 3.5 (v2)",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2024-10-22",
    "deprecation_date": "2025-08-13",
    "retirement_date": "2025-10-28",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 8192,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Sources disagree on the retirement date: the deprecations page (Dec 2025 snapshot) says 2025-10-28; the SDK DEPRECATED_MODELS (2025-10) and GitLab say 2025-10-22. The docs are newer.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-5-sonnet-20240620",
    "kind": "dated-id",
    "family": "Claude Sonnet 3.5",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2024-06-20",
    "deprecation_date": "2025-08-13",
    "retirement_date": "2025-10-28",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 8192,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Sources disagree on the retirement date: the deprecations page (Dec 2025 snapshot) says 2025-10-28; the SDK DEPRECATED_MODELS (2025-10) and GitLab say 2025-10-22. The docs are newer.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-opus-20240229",
    "kind": "dated-id",
    "aliases": [
      "claude-3-opus-latest"
    ],
    "family": "Claude Opus 3",
    "line": "opus",
    "status": "retired",
    "release_date": "2024-02-29",
    "deprecation_date": "2025-06-30",
    "retirement_date": "2026-01-05",
    "replacement": "claude-opus-4-5-20251101",
    "max_output_tokens": 4096,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-opus-latest",
    "kind": "alias",
    "alias_of": "claude-3-opus-20240229",
    "family": "Claude Opus 3",
    "line": "opus",
    "status": "retired",
    "release_date": "2024-02-29",
    "deprecation_date": "2025-06-30",
    "retirement_date": "2026-01-05",
    "replacement": "claude-opus-4-5-20251101",
    "max_output_tokens": 4096,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-sonnet-20240229",
    "kind": "dated-id",
    "family": "Claude Sonnet 3",
    "line": "sonnet",
    "status": "retired",
    "release_date": "2024-02-29",
    "deprecation_date": "2025-01-21",
    "retirement_date": "2025-07-21",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 4096,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-haiku-20240307",
    "kind": "dated-id",
    "family": "Claude Haiku 3",
    "line": "haiku",
    "status": "retired",
    "release_date": "2024-03-13",
    "deprecation_date": null,
    "retirement_date": "2026-04-20",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": 4096,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Retirement date from news reports citing Anthropic release notes (2026-04-20; one source says 2026-04-19). Deprecation notice about 60 days before (February 2026); exact date unconfirmed. No '-latest' alias existed (unconfirmed).",
    "sources": [
      "https://24-ai.news/en/vijest/2026-04-21/anthropic-claude-haiku-3-retirement",
      "https://dev.to/flarecanary/claude-3-haiku-20240307-just-started-returning-errors-heres-what-happened-57he",
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)"
    ]
  },
  {
    "id": "claude-2.1",
    "kind": "versioned-id",
    "family": "Claude 2.1",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2025-01-21",
    "retirement_date": "2025-07-21",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 4096,
    "context_window": 200000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Messages API and legacy Text Completions.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-2.0",
    "kind": "versioned-id",
    "family": "Claude 2.0",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2025-01-21",
    "retirement_date": "2025-07-21",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": 4096,
    "context_window": 100000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      },
      "sampling_params": "2023-06-01: temperature 0-1, top_p, top_k accepted; 2026-10-21: all three rejected",
      "sampling_2023": "free"
    },
    "notes": "Messages API and legacy Text Completions.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-1.0",
    "kind": "versioned-id",
    "family": "Claude 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-1.1",
    "kind": "versioned-id",
    "family": "Claude 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-1.2",
    "kind": "versioned-id",
    "family": "Claude 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-1.3",
    "kind": "versioned-id",
    "family": "Claude 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-1.3-100k",
    "kind": "versioned-id",
    "family": "Claude 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": 100000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-instant-1.0",
    "kind": "versioned-id",
    "family": "Claude Instant 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-instant-1.1",
    "kind": "versioned-id",
    "family": "Claude Instant 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-instant-1.1-100k",
    "kind": "versioned-id",
    "family": "Claude Instant 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": 100000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-instant-1.2",
    "kind": "versioned-id",
    "family": "Claude Instant 1.x",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": "2024-09-04",
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": 100000,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "Text Completions era. '-100k' ids are from the SDK deprecated map. Context sizes unconfirmed.",
    "sources": [
      "https://github.com/swhsiang/claude-code-markdown/blob/main/about-claude/model-deprecations.md (Dec 2025 snapshot of the deprecations page)",
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-2",
    "kind": "alias",
    "alias_of": "claude-2.0/claude-2.1",
    "family": "legacy alias",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": null,
    "retirement_date": "2025-07-21",
    "replacement": "claude-sonnet-4-5-20250929",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "2023-era short alias (as in old SDK model lists). The alias and its retirement date follow the family; unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-instant-1",
    "kind": "alias",
    "alias_of": "claude-instant-1.2",
    "family": "legacy alias",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": null,
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "2023-era short alias (as in old SDK model lists). The alias and its retirement date follow the family; unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-1",
    "kind": "alias",
    "alias_of": "claude-1.3",
    "family": "legacy alias",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": null,
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "2023-era short alias (as in old SDK model lists). The alias and its retirement date follow the family; unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-1-100k",
    "kind": "alias",
    "alias_of": "claude-1.3-100k",
    "family": "legacy alias",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": null,
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "2023-era short alias (as in old SDK model lists). The alias and its retirement date follow the family; unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-instant-1-100k",
    "kind": "alias",
    "alias_of": "claude-instant-1.1-100k",
    "family": "legacy alias",
    "line": null,
    "status": "retired",
    "release_date": null,
    "deprecation_date": null,
    "retirement_date": "2024-11-06",
    "replacement": "claude-haiku-4-5-20251001",
    "max_output_tokens": null,
    "context_window": null,
    "features": {
      "extended_thinking": false,
      "adaptive_thinking": false,
      "thinking_disabled": true,
      "prefill": true,
      "effort": {
        "supported": false,
        "levels": [],
        "default": null
      }
    },
    "notes": "2023-era short alias (as in old SDK model lists). The alias and its retirement date follow the family; unconfirmed.",
    "sources": [
      "https://github.com/anthropics/anthropic-sdk-typescript (src/resources/messages/messages.ts DEPRECATED_MODELS history, 2024-12 to 2026-08-19)"
    ]
  },
  {
    "id": "claude-3-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-3-sonnet-20240229",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Claude 3 ids always carried a date (or '-latest' for some).",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-opus",
    "status": "never-existed",
    "probably_meant": "claude-3-opus-20240229",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-haiku",
    "status": "never-existed",
    "probably_meant": "claude-3-haiku-20240307",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-haiku-latest",
    "status": "never-existed",
    "probably_meant": "claude-3-haiku-20240307",
    "notes": "The API answers 404 not_found_error 'model: <id>'. No '-latest' alias was published for Haiku 3 (unconfirmed).",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-sonnet-latest",
    "status": "never-existed",
    "probably_meant": "claude-3-sonnet-20240229",
    "notes": "The API answers 404 not_found_error 'model: <id>'. (unconfirmed)",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-5-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-3-5-sonnet-20241022",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3.5-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-3-5-sonnet-20241022",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Dots are never used in API ids.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-5-haiku",
    "status": "never-existed",
    "probably_meant": "claude-3-5-haiku-20241022",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-7-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-3-7-sonnet-20250219",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3.7-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-3-7-sonnet-20250219",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-3-7",
    "status": "never-existed",
    "probably_meant": "claude-3-7-sonnet-20250219",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Family-first order starts with Claude 4.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-3.7",
    "status": "never-existed",
    "probably_meant": "claude-3-7-sonnet-20250219",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-4-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-20250514",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Version-first order ended with Claude 3.x.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-4-sonnet-20250514",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-20250514",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-4-opus",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-20250514",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-4-opus-20250514",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-20250514",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-4",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-0",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Published aliases were '-4-0' (unconfirmed that the bare form 404s).",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-0",
    "notes": "The API answers 404 not_found_error 'model: <id>'. (unconfirmed that the bare form 404s)",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-4-latest",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-0",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-4.5",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-4.5-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Third-party (Retell) naming.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-4-5-latest",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-haiku-4.5",
    "status": "never-existed",
    "probably_meant": "claude-haiku-4-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-haiku-4-5-latest",
    "status": "never-existed",
    "probably_meant": "claude-haiku-4-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4.5",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4.1",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-1",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4.6",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-6",
    "notes": "The API answers 404 not_found_error 'model: <id>'. OpenRouter/Vercel-style 'anthropic/claude-opus-4.6' is not a Claude API id.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-4.6",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-6",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4-6-20260205",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-6",
    "notes": "The API answers 404 not_found_error 'model: <id>'. 4.6+ models have dateless ids only.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-4-6-20260217",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-6",
    "notes": "The API answers 404 not_found_error 'model: <id>'. 4.6+ models have dateless ids only.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4-7-20260416",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-7",
    "notes": "The API answers 404 not_found_error 'model: <id>'. 4.6+ models have dateless ids only.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-5-5-20260922",
    "status": "never-existed",
    "probably_meant": "claude-opus-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. 4.6+ models have dateless ids only.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-5-5-20260924",
    "status": "never-existed",
    "probably_meant": "claude-opus-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Seen in third-party code.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4-6-latest",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-6",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-5.5",
    "status": "never-existed",
    "probably_meant": "claude-opus-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-5.5",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-5.5-sonnet",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Third-party (Retell) naming.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-haiku-5",
    "status": "never-existed",
    "probably_meant": "claude-haiku-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. No Haiku 5.0 was released.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-4-6-thinking",
    "status": "never-existed",
    "probably_meant": "claude-opus-4-6",
    "notes": "The API answers 404 not_found_error 'model: <id>'. '-thinking' suffixes are proxy-specific; use the base id plus the thinking parameter.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-4-6-thinking",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-4-6",
    "notes": "The API answers 404 not_found_error 'model: <id>'. proxy-specific suffix",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-haiku-5-5-thinking",
    "status": "never-existed",
    "probably_meant": "claude-haiku-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. proxy-specific suffix",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-opus-latest",
    "status": "never-existed",
    "probably_meant": "claude-opus-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. No family-level '-latest' alias on the Claude API (unconfirmed); Claude Code's 'opus' alias is client-side.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-sonnet-latest",
    "status": "never-existed",
    "probably_meant": "claude-sonnet-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. (unconfirmed, see claude-opus-latest)",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-haiku-latest",
    "status": "never-existed",
    "probably_meant": "claude-haiku-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. (unconfirmed, see claude-opus-latest)",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-latest",
    "status": "never-existed",
    "probably_meant": "claude-opus-5-5",
    "notes": "The API answers 404 not_found_error 'model: <id>'. (unconfirmed)",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-v2",
    "status": "never-existed",
    "probably_meant": "claude-2.0",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Amazon Bedrock naming (anthropic.claude-v2).",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-instant-v1",
    "status": "never-existed",
    "probably_meant": "claude-instant-1.2",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Amazon Bedrock naming (anthropic.claude-instant-v1).",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "anthropic.claude-3-5-sonnet-20240620-v1:0",
    "status": "never-existed",
    "probably_meant": "claude-3-5-sonnet-20240620",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Amazon Bedrock id; not valid on api.anthropic.com.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  },
  {
    "id": "claude-3-5-sonnet-v2@20241022",
    "status": "never-existed",
    "probably_meant": "claude-3-5-sonnet-20241022",
    "notes": "The API answers 404 not_found_error 'model: <id>'. Google Vertex AI id; not valid on api.anthropic.com.",
    "sources": [
      "https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions"
    ]
  }
];
