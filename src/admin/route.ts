/** The shape of one REST admin route; the router, the OpenAPI document and the docs page read the same table. */
import type { z } from "zod";
import type { Config } from "../config/schema.ts";
import type { ConfigStore } from "../config/store.ts";
import type { GatewayRuntime } from "../runtime/runtime.ts";

/** What a route handler gets. */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The validated body (when the route declares one). */
  body: unknown;
  store: ConfigStore;
  runtime?: GatewayRuntime;
}

/** What a route handler returns. */
export interface RouteResult {
  status?: number;
  body: unknown;
}

/** One route. `path` uses `{param}` segments, relative to `/api/v1`. */
export interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  tag: string;
  summary: string;
  /** Request body schema (validated before the handler runs). */
  body?: z.ZodType;
  /** Status on success (default 200). */
  status?: number;
  handler: (ctx: RouteContext) => Promise<RouteResult>;
}

/** Define a route (typing helper). */
export function route(r: Route): Route {
  return r;
}

/** Run a mutation through the store and return its result. */
export async function change<T>(
  ctx: RouteContext,
  reason: string,
  fn: (c: Config) => T,
): Promise<T> {
  return (await ctx.store.update(fn, { reason })).result;
}

/** A path parameter. */
export function param(ctx: RouteContext, name: string): string {
  return ctx.params[name];
}
