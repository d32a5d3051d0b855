/**
 * Convert an Enkrypt secure-mcp-gateway `enkrypt_mcp_config.json` into smg's format.
 * Pure: JSON in, config + a list of everything that could not be mapped out. Nothing is dropped
 * silently: every key we do not translate is reported with its JSON path and why.
 * Plaintext Enkrypt API keys are hashed; the plaintext never reaches smg's file.
 */
import { hashKey } from "../auth/keys.ts";
import { jsonPath } from "./issues.ts";
import type { ConfigInput } from "./schema.ts";

/** Something from the Enkrypt file that smg did not (fully) map. */
export interface Unmapped {
  path: string;
  reason: string;
}

/** Result of an import. */
export interface EnkryptImport {
  config: ConfigInput;
  unmapped: Unmapped[];
  /** How things were mapped where a choice was made. */
  notes: string[];
  counts: { server_sets: number; servers: number; projects: number; users: number; keys: number };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

function safeName(s: string, used: Set<string>, fallback: string): string {
  let base = s.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^[_-]+/, "").slice(0, 40) || fallback;
  if (!/^[A-Za-z0-9]/.test(base)) base = `s${base}`;
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
  used.add(name);
  return name;
}

const LEVELS: Record<string, "debug" | "info" | "warn" | "error"> = {
  DEBUG: "debug",
  INFO: "info",
  WARNING: "warn",
  WARN: "warn",
  ERROR: "error",
  CRITICAL: "error",
};

/** Recommended-policy builders passed in by the caller (keeps this module free of guardrails). */
export interface ImportPolicies {
  input: () => Obj;
  output: () => Obj;
  tool: () => Obj;
}

