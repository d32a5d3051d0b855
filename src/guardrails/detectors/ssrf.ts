/**
 * SSRF detector: URLs (and bare hosts in host-like arguments) that reach loopback, private,
 * link-local or cloud-metadata addresses, in every literal spelling (decimal, hex, octal, short,
 * overflowed, IPv6-mapped, percent-encoded, unicode), plus parser-confusion tricks (userinfo `@`,
 * `#@`, backslashes) and non-web schemes. No DNS: decisions are made on the literal.
 */
import { evmAccountNotHost } from "./_ssrf_evm.ts";
import { cookieScopeWeighted, diagnosticTargetWeighted } from "./_ssrf_scope.ts";
import { r45Weighted } from "./_ssrf_r45.ts";
import { r47Weighted } from "./_ssrf_r47.ts";
import { renderedResource } from "./_ssrf_r44.ts";
import { localPagePreview } from "./_ssrf_r14.ts";
import { enclosedHostFinding } from "./_ssrf_r18.ts";
import { ssrfContext } from "./_ssrf_r6_context.ts";
import { scanError } from "./_scan_error.ts";
import type { FieldContext, Finding, Severity, TextDetector } from "../types.ts";
import { textViews } from "../text/views.ts";
import { mayHideFromParsers } from "./_cmd_hidden.ts";
import { endsAuthority, endsUrl, nextScheme } from "./_ssrf_scan.ts";
import { plainJdbcUrl } from "./_ssrf_jdbc.ts";
import { localFileResource, schemeAllowed } from "./_ssrf_r13.ts";
import { r26MetadataHost, r26Weighted } from "./_ssrf_r26.ts";
import { placeholderAuthority, sqlFetch } from "./_ssrf_r27.ts";
import { r28Weighted } from "./_ssrf_r28.ts";
import { r29Weighted } from "./_ssrf_r29.ts";
import { r31Weighted } from "./_ssrf_r31.ts";
import { r30Weighted } from "./_ssrf_r30.ts";
import { R34_LOOPBACK_DNS, r34LoopbackHost, r34MetadataUrl } from "./_ssrf_r34.ts";
import { type SsrfOptions, SsrfOptionsSchema } from "./options.ts";
import { TEXT_DETECTOR_SPECS } from "./specs.ts";
export { SsrfOptionsSchema };
export type { SsrfOptions };

type Kind =
  | "metadata"
  | "loopback"
  | "private"
  | "link_local"
  | "cgnat"
  | "reserved"
  | "internal_hostname"
  | "dns_rebinding";
interface Verdict {
  kind: Kind;
  /** Canonical form for the reason (an IP or a normalized name). */
  canon: string;
}

const KIND_TEXT: Record<Kind, string> = {
  metadata: "a cloud instance-metadata endpoint (it can hand out credentials)",
  loopback: "a loopback address (services on the gateway host itself)",
  private: "a private network address",
  link_local: "a link-local address",
  cgnat: "a carrier-grade NAT / internal cloud address",
  reserved: "a reserved, multicast or unspecified address",
  internal_hostname: "an internal host name",
  dns_rebinding: "a DNS-rebinding or redirect service used to reach internal hosts",
};
const KIND_SEVERITY: Record<Kind, Severity> = {
  metadata: "critical",
  loopback: "high",
  private: "high",
  link_local: "high",
  cgnat: "high",
  reserved: "medium",
  internal_hostname: "medium",
  dns_rebinding: "high",
};
const PRIVATE_KINDS = new Set<Kind>(["loopback", "private", "cgnat", "internal_hostname"]);

// ---------------------------------------------------------------------------------------------
// IPv4 / IPv6 literals

/** AWS/GCP/Azure/OCI/DO…, ECS task credentials, Alibaba, Oracle Classic, Azure WireServer. */
const METADATA_V4 = new Set([
  "169.254.169.254",
  "169.254.170.2",
  "100.100.100.200",
  "192.0.0.192",
  "168.63.129.16",
]);
const NUM_PART = /^(?:0x[0-9a-f]*|0o[0-7]+|\d+)$/;

function v4String(v: number): string {
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
}

/** Every 32-bit value a lenient parser (inet_aton, WHATWG, wrapping or decimal-only) could read. */
function ipv4Values(host: string): number[] {
  const parts = host.split(".");
  if (parts.length > 4 || parts.some((p) => !NUM_PART.test(p))) return [];
  const out = new Set<number>();
  for (const mode of ["aton", "decimal"] as const) {
    const nums: bigint[] = [];
    for (const p of parts) {
      if (p.startsWith("0x")) nums.push(p.length > 2 ? BigInt(p) : 0n);
      else if (p.startsWith("0o")) nums.push(BigInt(p));
      else if (mode === "aton" && p.length > 1 && p.startsWith("0")) {
        if (!/^[0-7]+$/.test(p)) return [...out];
        nums.push(BigInt("0o" + p.slice(1)));
      } else nums.push(BigInt(p));
    }
    // Wrapping parsers read 425.510.425.510 or 7147006462 as a real address: keep the low bits.
    const last = nums.length - 1;
    let value = 0n;
    for (let i = 0; i < last; i++) value |= (nums[i] & 255n) << BigInt(8 * (3 - i));
    value |= nums[last] & ((1n << BigInt(8 * (4 - last))) - 1n);
    out.add(Number(value & 0xffffffffn));
  }
  return [...out];
}

