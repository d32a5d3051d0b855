/** A project as the running gateway sees it: its servers and exposure mode. */
import type { Exposure, ServerConfig } from "../config/schema.ts";

/** Resolved view of one project. */
export interface ProjectRuntime {
  id: string;
  name: string;
  exposure: Exposure;
  serverSet: string;
  servers: readonly ServerConfig[];
  /** Memo key for the project's catalog (changes when config changes). */
  catalogKey: string;
}
