/** Folder-internal pieces shared by the Enkrypt provider files: connection options and headers. */
import { z } from "zod";
import type { Stage } from "../types.ts";
import { ProviderSecretSchema, resolveSecret, TimeoutMsSchema } from "./_http.ts";

/** Service name used in error messages. */
export const ENKRYPT_SERVICE = "Enkrypt";
/** Enkrypt's public API. Never contacted by tests. */
export const ENKRYPT_DEFAULT_BASE_URL = "https://api.enkryptai.com";

/** Connection options every Enkrypt call takes. */
export const EnkryptConnectionSchema = z.strictObject({
  base_url: z.url({ protocol: /^https?$/ }).default(ENKRYPT_DEFAULT_BASE_URL),
  /** API key, literal or `{"env": "ENKRYPT_API_KEY"}`. */
  api_key: ProviderSecretSchema,
  timeout_ms: TimeoutMsSchema,
});
/** Parsed connection options. */
export type EnkryptConnection = z.infer<typeof EnkryptConnectionSchema>;

/** `X-Enkrypt-Source-Event` per stage, as the Enkrypt gateway sends it. */
export const SOURCE_EVENT: Record<Stage, string> = {
  input: "pre-tool",
  output: "post-tool",
  definition: "tool-registration",
};

/** Auth and source headers; resolves the API key now (throws ProviderError when unset). */
export function enkryptHeaders(
  options: EnkryptConnection,
  event: string,
  provider: string,
): Record<string, string> {
  return {
    apikey: resolveSecret(provider, options.api_key, "the Enkrypt API key"),
    "X-Enkrypt-Source-Name": "smg",
    "X-Enkrypt-Source-Event": event,
  };
}
