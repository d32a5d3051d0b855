/**
 * Shared pieces of the supply-chain tampering rules (`_supply_*.ts`): the rule shape (the
 * tradecraft one, ./_tradecraft_core.ts, plus a "foreign source" check) and the decision whether a
 * package source, tarball, image registry or fork named in a config file is FOREIGN: neither a
 * public registry of the ecosystem (npm, PyPI, Maven Central, NuGet, crates.io, the Go proxy,
 * Docker Hub and the large image registries), nor a hosted package service the organisation rents
 * (Artifactory / jfrog.io, GitHub / GitLab packages, Azure Artifacts, CodeArtifact, Artifact
 * Registry), nor a private address, nor the organisation's own domain — a domain named by another
 * host, an address, a package scope (`@acme`), a Go module path or a repository owner in the same
 * call.
 */
import type { TradecraftRule } from "./_tradecraft_core.ts";

export { r } from "./_tradecraft_core.ts";
export { DATA_OUT, FETCH_RUN, NET_BAD } from "./_agentcfg_core.ts";

/** One supply-chain technique. */
export interface SupplyRule extends TradecraftRule {
  /** Global pattern whose group 1 is a host (or owner, with `owner`): one must be foreign. */
  src?: RegExp;
  /** The captured target of `src` is a repository owner, not a host. */
  owner?: true;
  /** A last check on the whole view (a computed condition no pattern states). */
  check?: (view: string) => boolean;
}

/** A URL's host (group 1), for `src` patterns. */
export const HOST = String
  .raw`[a-z][\w+.-]{0,10}:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])`;

/** Public registries, their official mirrors and the hosted package services organisations rent. */
const PUBLIC_BASE =
  /^(?:npmjs\.org|npmjs\.com|yarnpkg\.com|npmmirror\.com|pypi\.org|pythonhosted\.org|python\.org|maven\.org|apache\.org|gradle\.org|gradle\.com|nuget\.org|crates\.io|rust-lang\.org|golang\.org|goproxy\.io|goproxy\.cn|go\.dev|docker\.io|docker\.com|ghcr\.io|gcr\.io|quay\.io|mcr\.microsoft\.com|microsoft\.com|k8s\.io|pkg\.dev|amazonaws\.com|aws|azurecr\.io|azure\.com|visualstudio\.com|jfrog\.io|github\.com|githubusercontent\.com|gitlab\.com|bitbucket\.org|cloudsmith\.io|packagecloud\.io|fury\.io|cgr\.dev|nvcr\.io|jsr\.io|deno\.land|deno\.com|rubygems\.org|packagist\.org|conda\.anaconda\.org|anaconda\.org|anaconda\.com|conda-forge\.org|pytorch\.org|nvidia\.com|aliyun\.com|tencent\.com|tsinghua\.edu\.cn|ustc\.edu\.cn|huaweicloud\.com|google\.com|googleapis\.com|jitpack\.io|hashicorp\.com|terraform\.io|hex\.pm|pub\.dev|cocoapods\.org|sonatype\.org|sonatype\.com|spring\.io|jetbrains\.com|jenkins\.io|eclipse\.org|unpkg\.com|jsdelivr\.net|esm\.sh|esm\.run|skypack\.dev|jspm\.io|jspm\.dev|cloudflare\.com|fastly\.com|astral\.sh|pkg\.go\.dev|bintray\.com|kotlinlang\.org)$/;

const TWO_PART_TLD = /^(?:co|com|org|net|ac|gov|edu|ne|or)$/;
const PRIVATE =
  /^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[?::1\]?$)|\.(?:local|internal|corp|lan|intranet|home\.arpa|localhost|svc|cluster\.local)$|(?:^|\.)(?:internal|corp|intranet)\./;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The registrable part of a host (`npm.acme.co.uk` → `acme.co.uk`). */
export function baseOf(host: string): string {
  const l = host.toLowerCase().replace(/\.$/, "").split(".");
  const n = l.length;
  return l.slice(n >= 3 && TWO_PART_TLD.test(l[n - 2]) && l[n - 1].length === 2 ? -3 : -2)
    .join(".");
}

