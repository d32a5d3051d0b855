/**
 * Round-20 command techniques the command injection detector checks in tool arguments (input
 * stage, before its metacharacter pre-filter):
 *
 * - zsh's `=(…)` process substitution (a temp file holding the command's output) handed to
 *   `source`, `.` or an interpreter while the inner command downloads: `source =(curl -s URL)`
 *   runs a remote script like bash's `<(…)`;
 * - `find … -exec` or `xargs` feeding every matched file to an uploader (`curl -F f=@{}`,
 *   `curl -T {}`, `wget --post-file={}`, `scp {} host:`) when the matched names are keys or
 *   credentials (`*.pem`, `id_*`, `.env`, `*.kdbx`, `.ssh/`, `.aws/`): bulk exfiltration;
 * - a package runner fetching its package from a URL (`npm exec --package=https://…/x.tgz`,
 *   `npx https://…`, `pnpm dlx`, `yarn dlx`, `bunx`, `pipx run --spec URL`, `uvx --from URL`):
 *   unreviewed code from an arbitrary host runs at once. A registry name (`npx prettier`) or a URL
 *   given to the tool as its own argument (`npx wait-on http://localhost:3000`) passes.
 *
 * Each check sits behind a cheap literal test; every pattern is bounded, no nested quantifiers.
 */
import { outputFormatValue } from "./_cmd_r28.ts";
import type { FieldContext } from "../types.ts";

/** The finding for one value: a kind and a reason. */
export interface R20Hit {
  kind: string;
  reason: string;
}

