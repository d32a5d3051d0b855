/**
 * Round-38 code rules: a safeguard switched off for everyone, or a standing way in handed to
 * whoever knows a fixed value. One alternation decides whether any check can apply; each check
 * then runs only when its own literal is present in the shared lower-case copy.
 *
 * - everyone made a superuser: an administrator role mapped/bound to the wildcard principal
 *   (`"users": ["*"]`, `backend_roles`, `members`, `subjects`), a SECURITY DEFINER function that
 *   runs caller-supplied SQL granted to PUBLIC, an IAM policy whose holder may rewrite or attach
 *   policies / pass roles on every resource (self-escalation primitives);
 * - a fixed secret as a way in: a request header/parameter compared with a literal that then
 *   makes the caller an administrator; a superuser account created in code with a literal
 *   password; a client certificate or binding in the Kubernetes superuser group;
 * - sign-in safeguards off wholesale: login with an empty password or a deleted password, every
 *   conditional-access policy or the security defaults disabled, package-publish 2FA set to none;
 * - money rerouted in code too: the round-36 payout rule (`payoutRerouted`) run over scripts;
 * - a device enrolled into someone's management: a configuration profile downloaded from the
 *   internet and opened for installation.
 *
 * Obfuscation (decode-then-judge) lives in ./_obf_r38.ts and runs last.
 */
import { type RoundMechanism, roundMechanism } from "./_round_code.ts";
import { lowerOnce } from "../text/lower.ts";
import { r38Obfuscated } from "./_obf_r38.ts";
import { payoutRerouted } from "./_cmd_r36.ts";
import { LiteralGate } from "./_literal_gate.ts";

/** Any literal one of the checks needs. */
const GATE =
  /"\*"|account_number|\biban\b|security\s{1,3}definer|iam:|===?|\bis_?superuser|create_?superuser|system:masters|permitemptypasswords|passwd\s{1,3}-d\b|conditionalaccess|securitydefault|mfa=|\.mobileconfig/i;
/** {@link GATE} skipped when none of its literals is in the text (`_literal_gate.ts`). */
const GATED = new LiteralGate(GATE);

// --- Everyone made a superuser ------------------------------------------------------------------------

