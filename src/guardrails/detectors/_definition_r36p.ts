/**
 * Round-36 preset check (paraphrase tests in `_definition_r36p_test.ts`): a `default`, `const` or
 * `examples` value that hands the host or the workspace over. Round 36 preset container options
 * (privileged mode, host namespaces, a mounted Docker socket or host root filesystem)
 * and editor or git settings (workspace trust off, tasks run on folder open, TLS verification
 * off, a shell credential helper) — sometimes as JSON text inside the preset. One such setting can
 * be a real need; two in one preset are a takeover the model is to apply unread.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

const MAX_NODES = 2000;

/** A JSON object or array written as text ("{\"tasks\": …}"). */
function jsonText(s: string): unknown {
  if (s.length < 8 || s.length > 8000 || !/^\s*[[{]/.test(s)) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Leaves of `v` as `[key, value]` (the nearest key), JSON text read as JSON. */
function leaves(v: unknown, key: string, out: [string, unknown][], depth: number): void {
  if (out.length > 300 || depth > 8) return;
  if (typeof v === "string") {
    const parsed = jsonText(v);
    if (parsed !== undefined) return leaves(parsed, key, out, depth + 1);
  }
  if (Array.isArray(v)) v.slice(0, 50).forEach((x) => leaves(x, key, out, depth + 1));
  else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 60)) {
      out.push([k, typeof x === "object" ? undefined : x]);
      leaves(x, k, out, depth + 1);
    }
  } else out.push([key, v]);
}

/** One takeover setting, by a short name (so one setting repeated counts once). */
function takeover(k: string, v: unknown): string | undefined {
  const s = typeof v === "string" ? v.trim() : v;
  if (/^privileged$/i.test(k) && (s === true || s === "true")) return "privileged";
  if (/^(?:pid|ipc|network|net|network_mode|networkmode|uts)$/i.test(k) && s === "host") {
    return "host-namespace";
  }
  if (typeof s === "string" && /(?:^|[\s:])\/var\/run\/docker\.sock(?::|$)/.test(s)) {
    return "docker.sock";
  }
  if (typeof s === "string" && /^\/:\/[\w/-]*(?::rw)?$/.test(s)) return "host-root";
  if (/^cap[_-]?add$/i.test(k) && typeof s === "string" && /^(?:ALL|SYS_ADMIN)$/i.test(s)) {
    return "cap";
  }
  if (/workspace\.trust\.enabled$/i.test(k) && (s === false || s === "false")) return "trust";
  if (/allowAutomaticTasks$/i.test(k) && (s === "on" || s === true)) return "autotasks";
  if (/^runOn$/i.test(k) && s === "folderOpen") return "folderOpen";
  if (/(?:^|\.)sslVerify$|^strict[_-]ssl$/i.test(k) && (s === false || s === "false")) {
    return "tls";
  }
  if (/^NODE_TLS_REJECT_UNAUTHORIZED$/.test(k) && (s === "0" || s === 0)) return "tls";
  if (/credential\.helper$/i.test(k) && typeof s === "string" && s.startsWith("!")) {
    return "cred-helper";
  }
  if (
    /^url\..{1,200}\.insteadOf$/i.test(k) && typeof s === "string" &&
    /github\.com|gitlab\.com/i.test(s)
  ) {
    return "url-rewrite";
  }
  return undefined;
}

/** Round-36 checks over a definition's preset values. */
export function r36ToolHits(tool: ToolDefinition): PathHit[] {
  const schema = tool.inputSchema;
  if (!schema || typeof schema !== "object") return [];
  const out: PathHit[] = [];
  let nodes = 0;
  const walk = (v: unknown, path: string, depth: number): void => {
    if (++nodes > MAX_NODES || depth > 12 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      v.slice(0, 50).forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 80)) {
      if (k === "default" || k === "const" || k === "examples") {
        const found: [string, unknown][] = [];
        leaves(x, "", found, 0);
        const names = new Set(found.map(([lk, lv]) => takeover(lk, lv)).filter((n) => n));
        if (names.size >= 2) {
          out.push({
            path: `${path}.${k}`,
            kind: "insecure_configuration",
            severity: "high",
            reason: "A preset value hands over the host or the workspace (privileged container, " +
              "host mounts, workspace trust or TLS verification off)",
          });
        }
      } else walk(x, `${path}.${k}`, depth + 1);
    }
  };
  const text = JSON.stringify(schema);
  if (!/"(?:default|const|examples)"/.test(text)) return [];
  walk(schema, "$.inputSchema", 0);
  return out;
}
