/** Where a config keeps its tool pins. */
import type { Config } from "../config/schema.ts";
import { configDir } from "../config/paths.ts";

/** The pins file for a config: `settings.pins_file`, else pins.json beside a config file. */
export function pinsPath(config: Config, source: string): string | undefined {
  if (config.settings.pins_file) return config.settings.pins_file;
  // In-memory configs (embedded default, tests, smg check) have no place for pins of their own.
  if (!source.includes("/") && !source.endsWith(".json")) return undefined;
  return `${configDir(source)}/pins.json`;
}
