/**
 * Round-21 code-injection mechanisms:
 *
 * - a Go text/template (Helm, Hugo, sprig, gomplate) that reaches the rendering process: a method
 *   the data exposes that runs programs (`{{ .Exec "sh" "-c" "id" }}`, `{{ exec "id" }}`), the
 *   whole `.Env` map bound to a variable or piped on (`{{ $e := .Env }}`, `{{ .Env | toJson }}`:
 *   the base rule saw only a direct `range`/print), a named read of a secret variable
 *   (`{{ env "AWS_SECRET_ACCESS_KEY" }}`, `expandenv "$GITHUB_TOKEN"`), and sprig's
 *   `getHostByName` given a built name (a DNS lookup that carries data out). Ordinary Helm
 *   (`{{ .Values.image.tag | default .Chart.AppVersion }}`, `range $k, $v := .Values.env`) passes;
 * - an LDAP filter widened by an injected term: a wildcard test of a password attribute
 *   (`(userPassword=*)`, `(unicodePwd=a*)`: blind extraction), or an OR carrying the always-true
 *   `(objectClass=*)` inside an AND (`(&(uid=x)(|(objectClass=*)(…)))`: the AND no longer
 *   narrows). `(!(userPassword=*))` (accounts without a password) is an audit and passes.
 *
 * Judged once per argument behind literal gates; every pattern is bounded, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";

/** A method or function inside `{{ }}` that runs a program with a literal argument. */
const TEMPLATE_EXEC =
  /\{\{-?[^{}]{0,200}?(?:\.(?:Exec|ExecCommand|Command|Shell|System|Spawn|Popen|Run)\s{1,8}["`]|(?:^|[\s(|])(?:exec|shell|system)\s{1,8}["`])/;
/** The whole environment map bound to a variable or piped into a function. */
const TEMPLATE_ENV_MAP =
  /\{\{-?[^{}]{0,80}?(?::=\s{0,8}(?:\$?\.(?:Env|Environ)|environ)\s{0,8}-?\}\}|\$?\.(?:Env|Environ)\s{0,8}\|)/;
/** A named read of a secret-bearing variable through sprig's `env`/`expandenv` or `getenv`. */
const TEMPLATE_SECRET_ENV =
  /\{\{-?[^{}]{0,80}?\b(?:env|expandenv|getenv|os\.Getenv)\s{1,8}"[^"\n]{0,80}?(?:SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE|CREDENTIAL)/i;
/** sprig `getHostByName` on a built name (`printf`, a variable, a field) or a piped value. */
const TEMPLATE_DNS = /\bgetHostByName\s{1,8}(?:\(|\$|\.|print|cat\b)|\|\s{0,8}getHostByName\b/;

/** Password attributes an injected wildcard term tests (not after `(!`). */
const LDAP_PASSWORD_TEST =
  /(?<!\(!)\((?:userPassword|unicodePwd|authPassword|sambaNTPassword|sambaLMPassword|ms-Mcs-AdmPwd|msLAPS-(?:Encrypted)?Password|msDS-ManagedPassword|shadowPassword|userPKCS12|krbPrincipalKey|pwdHistory)\s{0,2}[~<>]?=[^()\n]{0,40}\*/i;
/** An AND whose OR member carries the always-true `(objectClass=*)`. */
const LDAP_WIDENED_AND =
  /^\s{0,4}\(\s{0,2}&[^\n]{0,300}?\(\s{0,2}\|\s{0,2}(?:\([^()\n]{1,120}\)\s{0,2}){0,8}\(objectClass=\*\)/i;

/** The round-21 finding for an argument value, or undefined (`where` names the value). */
export function r21Mechanism(
  text: string,
  field: FieldContext,
  where: string,
): Finding | undefined {
  if (field.stage !== "input" || text.length > 65536) return undefined;
  if (text.includes("{{")) {
    const what = templateReach(text);
    if (what) {
      return {
        detector: "code_injection",
        kind: "ssti_environment",
        severity: "high",
        reason: `Template in ${where} ${what}`,
      };
    }
  }
  if (text.includes("*)") && (LDAP_PASSWORD_TEST.test(text) || LDAP_WIDENED_AND.test(text))) {
    return {
      detector: "code_injection",
      kind: "filter_injection",
      severity: "high",
      reason:
        `LDAP filter in ${where} is widened by an injected term (a password attribute wildcard or an always-true OR)`,
    };
  }
  return undefined;
}

/** What a Go template reaches in the rendering process, or undefined. */
function templateReach(text: string): string | undefined {
  if (TEMPLATE_EXEC.test(text)) return "calls a method or function that runs a program";
  if (TEMPLATE_ENV_MAP.test(text)) return "binds or pipes the whole environment map";
  if (TEMPLATE_SECRET_ENV.test(text)) return "reads a secret environment variable";
  if (text.includes("getHostByName") && TEMPLATE_DNS.test(text)) {
    return "resolves a built host name (data sent out through DNS)";
  }
  return undefined;
}
