/** The embedded default config (no file needed) and the starting config `smg init` writes. */
import { generateKey, type NewKey } from "../auth/keys.ts";
import type { ConfigInput, Policy } from "./schema.ts";

/** Options for {@link starterConfig}. */
export interface StarterOptions {
  /** Policies for the echo server (init writes the recommended ones). */
  policies?: {
    input_policy?: Partial<Policy>;
    output_policy?: Partial<Policy>;
    tool_policy?: Partial<Policy>;
  };
  email?: string;
}

/** A working config: the bundled echo server, one project, one user and one fresh key. */
export function starterConfig(opts: StarterOptions = {}): { config: ConfigInput; key: NewKey } {
  const key = generateKey();
  const now = new Date().toISOString();
  const config: ConfigInput = {
    version: 1,
    server_sets: {
      default: {
        description: "Servers for the default project",
        servers: [{
          name: "echo",
          description: "Bundled echo server (safe baseline)",
          command: "smg",
          args: ["bad-mcp", "run", "echo"],
          ...(opts.policies ?? {}),
        }],
      },
    },
    projects: {
      default: {
        name: "Default project",
        server_set: "default",
        exposure: "both",
        users: ["demo"],
        created_at: now,
      },
    },
    users: {
      demo: { email: opts.email ?? "demo@example.com", name: "Demo user", created_at: now },
    },
    keys: {
      [`k_${key.prefix.slice(4)}`]: {
        hash: key.hash,
        prefix: key.prefix,
        name: "initial key",
        project: "default",
        user: "demo",
        created_at: now,
      },
    },
  };
  return { config, key };
}