const WILDCARD_PRINCIPAL =
  /"(?:users|backend_roles|members|principals|subjects|groups|identities)"\s{0,3}:\s{0,3}\[\s{0,3}"\*"/i;
const ADMIN_ROLE =
  /\b(?:all_access|security_manager|superuser|super_?admin|cluster[-_]admin|administrator|admin|owner|root)\b/i;

const DEFINER_DYNAMIC =
  /\bsecurity\s{1,3}definer\b[\s\S]{0,600}?\bexecute\s{1,3}(?:format\s{0,2}\(|[a-z_]\w{0,30}\s{0,3}(?:;|\|\||using\b)|['"$][^;]{0,200}\|\|\s{0,3}[a-z_]\w{0,30})/i;
const GRANT_PUBLIC = /\bgrant\s{1,3}(?:execute|all)\b[^;]{0,200}\bto\s{1,3}public\b/i;

const IAM_ESCALATE =
  /"iam:(?:createpolicyversion|setdefaultpolicyversion|attach(?:role|user|group)policy|put(?:role|user|group)policy|passrole|updateassumerolepolicy|createaccesskey|(?:create|update)loginprofile|addusertogroup|\*)"/gi;
const ANY_RESOURCE = /"resource"\s{0,3}:\s{0,3}\[?\s{0,3}"\*"/i;

function iamSelfEscalation(text: string): boolean {
  if (!ANY_RESOURCE.test(text)) return false;
  const seen = new Set<string>();
  IAM_ESCALATE.lastIndex = 0;
  for (let m = IAM_ESCALATE.exec(text), n = 0; m && n < 40; m = IAM_ESCALATE.exec(text), n++) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= 2 || m[0] === '"iam:*"') return true;
  }
  return false;
}

// --- A fixed secret as a way in -----------------------------------------------------------------------

const LITERAL_GATE =
  /\b(?:headers?|get|header|query|params|cookies|getheader|x-[\w-]{2,40})\b[^\n=]{0,60}(?:===?|\beq\b)\s{0,3}["'][^"'\n]{4,80}["']\s{0,3}\)?\s{0,3}(?:\{|:|then|&&)[^}]{0,300}?\b(?:role|roles|is_?admin|isadmin|is_?superuser|scope|permissions?)\b["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["']?(?:admin|administrator|superuser|owner|root|true|\*)\b/i;

const SUPERUSER_LITERAL_PW =
  /\b(?:make_password|set_password|create_superuser|hash_?password|bcrypt\.hash\w{0,10})\s{0,2}\([^)]{0,120}["'][^"'\n]{6,80}["']/i;
const SUPERUSER_FLAG =
  /\bis_superuser\s{0,3}[=:]\s{0,3}(?:true|1)\b|\bcreate_superuser\s{0,2}\(|\bsuperuser\s{0,3}[=:]\s{0,3}true\b/i;

const MASTERS =
  /\/o=system:masters\b|\bgroups?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["']?system:masters\b|--group[=\s]{1,3}system:masters\b/i;
const MASTERS_ISSUED =
  /\bcertificate\s{1,3}approve\b|\bopenssl\s{1,3}(?:req|x509)\b|\bcertificatesigningrequest\b|\bclusterrolebinding\b/i;

// --- Sign-in safeguards off wholesale -------------------------------------------------------------------

const NO_PASSWORD_LOGIN =
  /\bpermitemptypasswords\b[^\n]{0,20}\byes\b|\bpasswd\s{1,3}-d\s{1,3}(?:root|admin\w{0,10})\b|\bpasswd\s{1,3}--delete\s{1,3}root\b/i;
const CA_ALL_OFF =
  /\bget-mgidentityconditionalaccesspolicy\b[^\n]{0,80}\|[^\n]{0,200}\bupdate-mgidentityconditionalaccesspolicy\b[^\n]{0,160}-state\s{1,3}["']?disabled|securitydefaults?enforcementpolicy\b[^\n]{0,160}?\bisenabled\b[\"']?(?::|\s{0,3}[:=])?\s{0,3}\$?false\b|\bsecuritydefaults?\w{0,20}["']?\s{0,3}[:=]\s{0,3}\$?false\b/i;
const PUBLISH_MFA_OFF =
  /\bnpm\s{1,3}access\s{1,3}(?:set\s{1,3})?mfa[=\s]{1,3}none\b|\bnpm\s{1,3}profile\s{1,3}disable-2fa\b/i;

// --- Device enrolled into someone's management ------------------------------------------------------------

const PROFILE_FETCH =
  /\b(?:curl|wget|invoke-webrequest|iwr)\b[^\n|;&]{0,200}https?:\/\/[^\s"']{1,200}\.mobileconfig\b/i;
const PROFILE_OPEN =
  /\bopen\s{1,3}(?:-a\s{1,3}(?:'[^'\n]{1,40}'|"[^"\n]{1,40}"|\S{1,40})\s{1,3})?["']?[^\s"';&]{0,120}\.mobileconfig\b|\bprofiles\s{1,3}(?:install|-i)\b/i;

/** A round-38 finding for `text`, if any. */
export const r38Mechanism: RoundMechanism = roundMechanism((text, hit) => {
  if (GATED.test(text)) {
    const lo = lowerOnce(text);
    if (
      (lo.includes('"*"') && WILDCARD_PRINCIPAL.test(text) && ADMIN_ROLE.test(text)) ||
      (lo.includes("definer") && DEFINER_DYNAMIC.test(text) && GRANT_PUBLIC.test(text)) ||
      (lo.includes("iam:") && iamSelfEscalation(text))
    ) {
      return hit(
        "privilege_escalation",
        "Administrator rights given to every caller (an admin role mapped to the wildcard principal, a definer-rights function running caller SQL granted to PUBLIC, a policy that lets its holder rewrite or attach policies on every resource)",
      );
    }
    if (
      (lo.includes("=") && LITERAL_GATE.test(text)) ||
      (lo.includes("superuser") && SUPERUSER_FLAG.test(text) && SUPERUSER_LITERAL_PW.test(text)) ||
      (lo.includes("system:masters") && MASTERS.test(text) && MASTERS_ISSUED.test(text))
    ) {
      return hit(
        "authentication_bypass",
        "A standing way in for whoever knows a fixed value (a request value compared with a literal that grants admin, a superuser with a hard-coded password, a certificate in the Kubernetes superuser group)",
      );
    }
    if (
      ((lo.includes("permitempty") || lo.includes("passwd")) && NO_PASSWORD_LOGIN.test(text)) ||
      ((lo.includes("conditionalaccess") || lo.includes("securitydefault")) &&
        CA_ALL_OFF.test(text)) ||
      (lo.includes("mfa") && PUBLISH_MFA_OFF.test(text))
    ) {
      return hit(
        "security_bypass",
        "Sign-in safeguards switched off wholesale (login with an empty or deleted password, every conditional-access policy or the security defaults disabled, publish 2FA set to none)",
      );
    }
    if (
      (lo.includes("account_number") || lo.includes("iban")) && text.length <= 8192 &&
      payoutRerouted(text)
    ) {
      return hit(
        "payment_diversion",
        "A new bank account made the default payout destination (round-36 command rule applied to code)",
      );
    }
    if (lo.includes(".mobileconfig") && PROFILE_FETCH.test(text) && PROFILE_OPEN.test(text)) {
      return hit(
        "privilege_escalation",
        "A device enrolled into outside management (a configuration profile downloaded from the internet and opened for installation)",
      );
    }
  }
  const obf = r38Obfuscated(text);
  return obf ? hit("obfuscated_code", `Hidden payload or secret: ${obf}`) : undefined;
});