/** Convert an Enkrypt config. */
export function importEnkrypt(src: unknown, policies?: ImportPolicies): EnkryptImport {
  const unmapped: Unmapped[] = [];
  const notes: string[] = [];
  const un = (path: PropertyKey[], reason: string) =>
    unmapped.push({ path: jsonPath(path), reason });
  if (!isObj(src)) {
    return {
      config: { version: 1 },
      unmapped: [{ path: "$", reason: "not a JSON object: is this an enkrypt_mcp_config.json?" }],
      notes,
      counts: { server_sets: 0, servers: 0, projects: 0, users: 0, keys: 0 },
    };
  }
  const settings: Obj = {};
  const cache: Obj = {};
  const timeouts: Obj = {};
  let asyncInput = false;

  // ---- common settings
  const common = src.common_mcp_gateway_config;
  if (isObj(common)) {
    for (const [k, v] of Object.entries(common)) {
      const p = ["common_mcp_gateway_config", k];
      switch (k) {
        case "enkrypt_log_level":
          if (typeof v === "string" && LEVELS[v.toUpperCase()]) {
            settings.log_level = LEVELS[v.toUpperCase()];
          } else un(p, `unknown log level ${JSON.stringify(v)}`);
          break;
        case "enkrypt_tool_cache_expiration":
          if (typeof v === "number") cache.tools_ttl_s = Math.round(v * 3600);
          break;
        case "enkrypt_gateway_cache_expiration":
          if (typeof v === "number") cache.config_ttl_s = Math.round(v * 3600);
          break;
        case "enkrypt_mcp_use_external_cache":
        case "enkrypt_cache_host":
        case "enkrypt_cache_port":
        case "enkrypt_cache_db":
        case "enkrypt_cache_password":
          break; // handled together below
        case "enkrypt_async_input_guardrails_enabled":
          asyncInput = v === true;
          break;
        case "enkrypt_async_output_guardrails_enabled":
          if (v === true) {
            un(
              p,
              "smg runs output guards before returning a result; asynchronous output checks are not supported by design",
            );
          }
          break;
        case "timeout_settings":
          if (isObj(v)) {
            for (const [tk, tv] of Object.entries(v)) {
              const tp = [...p, tk];
              if (typeof tv === "number" && tk === "tool_execution_timeout") {
                timeouts.tool_call_ms = Math.round(tv * 1000);
              } else if (typeof tv === "number" && tk === "discovery_timeout") {
                timeouts.discovery_ms = Math.round(tv * 1000);
              } else if (typeof tv === "number" && tk === "connectivity_timeout") {
                timeouts.connect_ms = Math.round(tv * 1000);
              } else if (tk === "escalation_policies") {
                un(
                  tp,
                  "smg uses fixed escalation at 0.8 (warn), 1.0 (timeout) and 1.2 (fail) of each limit",
                );
              } else {un(
                  tp,
                  `no smg equivalent (smg has connect, discovery and tool-call timeouts)`,
                );}
            }
          }
          break;
        case "enkrypt_telemetry":
          un(
            p,
            "telemetry export is configured separately in smg (not part of the config file yet)",
          );
          break;
        case "enkrypt_use_remote_mcp_config":
        case "enkrypt_remote_mcp_gateway_name":
        case "enkrypt_remote_mcp_gateway_version":
          if (v !== false && v !== undefined) {
            un(p, "remote (cloud-hosted) gateway config is not supported: smg's config is local");
          }
          break;
        case "enkrypt_api_key":
        case "enkrypt_base_url":
          un(
            p,
            "Enkrypt cloud credentials: smg's guardrails run locally; configure the enkrypt remote provider to keep using Enkrypt's API",
          );
          break;
        default:
          un(p, "unknown setting");
      }
    }
    if (common.enkrypt_mcp_use_external_cache === true) {
      const host = String(common.enkrypt_cache_host ?? "localhost");
      const port = Number(common.enkrypt_cache_port ?? 6379);
      const db = Number(common.enkrypt_cache_db ?? 0);
      const pw = common.enkrypt_cache_password;
      cache.redis_url = `redis://${
        pw ? `:${encodeURIComponent(String(pw))}@` : ""
      }${host}:${port}/${db}`;
      if (pw) {
        notes.push(
          'the Redis password was written into settings.cache.redis_url; consider replacing it with {"env": "SMG_REDIS_URL"}',
        );
      }
    }
  } else if (common !== undefined) un(["common_mcp_gateway_config"], "expected an object");

  // ---- server sets
  const server_sets: Obj = {};
  const setIdToName = new Map<string, string>();
  const setNames = new Set<string>();
  let serverCount = 0;
  if (isObj(src.mcp_configs)) {
    for (const [id, mc] of Object.entries(src.mcp_configs)) {
      const p = ["mcp_configs", id];
      if (!isObj(mc)) {
        un(p, "expected an object");
        continue;
      }
      const setName = safeName(String(mc.mcp_config_name ?? id), setNames, "set");
      setIdToName.set(id, setName);
      const servers: Obj[] = [];
      const serverNames = new Set<string>();
      const list = Array.isArray(mc.mcp_config) ? mc.mcp_config : [];
      for (const k of Object.keys(mc)) {
        if (k !== "mcp_config_name" && k !== "mcp_config") un([...p, k], "unknown key");
      }
      list.forEach((s, i) => {
        const sp = [...p, "mcp_config", i];
        if (!isObj(s)) return un(sp, "expected an object");
        const server = convertServer(s, sp, serverNames, un, notes, policies, asyncInput);
        if (server) {
          servers.push(server);
          serverCount++;
        }
      });
      server_sets[setName] = { description: `Imported from Enkrypt mcp_config ${id}`, servers };
    }
  }

  // ---- users
  const users: Obj = {};
  if (isObj(src.users)) {
    for (const [id, u] of Object.entries(src.users)) {
      if (!isObj(u) || typeof u.email !== "string") {
        un(["users", id], "user without an email");
        continue;
      }
      users[id] = {
        email: u.email,
        ...(typeof u.created_at === "string" ? { created_at: u.created_at } : {}),
      };
      for (const k of Object.keys(u)) {
        if (!["email", "created_at", "name"].includes(k)) un(["users", id, k], "unknown key");
      }
    }
  }

  // ---- projects
  const projects: Obj = {};
  if (isObj(src.projects)) {
    for (const [id, pr] of Object.entries(src.projects)) {
      const p = ["projects", id];
      if (!isObj(pr)) {
        un(p, "expected an object");
        continue;
      }
      const set = setIdToName.get(String(pr.mcp_config_id ?? ""));
      if (!set) {
        un(
          [...p, "mcp_config_id"],
          `refers to mcp_config "${pr.mcp_config_id}" which is not in mcp_configs: project skipped`,
        );
        continue;
      }
      const projUsers = Array.isArray(pr.users)
        ? pr.users.filter((u): u is string => typeof u === "string")
        : [];
      for (const u of projUsers) {
        if (!users[u]) {
          un([...p, "users"], `user "${u}" does not exist: removed from the project`);
        }
      }
      projects[id] = {
        name: String(pr.project_name ?? id),
        server_set: set,
        // Enkrypt exposes only its gateway tools; "both" keeps that contract and adds direct tools.
        exposure: "both",
        users: projUsers.filter((u) => users[u]),
        ...(typeof pr.created_at === "string" ? { created_at: pr.created_at } : {}),
      };
      for (const k of Object.keys(pr)) {
        if (!["project_name", "mcp_config_id", "users", "created_at"].includes(k)) {
          un([...p, k], "unknown key");
        }
      }
    }
  }

  // ---- keys (plaintext in Enkrypt → hashed here)
  const keys: Obj = {};
  if (isObj(src.apikeys)) {
    let n = 0;
    for (const [plain, k] of Object.entries(src.apikeys)) {
      n++;
      const p = ["apikeys", `<key #${n}>`];
      if (!isObj(k)) {
        un(p, "expected an object");
        continue;
      }
      const project = String(k.project_id ?? "");
      const user = String(k.user_id ?? "");
      if (!projects[project] || !users[user]) {
        un(
          p,
          `key for project "${project}" / user "${user}" skipped: that project or user was not imported`,
        );
        continue;
      }
      const prefix = plain.slice(0, 6);
      keys[`k_imported_${n}`] = {
        hash: hashKey(plain),
        prefix,
        name: "imported from Enkrypt",
        project,
        user,
        disabled: k.disabled === true,
        ...(typeof k.created_at === "string" ? { created_at: k.created_at } : {}),
      };
      for (const kk of Object.keys(k)) {
        if (!["project_id", "user_id", "created_at", "disabled"].includes(kk)) {
          un([...p, kk], "unknown key");
        }
      }
    }
    if (n) {
      notes.push(
        `${n} Enkrypt API key(s) were imported as hashes: clients keep working with the same keys`,
      );
    }
  }

  let admin_key: Obj | undefined;
  if (typeof src.admin_apikey === "string" && src.admin_apikey) {
    admin_key = { hash: hashKey(src.admin_apikey), prefix: src.admin_apikey.slice(0, 6) };
  }

  for (const k of Object.keys(src)) {
    if (
      ![
        "common_mcp_gateway_config",
        "mcp_configs",
        "projects",
        "users",
        "apikeys",
        "admin_apikey",
        "plugins",
      ].includes(k)
    ) {
      un([k], "unknown top-level key");
    }
  }
  if (src.plugins !== undefined) {
    un(
      ["plugins"],
      "Enkrypt plugin settings (auth/guardrail/telemetry providers) have no direct equivalent; smg's guardrails are configured per server",
    );
  }

  const config: ConfigInput = {
    version: 1,
    settings: {
      ...(settings as object),
      ...(Object.keys(cache).length ? { cache } : {}),
      ...(Object.keys(timeouts).length ? { timeouts } : {}),
    },
    ...(admin_key ? { admin_key } : {}),
    server_sets,
    projects,
    users,
    keys,
  } as ConfigInput;
  return {
    config,
    unmapped,
    notes,
    counts: {
      server_sets: Object.keys(server_sets).length,
      servers: serverCount,
      projects: Object.keys(projects).length,
      users: Object.keys(users).length,
      keys: Object.keys(keys).length,
    },
  };
}

