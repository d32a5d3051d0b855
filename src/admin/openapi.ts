/** OpenAPI 3.1 document generated from the route table and the config's zod schemas. */
import { z } from "zod";
import { VERSION } from "../version.ts";
import type { Route } from "./route.ts";

const ERROR_SCHEMA = {
  type: "object",
  required: ["error", "detail", "path"],
  properties: {
    error: { type: "string", description: "stable code, e.g. not_found, validation_failed" },
    detail: { type: "string", description: "what failed and how to fix it" },
    path: { type: ["string", "null"], description: "JSON path of the offending field" },
  },
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  try {
    const s = z.toJSONSchema(schema, {
      io: "input",
      target: "draft-2020-12",
      unrepresentable: "any",
    }) as Record<string, unknown>;
    delete s.$schema;
    return s;
  } catch {
    return { type: "object" };
  }
}

function operationId(r: Route): string {
  const words = r.path.split("/").filter(Boolean).map((w) =>
    w.replace(/[{}]/g, "").replace(/-(\w)/g, (_, c) => c.toUpperCase())
  );
  return r.method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

/** Build the OpenAPI document for `routes` mounted at `base`. */
export function openApiDocument(routes: Route[], base: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const ok = String(r.status ?? 200);
    const op: Record<string, unknown> = {
      operationId: operationId(r),
      summary: r.summary,
      tags: [r.tag],
      security: [{ adminKey: [] }],
      ...(params.length ? { parameters: params } : {}),
      ...(r.body
        ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: jsonSchema(r.body) } },
          },
        }
        : {}),
      responses: {
        [ok]: { description: "success", content: { "application/json": { schema: {} } } },
        "400": { $ref: "#/components/responses/Error" },
        "401": { $ref: "#/components/responses/Error" },
        "404": { $ref: "#/components/responses/Error" },
        "409": { $ref: "#/components/responses/Error" },
        "422": { $ref: "#/components/responses/Error" },
        "429": { $ref: "#/components/responses/Error" },
      },
    };
    (paths[base + r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "smg admin API",
      version: VERSION,
      description:
        "Manage server sets, servers, policies, projects, users, keys, backups and the cache of an smg gateway.",
    },
    servers: [{ url: "/" }],
    security: [{ adminKey: [] }],
    components: {
      securitySchemes: {
        adminKey: {
          type: "http",
          scheme: "bearer",
          description: "the admin key (smg admin key create)",
        },
      },
      schemas: { Error: ERROR_SCHEMA },
      responses: {
        Error: {
          description: "error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
    },
    paths,
  };
}
