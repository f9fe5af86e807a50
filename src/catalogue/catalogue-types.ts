/** Shape of one catalogue entry (see models-overlay.ts; models-data.ts merges it with the SDK's facts). snake_case keeps it diffable against the reference file. */
export type ModelStatusStored = 'active' | 'legacy' | 'deprecated' | 'retired' | 'never-existed';

export interface ModelEffort {
  supported: boolean;
  levels: string[];
  default: string | null;
}

export interface ModelFeatures {
  /** thinking.type "enabled": true, "deprecated" (accepted, warned), false (400). */
  extended_thinking?: boolean | 'deprecated' | null;
  /** thinking.type "adaptive": true, "always_on" (cannot be disabled), false (400). */
  adaptive_thinking?: boolean | 'always_on' | null;
  /** thinking.type "disabled": accepted, rejected, or accepted only at effort ≤ high. */
  thinking_disabled?: boolean | 'only at effort <= high' | null;
  /** A final assistant message (prefill) is accepted. */
  prefill?: boolean | null;
  effort?: ModelEffort;
  /** tool_choice "any"/"tool" accepted (absent: accepted). */
  forced_tool_choice?: boolean | null;
  between_tools?: boolean | null;
  sampling_params?: string | null;
  /** Structured form of sampling_params for 2023-06-01. */
  sampling_2023?: 'defaults-only' | 'not-both' | 'free';
  mid_conversation_system_messages?: boolean;
  /**
   * speed "fast": true = accepted (fast, or run at standard speed, as on Opus 4.6),
   * until fast_mode_until if set; absent = not documented (checks stay silent).
   */
  fast_mode?: boolean;
  /** The day fast mode was removed from this model: from then on, speed "fast" is answered with an error. */
  fast_mode_until?: string;
  computer_20251124?: boolean;
  xhigh_unconfirmed?: boolean;
  thinking_blocks_bound_to_model_and_conversation?: boolean;
  thinking_blocks_bound_to_account?: boolean;
  context_1m_beta?: string;
  max_output_with_beta?: string;
}

export interface ModelEntry {
  id: string;
  status: ModelStatusStored;
  family?: string | null;
  line?: string | null;
  kind?: string | null;
  release_date?: string | null;
  deprecation_date?: string | null;
  retirement_date?: string | null;
  retirement_not_before?: string | null;
  replacement?: string | null;
  max_output_tokens?: number | null;
  /**
   * Largest max_tokens in a Message Batch with the output-300k beta. A number: the
   * beta applies; null: unconfirmed whether it applies (checks stay silent above
   * max_output_tokens in a batch); absent: no such beta for this model (the beta
   * list of 2026-08-22 in api-versions.md §6 left it out), max_output_tokens holds.
   */
  max_output_tokens_batch_beta?: number | null;
  context_window?: number | null;
  aliases?: string[];
  alias_of?: string;
  /** For ids that never existed: the id the author most likely meant. */
  probably_meant?: string;
  features?: ModelFeatures;
  notes?: string;
  sources?: string[];
}
