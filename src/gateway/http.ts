/**
 * Streamable HTTP edge: `/mcp` (and `/mcp/`), `/healthz`. Order per request: Host/Origin checks
 * (DNS rebinding) → gateway key → session (bound to the key that opened it) → SDK transport.
 * Nothing reaches an upstream unless all of these pass.
 */
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/webStandardStreamableHttp"
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
// @ts-types="npm:@modelcontextprotocol/sdk@1.32.2/server/index"
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { Principal } from "../auth/keys.ts";
import { AuthError } from "../errors.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";
import { VERSION } from "../version.ts";
import { createGatewayServer, notifyToolChanges } from "./server.ts";

interface Session {
  transport: WebStandardStreamableHTTPServerTransport;
  server: Server;
  keyId: string;
  unsubscribe: () => void;
  lastSeen: number;
}

/** Options for {@link createHttpHandler}. */
export interface HttpOptions {
  /** True when bound to a loopback address: then only localhost Host/Origin values are accepted by default. */
  loopback: boolean;
  /** Close sessions with no request for this long (default 1 hour). */
  sessionIdleMs?: number;
}

/** Extract the gateway key: Authorization Bearer, X-SMG-Key, or apikey (Enkrypt compatibility). */
export function keyFromHeaders(h: Headers): string | undefined {
  const auth = h.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m) return m[1].trim();
  }
  return h.get("x-smg-key")?.trim() || h.get("apikey")?.trim() || undefined;
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith("[")) {
    return hostHeader.slice(0, hostHeader.indexOf("]") + 1).toLowerCase();
  }
  return hostHeader.split(":")[0].toLowerCase();
}

function errorJson(
  status: number,
  error: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error, message }, { status, headers });
}

/** The HTTP handler and its session registry. */
export interface HttpHandler {
  handle(req: Request, info?: Deno.ServeHandlerInfo): Promise<Response>;
  sessionCount(): number;
  /** Refuse new work (503) while shutting down. */
  startDraining(): void;
  /** Resolve when every POST response stream has been delivered (or after `maxMs`). */
  responsesDelivered(maxMs: number): Promise<boolean>;
  /** Close every session and stop the idle sweep. */
  closeAll(): Promise<void>;
}