function classifyV4(v: number): Verdict | undefined {
  const canon = v4String(v);
  const a = v >>> 24, b = (v >>> 16) & 255;
  if (METADATA_V4.has(canon)) return { kind: "metadata", canon };
  if (a === 127) return { kind: "loopback", canon };
  if (a === 0) return { kind: "loopback", canon }; // 0.0.0.0/8 reaches the local host on Linux
  if (a === 10 || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168)) {
    return { kind: "private", canon };
  }
  if (a === 169 && b === 254) return { kind: "link_local", canon };
  if (a === 100 && b >= 64 && b < 128) return { kind: "cgnat", canon };
  if (
    a >= 224 || (a === 198 && (b === 18 || b === 19)) ||
    (a === 192 && b === 0 && ((v >>> 8) & 255) === 0)
  ) {
    return { kind: "reserved", canon };
  }
  return undefined;
}

/** Parse an IPv6 literal (no brackets, no zone) into 8 groups. */
function parseV6(s: string): number[] | undefined {
  if (!/^[0-9a-f:.]+$/.test(s) || !s.includes(":")) return undefined;
  let tail: number[] = [];
  let head = s;
  if (s.includes(".")) {
    const lastColon = s.lastIndexOf(":");
    const v4 = s.slice(lastColon + 1);
    const vals = /^\d+\.\d+\.\d+\.\d+$/.test(v4) ? ipv4Values(v4) : [];
    if (vals.length === 0) return undefined;
    tail = [vals[0] >>> 16, vals[0] & 0xffff];
    head = s.slice(0, lastColon);
    if (head.endsWith(":")) head += ":";
  }
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const toGroups = (h: string): number[] | undefined => {
    if (h === "") return [];
    const g = h.split(":");
    if (g.some((x) => !/^[0-9a-f]{1,4}$/.test(x))) return undefined;
    return g.map((x) => parseInt(x, 16));
  };
  const left = toGroups(halves[0]);
  const right = halves.length === 2 ? toGroups(halves[1]) : [];
  if (!left || !right) return undefined;
  const fill = 8 - left.length - right.length - tail.length;
  if (halves.length === 1 ? fill !== 0 : fill < 0) return undefined;
  return [...left, ...new Array(fill).fill(0), ...right, ...tail];
}

function classifyV6(g: number[]): Verdict | undefined {
  const canon = g.map((x) => x.toString(16)).join(":");
  const v4At = (i: number): number => ((g[i] << 16) | g[i + 1]) >>> 0;
  const zeros = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (g.every((x) => x === 0)) return { kind: "loopback", canon: "::" };
  if (zeros(7) && g[7] === 1) return { kind: "loopback", canon: "::1" };
  // IPv4-mapped, -compatible, SIIT and NAT64 forms carry an IPv4 address in the low 32 bits.
  if (
    (zeros(5) && g[5] === 0xffff) || zeros(6) || (zeros(4) && g[4] === 0xffff && g[5] === 0) ||
    (g[0] === 0x64 && g[1] === 0xff9b)
  ) {
    return classifyV4(v4At(6));
  }
  if (g[0] === 0x2002) return classifyV4(v4At(1)); // 6to4
  if (g[0] === 0xfd00 && g[1] === 0xec2 && g[7] === 0x254) return { kind: "metadata", canon };
  if ((g[0] & 0xfe00) === 0xfc00 || (g[0] & 0xffc0) === 0xfec0) return { kind: "private", canon };
  if ((g[0] & 0xffc0) === 0xfe80) return { kind: "link_local", canon };
  if ((g[0] & 0xff00) === 0xff00) return { kind: "reserved", canon };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Host names

const LOOPBACK_NAMES = new Set([
  "localhost",
  "localhost.localdomain",
  "ip6-localhost",
  "ip6-loopback",
]);
const METADATA_NAMES = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
  "rancher-metadata",
  "metadata.azure.internal",
  "metadata.tencentyun.com",
]);
/**
 * Suffixes no public DNS name has: mDNS/home/corporate pseudo-TLDs and Kubernetes cluster DNS
 * (`<service>.<namespace>.svc`, `kubernetes.default`).
 */
