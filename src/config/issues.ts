/** Turn zod issues into {@link ConfigIssue}s with JSON paths and hints a person can act on. */
import type { z } from "zod";
import type { ConfigIssue } from "../errors.ts";

/** Format a path array as a JSON path: `$.server_sets.default.servers[0].command`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (typeof p === "string" && /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(p)) out += `.${p}`;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out;
}

/** Convert one zod error into config issues (one per unknown key, one per other problem). */
export function zodIssues(error: z.ZodError, base: readonly PropertyKey[] = []): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const path = [...base, ...issue.path];
    switch (issue.code) {
      case "unrecognized_keys":
        for (const k of issue.keys) {
          out.push({
            path: jsonPath([...path, k]),
            message: `unknown key "${k}"`,
            hint: "remove it or fix its spelling",
          });
        }
        break;
      case "invalid_type":
        out.push({
          path: jsonPath(path),
          message: issue.input === undefined
            ? `is required`
            : `expected ${issue.expected}, got ${describe(issue.input)}`,
          hint: issue.input === undefined ? `add "${String(path.at(-1) ?? "value")}"` : undefined,
        });
        break;
      case "invalid_value":
        out.push({
          path: jsonPath(path),
          message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
        });
        break;
      case "invalid_union":
        out.push({
          path: jsonPath(path),
          message: issue.message,
          hint: "see the config reference in README.md",
        });
        break;
      default:
        out.push({ path: jsonPath(path), message: issue.message });
    }
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}