const HOSTS_G = new RegExp(HOST, "gi");
/** Names the organisation goes by: scopes, module paths, owners, mail domains. */
const ORG_G =
  /(?:^|["'\s,])@([a-z0-9][\w.-]{1,60})\/|(?:^|["'\s])@([a-z0-9][\w-]{1,60}):registry\b|\bmodule\s{1,3}([a-z0-9][\w.-]{1,100})\/|[\w.+-]{1,64}@([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,4})|(?:github\.com|gitlab\.com|bitbucket\.org)[\/:]([\w.-]{1,60})\/|\b(?:owner|org|organization|groupId|namespace)["']?\s{0,3}[:=>]\s{0,3}["']?([\w.-]{2,60})/gi;

/** True when `host` is a foreign package source for the call `view`. */
export function isForeignHost(view: string, host: string): boolean {
  const h = host.toLowerCase();
  if (PRIVATE.test(h)) return false;
  if (IPV4.test(h)) return true;
  const base = baseOf(h);
  if (PUBLIC_BASE.test(base) || PUBLIC_BASE.test(h.split(".").slice(-3).join("."))) {
    return /\.(?:s3|blob\.core)\b/.test(h) && !/\b(?:codeartifact|ecr)\b/.test(h);
  }
  const label = base.split(".")[0];
  let context = false;
  for (const m of view.matchAll(HOSTS_G)) {
    const o = m[1].toLowerCase();
    if (o === h) continue;
    if (baseOf(o) === base) return false;
    context = true;
  }
  for (const m of view.matchAll(ORG_G)) {
    const name = (m.slice(1).find((x) => x !== undefined) ?? "").toLowerCase();
    if (name.length < 3) continue;
    context = true;
    const first = name.split(".")[0].replace(/-?(?:inc|corp|labs|hq|dev|io|org)$/, "");
    if (name === base || baseOf(name) === base) return false;
    if (
      first.length >= 3 && (label === first || label.startsWith(first))
    ) {
      return false;
    }
  }
  // Nothing else in the call names the organisation: a company's own package host
  // (`pypi.acme.com`) passes; a host named as a mirror, CDN or look-alike does not.
  return context || !OWN_LOOKING.test(h) || SELF_DESCRIBED.test(label);
}

/** A package host under a plain company domain (`npm.acme.com`, `nexus.acme-corp.io`). */
const OWN_LOOKING =
  /^(?:[\w-]{1,30}\.){0,2}(?:npm|pypi|registry|maven|nexus|artifactory|repo|repos|packages|pkgs|nuget|crates|goproxy|docker|images|proget|verdaccio|devpi|pip|gems|artifacts)\.[a-z0-9]{2,24}(?:-(?:corp|inc|labs|group|tech|systems|software|internal|intern|it|ag|gmbh|se))?\.(?:com|org|net|io|dev|co|de|fr|nl|se|ch|co\.uk|eu|ai|tech|cloud)$/;
/** A registrable name that calls itself a mirror, cache or registry (what look-alike hosts do). */
const SELF_DESCRIBED =
  /mirror|cdn|cache|proxy|fast|speed|quick|pkg|package|registry|repo|deps|npm|pypi|maven|crate|gem|nuget|golang|docker|hub|download|files|secure|update|dist|static|build|index|dev$|^get/;

/**
 * True when an owner (`github.com/<owner>`, a module host) is named only by the dependency itself:
 * the organisation's own owner shows up again (its module path, its scope, its other repositories).
 */
function isForeignOwner(view: string, owner: string): boolean {
  const o = owner.toLowerCase();
  if (o.length < 2) return false;
  return view.toLowerCase().split(o).length < 3;
}

/** True when a match of `rule.src` (if any) captures a foreign host or owner. */
export function srcHolds(view: string, rule: SupplyRule): boolean {
  if (rule.check !== undefined && !rule.check(view)) return false;
  if (rule.src === undefined) return true;
  rule.src.lastIndex = 0;
  for (const m of view.matchAll(rule.src)) {
    const t = m.slice(1).find((x) => x !== undefined);
    if (t === undefined) continue;
    // An empty capture marks an alternative that needs no host (insecure by itself).
    if (t === "") return true;
    if (rule.owner ? isForeignOwner(view, t) : isForeignHost(view, t)) return true;
  }
  return false;
}
