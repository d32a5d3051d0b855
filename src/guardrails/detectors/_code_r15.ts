/**
 * Round-15 code-injection mechanisms:
 *
 * - SQL that reads a server file through a path no application query names: `LOAD_FILE` or
 *   `pg_read_file` of a system or home-directory path, a hex literal, or a built string
 *   (`LOAD_FILE(0x2f6574…)`, `LOAD_FILE(CHAR(47,…))`); a query reading its own upload folder by a
 *   relative name passes;
 * - SQL keywords split by inline comments (`UN/**\/ION SEL/**\/ECT`) or wrapped in MySQL's
 *   executable comments (`/*!50000UNION*\/`): written only to slip past keyword filters.
 */
import type { Rule } from "./_code_rules.ts";

/** An inline comment where a keyword is split: short, no nested `*`. */
const C = String.raw`\/\*[^*]{0,20}\*\/`;
/** Keywords an injection splits; a split anywhere inside counts, further splits optional. */
const SPLIT_KEYWORDS = ["union", "select", "sleep", "benchmark", "load_file", "outfile", "waitfor"];

/** `uni/**\/on`: the keyword with a comment at `first` and optionally after later letters. */
function splitForms(word: string): string {
  const forms: string[] = [];
  for (let first = 1; first < word.length; first++) {
    const tail = [...word.slice(first)].join(`(?:${C})?`);
    forms.push(`${word.slice(0, first)}${C}${tail}`);
  }
  return forms.join("|");
}

const SPLIT_KEYWORD = new RegExp(
  `(?<![a-z_])(?:${SPLIT_KEYWORDS.map(splitForms).join("|")})(?![a-z_])`,
  "i",
);

/** The round-15 rules (appended after the round-14 ones). */
export const R15_RULES: Rule[] = [
  {
    kind: "sql_file_access",
    needles: ["_file", "_FILE", "_File"],
    re:
      /\b(?:load_file|pg_read_(?:binary_)?file)\s{0,8}\(\s{0,8}(?:0x[0-9a-f]{8,512}\b|(?:unhex|char|from_base64|concat|decode)\s{0,4}\(|['"](?:\/(?:etc|proc|root|home|var|usr|boot|sys|run|opt|srv|users)\/|[a-z]:[\\\/]|\\\\|[^'"\n]{0,200}?\.\.[\\\/]|[^'"\n]{0,200}?\/\.(?:ssh|aws|gnupg|kube|docker|my\.cnf|pgpass|bash_history)))/i,
    severity: "high",
    anywhere: true,
    reason: "SQL that reads a system file on the database server (LOAD_FILE / pg_read_file)",
  },
  {
    kind: "sql_injection",
    needles: ["/*"],
    re: new RegExp(
      `${SPLIT_KEYWORD.source}|\\/\\*!\\d{0,5}\\s{0,4}(?:union|select|sleep|benchmark|load_file)\\b`,
      "i",
    ),
    severity: "high",
    anywhere: true,
    reason: "SQL keyword split by inline comments or hidden in an executable comment",
  },
];
