/**
 * Round-37 preset check (paraphrase tests in `_definition_r37p_test.ts`): the defaults of one tool
 * switch several protections off at once. Round 37 preset a meeting without passcode or waiting
 * room, a SAML app without signed assertions, a browser without safe browsing or leak detection,
 * an inverter without grid protection, a chart opened by break-glass with the privacy alert
 * suppressed — each a boolean, number or null default that the model is to keep unread. One such
 * default can be a real need (a test fixture, a kiosk); two different ones in one tool are a
 * preset that disarms the account, the device or the review.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

const MAX_NODES = 2000;

/** A setting name (lower case, no separators) whose off value disarms a protection. */
const GUARD_KEY =
  /^(?:require|enforce|verify|validate)\w{0,20}(?:sign\w{0,12}|mfa|2fa|twofactor|otp|auth\w{0,12}|tls|ssl|cert\w{0,8}|approval|consent|review)$|^\w{0,24}(?:protection(?:level|mode|enabled)?|compliance|safebrowsing\w{0,20}|leakdetection\w{0,8}|antiislanding|antivirus|antimalware|waitingroom|passcode|askto(?:buy|pay)|duplicatecheck|downloadrestrictions|csrf\w{0,12}|signedassertions|smartid|mfarequired|twofactor\w{0,10}|fraudcheck|sanctionscheck|kyccheck|geofence\w{0,8}|parentalcontrols?|contentfilter\w{0,8})$/;

/** A setting name whose on value skips a check, a notice or an approval. */
const SKIP_KEY =
  /^(?:skip|suppress|bypass|disable|exclude|omit|no|without|ignore)\w{0,30}?(?:review|check|verification|verify|alerts?|notification|notice|approvals?|confirmation|confirm|mfa|2fa|otp|smartid|audit|scan|signature|consent|warnings?|protection|sandbox|screening|quarantine)s?$|^(?:allowlegacyauth\w{0,12}|allowlegacyauthentication|breakglass|autorelease|autoapprove\w{0,20}|joinbeforehost|corsallowallorigins|allowallorigins|allowinsecure\w{0,20}|insecure\w{0,20}|trustallcerts|acceptanycert\w{0,10})$/;

/** An allow-list or an exemption list whose value is everyone. */
const OPEN_KEY =
  /^\w{0,20}(?:allowed|trusted|permitted)\w{0,20}(?:issuers?|origins?|audiences?|hosts?|ips?|cidrs?|domains?|senders?|subjects?)$|^\w{0,20}(?:allowlist|whitelist|exclud\w{0,6}groups?|exemptgroups?|exclusions?)$/;

/** A value that waives the password, PIN or approval. */
const NO_AUTH_VALUE =
  /^[\w-]{0,30}without[_-]?(?:password|pin|approval|mfa|2fa|verification|confirmation|consent)$/i;

function wide(v: unknown): boolean {
  const all = (x: unknown) =>
    typeof x === "string" &&
    /^(?:\*|0\.0\.0\.0\/0|::\/0|all\s?users|everyone|anyone)$/i.test(x.trim());
  return all(v) || (Array.isArray(v) && v.some(all));
}

function off(v: unknown): boolean {
  return v === false || v === 0 || v === null ||
    (typeof v === "string" && /^(?:false|off|none|disabled?|0|no)$/i.test(v.trim()));
}

function on(v: unknown): boolean {
  return v === true || (typeof v === "string" && /^(?:true|on|yes|enabled?)$/i.test(v.trim())) ||
    (Array.isArray(v) && v.length > 0);
}

/** The name of a disarming setting, or undefined. */
function disarm(key: string, v: unknown): string | undefined {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (k.length < 3 || k.length > 60) return undefined;
  if (GUARD_KEY.test(k) && off(v)) return k;
  if (SKIP_KEY.test(k) && on(v)) return k;
  if (OPEN_KEY.test(k) && wide(v)) return k;
  if (typeof v === "string" && NO_AUTH_VALUE.test(v)) return k;
  return undefined;
}

/** Leaves `[key, value]` of a default value (nested objects walked, arrays kept whole). */
function leaves(v: unknown, key: string, out: [string, unknown][], depth: number): void {
  if (out.length > 200 || depth > 6) return;
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 60)) {
      leaves(x, k, out, depth + 1);
    }
  } else out.push([key, v]);
}

/** Round-37 checks over a definition's default values. */
export function r37ToolHits(tool: ToolDefinition): PathHit[] {
  const schema = tool.inputSchema;
  if (!schema || typeof schema !== "object") return [];
  const text = JSON.stringify(schema);
  if (text.length > 200_000 || !text.includes('"default"')) return [];
  const names = new Set<string>();
  let nodes = 0;
  const walk = (v: unknown, key: string, depth: number): void => {
    if (++nodes > MAX_NODES || depth > 12 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      v.slice(0, 50).forEach((x) => walk(x, key, depth + 1));
      return;
    }
    const o = v as Record<string, unknown>;
    if ("default" in o && key) {
      const found: [string, unknown][] = [];
      leaves(o.default, key, found, 0);
      for (const [lk, lv] of found) {
        const n = disarm(lk, lv);
        if (n) names.add(n);
      }
    }
    for (const [k, x] of Object.entries(o).slice(0, 80)) {
      if (k === "default" || k === "examples" || k === "const") continue;
      walk(x, k === "properties" || k === "items" ? key : k, depth + 1);
    }
  };
  walk(schema, "", 0);
  if (names.size < 2) return [];
  return [{
    path: "$.inputSchema",
    kind: "insecure_configuration",
    severity: "high",
    reason: "The defaults switch several protections off at once (" +
      [...names].slice(0, 4).join(", ") + ")",
  }];
}
