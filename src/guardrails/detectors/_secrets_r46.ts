/**
 * Round-46 secrets, by technique:
 *
 * - disk-encryption recovery secrets handed over: a BitLocker recovery password (eight groups of
 *   six digits, each group a multiple of 11 below 720896 — the check Windows itself applies, so a
 *   random 48-digit number almost never passes) and a macOS FileVault personal recovery key (six
 *   groups of four upper-case letters and digits) next to a FileVault/recovery word. Either one
 *   unlocks the whole disk of the machine it belongs to;
 * - a credential written in look-alike Unicode letters (Mathematical Alphanumeric Symbols such as
 *   monospace/bold/script, full-width forms): NFKC folds them back to ASCII, and secret scanners
 *   that do not fold miss them. The text is folded and scanned again (./secrets.ts);
 * - the other way round: a JWT whose only claims are an issuer, a project reference, times and the
 *   role `anon` (a Supabase/PostgREST anonymous key) is public by design — every browser holds it,
 *   row-level security limits it. It is recorded, not blocked; a `service_role` key or any token
 *   naming a subject still counts.
 *
 * Input stage only for the recovery secrets; bounded patterns.
 */
import { b64url } from "./_secrets_r29.ts";

/** One finding: start, end, kind, reason. */
export type R46Secret = [number, number, "generic_secret", string];

const BITLOCKER =
  /(?<![\d-])(\d{6})-(\d{6})-(\d{6})-(\d{6})-(\d{6})-(\d{6})-(\d{6})-(\d{6})(?![\d-])/g;
const FILEVAULT = /(?<![A-Z0-9-])(?:[A-Z0-9]{4}-){5}[A-Z0-9]{4}(?![A-Z0-9-])/g;
const FILEVAULT_WORD = /filevault|recovery\s{0,3}key|fdesetup/i;

/** True when each six-digit group is what BitLocker accepts (a multiple of 11, below 2^16·11). */
function bitlockerGroups(m: RegExpExecArray): boolean {
  const groups = m.slice(1, 9).map(Number);
  if (new Set(groups).size < 4) return false; // 000000-000000-… and other fillers
  return groups.every((g) => g % 11 === 0 && g < 720896);
}

/** Round-46 recovery-secret findings in `text`. */
export function r46Secrets(text: string): R46Secret[] {
  if (text.length < 29 || text.length > 50000) return [];
  const out: R46Secret[] = [];
  if (text.indexOf("-") < 0) return out;
  for (const m of text.matchAll(BITLOCKER)) {
    if (bitlockerGroups(m)) {
      out.push([
        m.index!,
        m.index! + m[0].length,
        "generic_secret",
        "BitLocker recovery password (48 digits; unlocks the whole encrypted disk)",
      ]);
    }
  }
  if (FILEVAULT_WORD.test(text)) {
    for (const m of text.matchAll(FILEVAULT)) {
      const v = m[0];
      // Mixed letters and digits, not a placeholder (XXXX-…, ABCD-…).
      if (!/\d/.test(v) || !/[A-Z]/.test(v) || /X{4}|ABCD|1234-5678/.test(v)) continue;
      out.push([
        m.index!,
        m.index! + v.length,
        "generic_secret",
        "FileVault recovery key (unlocks the whole encrypted disk)",
      ]);
    }
  }
  return out;
}

/** Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF) or full-width ASCII (U+FF01–U+FF5E). */
const LOOKALIKE = /[\u{1D400}-\u{1D7FF}\uFF01-\uFF5E]/u;

/** `text` folded to ASCII look-alikes when it holds such letters (else undefined). */
export function foldLookalikes(text: string): string | undefined {
  if (text.length > 100000 || !LOOKALIKE.test(text)) return undefined;
  const folded = text.normalize("NFKC");
  return folded === text ? undefined : folded;
}

/** Claims an anonymous project key carries; anything else (sub, email, app_metadata…) does not. */
const ANON_CLAIMS = new Set(["iss", "ref", "role", "iat", "exp", "nbf", "aud"]);

/** True when `token` is a JWT whose payload is an anonymous-role project key (public by design). */
export function anonRoleJwt(token: string): boolean {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1].length > 400) return false;
  const json = b64url(parts[1]);
  if (json === undefined) return false;
  let claims: unknown;
  try {
    claims = JSON.parse(json);
  } catch {
    return false;
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return false;
  const c = claims as Record<string, unknown>;
  return c.role === "anon" && Object.keys(c).every((k) => ANON_CLAIMS.has(k));
}