const INTERNAL_SUFFIXES = [
  ".internal",
  ".local",
  ".localdomain",
  ".home.arpa",
  ".lan",
  ".intranet",
  ".corp",
  ".svc",
  ".default",
  ".kube-system",
  ".consul",
];
/** Public DNS names that always answer 127.0.0.1. */
const LOOPBACK_DNS = [
  "localtest.me",
  "lvh.me",
  "vcap.me",
  "localh.st",
  "local.gd",
  "lacolhost.com",
  // Round 34 (./_ssrf_r34.ts).
  ...R34_LOOPBACK_DNS,
];
/** Wildcard DNS services that answer with the IP spelled inside the name. */
const WILDCARD_DNS = ["nip.io", "sslip.io", "xip.io", "traefik.me", "nip.direct", "ip.addr.tools"];
/** Services built to flip answers or redirect (DNS rebinding, redirect-to-anything). */
const REBIND_DNS = [
  "rbndr.us",
  "1u.ms",
  "rebind.it",
  "rebind.network",
  "r3dir.me",
  "lock.cmpxchg8b.com",
];

function underDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith("." + domain);
}

/** IP literals embedded in a wildcard-DNS name (`10.0.0.1.nip.io`, `app-10-0-0-1.sslip.io`, `0a000001.nip.io`). */
function embeddedIps(prefix: string): Verdict[] {
  const out: Verdict[] = [];
  const dotted = prefix.match(/(?:^|[.-])((?:\d{1,3}\.){3}\d{1,3})$/);
  if (dotted) { for (const v of ipv4Values(dotted[1])) pushIf(out, classifyV4(v)); }
  for (const label of prefix.split(".")) {
    const dashed = label.match(/(?:^|-)(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})$/);
    if (dashed) {
      for (const v of ipv4Values(dashed.slice(1).join("."))) pushIf(out, classifyV4(v));
    }
    const hex = label.match(/(?:^|-)([0-9a-f]{8})$/);
    if (hex) pushIf(out, classifyV4(parseInt(hex[1], 16) >>> 0));
    if (label.includes("--")) {
      const g = parseV6(label.replace(/-/g, ":"));
      if (g) pushIf(out, classifyV6(g));
    }
  }
  return out;
}

function pushIf(list: Verdict[], v: Verdict | undefined): void {
  if (v) list.push(v);
}

function percentDecode(s: string): string {
  let cur = s;
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(cur); i++) {
    try {
      cur = decodeURIComponent(cur);
    } catch {
      cur = cur.replace(
        /%([0-9a-f]{2})/gi,
        (_m, h: string) => String.fromCharCode(parseInt(h, 16)),
      );
    }
  }
  return cur;
}

/** Normalize a host the way resolvers and lenient parsers would. */
function normalizeHost(raw: string): string {
  let h = percentDecode(raw).normalize("NFKC").toLowerCase();
  // deno-lint-ignore no-control-regex
  h = h.replace(/[\u3002\uff0e\uff61]/g, ".").replace(/[\s\u0000-\u001f]/g, "");
  if (h.startsWith("[")) h = h.slice(1, h.indexOf("]") > 0 ? h.indexOf("]") : undefined);
  const zone = h.indexOf("%");
  if (zone > 0 && h.includes(":")) h = h.slice(0, zone); // IPv6 zone id
  return h.replace(/\.+$/, "");
}

