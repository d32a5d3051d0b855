/** REST routes for projects, users and keys. */
import { z } from "zod";
import { readKeyUsage } from "../config/key_usage.ts";
import { change, param as p, type Route, route } from "./route.ts";
import * as keys from "./ops/keys.ts";
import * as projects from "./ops/projects.ts";
import * as users from "./ops/users.ts";

const MemberSchema = z.object({ user: z.string().min(1) }).strict();

/** Project, user and key routes. */
export const PEOPLE_ROUTES: Route[] = [
  // projects
  route({
    method: "GET",
    path: "/projects",
    tag: "projects",
    summary: "List projects",
    handler: async (ctx) => ({ body: projects.listProjects(await ctx.store.read()) }),
  }),
  route({
    method: "POST",
    path: "/projects",
    tag: "projects",
    summary: "Create a project",
    body: projects.ProjectCreateSchema,
    status: 201,
    handler: async (ctx) => {
      const id = (ctx.body as { id: string }).id;
      return {
        body: {
          id,
          ...(await change(
            ctx,
            `create project ${id}`,
            (c) => projects.createProject(c, ctx.body),
          )),
        },
      };
    },
  }),
  route({
    method: "GET",
    path: "/projects/{project}",
    tag: "projects",
    summary: "Get a project",
    handler: async (ctx) => ({
      body: {
        id: p(ctx, "project"),
        ...projects.getProject(await ctx.store.read(), p(ctx, "project")),
      },
    }),
  }),
  route({
    method: "PATCH",
    path: "/projects/{project}",
    tag: "projects",
    summary: "Change a project (name, description, exposure, server_set, users)",
    body: projects.ProjectPatchSchema,
    handler: async (ctx) => ({
      body: {
        id: p(ctx, "project"),
        ...(await change(
          ctx,
          `update project`,
          (c) => projects.updateProject(c, p(ctx, "project"), ctx.body),
        )),
      },
    }),
  }),
  route({
    method: "DELETE",
    path: "/projects/{project}",
    tag: "projects",
    summary: "Remove a project and its keys",
    handler: async (ctx) => ({
      body: {
        removed: p(ctx, "project"),
        keys_deleted: await change(
          ctx,
          `remove project`,
          (c) => projects.removeProject(c, p(ctx, "project")),
        ),
      },
    }),
  }),
  route({
    method: "GET",
    path: "/projects/{project}/users",
    tag: "projects",
    summary: "List a project's users",
    handler: async (ctx) => {
      const c = await ctx.store.read();
      return {
        body: projects.getProject(c, p(ctx, "project")).users.map((u) => users.getUser(c, u)),
      };
    },
  }),
  route({
    method: "POST",
    path: "/projects/{project}/users",
    tag: "projects",
    summary: "Add a user (id or email) to a project",
    body: MemberSchema,
    status: 201,
    handler: async (ctx) => ({
      body: {
        added: await change(
          ctx,
          `add project user`,
          (c) => projects.addProjectUser(c, p(ctx, "project"), (ctx.body as { user: string }).user),
        ),
      },
    }),
  }),
  route({
    method: "DELETE",
    path: "/projects/{project}/users/{user}",
    tag: "projects",
    summary: "Remove a user from a project (their keys for it are deleted)",
    handler: async (ctx) => ({
      body: {
        removed: p(ctx, "user"),
        keys_deleted: await change(
          ctx,
          `remove project user`,
          (c) => projects.removeProjectUser(c, p(ctx, "project"), p(ctx, "user")),
        ),
      },
    }),
  }),
  route({
    method: "GET",
    path: "/projects/{project}/export",
    tag: "projects",
    summary: "Export a project with its server set and users",
    handler: async (ctx) => ({
      body: projects.exportProject(await ctx.store.read(), p(ctx, "project")),
    }),
  }),
  // users
  route({
    method: "GET",
    path: "/users",
    tag: "users",
    summary: "List users",
    handler: async (ctx) => ({ body: users.listUsers(await ctx.store.read()) }),
  }),
  route({
    method: "POST",
    path: "/users",
    tag: "users",
    summary: "Create a user",
    body: users.UserCreateSchema,
    status: 201,
    handler: async (ctx) => {
      const r = await change(ctx, `create user`, (c) => users.createUser(c, ctx.body));
      return { body: { id: r.id, ...r.user } };
    },
  }),
  route({
    method: "GET",
    path: "/users/{user}",
    tag: "users",
    summary: "Get a user (id or email)",
    handler: async (ctx) => ({ body: users.getUser(await ctx.store.read(), p(ctx, "user")) }),
  }),
  route({
    method: "PATCH",
    path: "/users/{user}",
    tag: "users",
    summary: "Change a user's email or name",
    body: users.UserPatchSchema,
    handler: async (ctx) => {
      const r = await change(
        ctx,
        `update user`,
        (c) => users.updateUser(c, p(ctx, "user"), ctx.body),
      );
      return { body: { id: r.id, ...r.user } };
    },
  }),
  route({
    method: "DELETE",
    path: "/users/{user}",
    tag: "users",
    summary: "Delete a user (?force=true also removes memberships and keys)",
    handler: async (ctx) => ({
      body: await change(
        ctx,
        `delete user`,
        (c) => users.deleteUser(c, p(ctx, "user"), ctx.query.get("force") === "true"),
      ),
    }),
  }),
  // keys
  route({
    method: "GET",
    path: "/keys",
    tag: "keys",
    summary: "List keys (?project=&user=); never the key or its hash",
    handler: async (ctx) => ({
      body: keys.listKeys(await ctx.store.read(), {
        project: ctx.query.get("project") ?? undefined,
        user: ctx.query.get("user") ?? undefined,
        lastUsed: await readKeyUsage(ctx.store.path),
      }),
    }),
  }),
  route({
    method: "POST",
    path: "/keys",
    tag: "keys",
    summary: "Create a key (returned once)",
    body: keys.KeyCreateSchema,
    status: 201,
    handler: async (ctx) => {
      const r = await change(ctx, `create key`, (c) => keys.createKey(c, ctx.body));
      return {
        body: {
          id: r.id,
          key: r.key,
          prefix: r.record.prefix,
          project: r.record.project,
          user: r.record.user,
          expires_at: r.record.expires_at ?? null,
        },
      };
    },
  }),
  route({
    method: "GET",
    path: "/keys/{key}",
    tag: "keys",
    summary: "Get a key's metadata (id or prefix)",
    handler: async (ctx) => {
      const c = await ctx.store.read();
      const { id } = keys.resolveKey(c, p(ctx, "key"));
      return {
        body: keys.listKeys(c, { lastUsed: await readKeyUsage(ctx.store.path) }).find((r) =>
          r.id === id
        ),
      };
    },
  }),
  route({
    method: "POST",
    path: "/keys/{key}/rotate",
    tag: "keys",
    summary: "Rotate a key (new secret returned once; the old one stops working)",
    handler: async (ctx) => {
      const r = await change(ctx, `rotate key`, (c) => keys.rotateKey(c, p(ctx, "key")));
      return { body: { id: r.id, key: r.key, prefix: r.record.prefix } };
    },
  }),
  route({
    method: "POST",
    path: "/keys/{key}/disable",
    tag: "keys",
    summary: "Disable a key",
    handler: async (ctx) => ({
      body: {
        id: (await change(ctx, `disable key`, (c) =>
          keys.setKeyDisabled(c, p(ctx, "key"), true))).id,
        disabled: true,
      },
    }),
  }),
  route({
    method: "POST",
    path: "/keys/{key}/enable",
    tag: "keys",
    summary: "Enable a key",
    handler: async (ctx) => ({
      body: {
        id: (await change(ctx, `enable key`, (c) =>
          keys.setKeyDisabled(c, p(ctx, "key"), false))).id,
        disabled: false,
      },
    }),
  }),
  route({
    method: "DELETE",
    path: "/keys/{key}",
    tag: "keys",
    summary: "Delete a key",
    handler: async (ctx) => ({
      body: { removed: await change(ctx, `delete key`, (c) => keys.deleteKey(c, p(ctx, "key"))) },
    }),
  }),
];
