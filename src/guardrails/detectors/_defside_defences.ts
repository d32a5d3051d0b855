/**
 * Side-effect area defences: a defence switched off as a declared part of an ordinary tool's job
 * (MITRE ATT&CK T1562 impair defences — disable or modify tools, cloud logs, firewall; T1556
 * modify authentication process — MFA removed, conditional access exempted), and a security
 * setting applied in its weak form: TLS verification off, root or password SSH login on, a tiny
 * password length, `0.0.0.0/0`, a `none` cipher, DLP in audit-only mode. The same weak values the
 * argument-side posture rules (`_posture_*.ts`) know as calls, here as words and defaults of a
 * definition. A tool whose own job IS to turn that defence off (named so) passes; so does a
 * parameter that lets the user choose, unless its default or `const` is the weak value.
 */
import type { SideRule } from "./_defside_types.ts";
import { identifierWords } from "./_definition_grammar.ts";

/** Defences, in the words a definition uses. */
const DEFENCE = String
  .raw`(?:waf|web\s{1,3}application\s{1,3}firewall|safe\s{1,3}(?:links|attachments)|gatekeeper|system\s{1,3}integrity\s{1,3}protection|sip|selinux|apparmor|uac|user\s{1,3}account\s{1,3}control|smartscreen|secure\s{1,3}boot|bitlocker|filevault|xprotect|tamper\s{1,3}protection|real-time\s{1,3}protection|mfa|2fa|two[\s-]factor|multi[\s-]?factor|2-step|two[\s-]step|audit\s{1,3}(?:log\w{0,4}|trail)|cloudtrail|activity\s{1,3}log\w{0,4}|security\s{1,3}(?:alerts?|logging|notifications?|monitoring|scanning|defaults)|(?:all|every)\s{1,3}alerts|alert(?:ing)?\s{1,3}(?:rules?|polic(?:y|ies)|notifications?)|monitoring\s{1,3}alerts|guardduty|defender|edr|antivirus|anti-virus|dlp|data\s{1,3}loss\s{1,3}prevention|(?:tls|ssl|https|host\s{1,3}key)(?:\/tls)?\s{1,3}(?:certificate\s{1,3})?(?:verification|validation|checks?)|certificate\s{1,3}(?:verification|validation|checks?|pinning)|cert\s{1,3}checks?|approvals?|branch\s{1,3}protection|conditional\s{1,3}access|firewall|lockout|encryption|signature\s{1,3}(?:verification|checks?)|code\s{1,3}signing|sandbox\w{0,3}|safe\s{1,3}browsing|spam\s{1,3}filter\w{0,3}|malware\s{1,3}scan\w{0,4}|virus\s{1,3}scan\w{0,4}|rate\s{1,3}limit\w{0,4}|session\s{1,3}timeouts?|password\s{1,3}(?:policy|requirements|complexity|expiry)|row[\s-]level\s{1,3}security|row\s{1,3}security\s{1,3}polic(?:y|ies)|tenant\s{1,3}isolation)`;
const OFF_VERB = String
  .raw`(?:disabl\w{0,3}|turn(?:s|ed|ing)?\s{1,3}off|switch(?:es|ed|ing)?\s{1,3}off|bypass\w{0,3}|skip(?:s|ped|ping)?|exempt\w{0,3}|exclud\w{1,3}|remov\w{1,3}|suppress\w{0,3}|silenc\w{1,3}|mut(?:e|es|ed|ing)|stop(?:s|ped|ping)?|deactivat\w{1,3}|relax\w{0,3}|weaken\w{0,3}|downgrad\w{1,3}|waiv\w{1,3}|clear(?:s|ed|ing)?|delet\w{1,3}|purg\w{1,3})`;

const WEAK_VALUE = String
  .raw`\bPermitRootLogin\s{1,3}yes\b|\bPasswordAuthentication\s{1,3}yes\b|\bPermitEmptyPasswords\s{1,3}yes\b|\b(?:min(?:imum)?\s{1,3})?password\s{1,3}length\s{1,3}(?:to|of|=|:)\s{1,3}[1-5]\b|\b0\.0\.0\.0\/0\b|::\/0|\b(?:cipher|algorithm|encryption)\s{1,3}(?:(?:is\s{1,3})?set\s{1,3})?(?:to\s{1,3})?["'\`]?none\b|\bnone\s{1,3}(?:cipher|algorithm)\b|\baudit[\s-]only\s{1,3}mode\b|\breport[\s-]only(?:\s{1,3}mode)?\b|\bpermissive\s{1,3}mode\b|\bdetection[\s-]only\b|(?<![\w~?-])\+all\b|\bverify\s{0,3}=\s{0,3}false\b|\brejectUnauthorized\s{0,3}[:=]\s{0,3}false\b|\bNODE_TLS_REJECT_UNAUTHORIZED\s{0,3}=\s{0,3}["']?0\b|\bInsecureSkipVerify\s{0,3}[:=]\s{0,3}true\b|\b(?:sslv3|tls\s?1\.0)\b[^;\n]{0,30}\b(?:only|enabled|allowed)\b|\bchmod\s{1,3}(?:-R\s{1,3})?777\b|\bpublic[\s-]read(?:-write)?\b`;

