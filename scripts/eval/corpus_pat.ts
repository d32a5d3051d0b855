/**
 * PayloadsAllTheThings → eval cases, each placed where a gateway really sees it:
 * traversal lines as a file tool's `path`, command-injection lines as `host` / `filename`,
 * SSRF URLs (from the markdown code blocks) as a fetch tool's `url`, prompt-injection payloads
 * inside fetched web pages (tool results).
 */
import { corpusLines, readCorpusText } from "./corpus.ts";
import type { CaseSet, EvalCase, Exclusion } from "./types.ts";

const P = "payloadsallthethings";

/** Files substituted for `{FILE}`: half sensitive, half ordinary, so the climb itself is measured. */
const TRAVERSAL_TARGETS = [
  "etc/passwd",
  "srv/app/settings.yml",
  "windows/win.ini",
  "home/alice/notes.txt",
];
/** For lines that only pad with `./` and `\` (no climb), only a sensitive target makes an attack. */
const PAD_TARGETS = ["etc/passwd", "windows/win.ini"];

/** Traversal lists as `path` arguments of a filesystem read. */
export function traversalCases(dir: string): CaseSet {
  const files = [
    "Directory_Traversal-Intruder-deep_traversal.txt",
    "Directory_Traversal-Intruder-directory_traversal.txt",
    "Directory_Traversal-Intruder-traversals-8-deep-exotic-encoding.txt",
  ];
  const seen = new Set<string>();
  const cases: EvalCase[] = [];
  for (const f of files) {
    for (const line of corpusLines(dir, `${P}/${f}`)) {
      const prefix = line.replaceAll("{FILE}", "");
      const padOnly = /^[./\\]*$/.test(prefix) && !prefix.includes("..");
      const targets = padOnly ? PAD_TARGETS : TRAVERSAL_TARGETS;
      const path = line.replaceAll("{FILE}", targets[cases.length % targets.length]);
      if (seen.has(path)) continue;
      seen.add(path);
      cases.push({
        id: `pat-traversal-${String(cases.length).padStart(4, "0")}`,
        kind: "input",
        server: "filesystem",
        tool: "read_file",
        args: { path },
        category: "path_traversal",
        group: f.replace(/^Directory_Traversal-Intruder-|\.txt$/g, ""),
      });
    }
  }
  return { cases, excluded: [] };
}

/**
 * File-inclusion target lists (absolute paths) as `path` arguments. With `roots`, the same paths
 * are run again under a policy that sets `allowed_roots` (the realistic filesystem-server setup).
 */
export function fileInclusionCases(dir: string, variant?: "roots"): CaseSet {
  const cases: EvalCase[] = [];
  for (
    const f of [
      "File_Inclusion-Intruders-Linux-files.txt",
      "File_Inclusion-Intruders-Windows-files.txt",
    ]
  ) {
    for (const path of corpusLines(dir, `${P}/${f}`)) {
      cases.push({
        id: `pat-lfi${variant ? "-roots" : ""}-${String(cases.length).padStart(4, "0")}`,
        kind: "input",
        server: "filesystem",
        tool: "read_file",
        args: { path: path.trim() },
        category: variant ? "file_inclusion+roots" : "file_inclusion",
        group: f.includes("Linux") ? "linux" : "windows",
        variant,
      });
    }
  }
  return { cases, excluded: [] };
}

