/** Parse admin input with a config schema; problems become a 422 {@link AdminError} with a JSON path. */
import type { z } from "zod";
import { zodIssues } from "../../config/issues.ts";
import { AdminError } from "../errors.ts";

/** Names of server sets, projects and users created through admin commands. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;

/** Validate `input` against `schema`; `what` names the thing in the message. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = zodIssues(r.error);
  throw new AdminError(
    "validation_failed",
    `Cannot use ${what}: ${
      issues.map((i) => `${i.path}: ${i.message}${i.hint ? ` (hint: ${i.hint})` : ""}`).join("; ")
    }`,
    issues[0]?.path,
  );
}

/** Check an identifier chosen by the user (set, project, user ids). */
export function checkId(kind: string, id: string): string {
  if (!ID_PATTERN.test(id)) {
    throw new AdminError(
      "bad_request",
      `Cannot use ${kind} id "${id}": use 1-64 letters, digits, '_', '-', '.', '@', starting with a letter or digit`,
    );
  }
  return id;
}

/** Case-insensitive substring match over some fields. */
export function matches(query: string, ...fields: (string | undefined)[]): boolean {
  const q = query.toLowerCase();
  return fields.some((f) => f !== undefined && f.toLowerCase().includes(q));
}

/** Keep only the keys the caller sent (partial schemas would otherwise fill in defaults). */
export function sentOnly<T extends Record<string, unknown>>(parsed: T, input: unknown): Partial<T> {
  const sent = input && typeof input === "object" ? Object.keys(input) : [];
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => sent.includes(k))) as Partial<T>;
}
