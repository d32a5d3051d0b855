/**
 * The one definition of smg's config file. Gateway-owned objects are strict (a typo in security
 * config is an error, not a silently ignored key). The same schemas validate the file, the CLI and
 * the REST API.
 */
import { z } from "zod";

/** A secret: a literal string, or a reference resolved at load (`{"env": "GITHUB_TOKEN"}`). */
export const SecretRefSchema = z.object({
  env: z.string().regex(
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    "must be an environment variable name like GITHUB_TOKEN",
  ),
}).strict();
/** A secret value in config. */
export const SecretSchema = z.union([z.string(), SecretRefSchema]);
export type Secret = z.infer<typeof SecretSchema>;

/** Server names appear in public tool names (`<server>__<tool>`), so they are kept simple. */
export const ServerNameSchema = z.string().regex(
  /^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/,
  "must be 1-48 letters, digits, '_' or '-', starting with a letter or digit",
);

/** Guard actions. */
export const GuardActionSchema = z.enum(["block", "redact", "warn", "off"]);
export type GuardAction = z.infer<typeof GuardActionSchema>;

/** One detector's setting in a policy: the action plus detector-specific options. */
export const DetectorSettingSchema = z.object({
  action: GuardActionSchema,
  /** Findings below this severity are only recorded (warn), whatever the action. */
  min_severity: z.enum(["low", "medium", "high", "critical"]).default("medium"),
  options: z.record(z.string(), z.unknown()).optional(),
}).strict();
export type DetectorSetting = z.infer<typeof DetectorSettingSchema>;

/** A guard policy (input, output or tool definitions). Detector ids and options are checked by guardrails. */
export const PolicySchema = z.object({
  enabled: z.boolean().default(true),
  detectors: z.record(z.string(), DetectorSettingSchema).default({}),
  /** What a remote detector's failure means: block (fail closed, default) or allow. */
  on_error: z.enum(["block", "allow"]).default("block"),
  /** Input checks run concurrently with the call (read-only tools only!). */
  async_input: z.boolean().default(false),
}).strict();
export type Policy = z.infer<typeof PolicySchema>;

/** Deno permission sandbox for spawned servers. */
export const SandboxSchema = z.object({
  enabled: z.boolean().default(false),
  allow_net: z.array(z.string()).default([]),
  allow_read: z.array(z.string()).default([]),
  allow_write: z.array(z.string()).default([]),
  allow_env: z.array(z.string()).default([]),
  max_stderr_bytes: z.number().int().positive().default(1 << 20),
}).strict();

/** OAuth to an upstream. */
export const OAuthSchema = z.object({
  enabled: z.boolean().default(true),
  grant_type: z.enum(["client_credentials", "authorization_code", "static"]).default(
    "client_credentials",
  ),
  token_url: z.url().optional(),
  authorization_url: z.url().optional(),
  client_id: z.string().optional(),
  client_secret: SecretSchema.optional(),
  access_token: SecretSchema.optional(),
  scope: z.string().optional(),
  audience: z.string().optional(),
}).strict().superRefine((o, ctx) => {
  if (o.grant_type === "client_credentials" && o.enabled) {
    for (const k of ["token_url", "client_id", "client_secret"] as const) {
      if (!o[k]) {
        ctx.addIssue({ code: "custom", path: [k], message: `client_credentials needs "${k}"` });
      }
    }
  }
  if (o.grant_type === "static" && o.enabled && !o.access_token) {
    ctx.addIssue({
      code: "custom",
      path: ["access_token"],
      message: `grant "static" needs "access_token"`,
    });
  }
});

/** Per-operation timeouts in milliseconds. */
export const TimeoutsSchema = z.object({
  connect_ms: z.number().int().positive().default(10_000),
  discovery_ms: z.number().int().positive().default(20_000),
  tool_call_ms: z.number().int().positive().default(60_000),
}).strict();
export type Timeouts = z.infer<typeof TimeoutsSchema>;