/** Build the gateway's HTTP handler (usable with Deno.serve or called directly in tests). */
export function createHttpHandler(rt: GatewayRuntime, opts: HttpOptions): HttpHandler {
  const sessions = new Map<string, Session>();
  let draining = false;
  // POST responses still streaming (a tool result may be written after the call's promise settles).
  let openPosts = 0;
  let postsDone: (() => void) | undefined;
  const track = (res: Response): Response => {
    if (!res.body) return res;
    openPosts++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      if (--openPosts === 0) postsDone?.();
    };
    const body = res.body.pipeThrough(new TransformStream({ flush: finish }));
    // A client that disconnects cancels the stream: count that as delivered too.
    const reader = body.getReader();
    const wrapped = new ReadableStream({
      async pull(ctrl) {
        const { value, done: d } = await reader.read();
        if (d) {
          finish();
          ctrl.close();
        } else ctrl.enqueue(value);
      },
      cancel(reason) {
        finish();
        return reader.cancel(reason);
      },
    });
    return new Response(wrapped, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers,
    });
  };
  const idleMs = opts.sessionIdleMs ?? 3_600_000;
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [id, s] of sessions) if (now - s.lastSeen > idleMs) void closeSession(id);
  }, Math.max(50, Math.min(60_000, idleMs / 2)));
  Deno.unrefTimer(sweep);

  const hostAllowed = (req: Request): boolean => {
    const host = req.headers.get("host");
    const extra = rt.config.settings.http.allowed_hosts.map((h) => h.toLowerCase());
    if (!host) return !opts.loopback && extra.length === 0;
    const name = hostnameOf(host);
    if (extra.includes(host.toLowerCase()) || extra.includes(name)) return true;
    if (opts.loopback) return LOCAL_HOSTS.has(name);
    return extra.length === 0;
  };

  const originAllowed = (req: Request): boolean => {
    const origin = req.headers.get("origin");
    if (!origin) return true; // non-browser clients send none
    const allowed = rt.config.settings.http.allowed_origins;
    if (allowed.includes(origin) || allowed.includes("*")) return true;
    try {
      const u = new URL(origin);
      return LOCAL_HOSTS.has(u.hostname === "::1" ? "[::1]" : u.hostname);
    } catch {
      return false;
    }
  };

  const closeSession = async (id: string) => {
    const s = sessions.get(id);
    if (!s) return;
    sessions.delete(id);
    s.unsubscribe();
    await s.server.close().catch(() => {});
    rt.events.emit({ type: "session.closed", session_id: id, transport: "http" });
  };

  const handle = async (req: Request, info?: Deno.ServeHandlerInfo): Promise<Response> => {
    const url = new URL(req.url);
    if (url.pathname === "/healthz") {
      return Response.json({
        status: draining ? "draining" : "ok",
        version: VERSION,
        sessions: sessions.size,
        upstreams: rt.pool.status().map((u) => ({ server: u.server, connected: u.connected })),
      }, { status: draining ? 503 : 200 });
    }
    if (url.pathname !== "/mcp" && url.pathname !== "/mcp/") {
      return errorJson(404, "not_found", `No route for ${url.pathname}: the MCP endpoint is /mcp`);
    }
    if (!hostAllowed(req)) {
      return errorJson(
        403,
        "host_not_allowed",
        `Host header "${
          req.headers.get("host") ?? ""
        }" is not allowed (DNS rebinding protection); add it to settings.http.allowed_hosts`,
      );
    }
    if (!originAllowed(req)) {
      return errorJson(
        403,
        "origin_not_allowed",
        `Origin "${
          req.headers.get("origin")
        }" is not allowed; add it to settings.http.allowed_origins`,
      );
    }
    const remote = info && "hostname" in info.remoteAddr ? info.remoteAddr.hostname : undefined;
    let principal: Principal;
    try {
      principal = rt.authenticate(keyFromHeaders(req.headers), "http", remote);
    } catch (e) {
      if (e instanceof AuthError) {
        return errorJson(401, e.code, e.message, { "WWW-Authenticate": 'Bearer realm="smg"' });
      }
      throw e;
    }
    if (draining) {
      return errorJson(503, "shutting_down", "The gateway is shutting down; retry shortly", {
        "Retry-After": "2",
      });
    }

    const sid = req.headers.get("mcp-session-id");
    if (sid) {
      const s = sessions.get(sid);
      if (!s) {
        return Response.json({
          jsonrpc: "2.0",
          error: { code: -32001, message: "Session not found: initialize a new session" },
          id: null,
        }, { status: 404 });
      }
      if (s.keyId !== principal.keyId) {
        return errorJson(
          403,
          "session_key_mismatch",
          "This session was opened with a different gateway key",
        );
      }
      s.lastSeen = Date.now();
      const res = await s.transport.handleRequest(req);
      if (req.method === "DELETE") await closeSession(sid);
      return req.method === "POST" ? track(res) : res;
    }
    if (req.method !== "POST") {
      return errorJson(
        400,
        "session_required",
        "Missing Mcp-Session-Id header: send an initialize request first",
      );
    }
    // A new session. The key is re-checked on every request of the session, so disabling it takes
    // effect at once.
    const keyId = principal.keyId;
    const currentPrincipal = () => rt.recheck(keyId);
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => crypto.randomUUID(),
      enableJsonResponse: false,
      maxRequestBodySize: rt.config.settings.http.max_body_bytes,
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, server, keyId, unsubscribe, lastSeen: Date.now() });
        rt.events.emit({
          type: "session.opened",
          session_id: id,
          transport: "http",
          project: principal.projectId,
        });
      },
    });
    const server = createGatewayServer(rt, currentPrincipal);
    const unsubscribe = notifyToolChanges(rt, server, currentPrincipal);
    transport.onclose = () => {
      if (transport.sessionId) void closeSession(transport.sessionId);
    };
    await server.connect(transport);
    const res = await transport.handleRequest(req);
    if (!transport.sessionId) {
      // Not an initialize request (or it failed): don't keep anything around.
      unsubscribe();
      await server.close().catch(() => {});
    }
    return res;
  };

  return {
    handle,
    sessionCount: () => sessions.size,
    startDraining: () => {
      draining = true;
    },
    responsesDelivered: (maxMs) => {
      if (openPosts === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const t = setTimeout(() => resolve(false), maxMs);
        postsDone = () => {
          clearTimeout(t);
          resolve(true);
        };
      });
    },
    closeAll: async () => {
      clearInterval(sweep);
      await Promise.allSettled([...sessions.keys()].map(closeSession));
    },
  };
}