/** Classify one host. `main` hosts (the one a parser actually connects to) also report bare single-label names. */
function classifyHost(raw: string, main: boolean): Verdict[] {
  const h = normalizeHost(raw);
  if (!h) return [];
  const out: Verdict[] = [];
  if (h.includes(":")) {
    const g = parseV6(h);
    if (g) pushIf(out, classifyV6(g));
    return out;
  }
  const v4 = ipv4Values(h);
  if (v4.length > 0) {
    for (const v of v4) pushIf(out, classifyV4(v));
    return out;
  }
  if (!/^[a-z0-9_.\-\u0080-\uffff]+$/.test(h)) return out;
  if (LOOPBACK_NAMES.has(h) || h.endsWith(".localhost")) return [{ kind: "loopback", canon: h }];
  // Round 26 (./_ssrf_r26.ts): metadata services reached by name (IBM Cloud, Equinix Metal).
  if (METADATA_NAMES.has(h) || /^metadata\.[a-z0-9-]+\.internal$/.test(h) || r26MetadataHost(h)) {
    return [{ kind: "metadata", canon: h }];
  }
  for (const d of LOOPBACK_DNS) if (underDomain(h, d)) return [{ kind: "loopback", canon: h }];
  // Round 34 (./_ssrf_r34.ts): a `localhost` label inside a public name.
  if (r34LoopbackHost(h)) return [{ kind: "loopback", canon: h }];
  for (const d of REBIND_DNS) if (underDomain(h, d)) return [{ kind: "dns_rebinding", canon: h }];
  for (const d of WILDCARD_DNS) {
    if (h.endsWith("." + d)) return embeddedIps(h.slice(0, -d.length - 1));
  }
  // An internal IP as the leading labels of a name (`127.0.0.1.attacker.example`): custom wildcard DNS.
  const lead = h.match(/^((?:\d{1,3}\.){3}\d{1,3})\.[a-z]/);
  if (lead) {
    for (const v of ipv4Values(lead[1])) {
      const c = classifyV4(v);
      if (c) out.push({ kind: c.kind === "metadata" ? "metadata" : "dns_rebinding", canon: h });
    }
    if (out.length) return out;
  }
  if (INTERNAL_SUFFIXES.some((s) => h.endsWith(s))) {
    return [{ kind: "internal_hostname", canon: h }];
  }
  if (main && !h.includes(".") && /^[a-z][a-z0-9_-]*$/.test(h)) {
    return [{ kind: "internal_hostname", canon: h }];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// URL candidates

const SPECIAL_SCHEMES = new Set(["http", "https", "ws", "wss", "ftp"]);
/** Schemes that smuggle raw protocols or local files through a URL fetcher. */
const SMUGGLING_SCHEMES = new Set([
  "gopher",
  "unix",
  "dict",
  "jar",
  "netdoc",
  "php",
  "phar",
  "expect",
  "glob",
  "ldap",
  "ldaps",
  "ldapi",
  "tftp",
  "ogg",
  "rar",
  "zip",
  "ssh2.shell",
  "ssh2.exec",
  "ssh2.tunnel",
  "compress.zlib",
  "compress.bzip2",
  "jdbc",
  "rmi",
  "iiop",
]);
/**
 * Smuggling schemes a PHP or archive layer opens locally (no network): in free text they are
 * talk about PHP ("php://input vs php://stdin"); in URL and path arguments they still count.
 */
const LOCAL_WRAPPERS = new Set([
  "php",
  "phar",
  "glob",
  "expect",
  "ogg",
  "rar",
  "zip",
  "compress.zlib",
  "compress.bzip2",
]);
/**
 * Other protocols a generic URL fetcher (libcurl, Java's URL, PHP streams) speaks, plus SMB-style
 * shares that hand the caller's credentials to the host: a fetch tool given one talks a non-web
 * protocol to that host (banner grabbing, mail relaying, NTLM leaks), so they count even for a
 * public host.
 */
const FETCHER_SCHEMES = new Set([
  "ftps",
  "sftp",
  "scp",
  "smb",
  "smbs",
  "cifs",
  "telnet",
  "imap",
  "imaps",
  "pop3",
  "pop3s",
  "smtp",
  "smtps",
  "rtsp",
  "rtmp",
  "mqtt",
  "gophers",
  "nfs",
  "afp",
]);
/** Non-web schemes that are fine to pass through in a URL argument (not a network fetch). */
const INERT_SCHEMES = new Set(["data", "mailto", "tel", "urn", "about", "blob", "javascript"]);
/** Upper bound of URL candidates looked at per view, so a hostile megabyte stays cheap. */
const MAX_CANDIDATES = 256;
const NESTED_SCHEME = /^[a-z][a-z0-9+.\-]*:/i;
/**
 * What a finding in free text needs: a colon before slashes (`://`, `:\\`, `:%2f`) or a special or
 * smuggling scheme name before a colon (`http:127.0.0.1`, `jar:…`). One pass; no views without it.
 * Every branch starts at the colon (scheme names as a look-behind), so the scan jumps colon to colon.
 */
const URL_NEEDLE =
  /:(?:[\/\\]|%2f|%5c|(?<=(?:https?|wss?|ftp|gopher|dict|jar|netdoc|php|phar|expect|glob|ldap[is]?|tftp|ogg|rar|zip|ssh2\.\w+|compress\.\w+|jdbc|rmi|iiop):))/i;
/** A plainly written local dev-server root URL, nothing after the port. */
const DEV_SERVER = /^https?:\/\/(?:localhost|127\.0\.0\.1):\d{2,5}\/?[.,;:!?)]*$/i;
const SLASHES_RE = /^(?:[\/\\]|%2f|%5c)*/i;
const URL_KEY =
  /(?:^|_)(?:url|uri|urls|href|link|endpoint|webhook|callback|redirect|proxy|origin|remote|upstream|feed|image|avatar|dsn|connection|connstr|conn_str)(?:_|$)|(?:url|uri|endpoint)$/;
const HOST_KEY =
  /^(?:host|hostname|ip|ip_address|address|addr|server|domain|remote_host|target_host|base_url)$|(?:_host|host_name|_ip|_addr|_domain|_server)$/;

/**
 * A scheme with an authority that matters even when its host is public: web schemes outside
 * `allowed_schemes` (ftp, ws), smuggling and other fetcher protocols. Others — `ssh://`, `git://`, `redis://`,
 * `postgres://` — name a repository or a database; only their host decides (internal hosts are
 * reported by the host checks).
 */
function fetchedScheme(scheme: string): boolean {
  return SPECIAL_SCHEMES.has(scheme) || SMUGGLING_SCHEMES.has(scheme) ||
    FETCHER_SCHEMES.has(scheme);
}

interface Hit {
  kind: Kind | "scheme";
  canon: string;
  /** The scheme of a database or service URL (not fetched) this host came from. */
  service?: string;
  start?: number;
  end?: number;
  scheme?: string;
}

/** Candidate hosts of an authority: every piece a confused parser could pick. */
function authorityHosts(authority: string): { main: string; others: string[] } {
  const pieces = new Set<string>();
  for (const form of [authority, percentDecode(authority)]) {
    // A NUL ends the host for C resolvers (`localhost%00.evil.example` is localhost to them).
    for (const p of form.split(/[@\\#\0]|%00/)) {
      const h = hostOfPiece(p);
      if (h) pieces.add(h);
    }
  }
  const parts = authority.split(/[\\#]/)[0].split("@");
  const main = hostOfPiece(parts[parts.length - 1]);
  pieces.delete(main);
  return { main, others: [...pieces] };
}

function hostOfPiece(piece: string): string {
  const p = piece.trim();
  if (p.startsWith("[")) {
    const close = p.indexOf("]");
    return close > 0 ? p.slice(0, close + 1) : p;
  }
  if ((p.match(/:/g)?.length ?? 0) >= 2 && parseV6(normalizeHost(p))) return p;
  return p.split(":")[0].replace(/[!$&'()*+,;=|{}^~].*$/s, "");
}

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = normalizeHost(host);
  for (const a of allowed) {
    const pat = a.trim().toLowerCase().replace(/\.+$/, "");
    if (
      pat.startsWith("*.")
        ? h.endsWith(pat.slice(1)) && h.length > pat.length - 1
        : h === normalizeHost(pat)
    ) {
      return true;
    }
  }
  return false;
}

function whatwgHost(candidate: string): string | undefined {
  try {
    const u = new URL(candidate);
    return u.hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What `checkAuthority` found for one authority, without spans. Real text repeats a few hosts in
 * many URLs (and every decoded view repeats the raw text's URLs), and the checks are pure
 * functions of the authority, the WHATWG host and the options: remember their answers.
 */
type AuthorityMemo = Map<string, ReadonlyArray<Hit>>;
/** Shared memos for the default host options (no allowed_hosts), by allow_private. */
const SHARED_MEMO: [AuthorityMemo, AuthorityMemo] = [new Map(), new Map()];
/** WHATWG hosts by URL prefix `scheme:slashes+authority` (see `whatwgHostOf`). */
const WHATWG_MEMO = new Map<string, string | undefined>();
/** Entries a memo may hold before it starts over, so hostile input cannot grow it. */
const MEMO_LIMIT = 4096;

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * `whatwgHost(url)` for a URL whose first `prefixEnd` characters are `scheme:slashes+authority`.
 * When a path or query (`/…`, `?…`) or nothing follows, the host depends on that prefix alone:
 * the WHATWG parser sets the host where the authority ends (at `/`, `?` or the end alike) and
 * nothing after it can fail. Not so when the authority was cut at its length cap, or when the
 * prefix ends in a C0 control or space (stripped at the end of the input only): no memo then.
 */
export function whatwgHostOf(url: string, prefixEnd: number): string | undefined {
  const next = url.charCodeAt(prefixEnd); // NaN at the end
  if (
    url.charCodeAt(prefixEnd - 1) <= 0x20 ||
    (prefixEnd < url.length && next !== 0x2f && next !== 0x3f)
  ) {
    return whatwgHost(url);
  }
  const prefix = url.slice(0, prefixEnd);
  if (WHATWG_MEMO.has(prefix)) return WHATWG_MEMO.get(prefix);
  return remember(WHATWG_MEMO, prefix, whatwgHost(url));
}

function checkAuthority(
  authority: string,
  whatwg: string | undefined,
  mainNames: boolean,
  options: SsrfOptions,
  hits: Hit[],
  span: { start?: number; end?: number },
  memo?: AuthorityMemo,
): void {
  // Authorities never hold a line break (it ends them), so "\n" separates the key's parts.
  const key = memo &&
    `${mainNames ? 1 : 0}${whatwg === undefined ? "" : "+" + whatwg}\n${authority}`;
  let found = key === undefined ? undefined : memo?.get(key);
  if (!found) {
    found = authorityVerdicts(authority, whatwg, mainNames, options);
    if (key !== undefined && memo) remember(memo, key, found);
  }
  for (const v of found) hits.push({ kind: v.kind, canon: v.canon, ...span });
}

function authorityVerdicts(
  authority: string,
  whatwg: string | undefined,
  mainNames: boolean,
  options: SsrfOptions,
): Hit[] {
  const out: Hit[] = [];
  const { main, others } = authorityHosts(authority);
  const hosts: Array<[string, boolean]> = [
    [main, mainNames],
    ...others.map((o): [string, boolean] => [o, false]),
  ];
  if (whatwg && normalizeHost(whatwg) !== normalizeHost(main)) hosts.push([whatwg, mainNames]);
  for (const [host, isMain] of hosts) {
    if (!host || hostAllowed(host, options.allowed_hosts)) continue;
    for (const v of classifyHost(host, isMain)) {
      if (options.allow_private && PRIVATE_KINDS.has(v.kind)) continue;
      out.push({ kind: v.kind, canon: v.canon });
    }
  }
  return out;
}

function scanUrls(
  view: string,
  withSpans: boolean,
  urlKey: boolean,
  options: SsrfOptions,
  hits: Hit[],
  memo?: AuthorityMemo,
): void {
  let budget = MAX_CANDIDATES;
  for (let m = nextScheme(view, 0); m && budget > 0; m = nextScheme(view, m[1] + 1)) {
    const [index, colon] = m;
    const scheme = view.slice(index, colon).toLowerCase();
    const afterColon = colon + 1;
    const slashes = view.slice(afterColon, afterColon + 12).match(SLASHES_RE)?.[0] ?? "";
    const hasAuthority = slashes.length >= 2;
    const special = SPECIAL_SCHEMES.has(scheme);
    const smuggling = SMUGGLING_SCHEMES.has(scheme);
    if (scheme.length === 1 || (!special && !smuggling && scheme !== "file" && !hasAuthority)) {
      continue;
    }
    const aStart = afterColon + slashes.length;
    let aEnd = aStart;
    while (aEnd < view.length && aEnd - aStart < 512 && !endsAuthority(view.charCodeAt(aEnd))) {
      aEnd++;
    }
    let uEnd = aEnd;
    while (uEnd < view.length && uEnd - index < 2048 && !endsUrl(view.charCodeAt(uEnd))) uEnd++;
    budget--;
    const span = withSpans ? { start: index, end: uEnd } : {};
    const allowedScheme = schemeAllowed(scheme, options.allowed_schemes);
    // In free text a smuggling scheme needs a URL body (`//` or a nested scheme): "Expect: 100",
    // and must reach the network.
    // A placeholder host in prose (`${jndi:ldap://...}` in an advisory) reaches nothing (./_ssrf_r27.ts).
    // A plain JDBC connection string in code or configuration names a database (./_ssrf_jdbc.ts).
    const smuggles = smuggling &&
      (urlKey ||
        (!placeholderAuthority(view, aStart) && !LOCAL_WRAPPERS.has(scheme) &&
          (hasAuthority || NESTED_SCHEME.test(view.slice(afterColon, afterColon + 32))) &&
          !(scheme === "jdbc" && plainJdbcUrl(view.slice(index, uEnd)))));
    if (
      !allowedScheme &&
      (smuggles || (urlKey && (scheme === "file" || (hasAuthority && fetchedScheme(scheme)))))
    ) {
      hits.push({ kind: "scheme", canon: scheme, scheme, ...span });
    }
    if (special || hasAuthority) {
      const authority = view.slice(aStart, aEnd);
      const url = view.slice(index, uEnd);
      // Prose naming a local dev server ("open http://localhost:3000") targets nothing on its own.
      if (!urlKey && withSpans && DEV_SERVER.test(url)) continue;
      const whatwg = special ? whatwgHostOf(url, aEnd - index) : undefined;
      // A database or service address in prose (`postgres://user:pw@localhost:5432/app` in a
      // README) is configuration, not a fetch: only a metadata endpoint still counts there.
      const fetched = special || smuggling || scheme === "file" || FETCHER_SCHEMES.has(scheme);
      const into = !fetched ? [] : hits;
      // Decoded views (leet, skeleton, …) can reshape a URL: only the raw text reports bare single labels.
      checkAuthority(authority, whatwg, special && withSpans, options, into, span, memo);
      if (into !== hits) {
        // A database or service URL in a URL field (`postgres://localhost:5432/dev`) names what
        // the tool connects to: internal hosts count, marked so loopback is only recorded.
        for (const h of into) {
          if (h.kind === "metadata") hits.push(h);
          else if (urlKey) hits.push({ ...h, service: scheme });
        }
      }
    }
  }
}

function fieldName(field: FieldContext): string {
  const name = field.key ?? field.path;
  return field.stage === "input" ? `Argument "${name}"` : `Field "${name}"`;
}

function scanSsrf(text: string, field: FieldContext, options: SsrfOptions): Finding[] {
  if (text.length === 0) return [];
  const key = field.key ?? "";
  const hostKey = HOST_KEY.test(key);
  const urlKey = hostKey || URL_KEY.test(key);
  const hits: Hit[] = [];
  const memo = options.allowed_hosts.length === 0
    ? SHARED_MEMO[options.allow_private ? 1 : 0]
    : new Map<string, ReadonlyArray<Hit>>();
  // URL and host fields are short: scan every view. Free text first needs a URL-shaped needle,
  // and decoded views only when the raw text holds something a decoder reads.
  const views = urlKey || mayHideFromParsers(text) ? textViews(text) : [text];
  views.forEach((view, i) => {
    if (urlKey ? view.includes(":") : URL_NEEDLE.test(view)) {
      scanUrls(view, i === 0, urlKey, options, hits, memo);
    }
  });
  const value = text.trim();
  if (urlKey && value.length < 2048 && !/\s/.test(value)) {
    const scheme = value.match(/^([a-z][a-z0-9+.\-]*):(\/\/)?/i);
    if (scheme && scheme[1].length > 1) {
      const s = scheme[1].toLowerCase();
      if (
        !schemeAllowed(s, options.allowed_schemes) && !INERT_SCHEMES.has(s) &&
        ((scheme[2] && fetchedScheme(s)) || SMUGGLING_SCHEMES.has(s) || s === "file")
      ) {
        hits.push({ kind: "scheme", canon: s, scheme: s });
      }
    } else if (
      (hostKey || value.startsWith("//") || /^[a-z0-9.\-\[\]:%_]+(?:[\/?#].*)?$/i.test(value)) &&
      // An EVM account address is not a host (./_ssrf_evm.ts).
      !evmAccountNotHost(value, field.tool ?? "", field.server ?? "")
    ) {
      const bare = value.replace(/^\/\//, "");
      const end = bare.search(/[\/?]/);
      const authority = end < 0 ? bare : bare.slice(0, end);
      // A bare word in a URL-ish field is not a host name; only host fields report single labels.
      checkAuthority(authority, undefined, false, options, hits, {}, memo);
    }
  }
  // A local file URL naming a resource is the path detector's to judge (see ./_ssrf_r13.ts).
  // A browser previewing a local HTML build is not a fetch of secrets (./_ssrf_r14.ts).
  const kept = urlKey && hits.length > 0 &&
      (localFileResource(key, text) || localPagePreview(field.tool ?? "", text))
    ? hits.filter((h) => !(h.kind === "scheme" && h.canon === "file"))
    : hits;
  // Round 26 (./_ssrf_r26.ts): an SSH tool's internal target, a loopback health probe: recorded.
  // Round 28 (./_ssrf_r28.ts): a fetch URL that is a loopback health endpoint: recorded.
  // Round 29 (./_ssrf_r29.ts): a browser opening a front-end dev-server page: recorded.
  // Round 30 (./_ssrf_r30.ts): a URL quoted as inline code in prose stored as a page: recorded.
  // Round 31 (./_ssrf_r31.ts): the same dev-server page with a plain `name=value` query: recorded.
  // Round 45 (./_ssrf_r45.ts): a container's own health check, loopback examples in code in a
  // published document: recorded.
  const weighted = r45Weighted(
    r30Weighted(
      r31Weighted(
        r29Weighted(
          r28Weighted(r26Weighted(toFindings(kept, field, urlKey, text), text, field), text, field),
          text,
          field,
        ),
        text,
        field,
      ),
      text,
      field,
    ),
    text,
    field,
  );
  // Round 47 (./_ssrf_r47.ts): a health probe of the developer's own machine by its container
  // alias (host.docker.internal): recorded.
  const findings = r47Weighted(weighted, text, field);
  // Round 18 (./_ssrf_r18.ts): an IP host spelled in circled or other enclosed digits.
  const enclosed = enclosedHostFinding(text, field);
  // Round 34 (./_ssrf_r34.ts): an instance-metadata API path reached through a host name.
  const imds = findings.some((f) => f.kind === "metadata")
    ? undefined
    : r34MetadataUrl(text, field);
  const extra = [enclosed, imds].filter((f): f is Finding => f !== undefined);
  // ./_ssrf_scope.ts: a cookie's domain scopes the cookie; nothing is fetched there.
  // A ping/traceroute/DNS lookup of one bare internal host fetches no content (same file).
  return diagnosticTargetWeighted(
    cookieScopeWeighted(extra.length ? [...findings, ...extra] : findings, field),
    text,
    field,
  );
}

/**
 * Reverse-proxy upstreams in a web-server configuration being written (`proxy_pass
 * http://127.0.0.1:8080;`, `ProxyPass / http://10.0.0.5/`, Caddy `reverse_proxy`): the server
 * forwards its visitors to the application behind it — the ordinary set-up, not a request forged
 * through a fetcher. True when the text has such a directive and every loopback or private URL
 * in it is one; metadata and link-local upstreams still count (they are judged apart).
 */
const PROXY_DIRECTIVE =
  /^\s*(?:proxy_pass|grpc_pass|uwsgi_pass|ProxyPass(?:Reverse)?(?:\s+\S+)?|reverse_proxy(?:\s+\S+)?|proxy_redirect\s+\S+)\s+$/i;
const LOCAL_URL =
  /\b(?:https?|grpcs?|wss?):\/\/(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3})(?=[:\/;\s"']|$)/g;

function proxyUpstreamsOnly(text: string): boolean {
  if (!/proxy_pass|grpc_pass|uwsgi_pass|proxypass|reverse_proxy/i.test(text)) return false;
  let n = 0;
  LOCAL_URL.lastIndex = 0;
  for (let m = LOCAL_URL.exec(text); m; m = LOCAL_URL.exec(text)) {
    const line = text.slice(text.lastIndexOf("\n", m.index - 1) + 1, m.index);
    const stmt = line.slice(Math.max(line.lastIndexOf(";"), line.lastIndexOf("{")) + 1);
    if (stmt.length > 200 || !PROXY_DIRECTIVE.test(stmt)) return false;
    if (++n > 50) return false;
  }
  return n > 0;
}

function toFindings(hits: Hit[], field: FieldContext, urlKey: boolean, text: string): Finding[] {
  const { wholeUrl, asked: mention } = ssrfContext(text, field, urlKey);
  // Round 27 (./_ssrf_r27.ts): a SQL table function makes the database fetch the URL.
  const asked = mention && !sqlFetch(text);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const upstreams = !urlKey && field.stage === "input" &&
    hits.some((h) => h.kind === "loopback" || h.kind === "private") && proxyUpstreamsOnly(text);
  for (const h of hits) {
    // In results, only metadata endpoints (or URL fields) matter: dev servers print localhost URLs.
    if (field.stage !== "input" && !urlKey && h.kind !== "metadata") continue;
    const id = `${h.kind}|${h.canon}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const who = fieldName(field);
    if (h.kind === "scheme") {
      findings.push({
        detector: "ssrf",
        kind: "scheme",
        severity: SMUGGLING_SCHEMES.has(h.canon) || FETCHER_SCHEMES.has(h.canon) ||
            h.canon === "file"
          ? "high"
          : "medium",
        reason:
          `${who} uses the "${h.canon}:" scheme; only web URLs (or the configured allowed_schemes) may be fetched`,
        start: h.start,
        end: h.end,
      });
      continue;
    }
    const kind = h.kind as Kind;
    findings.push({
      detector: "ssrf",
      kind,
      // A one-label name in prose (`http://host/repo`, `https://url/to/file` in docs and code) is
      // recorded, not blocked: free text is not fetched, and only an address is evidence there.
      // A database or service on the gateway's own machine (`postgres://localhost/dev`) is the
      // ordinary set-up of a local database tool, not a request forged through a fetcher: recorded.
      // Round 44 (./_ssrf_r44.ts): a resource a server-side renderer loads is fetched.
      severity: (kind === "internal_hostname" && !urlKey && !wholeUrl &&
          !(h.start !== undefined && renderedResource(text, h.start, field))) ||
          asked ||
          (h.service !== undefined && kind === "loopback") ||
          (!urlKey && (kind === "loopback" || kind === "private") && upstreams)
        ? "low"
        : KIND_SEVERITY[kind],
      reason: `${who} points to ${KIND_TEXT[kind]} (${h.canon})${
        h.service ? ` through a ${h.service}: URL` : ""
      }; add the host to allowed_hosts if this is intended`,
      start: h.start,
      end: h.end,
    });
  }
  return findings;
}

/** Server-side request forgery: URLs and hosts that reach internal, loopback or metadata addresses. */
export const ssrfDetector: TextDetector<SsrfOptions> = {
  id: "ssrf",
  description:
    "URLs and hosts pointing at loopback, private, link-local or cloud-metadata addresses",
  ...TEXT_DETECTOR_SPECS.ssrf,
  scan(text: string, field: FieldContext, options: SsrfOptions): Finding[] {
    try {
      return scanSsrf(text, field, {
        allowed_hosts: options?.allowed_hosts ?? [],
        allow_private: options?.allow_private ?? false,
        allowed_schemes: options?.allowed_schemes ?? ["http", "https"],
      });
    } catch {
      // Fail closed: a value the detector could not judge is reported, and the policy decides.
      return [scanError("ssrf")];
    }
  },
};