/** An upstream server: stdio (`command`) or remote (`url`). */
export const ServerSchema = z.object({
  name: ServerNameSchema,
  description: z.string().default(""),
  // stdio
  command: z.string().min(1).optional(),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), SecretSchema).default({}),
  cwd: z.string().optional(),
  // remote
  url: z.url().optional(),
  type: z.enum(["http", "sse"]).optional(),
  headers: z.record(z.string(), SecretSchema).default({}),
  /** Allowlist of upstream tool names; empty = every tool. */
  tools: z.array(z.string().min(1)).default([]),
  input_policy: PolicySchema.optional(),
  output_policy: PolicySchema.optional(),
  tool_policy: PolicySchema.optional(),
  sandbox: SandboxSchema.optional(),
  oauth: OAuthSchema.optional(),
  timeouts: TimeoutsSchema.partial().optional(),
}).strict().superRefine((s, ctx) => {
  if (!s.command && !s.url) {
    ctx.addIssue({
      code: "custom",
      message: `server "${s.name}" needs either "command" (stdio) or "url" (remote)`,
      path: [],
    });
  }
  if (s.command && s.url) {
    ctx.addIssue({
      code: "custom",
      message: `server "${s.name}" has both "command" and "url": keep one`,
      path: ["url"],
    });
  }
  if (s.url && Object.keys(s.env).length > 0) {
    ctx.addIssue({ code: "custom", message: `"env" only applies to stdio servers`, path: ["env"] });
  }
  if (s.command && s.type) {
    ctx.addIssue({
      code: "custom",
      message: `"type" only applies to remote servers (http | sse)`,
      path: ["type"],
    });
  }
});
export type ServerConfig = z.infer<typeof ServerSchema>;

/** A named list of upstream servers. */
export const ServerSetSchema = z.object({
  description: z.string().default(""),
  servers: z.array(ServerSchema).default([]),
}).strict().superRefine((set, ctx) => {
  const seen = new Map<string, number>();
  set.servers.forEach((s, i) => {
    const prev = seen.get(s.name);
    if (prev !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `duplicate server name "${s.name}" (also at servers[${prev}])`,
        path: ["servers", i, "name"],
      });
    }
    seen.set(s.name, i);
  });
});
export type ServerSet = z.infer<typeof ServerSetSchema>;

/** How a project exposes tools to clients. */
export const ExposureSchema = z.enum(["direct", "meta", "both"]);
export type Exposure = z.infer<typeof ExposureSchema>;

/** A project: one server set, its users, and how tools are exposed. */
export const ProjectSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(""),
  server_set: z.string().min(1),
  exposure: ExposureSchema.default("direct"),
  users: z.array(z.string()).default([]),
  created_at: z.string().optional(),
}).strict();
export type Project = z.infer<typeof ProjectSchema>;

/** A user of the gateway. */
export const UserSchema = z.object({
  email: z.string().email(),
  name: z.string().default(""),
  created_at: z.string().optional(),
}).strict();
export type User = z.infer<typeof UserSchema>;

/** A gateway key. Only a hash is stored. */
export const KeySchema = z.object({
  /** `sha256:<hex>` of the full key. */
  hash: z.string().regex(
    /^sha256:[0-9a-f]{64}$/,
    "must be sha256:<64 hex chars> (keys are stored hashed)",
  ),
  /** First characters of the key, to recognise it in listings. */
  prefix: z.string(),
  name: z.string().default(""),
  project: z.string().min(1),
  user: z.string().min(1),
  disabled: z.boolean().default(false),
  expires_at: z.iso.datetime({ offset: true }).optional(),
  created_at: z.string().optional(),
}).strict();
export type KeyRecord = z.infer<typeof KeySchema>;

/** Default scan workers: one core is left to the event loop, at most 4 (scans are short). */
const DEFAULT_SCAN_WORKERS = Math.max(
  1,
  Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1),
);

/**
 * Where local guard detectors run.
 * - `auto` (default): a call whose strings total at most `inline_max_chars` is scanned inline (no
 *   message round trip: ~0.2 ms added per call), unless its policy holds user-written regexes
 *   (`patterns`, `allow_patterns`, `extra_patterns`); everything else goes to the worker pool with
 *   the deadline. Big tool results (the scans that take long) and user regexes (which smg cannot
 *   vet) never run on the event loop.
 * - `worker`: every scan in the pool, bounded by `timeout_ms` (~0.4–1 ms added per call).
 * - `inline`: every scan on the event loop, no deadline (one slow scan stalls every client).
 */
export const GuardsSettingsSchema = z.strictObject({
  isolation: z.enum(["auto", "worker", "inline"]).default("auto"),
  workers: z.number().int().min(1).max(16).default(DEFAULT_SCAN_WORKERS),
  timeout_ms: z.number().int().min(10).max(600_000).default(2000),
  inline_max_chars: z.number().int().min(0).max(16 << 20).default(16_384),
});
/** Parsed `settings.guards`. */
export type GuardsSettings = z.infer<typeof GuardsSettingsSchema>;