/** The tool's own job names turning that defence off (a named admin action the user calls). */
const OFF_JOB = new RegExp(
  String
    .raw`\b(?:disable|turn\s{1,3}off|switch\s{1,3}off|bypass|skip|exempt|exclude|remove|suppress|silence|mute|snooze|pause|stop|deactivate|reset|delete|purge|clear)\w{0,3}\b[^;\n]{0,40}\b${DEFENCE}\b|\b${DEFENCE}\b[^;\n]{0,20}\b(?:off|disable\w{0,2}|bypass|exemption|exclusion)\b`,
  "i",
);

export const DEFENCE_RULES: readonly SideRule[] = [
  {
    area: "defences",
    what: "a defence switched off",
    gate:
      /paus|suspend|lower|disabl|turn|switch|bypass|skip|exempt|exclud|remov|suppress|silenc|mute|stop|deactivat|relax|weaken|downgrad|waiv|clear|delet|purg|désactiv|deaktiv|abgeschalt|desactiv|deshabilit|disattiv|desativ|禁用|关闭|停用|無効|비활성|отключ/i,
    effect: new RegExp(
      [
        String.raw`\b${OFF_VERB}\s{1,3}(?:[\w'-]{1,20}\s{1,3}){0,3}?${DEFENCE}\b`,
        String
          .raw`\b${DEFENCE}(?:\s{1,3}(?:authentication|auth|verification|protection|logging|checks?|polic(?:y|ies)|requirements?|enforcement))?\s{1,3}(?:is|are|will\s{1,3}be|gets?|get|being)\s{1,3}(?:also\s{1,3}|then\s{1,3}|now\s{1,3})?(?:disabled|turned\s{1,3}off|switched\s{1,3}off|bypassed|skipped|removed|suppressed|silenced|muted|stopped|deactivated|waived|paused|suspended|relaxed|lowered|not\s{1,3}(?:required|enforced|checked|verified))\b`,
      ].join("|"),
      "gi",
    ),
    job: OFF_JOB,
  },
  {
    area: "defences",
    what: "a defence switched off",
    gate:
      /désactiv|deaktiv|abgeschalt|schaltet|desactiv|deshabilit|disattiv|desativ|禁用|关闭|停用|無効|비활성|отключ/i,
    effect: new RegExp(
      [
        String
          .raw`\b(?:désactiv\w{0,4}|deaktivier\w{0,4}|abgeschaltet|schaltet|desactiv\w{0,4}|deshabilit\w{0,4}|disattiv\w{0,4}|desativ\w{0,4}|отключ\w{0,4})\b[^;\n]{0,50}?(?:mfa|2fa|multi-?fa\w{0,6}|multifa\w{0,6}|zwei-faktor|double\s{1,3}authentification|doble\s{1,3}factor|dois\s{1,3}fatores|audit\w{0,6}|journ\w{0,8}|protokoll\w{0,6}|registro\w{0,3}|alert\w{0,3}|warnung\w{0,3}|tls|ssl|zertifikat\w{0,8}|certifica\w{0,6}|pare-feu|firewall|двухфактор\w{0,4}|аудит\w{0,3}|журнал\w{0,3})`,
        String
          .raw`\b(?:mfa|2fa|multi-?fa\w{0,6}|multifa\w{0,6}|zwei-faktor\w{0,12}|double\s{1,3}authentification|audit\w{0,6}|journ\w{0,8}|protokoll\w{0,6}|registro\w{0,3}|alert\w{0,3}|warnung\w{0,3}|tls|ssl|zertifikat\w{0,8}|certifica\w{0,6}|pare-feu|firewall)\b[^;\n]{0,40}?\b(?:est|sont|wird|werden|ist|está|están|é|è|sono|viene|vengono)\s{1,3}(?:d[ée]sactiv\S{0,3}|deaktiviert|abgeschaltet|desactivad\w|deshabilitad\w|disattivat\w|desativad\w)`,
        String
          .raw`(?:禁用|关闭|停用)[^。；]{0,12}(?:MFA|多因素|双因素|两步|审计|日志|告警|证书|防火墙)|(?:MFA|多因素|双因素|审计日志|审计|告警|证书校验)[^。；]{0,8}(?:禁用|关闭|停用)|(?:MFA|多要素|二要素|二段階|監査|ログ|アラート|証明書)[^。；]{0,8}(?:を)?無効|無効化[^。；]{0,8}(?:MFA|多要素|監査)|(?:MFA|다단계|감사|로그|경고)[^;\n]{0,8}비활성`,
      ].join("|"),
      "gi",
    ),
    job: OFF_JOB,
  },
  {
    area: "defences",
    what: "a security setting applied in its weak form",
    gate:
      /permitrootlogin|passwordauthentication|permitemptypasswords|password length|0\.0\.0\.0\/0|::\/0|none|audit-only|audit only|verify|rejectunauthorized|node_tls|insecureskipverify|report-only|report only|permissive|detection|\+all|sslv3|tls ?1\.0|777|public-read|public read/i,
    effect: new RegExp(WEAK_VALUE, "gi"),
    extraOr:
      /\b(?:harden\w{0,4}|secur\w{0,6}|strengthen\w{0,3}|protect\w{0,4}|encrypt\w{0,4}|tls|ssl|ssh|firewall|password\s{1,3}polic\w{1,3}|access\s{1,3}control|lock\s?down|compliance|baseline|cis|conditional\s{1,3}access|polic(?:y|ies)|waf|dlp|data\s{1,3}loss\s{1,3}prevention|dmarc|spf|dkim|selinux|mail\s{1,3}flow)\b/i,
    job: /\b(?:insecure|weak|vulnerab\w{0,4}|legacy|test\w{0,3}|lab|ctf|honeypot|demo)\b/i,
  },
];

