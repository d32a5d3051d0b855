/** Config loading for CLI commands: file, or the embedded default for `serve`. */
import { starterConfig } from "../config/default.ts";
import {
  type ConfigCheck,
  loadConfigFile,
  type LoadedConfig,
  validateConfig,
} from "../config/load.ts";
import { configPath } from "../config/paths.ts";
import { ConfigError } from "../errors.ts";
import { recommendedPolicies } from "../guardrails/recommended.ts";
import { checkPolicies } from "../guardrails/policy_check.ts";
import { checkSandboxes } from "../sandbox/deno_permissions.ts";

/** Checks every CLI load runs beyond the schema (guard policies are registered here). */
export const CONFIG_CHECKS: ConfigCheck[] = [checkPolicies, checkSandboxes];

/** Load the config the user pointed at; a missing explicit file is an error. */
export async function loadUserConfig(explicit?: string): Promise<LoadedConfig | null> {
  const path = configPath(explicit);
  const loaded = await loadConfigFile(path, { checks: CONFIG_CHECKS });
  if (!loaded && (explicit || Deno.env.get("SMG_CONFIG"))) {
    throw new ConfigError(path, [{
      path: "$",
      message: "file not found",
      hint: "create it with smg init --config PATH, or fix the path",
    }]);
  }
  return loaded;
}

/** The embedded default config with a fresh demo key. */
export function embeddedDefault(): { loaded: LoadedConfig; key: string } {
  const { config, key } = starterConfig({ policies: recommendedPolicies() });
  const loaded = validateConfig(config, "embedded default", { checks: CONFIG_CHECKS });
  return { loaded, key: key.key };
}