/** Gateway-wide settings. */
export const SettingsSchema = z.object({
  log_level: z.enum(["debug", "info", "warn", "error"]).default("info"),
  cache: z.object({
    tools_ttl_s: z.number().int().nonnegative().default(4 * 3600),
    config_ttl_s: z.number().int().nonnegative().default(24 * 3600),
    max_entries: z.number().int().positive().default(1000),
    redis_url: SecretSchema.optional(),
  }).strict().default({ tools_ttl_s: 4 * 3600, config_ttl_s: 24 * 3600, max_entries: 1000 }),
  timeouts: TimeoutsSchema.default({
    connect_ms: 10_000,
    discovery_ms: 20_000,
    tool_call_ms: 60_000,
  }),
  http: z.object({
    /** Extra Host header values accepted (besides localhost forms when bound to loopback). */
    allowed_hosts: z.array(z.string()).default([]),
    /** Origins accepted from browsers (requests without Origin are allowed). */
    allowed_origins: z.array(z.string()).default([]),
    max_body_bytes: z.number().int().positive().default(4 << 20),
    /** Sessions with no request for this long are closed (clients re-initialize). */
    session_idle_s: z.number().positive().default(3600),
  }).strict().default({
    allowed_hosts: [],
    allowed_origins: [],
    max_body_bytes: 4 << 20,
    session_idle_s: 3600,
  }),
  backups: z.object({ keep: z.number().int().nonnegative().default(10) }).strict().default({
    keep: 10,
  }),
  /** Pins file for tool pinning (default: pins.json beside the config). */
  pins_file: z.string().optional(),
  /** Append guard verdicts and call outcomes as JSON lines here (no values, no secrets). */
  audit_log: z.string().optional(),
  /** Local guard detectors: inline for small calls, worker threads with a per-scan deadline otherwise. */
  guards: GuardsSettingsSchema.default({
    isolation: "auto",
    workers: DEFAULT_SCAN_WORKERS,
    timeout_ms: 2000,
    inline_max_chars: 16_384,
  }),
  /** Policies for servers that set none of their own. */
  default_policies: z.object({
    input_policy: PolicySchema.optional(),
    output_policy: PolicySchema.optional(),
    tool_policy: PolicySchema.optional(),
  }).strict().optional(),
}).strict();
export type Settings = z.infer<typeof SettingsSchema>;

/** The whole config file. */
export const ConfigSchema = z.object({
  $schema: z.string().optional(),
  version: z.literal(1).default(1),
  settings: SettingsSchema.default(SettingsSchema.parse({})),
  admin_key: z.object({
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, "must be sha256:<64 hex chars>"),
    prefix: z.string(),
  }).strict().optional(),
  server_sets: z.record(z.string(), ServerSetSchema).default({}),
  projects: z.record(z.string(), ProjectSchema).default({}),
  users: z.record(z.string(), UserSchema).default({}),
  keys: z.record(z.string(), KeySchema).default({}),
}).strict().superRefine((c, ctx) => {
  for (const [id, p] of Object.entries(c.projects)) {
    if (!c.server_sets[p.server_set]) {
      ctx.addIssue({
        code: "custom",
        path: ["projects", id, "server_set"],
        message: `server set "${p.server_set}" does not exist`,
      });
    }
    p.users.forEach((u, i) => {
      if (!c.users[u]) {
        ctx.addIssue({
          code: "custom",
          path: ["projects", id, "users", i],
          message: `user "${u}" does not exist`,
        });
      }
    });
  }
  for (const [id, k] of Object.entries(c.keys)) {
    if (!c.projects[k.project]) {
      ctx.addIssue({
        code: "custom",
        path: ["keys", id, "project"],
        message: `project "${k.project}" does not exist`,
      });
    }
    if (!c.users[k.user]) {
      ctx.addIssue({
        code: "custom",
        path: ["keys", id, "user"],
        message: `user "${k.user}" does not exist`,
      });
    }
  }
});
/** A parsed config (secrets may still be references). */
export type Config = z.infer<typeof ConfigSchema>;
/** Raw config as written in a file. */
export type ConfigInput = z.input<typeof ConfigSchema>;
