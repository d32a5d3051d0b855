/**
 * Name shadowing: a tool named like another server's tool — identical, by homoglyph skeleton,
 * case/separator-insensitively, or (6+ characters) at edit distance 1. An identical name is an
 * impersonation when the two tools claim the same purpose (their descriptions share most content
 * words beyond the name); two tools that merely share a generic name ("search" of a wiki and
 * "search" of GitHub) are a collision that prefixed names resolve, reported as low.
 */
import type { Finding, ToolDefinition } from "../types.ts";
import { skeleton } from "../text/confusables.ts";
import { identifierWords } from "./_definition_grammar.ts";
import { localizedName } from "./_definition_r29p_names.ts";
import { segmentedLocalizedName } from "./_definition_r30p.ts";

const VALID_NAME = /^[a-zA-Z0-9_.-]{1,128}$/;
const STOP = new Set(
  (
    "a an the of to for in on and or with from by is are be this that it its as at your user user's " +
    "given return get set tool use via into any all etc if when can will may you more one two new " +
    "e g i"
  ).split(" "),
);

/** A name folded for comparison: homoglyphs to Latin, lower case, separators dropped. */
function foldName(name: string): string {
  return skeleton(name).toLowerCase().replace(/[\s_.\-]+/g, "");
}

/**
 * A name folded by shape: look-alike digits, capitals and letter pairs to one letter, so
 * `de1ete_file`, `send_emaiI`, `read_flle` and `rnerge_pr` meet `delete_file`, `send_email`,
 * `read_file`, `merge_pr`.
 */
function foldShape(name: string): string {
  return skeleton(name).replace(/[\s_.\-]+/g, "").replace(/rn/g, "m").replace(/vv/g, "w")
    .replace(/cl/g, "d").replace(/[1I|!]/g, "l").replace(/0/g, "o")
    .replace(/5/g, "s").replace(/\$/g, "s").replace(/8/g, "B").toLowerCase()
    // A lower-case i and l are one stroke apart in most UI fonts (`read_flle`).
    .replace(/i/g, "l");
}

/** The one edit between `a` and `b` repeats a neighbouring letter (`sennd` for `send`). */
function doubledLetter(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) {
      return long[i] === long[i - 1] || long[i] === long[i + 1];
    }
  }
  return false;
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * A contrast ("not GitHub", "unlike Jira", "instead of Slack"): the word names what the tool is
 * NOT for, so it cannot make two purposes the same.
 */
const CONTRAST =
  /\b(?:not|unlike|instead\s+of|rather\s+than|as\s+opposed\s+to|never)\s+(?:the\s+|a\s+|an\s+)?[\w.'-]{1,40}/gi;

function purposeWords(t: ToolDefinition): Set<string> {
  const name = new Set(identifierWords(t.name));
  const text = `${t.title ?? ""} ${t.description ?? ""}`.replace(CONTRAST, " ");
  return new Set(
    identifierWords(text).map((w) => w.replace(/(?:ing|ed|es)$/, "")).filter((w) =>
      w.length > 1 && !STOP.has(w) && !name.has(w)
    ),
  );
}

/** True when two same-named tools claim the same purpose (or one says nothing about it). */
export function samePurpose(a: ToolDefinition, b: ToolDefinition): boolean {
  const wa = purposeWords(a);
  const wb = purposeWords(b);
  if (wa.size === 0 || wb.size === 0) return true;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.5;
}

/** Server names too generic to say which product a description is about. */
const GENERIC_SERVER = /^(?:server|servers|tools?|mcp|api|local|default|main|app|test|dev|prod)$/i;

/**
 * The description names the tool's own server as its product ("Search Linear issues …" on server
 * `linear`, "… on GitHub" on `github`): two same-named tools each scoped to their own product
 * (`search_issues` on Linear and on GitHub) sit side by side under server prefixes; neither
 * claims the other's job.
 */
function scopedToOwn(t: ToolDefinition): boolean {
  const name = t.server.toLowerCase().replace(/[-_ ]?(?:mcp|server)$/, "");
  if (name.length < 3 || GENERIC_SERVER.test(name)) return false;
  const text = `${t.title ?? ""} ${t.description ?? ""}`.toLowerCase();
  const at = text.indexOf(name);
  return at >= 0 && !/[a-z0-9]/.test(text.charAt(at - 1)) &&
    !/[a-z0-9]/.test(text.charAt(at + name.length));
}

/** Name findings (invalid characters, shadowing) for `tool` against other servers' tools. */
export function nameFindings(
  tool: ToolDefinition,
  others: readonly ToolDefinition[],
  opts: { check_shadowing: boolean; fuzzy_names: boolean },
): Finding[] {
  const out: Finding[] = [];
  const f = (kind: string, severity: Finding["severity"], reason: string): void => {
    out.push({ detector: "tool_definition", kind, severity, reason, path: "$.name" });
  };
  if (!VALID_NAME.test(tool.name)) {
    const localized = localizedName(tool.name) || segmentedLocalizedName(tool.name);
    f(
      "invalid_name",
      localized ? "low" : "high",
      localized
        ? "Tool name is written in a non-Latin script; some clients accept only [a-zA-Z0-9_.-]"
        : "Tool name has characters outside [a-zA-Z0-9_.-] or is longer than 128; it may hide control or look-alike characters",
    );
  }
  if (!opts.check_shadowing) return out;
  const mine = foldName(tool.name);
  const skel = skeleton(tool.name);
  for (const o of others) {
    if (o.server === tool.server) continue;
    const where = `a tool on server ${JSON.stringify(o.server)}`;
    if (o.name === tool.name) {
      if (samePurpose(tool, o) && !(scopedToOwn(tool) && scopedToOwn(o))) {
        f("shadowing", "high", `Tool name is identical to ${where}; one can shadow the other`);
      } else {
        f(
          "shadowing",
          "low",
          `Tool name is identical to ${where} that does something else; expose tools with server prefixes`,
        );
        continue;
      }
    } else if (skeleton(o.name) === skel) {
      f(
        "shadowing_homoglyph",
        "critical",
        `Tool name looks identical to ${where} but uses look-alike characters`,
      );
    } else if (foldName(o.name) === mine) {
      f(
        "shadowing_confusable",
        "high",
        `Tool name differs from ${where} only in case or separators`,
      );
    } else if (foldName(o.server + o.name) === mine || foldName(o.name + o.server) === mine) {
      f(
        "shadowing_prefixed",
        "high",
        `Tool name is ${where}'s name with that server's name added; it impersonates it`,
      );
    } else if (foldShape(o.name) === foldShape(tool.name)) {
      f(
        "shadowing_lookalike",
        "high",
        `Tool name differs from ${where} only in look-alike characters (1/l/I, 0/o, rn/m)`,
      );
    } else if (opts.fuzzy_names && mine.length >= 6 && withinOneEdit(foldName(o.name), mine)) {
      // A typo-style twin (a doubled letter) impersonates; another real word one letter away
      // (`send_mail` beside `send_email`, `get_issues` beside `get_issue`) is how independent
      // servers name the same job, so it is only recorded.
      const typo = doubledLetter(foldName(o.name), mine);
      f(
        "shadowing_similar",
        typo ? "medium" : "low",
        `Tool name is one character away from ${where}; check it is not impersonating it`,
      );
    } else continue;
    break;
  }
  return out;
}