/** `=(` after `source`, `.` or an interpreter, with a download inside. */
const ZSH_EQ_SUBST =
  /(?:^|[\s;&|({'"])(?:source|\.|(?:ba|z|k|da|a)?sh|python[23]?|perl|ruby|node|php|eval)\s{1,4}(?:-[a-zA-Z]{1,4}\s{1,4}){0,2}["']?=\(\s{0,4}(?:sudo\s{1,4})?(?:curl|wget|fetch|aria2c|http|https|xh|lwp-request|GET|iwr|nc|ncat|socat)\b/;

/** A sender whose argument is find's or xargs' `{}` placeholder (the file it uploads). */
const UPLOAD_PLACEHOLDER =
  /\b(?:curl|wget|http|https|xh|scp|rsync|sftp|nc|ncat|socat|rclone|gsutil|s3cmd|aws)\b[^\n;|]{0,200}?(?:@\{\}|(?:-T|--upload-file|--post-file|--body-file|--data-binary|--data|-d)(?:=|\s{1,4})['"]?@?\{\}|\s['"]?\{\}['"]?\s{1,4}[\w.-]{1,100}@?[\w.-]{1,100}:)/;
/** Names that mark key and credential files (find's `-name`/`-path` or the search root). */
const SECRET_NAMES =
  /\.(?:pem|key|p12|pfx|jks|keystore|kdbx|ppk|ovpn|gpg|asc|pgpass|netrc)\b|\bid_(?:\*|rsa|dsa|ecdsa|ed25519)|['"\s*\/]\.env\b|\bcredentials\b|\.(?:ssh|aws|gnupg|kube|docker)\b|\bwallet\.dat\b|\blogin data\b|\bsecrets?\b/i;

/** Package runners that fetch and run a package in one step. */
const RUNNER = String
  .raw`(?:npx|bunx|pnpx|(?:npm|pnpm|yarn|bun)\s{1,4}(?:exec|dlx|x)|pipx\s{1,4}run|uvx|uv\s{1,4}(?:tool\s{1,4})?run)`;
/** A remote package source (a URL or a git URL). */
const REMOTE = String.raw`['"]?(?:git\+)?(?:https?|ftp|git|ssh):\/\/`;
/** The package named by an option (`--package=URL`, `-p URL`, `--spec`, `--from`, `--with`). */
const RUNNER_OPTION_URL = new RegExp(
  String
    .raw`(?:^|[\s;&|('"])${RUNNER}\s[^\n;&|]{0,200}?(?:--package|--spec|--from|--with|(?<=\s)-p)(?:=|\s{1,4})${REMOTE}`,
  "i",
);
/** The package as the first word after the runner's flag-only options (`npx -y https://…`). */
const RUNNER_FIRST_URL = new RegExp(
  String.raw`(?:^|[\s;&|('"])${RUNNER}(?:\s{1,4}--?[a-z][\w-]{0,30}){0,4}\s{1,4}${REMOTE}`,
  "i",
);

/**
 * Round-20 techniques in one argument value (`text` raw; `free` for a free-text argument, which
 * these command-line shapes never judge).
 */
export function r20Techniques(
  text: string,
  field: FieldContext,
  free: boolean,
): R20Hit | undefined {
  if (free || field.stage !== "input" || text.length > 8192) return undefined;
  if (text.includes("=(") && ZSH_EQ_SUBST.test(text)) {
    return {
      kind: "remote_script",
      reason: "runs a downloaded script through zsh's =(…) process substitution",
    };
  }
  if (
    text.includes("{}") && (text.includes("find") || text.includes("xargs")) &&
    UPLOAD_PLACEHOLDER.test(text) && SECRET_NAMES.test(text)
  ) {
    return {
      kind: "data_exfiltration",
      reason: "uploads every key or credential file that find/xargs matches to a remote host",
    };
  }
  if (
    text.includes("://") && (RUNNER_OPTION_URL.test(text) || RUNNER_FIRST_URL.test(text))
  ) {
    return {
      kind: "remote_script",
      reason:
        "runs a package fetched from a URL (npm exec/npx/pnpm dlx/bunx/pipx/uvx with a remote package)",
    };
  }
  return undefined;
}

/** Each `--output` option with its path (quoted or bare). */
const OUTPUT_OPTION = /(^|\s)--output(?:=|\s{1,4})(['"]?)([^\s'"]{1,300})\2/g;
/** A report-like file name: a plain name with an ordinary, non-executable extension. */
const REPORT_FILE = /^[\w-][\w.-]{0,80}\.(?:txt|log|md|csv|tsv|json|patch|diff|html?|xml|out)$/i;
/** A project folder under a user's home: `/home/u/proj/`, `/Users/u/proj/`, `C:/Users/u/proj/`. */
const HOME_PROJECT = /^(?:\/home|\/Users|[a-zA-Z]:\/Users)\/[\w.-]{1,60}\/[\w-][\w.-]{0,80}\//;

/**
 * True when `path` is a report file inside a project: relative (or in a project folder under a
 * home), no climbing, no hidden segment (`.git/hooks`, `.config`), an ordinary extension. Startup
 * files, hooks, keys and system paths fail one of these.
 */
function projectReportPath(path: string): boolean {
  const p = path.replace(/\\/g, "/").replace(/^\.\//, "");
  if (!REPORT_FILE.test(p.slice(p.lastIndexOf("/") + 1))) return false;
  if (/[~$%`]/.test(p) || p.split("/").some((s) => s.startsWith("."))) return false;
  return !/^(?:\/|[a-zA-Z]:)/.test(p) || HOME_PROJECT.test(p);
}

/**
 * `view` with every `--output=PATH` that names a project report file removed (`git log
 * --output=tmp/changelog.txt` writes a file the user asked for), so the dangerous-option test
 * judges what is left. Undefined when there is no such option (the common case).
 */
export function withoutProjectOutput(view: string): string | undefined {
  if (!view.includes("--output")) return undefined;
  let changed = false;
  const rest = view.replace(OUTPUT_OPTION, (all, lead: string, _q: string, path: string) => {
    // Round 28 (./_cmd_r28.ts): `--output table` picks a print format, not a file.
    if (!projectReportPath(path) && !outputFormatValue(path)) return all;
    changed = true;
    return lead;
  });
  return changed ? rest : undefined;
}
