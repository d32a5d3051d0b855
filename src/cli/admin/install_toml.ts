/** Just enough TOML for Codex's `[mcp_servers.NAME]` tables: write one, and replace it in a file. */

function str(s: string): string {
  return JSON.stringify(s); // JSON string escapes are valid TOML basic-string escapes
}

function key(k: string): string {
  return /^[A-Za-z0-9_-]+$/.test(k) ? k : str(k);
}

function value(v: unknown): string {
  if (typeof v === "string") return str(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
  if (v && typeof v === "object") {
    return `{ ${Object.entries(v).map(([k, x]) => `${key(k)} = ${value(x)}`).join(", ")} }`;
  }
  throw new Error(`Cannot write ${typeof v} as TOML`);
}

/** The `[table.name]` block for an entry. */
export function tomlTable(table: string, name: string, entry: Record<string, unknown>): string {
  const lines = [`[${table}.${key(name)}]`];
  for (const [k, v] of Object.entries(entry)) lines.push(`${key(k)} = ${value(v)}`);
  return lines.join("\n") + "\n";
}

/** Replace (or append) `[table.name]` and its sub-tables in a TOML text; other content is kept. */
export function mergeToml(
  text: string | null,
  table: string,
  name: string,
  block: string,
): { text: string; replaced: boolean } {
  const src = text ?? "";
  const ours = new Set([`${table}.${name}`, `${table}.${str(name)}`, `${table}.'${name}'`]);
  const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$/;
  const kept: string[] = [];
  let skipping = false;
  let replaced = false;
  for (const line of src.split("\n")) {
    const m = header.exec(line);
    if (m) {
      const h = m[1].replace(/\s*\.\s*/g, ".");
      skipping = [...ours].some((o) => h === o || h.startsWith(o + "."));
      if (skipping) replaced = true;
    }
    if (!skipping) kept.push(line);
  }
  let body = kept.join("\n").replace(/\n*$/, "");
  body = body ? body + "\n\n" : "";
  return { text: body + block, replaced };
}
