/**
 * The REST admin API as a fetch handler (`Request` → `Response`): routes under `/api/v1`, every one
 * behind `Authorization: Bearer <admin key>`; `/openapi.json` and `/docs` describe them.
 */
import { keyMatchesHash } from "../auth/keys.ts";
import { ConfigCorruptError, type ConfigStore } from "../config/store.ts";
import { ConfigError } from "../errors.ts";
import type { Logger } from "../log/logger.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";
import { docsHtml } from "./docs.ts";
import { AdminError } from "./errors.ts";
import { openApiDocument } from "./openapi.ts";
import { parseInput, sentOnly } from "./ops/validate.ts";
import type { Route } from "./route.ts";
import { PEOPLE_ROUTES } from "./routes_people.ts";
import { SET_ROUTES } from "./routes_sets.ts";
import { SYSTEM_ROUTES } from "./routes_system.ts";
import { AuthThrottle } from "./throttle.ts";

/** Every route, in matching order. */
export const ROUTES: Route[] = [...SET_ROUTES, ...PEOPLE_ROUTES, ...SYSTEM_ROUTES];
/** Prefix of every API route. */
export const API_BASE = "/api/v1";
const MAX_BODY = 1 << 20;

/** Options for {@link createAdminHandler}. */
export interface AdminHandlerOptions {
  store: ConfigStore;
  runtime?: GatewayRuntime;
  logger?: Logger;
  throttle?: AuthThrottle;
}

interface Compiled {
  route: Route;
  re: RegExp;
  names: string[];
}

function compile(r: Route): Compiled {
  const names: string[] = [];
  const re = new RegExp(
    "^" +
      r.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(
        /\{(\w+)\}/g,
        (_, n) => (names.push(n), "([^/]+)"),
      ) + "/?$",
  );
  return { route: r, re, names };
}

function fail(
  status: number,
  error: string,
  detail: string,
  path: string | null = null,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error, detail, path }, { status, headers });
}

function bearer(req: Request): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get("authorization") ?? "");
  return m?.[1];
}

/** Build the admin handler. `remote` is the client address (for throttling). */
export function createAdminHandler(
  opts: AdminHandlerOptions,
): (req: Request, remote?: string) => Promise<Response> {
  const compiled = ROUTES.map(compile);
  const throttle = opts.throttle ?? new AuthThrottle();
  let openapi: string | undefined;

  const authorize = async (req: Request, addr: string): Promise<Response | null> => {
    const wait = throttle.retryAfter(addr);
    if (wait > 0) {
      const s = Math.ceil(wait / 1000);
      return fail(
        429,
        "too_many_requests",
        `Too many failed admin logins from this address: retry in ${s} s`,
        null,
        { "retry-after": String(s) },
      );
    }
    const key = bearer(req);
    let hash: string | undefined;
    try {
      hash = (await opts.store.read()).admin_key?.hash;
    } catch {
      hash = undefined; // an unreadable config authenticates nobody
    }
    // Always hash and compare, so timing does not reveal whether a key or an admin key exists.
    const ok = keyMatchesHash(key ?? "", hash ?? "sha256:" + "0".repeat(64)) && !!key && !!hash;
    if (ok) {
      throttle.succeed(addr);
      return null;
    }
    throttle.fail(addr);
    opts.logger?.warn("admin authentication failed", { remote: addr });
    const detail = !hash
      ? "No admin key is configured: create one with smg admin key create"
      : key
      ? "Invalid admin key"
      : "Missing admin key: send Authorization: Bearer <admin key>";
    return fail(401, "unauthorized", detail, null, {
      "www-authenticate": 'Bearer realm="smg-admin"',
    });
  };

  return async (req: Request, remote = "unknown"): Promise<Response> => {
    const url = new URL(req.url);
    if (req.method === "GET" && url.pathname === "/openapi.json") {
      openapi ??= JSON.stringify(openApiDocument(ROUTES, API_BASE));
      return new Response(openapi, { headers: { "content-type": "application/json" } });
    }
    if (req.method === "GET" && (url.pathname === "/docs" || url.pathname === "/")) {
      return new Response(docsHtml(ROUTES, API_BASE), {
        headers: { "content-type": "text/html; charset=utf-8" },
      });
    }
    if (!url.pathname.startsWith(API_BASE + "/")) {
      return fail(
        404,
        "not_found",
        `No route ${url.pathname}: the API is under ${API_BASE} (see /docs)`,
      );
    }
    const denied = await authorize(req, remote);
    if (denied) return denied;
    const sub = url.pathname.slice(API_BASE.length);
    let methodMismatch = false;
    for (const c of compiled) {
      const m = c.re.exec(sub);
      if (!m) continue;
      if (c.route.method !== req.method) {
        methodMismatch = true;
        continue;
      }
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
      try {
        let body: unknown = undefined;
        if (c.route.body) {
          const text = await req.text();
          if (text.length > MAX_BODY) {
            return fail(413, "too_large", `Request body over ${MAX_BODY} bytes`);
          }
          let json: unknown;
          try {
            json = text.trim() ? JSON.parse(text) : {};
          } catch (e) {
            return fail(
              400,
              "bad_json",
              `Request body is not valid JSON: ${(e as Error).message}`,
              "$",
            );
          }
          // Validate, but pass on only what was sent: ops re-parse, and a PATCH must not reset defaults.
          const parsed = parseInput(c.route.body, json, "request body");
          body = parsed && typeof parsed === "object" && !Array.isArray(parsed)
            ? sentOnly(parsed as Record<string, unknown>, json)
            : parsed;
        }
        const r = await c.route.handler({
          params,
          query: url.searchParams,
          body,
          store: opts.store,
          runtime: opts.runtime,
        });
        return Response.json(r.body ?? null, { status: r.status ?? c.route.status ?? 200 });
      } catch (e) {
        return errorResponse(e, opts.logger);
      }
    }
    if (methodMismatch) {
      return fail(
        405,
        "method_not_allowed",
        `${req.method} is not allowed on ${url.pathname} (see /docs)`,
      );
    }
    return fail(404, "not_found", `No route ${req.method} ${url.pathname} (see /docs)`);
  };
}

/** Map an error to the JSON error response. */
export function errorResponse(e: unknown, logger?: Logger): Response {
  if (e instanceof AdminError) return fail(e.status, e.code, e.message, e.path ?? null);
  if (e instanceof ConfigError) {
    const corrupt = e instanceof ConfigCorruptError;
    return Response.json({
      error: corrupt ? "config_corrupt" : "validation_failed",
      detail: e.message,
      path: e.issues[0]?.path ?? null,
      issues: e.issues,
    }, { status: corrupt ? 500 : 422 });
  }
  logger?.error("admin request failed", { error: (e as Error)?.message });
  return fail(500, "internal", "The request failed inside smg (see the server log)");
}
