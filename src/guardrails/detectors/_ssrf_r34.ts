/**
 * Round-34 SSRF rules:
 *
 * - public names that answer with a loopback address: the `localhost` label used inside a
 *   longer public name (`svc.localhost.direct`, `localhost.dev-alias.example.com` — the usual
 *   "localhost for cookies/TLS" aliases) and further public loopback zones (`localhost.direct`,
 *   `fuf.me`, `localho.st`). `localhost.run` (a public tunnel service) is not loopback;
 * - an instance-metadata API reached through a name the IP tables do not know: a URL whose path is
 *   the EC2-style metadata API (`/latest/meta-data/…`, `/latest/user-data`, `/latest/api/token`,
 *   `/latest/dynamic/instance-identity`) on any host, or whose host's first label is a metadata
 *   name (`metadata.`, `instance-data.`, `imds.`) with another provider's metadata path
 *   (`/computeMetadata/v1`, `/metadata/instance`, `/metadata/v1`, `/openstack/latest`, `/opc/v2`,
 *   `/hetzner/v1/metadata`). Only metadata services and proxies to them answer these paths; docs
 *   pages about them (`…/ec2/latest/userguide/…`) do not start their path with them.
 *
 * One case-insensitive word test first; bounded patterns, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";

/** Public DNS zones that always answer 127.0.0.1. */
export const R34_LOOPBACK_DNS = ["localhost.direct", "fuf.me", "localho.st"];

/** A `localhost` label inside a longer public name (not the tunnel service `localhost.run`). */
const LOCALHOST_LABEL = /(?:^|\.)localhost\.(?!run$)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}$/;

/** True when host `h` (lower-case) is a public name built to answer with a loopback address. */
export function r34LoopbackHost(h: string): boolean {
  if (!h.includes("localhost") || h.length > 253) return false;
  return LOCALHOST_LABEL.test(h);
}

const WORD = /\/latest\/|metadata|imds|instance-data/i;
const METADATA_URL = new RegExp(
  [
    String
      .raw`\bhttps?:\/\/[^\s\/?#"'<>]{1,200}\/latest\/(?:meta-data|user-data|api\/token|dynamic\/instance-identity)(?![\w-])`,
    String
      .raw`\bhttps?:\/\/(?:[^\s\/?#"'<>@]{1,100}@)?(?:metadata|instance-data|meta-data|imds|metadata-service)[.-][^\s\/?#"'<>]{1,160}\/(?:computemetadata\/v1|metadata\/(?:instance|identity|v1)|openstack\/latest|opc\/v[12]|hetzner\/v1\/metadata|v1\/(?:instance|metadata)|\d{4}-\d{2}-\d{2}\/(?:meta-data|user-data))(?![\w-])`,
  ].join("|"),
  "i",
);

/** A metadata-API finding for `text`, or undefined. */
export function r34MetadataUrl(text: string, field: FieldContext): Finding | undefined {
  if (field.stage !== "input" || text.length > 16384 || !WORD.test(text)) return undefined;
  if (!METADATA_URL.test(text)) return undefined;
  const name = field.key ?? "value";
  return {
    detector: "ssrf",
    kind: "metadata",
    severity: "critical",
    reason:
      `Argument "${name}" calls an instance-metadata API path (it hands out credentials and bootstrap secrets) through a host name`,
  };
}
