/**
 * Round-16 secrets known by their file's grammar: a PostgreSQL password file line
 * (`host:port:database:user:password`, `~/.pgpass`, `PGPASSFILE`). The password is the fifth
 * field; the line counts when the text names the file or the port is PostgreSQL's (5432–5439,
 * 6432 for PgBouncer) or a `*` wildcard, so `host:8080:a:b:c` log fields do not.
 */
import type { Rule } from "./_secrets_rules.ts";
import { looksLikeSecret } from "./_secrets_values.ts";

/** One `.pgpass` line: four fields (a `*` wildcard or a plain value), then the password. */
const PGPASS_LINE =
  /^[ \t]{0,8}(?:[\w.-]{1,253}|\*|\[[0-9a-fA-F:]{2,45}\]):(?:\d{1,5}|\*):(?:[\w.$-]{1,63}|\*):(?:[\w.@$-]{1,63}|\*):(?<s>[^\s:]{1,256})[ \t]{0,8}$/dgm;

/** The round-16 secret rules. */
export const R16_RULES: Rule[] = [
  {
    kind: "login_password",
    label: "Password in a .pgpass line",
    severity: "high",
    // PostgreSQL's ports, the `*` wildcard or the file's name: a literal pass, not a text scan.
    hint: [":543", ":6432:", ":*:", "pgpass", "PGPASS", "Pgpass"],
    re: PGPASS_LINE,
    check: (v, text, start) => {
      if (!looksLikeSecret(v, 3)) return false;
      const line = text.slice(Math.max(0, text.lastIndexOf("\n", start) + 1), start);
      const port = /:(\d{1,5}|\*):[^:\n]{1,63}:[^:\n]{1,63}:$/.exec(line)?.[1] ?? "";
      return /pgpass/i.test(text) || /^(?:543\d|6432|\*)$/.test(port);
    },
  },
];