/** Field names (spaced words) of a defence that is on when true. */
const ON_NAME =
  /^(?:(?:enable|require|enforce|use)\s)?(?:verify\s(?:tls|ssl|certs?|certificates?|signatures?|host)|(?:tls|ssl)\sverify|(?:tls|ssl)\sverification|check\s(?:certs?|certificates?)|validate\s(?:certs?|certificates?)|strict\s(?:ssl|tls)|mfa(?:\srequired)?|two\sfactor|2fa|audit\s(?:log|logs|logging|trail)|dlp(?:\senabled)?|approval(?:\srequired)?|require\sapproval|branch\sprotection|signature\sverification)(?:\senabled)?$/;
/** Field names of a defence switched off when true. */
const OFF_NAME =
  /^(?:insecure|allow\sinsecure|(?:tls|ssl)\sinsecure|insecure\sskip\s(?:tls\s)?verify|skip\s(?:tls\s|ssl\s)?(?:verify|verification)|skip\s(?:cert|certificate)\s(?:check|verification)|no\sverify|ignore\s(?:certs?|certificates?|ssl|tls)(?:\serrors?)?|disable\s(?:mfa|2fa|tls|ssl|audit\s\w+|dlp|verification|ssl\sverification|tls\sverification)|bypass\s(?:mfa|2fa|approval|review|dlp)|skip\s(?:approval|review|mfa|2fa))$/;

const FALSE = new Set<unknown>([false, "false", "off", "no", "disabled", 0, "0"]);
const TRUE = new Set<unknown>([true, "true", "on", "yes", "enabled", 1, "1"]);

/** The first input field whose default or `const` sets a defence to its weak form. */
export function weakDefault(
  schema: unknown,
): { path: string; name: string; what: string; job: RegExp } | undefined {
  const props = (schema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object") return undefined;
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, 100)) {
    if (!p || typeof p !== "object") continue;
    const s = p as Record<string, unknown>;
    const v = "const" in s ? s.const : s.default;
    if (v === undefined) continue;
    const words = identifierWords(name).join(" ");
    const weak = (ON_NAME.test(words) && FALSE.has(v)) || (OFF_NAME.test(words) && TRUE.has(v));
    if (!weak) continue;
    return {
      path: `$.inputSchema.properties.${name}`,
      name,
      what: `${words} = ${JSON.stringify(v)}`,
      job: OFF_JOB,
    };
  }
  return undefined;
}