function decodeProbe(s: string): string {
  return s.replace(/%([0-9a-f]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\[nrt]/g, " ").replace(/&[a-z]+;/gi, " ");
}

/**
 * Command-injection lists as `host` (network tools) and `filename` (file tools) arguments.
 * A payload that starts with a metacharacter is appended to a plausible value (`example.com`,
 * `report.txt`), the way it is injected; a payload starting with a word is the whole value.
 * Bare fuzzing probes (no command at all: a lone quote, `||`, `%0a`) are excluded and counted:
 * a quote or ampersand by itself is legal in file names and hosts and runs nothing.
 */
export function commandInjectionCases(dir: string): CaseSet {
  const cases: EvalCase[] = [];
  let probes = 0;
  let bare = 0;
  const seen = new Set<string>();
  for (
    const f of [
      "Command_Injection-Intruder-command_exec.txt",
      "Command_Injection-Intruder-command-execution-unix.txt",
    ]
  ) {
    for (const line of corpusLines(dir, `${P}/${f}`)) {
      if (seen.has(line)) continue;
      seen.add(line);
      const decoded = decodeProbe(line);
      if (!/[a-z0-9]/i.test(decoded)) {
        probes++;
        continue;
      }
      if (!/[;|&`$<>(){}'"\n\r\0]|%0[ad0]|\\n/i.test(line)) {
        bare++;
        continue;
      }
      const host = cases.length % 2 === 0;
      const base = host ? "example.com" : "report.txt";
      const value = /^[a-z0-9]/i.test(line) ? line : base + line;
      cases.push({
        id: `pat-cmdi-${String(cases.length).padStart(4, "0")}`,
        kind: "input",
        server: host ? "netutils" : "files",
        tool: host ? "ping" : "convert_file",
        args: host ? { host: value, count: 3 } : { filename: value, format: "pdf" },
        category: "command_injection",
        group: host ? "host" : "filename",
      });
    }
  }
  const excluded: Exclusion[] = [{
    source: "payloadsallthethings command injection",
    reason: "bare fuzzing probes with no command (a lone quote, `|`, `&&`, `%0a`)",
    count: probes,
  }, {
    source: "payloadsallthethings command injection",
    reason:
      "bare commands with no shell metacharacter (`whoami`, `net view`): as one host/file argument they inject nothing",
    count: bare,
  }];
  return { cases, excluded };
}

const URL_RE =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|(?:https?|file|jar|gopher|dict|ldap|netdoc|ftp|sftp|tftp):)[^\s"'`<>]+/i;
/** Hosts whose only problem is where they redirect or resolve to (needs DNS, not a local check). */
const PUBLIC_NAME = /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;
const INTERNAL_HOST = /localhost|internal|metadata|\d+\.\d+\.\d+\.\d+/i;
const EMBEDDED_URL = /[?&=/][\w-]*:\/\//;

function publicOnly(url: string): boolean {
  const u = url.normalize("NFKC");
  if (!PUBLIC_NAME.test(u)) return false;
  const host = /^[a-z]+:\/\/([^/?#]+)/i.exec(u)?.[1] ?? "";
  return !INTERNAL_HOST.test(host) && !EMBEDDED_URL.test(u.slice(u.indexOf(host) + host.length));
}

/** URLs from the SSRF notes' code blocks as a fetch tool's `url` argument. */
export function ssrfCases(dir: string): CaseSet {
  const cases: EvalCase[] = [];
  let placeholders = 0;
  let publicHosts = 0;
  const seen = new Set<string>();
  for (
    const f of [
      "Server_Side_Request_Forgery-README.md",
      "Server_Side_Request_Forgery-SSRF-Cloud-Instances.md",
    ]
  ) {
    for (const block of codeBlocks(readCorpusText(dir, `${P}/${f}`))) {
      for (const line of block.text.split("\n")) {
        const m = URL_RE.exec(line);
        if (!m) continue;
        let url = m[0].replace(/[),.;]+$/, "");
        // `ssrf.php?url=X`: the gateway sees X as the argument.
        const inner = /[?&]url=([a-z][a-z0-9+.-]*:.*)$/i.exec(url);
        if (inner && !/^https?:\/\/[^/]*\.[a-z]+\/--to\//i.test(url)) url = inner[1];
        if (seen.has(url)) continue;
        seen.add(url);
        if (/[<[\]{}]|\$\{/.test(url.replace(/^[a-z]+:\/\/\[[0-9a-f:.]+\]/i, ""))) {
          placeholders++;
          continue;
        }
        if (publicOnly(url)) {
          publicHosts++;
          continue;
        }
        cases.push({
          id: `pat-ssrf-${String(cases.length).padStart(4, "0")}`,
          kind: "input",
          server: "web",
          tool: "fetch",
          args: { url },
          category: "ssrf",
          group: f.includes("Cloud") ? "cloud_metadata" : "bypass_spellings",
        });
      }
    }
  }
  return {
    cases,
    excluded: [
      {
        source: "payloadsallthethings SSRF",
        reason: "URL templates with placeholders (`<UUID>`, `[ROLE NAME]`, `${VAR}`)",
        count: placeholders,
      },
      {
        source: "payloadsallthethings SSRF",
        reason:
          "public DNS names whose danger is where they redirect/resolve (needs DNS; the upstream's job)",
        count: publicHosts,
      },
    ],
  };
}

/** Fenced code blocks with the `## ` section they sit in. */
export function codeBlocks(md: string): { section: string; text: string }[] {
  const out: { section: string; text: string }[] = [];
  let section = "";
  let cur: string[] | null = null;
  for (const line of md.split("\n")) {
    if (cur === null && /^##\s/.test(line)) section = line.replace(/^#+\s*/, "").trim();
    if (/^\s*```/.test(line)) {
      if (cur === null) cur = [];
      else {
        out.push({ section, text: dedent(cur).trim() });
        cur = null;
      }
      continue;
    }
    if (cur !== null) cur.push(line);
  }
  return out;
}

function dedent(lines: string[]): string {
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(ind) ? ind : 0)).join("\n");
}