function convertServer(
  s: Obj,
  p: PropertyKey[],
  used: Set<string>,
  un: (p: PropertyKey[], r: string) => void,
  notes: string[],
  policies: ImportPolicies | undefined,
  asyncInput: boolean,
): Obj | undefined {
  const rawName = String(s.server_name ?? "");
  if (!rawName) {
    un([...p, "server_name"], "server without a name: skipped");
    return undefined;
  }
  const name = safeName(rawName, used, "server");
  if (name !== rawName) {
    notes.push(
      `server "${rawName}" renamed to "${name}" (smg server names allow letters, digits, _ and -)`,
    );
  }
  const out: Obj = { name, description: String(s.description ?? "") };
  const cfg = isObj(s.config) ? s.config : {};
  if (typeof cfg.command === "string") {
    out.command = cfg.command;
    if (Array.isArray(cfg.args)) out.args = cfg.args.map(String);
    if (isObj(cfg.env)) {
      out.env = Object.fromEntries(Object.entries(cfg.env).map(([k, v]) => [k, String(v)]));
    }
    if (typeof cfg.cwd === "string") out.cwd = cfg.cwd;
  } else if (typeof cfg.url === "string") {
    out.url = cfg.url;
    out.type = cfg.type === "sse" || cfg.transport === "sse" ? "sse" : "http";
    if (isObj(cfg.headers)) {
      out.headers = Object.fromEntries(Object.entries(cfg.headers).map(([k, v]) => [k, String(v)]));
    }
  } else {
    un([...p, "config"], "neither command nor url: server skipped");
    return undefined;
  }
  for (const k of Object.keys(cfg)) {
    if (!["command", "args", "env", "cwd", "url", "type", "transport", "headers"].includes(k)) {
      un([...p, "config", k], "unknown key");
    }
  }
  if (isObj(s.tools) && Object.keys(s.tools).length) out.tools = Object.keys(s.tools);
  else if (Array.isArray(s.tools) && s.tools.length) out.tools = s.tools.map(String);

  const toolGuard = s.enable_tool_guardrails === true || s.enable_server_info_validation === true;
  if (toolGuard && policies) out.tool_policy = policies.tool();
  const inp = s.input_guardrails_policy;
  if (isObj(inp) && inp.enabled === true && policies) {
    const pol = policies.input();
    if (asyncInput) pol.async_input = true;
    const extra = isObj(inp.additional_config) ? inp.additional_config : {};
    if (extra.pii_redaction === true && isObj(pol.detectors)) {
      pol.detectors = { ...pol.detectors, pii: { action: "redact" } };
    }
    out.input_policy = pol;
    if (inp.policy_name) {
      un(
        [...p, "input_guardrails_policy", "policy_name"],
        `Enkrypt cloud policy "${inp.policy_name}" replaced by smg's recommended local input policy`,
      );
    }
    if (Array.isArray(inp.block) && inp.block.length) {
      un(
        [...p, "input_guardrails_policy", "block"],
        `Enkrypt detector names (${
          inp.block.join(", ")
        }) map onto smg's local detectors set to block`,
      );
    }
  }
  const outp = s.output_guardrails_policy;
  if (isObj(outp) && outp.enabled === true && policies) {
    out.output_policy = policies.output();
    const extra = isObj(outp.additional_config) ? outp.additional_config : {};
    for (const k of ["relevancy", "hallucination", "adherence"]) {
      if (extra[k] === true) {
        un(
          [...p, "output_guardrails_policy", "additional_config", k],
          `${k} checks need a model: available only through the enkrypt remote provider`,
        );
      }
    }
    if (outp.policy_name) {
      un(
        [...p, "output_guardrails_policy", "policy_name"],
        `Enkrypt cloud policy "${outp.policy_name}" replaced by smg's recommended local output policy`,
      );
    }
  }
  const oauth = s.oauth_config;
  if (isObj(oauth)) {
    const g = (k: string) =>
      oauth[k] ?? oauth[k.toUpperCase()] ?? oauth[`OAUTH_${k.toUpperCase()}`] ??
        oauth[`oauth_${k}`];
    if (g("enabled") === true || oauth.OAUTH_ENABLED === true) {
      const grant = String(g("grant_type") ?? "client_credentials");
      out.oauth = {
        grant_type: grant === "authorization_code" ? "authorization_code" : "client_credentials",
        ...(g("token_url") ? { token_url: String(g("token_url")) } : {}),
        ...(g("client_id") ? { client_id: String(g("client_id")) } : {}),
        ...(g("client_secret") ? { client_secret: String(g("client_secret")) } : {}),
        ...(g("scope") ? { scope: String(g("scope")) } : {}),
        ...(g("audience") ? { audience: String(g("audience")) } : {}),
      };
    }
    const known = new Set([
      "enabled",
      "grant_type",
      "token_url",
      "client_id",
      "client_secret",
      "scope",
      "audience",
      "version",
    ]);
    for (const k of Object.keys(oauth)) {
      const norm = k.toLowerCase().replace(/^oauth_/, "");
      if (!known.has(norm)) un([...p, "oauth_config", k], "no smg equivalent");
    }
  }
  for (const k of Object.keys(s)) {
    if (
      ![
        "server_name",
        "description",
        "config",
        "tools",
        "enable_tool_guardrails",
        "enable_server_info_validation",
        "input_guardrails_policy",
        "output_guardrails_policy",
        "oauth_config",
      ].includes(k)
    ) un([...p, k], "unknown key");
  }
  return out;
}
