/**
 * Remote guardrail providers: optional detectors that ask a network service. Each applies its own
 * timeout (`timeout_ms`) together with the caller's signal and throws `ProviderError` on any
 * failure, so the policy's `on_error` (default `block`: fail closed) decides. See README.md.
 */
import type { RemoteDetector } from "../types.ts";
import {
  enkryptAdherence,
  enkryptDetector,
  enkryptHallucination,
  enkryptRelevancy,
} from "./enkrypt.ts";
import { openAiModerationDetector } from "./openai_moderation.ts";
import { webhookDetector } from "./webhook.ts";

export * from "./enkrypt.ts";
export * from "./openai_moderation.ts";
export * from "./webhook.ts";

/** Every remote detector by the id used in config (`input_policy.detectors.<id>`). */
export const REMOTE_DETECTORS: Readonly<Record<string, RemoteDetector>> = Object.freeze({
  [enkryptDetector.id]: enkryptDetector,
  [enkryptRelevancy.id]: enkryptRelevancy,
  [enkryptAdherence.id]: enkryptAdherence,
  [enkryptHallucination.id]: enkryptHallucination,
  [openAiModerationDetector.id]: openAiModerationDetector,
  [webhookDetector.id]: webhookDetector,
} as Record<string, RemoteDetector>);
