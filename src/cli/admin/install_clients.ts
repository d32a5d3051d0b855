/**
 * MCP clients smg can install itself into: where each keeps its config (per OS) and the entry
 * format it documents. Claude Desktop `mcpServers` (stdio only in the file), Cursor `mcpServers`
 * (`url` for remote), VS Code `servers` with `type`, Claude Code `mcpServers` with `type` in
 * ~/.claude.json, Windsurf `serverUrl`, Gemini CLI `httpUrl`, Codex TOML `[mcp_servers.NAME]`
 * with `http_headers`.
 */
import { UsageError } from "../../errors.ts";

/** Client ids. */
export const CLIENTS = [
  "claude-desktop",
  "cursor",
  "vscode",
  "claude-code",
  "windsurf",
  "gemini",
  "codex",
] as const;
/** A client id. */
export type ClientId = typeof CLIENTS[number];

/** How smg is reached: a stdio command, or the HTTP gateway. */
export type Target =
  | { kind: "stdio"; command: string; args: string[]; env: Record<string, string> }
  | { kind: "http"; url: string; headers: Record<string, string> };

/** Where paths are resolved. */
export interface Env {
  os: typeof Deno.build.os;
  home: string;
  get: (name: string) => string | undefined;
}

/** The config file of `client`. */
export function clientConfigPath(client: ClientId, env: Env): string {
  const h = env.home;
  const appData = env.get("APPDATA") ?? `${h}/AppData/Roaming`;
  const xdg = env.get("XDG_CONFIG_HOME") ?? `${h}/.config`;
  const userDir = (app: string) =>
    env.os === "darwin"
      ? `${h}/Library/Application Support/${app}`
      : env.os === "windows"
      ? `${appData}/${app}`
      : `${xdg}/${app}`;
  switch (client) {
    case "claude-desktop":
      return `${userDir("Claude")}/claude_desktop_config.json`;
    case "cursor":
      return `${h}/.cursor/mcp.json`;
    case "vscode":
      return `${userDir("Code")}/User/mcp.json`;
    case "claude-code":
      return `${h}/.claude.json`;
    case "windsurf":
      return `${h}/.codeium/windsurf/mcp_config.json`;
    case "gemini":
      return `${h}/.gemini/settings.json`;
    case "codex":
      return `${env.get("CODEX_HOME") ?? `${h}/.codex`}/config.toml`;
  }
}

/** The JSON key holding servers (codex: TOML table prefix). */
export function rootKey(client: ClientId): string {
  return client === "vscode" ? "servers" : client === "codex" ? "mcp_servers" : "mcpServers";
}

/** The entry `client` expects for `target`. */
export function clientEntry(client: ClientId, t: Target): Record<string, unknown> {
  if (t.kind === "stdio") {
    const base = { command: t.command, args: t.args, env: t.env };
    return client === "vscode" || client === "claude-code" ? { type: "stdio", ...base } : base;
  }
  switch (client) {
    case "claude-desktop":
      throw new UsageError(
        "Cannot install an HTTP entry for Claude Desktop: its config file only starts local (stdio) servers; omit --http (add remote servers in its Connectors settings instead)",
      );
    case "vscode":
    case "claude-code":
      return { type: "http", url: t.url, headers: t.headers };
    case "windsurf":
      return { serverUrl: t.url, headers: t.headers };
    case "gemini":
      return { httpUrl: t.url, headers: t.headers };
    case "codex":
      return { url: t.url, http_headers: t.headers };
    case "cursor":
      return { url: t.url, headers: t.headers };
  }
}

/** Merge `entry` as `name` into a JSON config text (other content is kept). */
export function mergeJson(
  text: string | null,
  client: ClientId,
  name: string,
  entry: Record<string, unknown>,
  file: string,
): { text: string; replaced: boolean } {
  let doc: Record<string, unknown> = {};
  if (text !== null && text.trim()) {
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new UsageError(
        `Cannot update ${file}: it is not valid JSON (${
          (e as Error).message
        }); fix it first, nothing was changed`,
      );
    }
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) {
      throw new UsageError(`Cannot update ${file}: expected a JSON object`);
    }
  }
  const key = rootKey(client);
  const servers = (doc[key] ?? {}) as Record<string, unknown>;
  if (typeof servers !== "object" || Array.isArray(servers)) {
    throw new UsageError(`Cannot update ${file}: "${key}" is not an object`);
  }
  const replaced = name in servers;
  doc[key] = { ...servers, [name]: entry };
  return { text: JSON.stringify(doc, null, 2) + "\n", replaced };
}
