/** REST routes for server sets, their servers and the servers' policies. */
import { z } from "zod";
import { PolicySchema, ServerSchema } from "../config/schema.ts";
import { change, param as p, type Route, route } from "./route.ts";
import * as servers from "./ops/servers.ts";
import * as sets from "./ops/server_sets.ts";

const SetCreateSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  servers: z.array(ServerSchema).optional(),
}).strict();
const SetPatchSchema = z.object({
  name: z.string().min(1).optional(),
  description: z.string().optional(),
}).strict();
const SetCopySchema = z.object({ to: z.string().min(1) }).strict();
const ServerPatchSchema = z.record(z.string(), z.unknown()).describe(
  "Any Server fields to change; null removes a field",
);
const KindSchema = z.enum(["input", "output", "tool"]);

/** Server set, server and policy routes. */
export const SET_ROUTES: Route[] = [
  // server sets
  route({
    method: "GET",
    path: "/server-sets",
    tag: "server sets",
    summary: "List server sets",
    handler: async (ctx) => ({ body: sets.listSets(await ctx.store.read()) }),
  }),
  route({
    method: "POST",
    path: "/server-sets",
    tag: "server sets",
    summary: "Add a server set",
    body: SetCreateSchema,
    status: 201,
    handler: async (ctx) => {
      const b = ctx.body as z.infer<typeof SetCreateSchema>;
      return {
        body: {
          name: b.name,
          ...(await change(ctx, `add set ${b.name}`, (c) => sets.addSet(c, b.name, b))),
        },
      };
    },
  }),
  route({
    method: "GET",
    path: "/server-sets/{set}",
    tag: "server sets",
    summary: "Get a server set",
    handler: async (ctx) => ({ body: sets.getSet(await ctx.store.read(), p(ctx, "set")) }),
  }),
  route({
    method: "PATCH",
    path: "/server-sets/{set}",
    tag: "server sets",
    summary: "Rename a server set or change its description",
    body: SetPatchSchema,
    handler: async (ctx) => {
      const b = ctx.body as z.infer<typeof SetPatchSchema>;
      let name = p(ctx, "set");
      const set = await change(ctx, `change set ${name}`, (c) => {
        if (b.description !== undefined) sets.getSet(c, name).description = b.description;
        if (b.name && b.name !== name) {
          sets.renameSet(c, name, b.name);
          name = b.name;
        }
        return sets.getSet(c, name);
      });
      return { body: { name, ...set } };
    },
  }),
  route({
    method: "DELETE",
    path: "/server-sets/{set}",
    tag: "server sets",
    summary: "Remove a server set no project uses",
    handler: async (ctx) => ({
      body: {
        removed: await change(
          ctx,
          `remove set ${p(ctx, "set")}`,
          (c) => (sets.removeSet(c, p(ctx, "set")), p(ctx, "set")),
        ),
      },
    }),
  }),
  route({
    method: "POST",
    path: "/server-sets/{set}/copy",
    tag: "server sets",
    summary: "Copy a server set under a new name",
    body: SetCopySchema,
    status: 201,
    handler: async (ctx) => {
      const to = (ctx.body as z.infer<typeof SetCopySchema>).to;
      return {
        body: {
          name: to,
          ...(await change(
            ctx,
            `copy set ${p(ctx, "set")}`,
            (c) => sets.copySet(c, p(ctx, "set"), to),
          )),
        },
      };
    },
  }),
  // servers
  route({
    method: "GET",
    path: "/server-sets/{set}/servers",
    tag: "servers",
    summary: "List the servers of a set",
    handler: async (ctx) => ({ body: sets.getSet(await ctx.store.read(), p(ctx, "set")).servers }),
  }),
  route({
    method: "POST",
    path: "/server-sets/{set}/servers",
    tag: "servers",
    summary: "Add a server (stdio command or remote url)",
    body: ServerSchema,
    status: 201,
    handler: async (ctx) => ({
      body: await change(ctx, `add server`, (c) => servers.addServer(c, p(ctx, "set"), ctx.body)),
    }),
  }),
  route({
    method: "GET",
    path: "/server-sets/{set}/servers/{server}",
    tag: "servers",
    summary: "Get a server",
    handler: async (ctx) => ({
      body: servers.getServer(await ctx.store.read(), p(ctx, "set"), p(ctx, "server")),
    }),
  }),
  route({
    method: "PUT",
    path: "/server-sets/{set}/servers/{server}",
    tag: "servers",
    summary: "Replace a server",
    body: ServerSchema,
    handler: async (ctx) => ({
      body: await change(
        ctx,
        `replace server ${p(ctx, "server")}`,
        (c) => servers.replaceServer(c, p(ctx, "set"), p(ctx, "server"), ctx.body),
      ),
    }),
  }),
  route({
    method: "PATCH",
    path: "/server-sets/{set}/servers/{server}",
    tag: "servers",
    summary: "Change some fields of a server (null removes one)",
    body: ServerPatchSchema,
    handler: async (ctx) => ({
      body: await change(
        ctx,
        `update server ${p(ctx, "server")}`,
        (c) =>
          servers.updateServer(
            c,
            p(ctx, "set"),
            p(ctx, "server"),
            ctx.body as Record<string, unknown>,
          ),
      ),
    }),
  }),
  route({
    method: "DELETE",
    path: "/server-sets/{set}/servers/{server}",
    tag: "servers",
    summary: "Remove a server",
    handler: async (ctx) => ({
      body: {
        removed: await change(
          ctx,
          `remove server ${p(ctx, "server")}`,
          (c) => (servers.removeServer(c, p(ctx, "set"), p(ctx, "server")), p(ctx, "server")),
        ),
      },
    }),
  }),
  route({
    method: "DELETE",
    path: "/server-sets/{set}/servers",
    tag: "servers",
    summary: "Remove every server of a set",
    handler: async (ctx) => ({
      body: {
        removed: await change(
          ctx,
          `remove all servers`,
          (c) => servers.removeAllServers(c, p(ctx, "set")),
        ),
      },
    }),
  }),
  // policies
  route({
    method: "GET",
    path: "/server-sets/{set}/servers/{server}/policies",
    tag: "policies",
    summary: "Get a server's input, output and tool policies",
    handler: async (ctx) => ({
      body: servers.getPolicies(await ctx.store.read(), p(ctx, "set"), p(ctx, "server")),
    }),
  }),
  route({
    method: "PUT",
    path: "/server-sets/{set}/servers/{server}/policies/{kind}",
    tag: "policies",
    summary: "Set one policy (kind: input, output or tool)",
    body: PolicySchema,
    handler: async (ctx) => {
      const kind = KindSchema.safeParse(p(ctx, "kind"));
      const k = (kind.success ? kind.data : p(ctx, "kind")) as servers.PolicyKind;
      return {
        body: await change(
          ctx,
          `set ${k} policy`,
          (c) => servers.setPolicy(c, p(ctx, "set"), p(ctx, "server"), k, ctx.body),
        ),
      };
    },
  }),
  route({
    method: "DELETE",
    path: "/server-sets/{set}/servers/{server}/policies/{kind}",
    tag: "policies",
    summary: "Remove one policy",
    handler: async (ctx) => {
      const k = p(ctx, "kind") as servers.PolicyKind;
      await change(
        ctx,
        `remove ${k} policy`,
        (c) => servers.setPolicy(c, p(ctx, "set"), p(ctx, "server"), k, null),
      );
      return { body: { removed: k } };
    },
  }),
];
