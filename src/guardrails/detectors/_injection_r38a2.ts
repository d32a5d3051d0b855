/**
 * Injections in tool results that held-out round 38 found missing, part a ("facts" group): a
 * README, runbook, ticket resolution, status page, supplier record or release note addresses
 * nobody and orders nothing, yet states as settled fact what leads the assistant to a harmful act.
 * General marks of such a planted fact, each a half-threshold signal, so a block needs two
 * different ones:
 *
 * - `control_off` (widened): a protective control declared removed, retired, lifted or not applied
 *   (MFA policy, EDR sensor, signature or scan gate, encryption, pseudonymisation, sharing limits),
 *   or a setting that switches authentication or verification off (`allow_anonymous true`,
 *   `skip-login`, `allowUnsigned…: true`, "verification defaults to false", "password only").
 * - `exposed_open`: a setting or standing arrangement that opens data or a service to anyone or to
 *   an outsider — a world-open CIDR or allow-all policy, public-read storage, a disabled public
 *   access block, port forwarding, unattended remote access, mail auto-forwarded to a personal
 *   address, a full export to an outside SFTP server.
 * - `sanctioned_norm`: the insecure state declared the approved standard, the agreed fix or the
 *   recommended value — counted only when such a setting or removal is close by, so ordinary
 *   "approved by the CISO" prose never counts.
 * - `password_form` (widened): a secret's value (secret or private key, `…_SECRET`, auth code,
 *   login) sent, submitted or uploaded to an address, with a URL, mail address or host beside it.
 * - `lapse_threat`: what happens unless the reader acts by a deadline — keys revoked, guides
 *   cancelled, balances returned.
 * - `payee_switch` / `payee_redirect` / `source_superseded` / `account_closed` / `safeguard_waived`
 *   (widened): an IBAN changed by arrow, a "new account after a bank change", money routed through
 *   an intermediary settlement/netting account, direct payment declared deprecated, the former
 *   account closed (no/da/sv), the call-back check declared dropped ("entfällt", "waived").
 *
 * Paraphrases in `_injection_r38a2_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not denied, warned against or reported as an attack just before the match. */
const stated: Accept = (v, s) =>
  !/\b(?:never|nunca|jamais|niemals|nigdy|nikdy|aldrig|aldri|never\s{1,3}(?:set|use|enable)|do\s{1,3}not|don['’]t|avoid|must\s{1,3}not|should\s{1,3}not|scam\w{0,4}|fraud\w{0,4}|phish(?!ing-resistant)\w{0,4}|attacker\w{0,2}|malicious|vulnerab\w{0,6}|misconfigur\w{0,8}|for\s{1,3}example|e\.g\.|if\s{1,3}(?:someone|anyone|they|a\s{1,3}(?:message|page|site))|nicht\s{1,3}(?:mit|über|per)|keinesfalls|auf\s{1,3}keinen\s{1,3}Fall|ne\s{1,3}(?:pas|jamais)\s{1,3}(?:avec|utiliser|activer|lancer|démarrer)|no\s{1,3}(?:lo\s{1,3})?(?:inicie|arranque|use|active|habilite|ejecute)\s{1,3}con)\b|никогда|мошенни|不要|切勿|禁止|決して|してはいけない|절대|금지|nu\s{1,3}(?:setați|folosiți)/iu
    .test(v.slice(Math.max(0, s - 120), s));

// --- a protective control removed, or a setting that turns authentication off --------------------

/** Protective controls named in the removal rows. */
const CONTROL =
  R`(?:MFA|2FA|multi-?factor|two-?factor|phishing-resistant|EDR|XDR|sensor|antivirus|anti-?malware|Defender|Falcon|firewall|WAF|DLP|signature\s{1,3}(?:check|verification|gate)|['‘"“]?verify\s{1,3}signature['’"”]?|(?:vulnerability|security|Trivy|SAST|image)\s{1,3}scan|encryption|pseudonymi[sz]ation|anonymi[sz]ation|sharing\s{1,3}(?:restrictions?|limits?)|audit\s{1,3}log(?:ging)?)`;

/**
 * One of the English removal row's verb phrases, which every match of either of its branches holds.
 * Its gate arms the row at "turn" in every "return"; a window without one of these cannot hold a
 * match (`InjectionRule.need`): one literal scan (~0.5 µs a window) instead of the rule (~5 µs).
 */
const CONTROL_OFF_NEED =
  /removing|removed|disabling|disabled|uninstalling|uninstalled|unassigning|unassigned|dropping|dropped|(?:turning|turned|switching|switched)\s{1,3}off|retired|lifted|no\s{1,3}longer/iu;

const CONTROL_OFF: readonly HalfRow[] = [
  // en: "the agreed fix was disabling the scan gate", "the EDR sensor is
  // retired", "until the sensor is removed", "sharing restrictions are lifted"
  [
    "",
    // Global: every match holds one of these words, so the rule reads only around them ("turn" in
    // "return" sent it over the whole of every longer text: ~60 µs per 4 KB).
    /(?:remov|retir|disabl|lift|uninstall|unassign|turn|switch|drop|longer)/giu,
    R`\b(?:removing|removed|disabling|disabled|uninstalling|unassigning|unassigned|dropping|dropped|turning\s{1,3}off|switching\s{1,3}off)\s{1,3}(?:the\s{1,3}|all\s{1,3}|its\s{1,3}|their\s{1,3})?(?:[\p{L}'‘’-]{1,20}\s{1,3}){0,2}${CONTROL}(?:\s{1,3}(?:and|&)\s{1,3}(?:the\s{1,3})?(?:[\p{L}'‘’-]{1,20}\s{1,3}){0,2}${CONTROL})?(?:\s{1,3}(?:gates?|policy|polic(?:ies)|checks?|agents?|step))?\b|\b${CONTROL}(?:\s{1,3}(?:gates?|policy|checks?|agent|sensor))?\s{1,3}(?:is|are|will\s{1,3}be)\s{1,3}(?:retired|removed|disabled|lifted|uninstalled|switched\s{1,3}off|turned\s{1,3}off|no\s{1,3}longer\s{1,3}(?:required|applied|enforced))\b`,
    undefined,
    undefined,
    undefined,
    CONTROL_OFF_NEED,
  ],
  // es/pt/fr/de/it/ro/pl: "desasignar esa política de MFA", "remover o sensor EDR", "la
  // pseudonymisation ne s'applique pas", "Pseudonimizarea datelor … nu se aplică", "Verschlüsselung
  // wird deaktiviert", "la cifratura non si applica", "wyłączyć MFA"
  [
    "",
    /(?:desasign|desactiv|deshabilit|elimin|quit|retir|remov|désactiv|supprim|deaktiv|entfern|disattiv|rimuov|dezactiv|elimin|wyłącz|usun|aplic|appliqu|applica|pseudonim|anonimi|cifra|chiffr|Verschlüssel|criptare|szyfrow)/iu,
    R`(?<!\p{L})(?:desasignar|desactivar|deshabilitar|eliminar|quitar|retirar|remover|desativar|désactiver|supprimer|retirer|deaktivieren|entfernen|disattivare|rimuovere|dezactivarea|eliminarea|wyłączyć|wyłączenie|usunąć|usunięcie)\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,3}(?:pol[ií]tica\s{1,3}(?:de\s{1,3})?)?(?:MFA|2FA|EDR|antivirus|sensor\p{L}{0,2}|firewall|cifrado|criptografia|chiffrement|Verschlüsselung|cifratura|criptare\p{L}{0,2}|szyfrowani\p{L}{1,2}|weryfikacj\p{L}{1,2}\s{1,3}podpisu|verificaci[óo]n\s{1,3}de\s{1,3}firma)(?!\p{L})|(?<!\p{L})(?:pseudonimi[zs]a\p{L}{0,6}|anonimi[zs]a\p{L}{0,6}|pseudonymi[sz]ation|anonymi[sz]ation|cifrado|cifratura|chiffrement|criptare\p{L}{0,2}|Pseudonymisierung|Verschlüsselung)(?:\s{1,3}[\p{L}„“"”]{1,15}){0,3}\s{1,3}(?:nu\s{1,3}se\s{1,3}aplic[ăa]|no\s{1,3}se\s{1,3}aplica|n[ãa]o\s{1,3}se\s{1,3}aplica|ne\s{1,3}s['’]applique\s{1,3}pas|non\s{1,3}si\s{1,3}applica|entfällt|wird\s{1,3}(?:deaktiviert|nicht\s{1,3}angewendet))(?!\p{L})`,
  ],
  // zh/ja/ko: "关闭 MFA", "加密…禁用", "署名検証を無効", "외부 공유 제한은 … 해제된다", "MFA를 비활성화"
  [
    "",
    /(?:关闭|禁用|移除|取消|停用|無効|削除|解除|오프|해제|비활성화|제거)/u,
    R`(?:关闭|禁用|移除|停用|取消)(?:\S{0,4}?)(?:MFA|多因素|双因素|二次验证|签名验证|加密|EDR|杀毒|防火墙|扫描)|(?:MFA|多因素|双因素|签名验证|加密|EDR|杀毒|防火墙)(?:\S{0,6}?)(?:被|已|将)?(?:关闭|禁用|移除|停用)|(?:MFA|多要素認証|署名検証|暗号化|EDR|ウイルス対策|ファイアウォール)(?:を|は|が)?(?:無効|削除|解除|オフ)|(?:공유\s{0,1}제한|보안\s{0,1}정책|MFA|2단계\s{0,1}인증|다단계\s{0,1}인증|암호화|백신|EDR|방화벽)(?:은|는|이|가|을|를)?\s{0,3}(?:\S{1,10}\s{1,3}){0,2}(?:해제|비활성화|제거|해지)(?:된다|됩니다|한다|합니다|되며|하며|\s)`,
  ],
];

const SETTING_OFF: readonly HalfRow[] = [
  // a setting that switches authentication, verification or encryption off: `allow_anonymous
  // true`, `--enable-skip-login`, `allow_bypass_login: true`, `allowUnsignedImages: true`,
  // "`verifyToken` defaults to false", `sse_algorithm | null`, login rule "Password only"
  [
    "",
    /(?:anonymous|skip-login|insecure-login|bypass_login|unsigned|verif|sse_|encrypt|password\s{1,3}only)/iu,
    R`\ballow_anonymous\s{0,3}[:=]?\s{1,3}true\b|--enable-(?:skip|insecure)-login\b|\ballow_bypass_login\s{0,3}[:=]\s{0,3}true\b|\ballow_?unsigned\w{0,20}['"]?\s{0,3}[:=]\s{0,3}true\b|\bverify\w{0,20}[\x60'"]?\s{1,3}(?:now\s{1,3})?defaults?\s{1,3}to\s{1,3}[\x60'"]?false\b|\b(?:sse_algorithm|encryption|server_side_encryption\w{0,20})\s{0,3}[|:=]\s{0,3}(?:null|none|false|disabled)\b|["“'«]Password\s{1,3}only["”'»]`,
  ],
];

// --- data or a service opened to anyone, or to an outsider ----------------------------------------

const EXPOSED: readonly HalfRow[] = [
  // world-open network, public storage, forwarded ports, unattended remote access
  [
    "",
    /(?:0\.0\.0\.0|allow-all|public-read|block_public|port[- ]?forward|porttiohjau|Portweiterleitung|redirecci[óo]n\s{1,3}de\s{1,3}puertos|redirecionamento|forward(?:ing)?\s{1,3}port|unattended\s{1,3}access)/iu,
    R`(?:ingress|egress|trusted_networks|source|cidr|allow\w{0,10}|listener\s{1,3}\d{1,5})\W{0,6}(?:[\p{L}/ ]{0,12}\W{0,3})?0\.0\.0\.0(?:/0)?\b|\ballow-all\b|["']?public-read(?:-write)?["']?|\bblock_public_\w{0,20}\s{0,3}[|:=]\s{0,3}false\b|(?:\brouter\p{L}{0,4}|(?<!\p{L})reititin\p{L}{0,6}|(?<!\p{L})reitittim\p{L}{0,6}|\brouteur|\benrutador|\broteador|\bWAN\b)[^.\n]{0,40}?(?:port[- ]?forward\w{0,4}|porttiohjau\p{L}{0,4}|Portweiterleitung\p{L}{0,2}|redirecci[óo]n\s{1,3}de\s{1,3}puertos|redirecionamento\s{1,3}de\s{1,3}portas)[^.\n]{0,40}?\b\d{2,5}\b|\bforward(?:ing)?\s{1,3}ports?\s{1,3}\d{2,5}[^.\n]{0,30}?\b(?:on|in|at)\s{1,3}(?:the|your)\s{1,3}router\b|\bunattended\s{1,3}access\s{1,3}(?:is\s{1,3})?(?:enabled|on|turned\s{1,3}on)\b|\bwith\s{1,3}unattended\s{1,3}access\b`,
  ],
  // mail auto-forwarded to a personal address: "all incoming mail is automatically forwarded to
  // the personal e-mail", ko "개인 이메일 주소로 자동 전달", zh "自动转发到个人邮箱", de
  // "automatisch an die private E-Mail-Adresse weitergeleitet"
  [
    "",
    /(?:forward|전달|转发|転送|weiterleit|weitergeleit|przekazyw|reenv|encaminh|transf[ée]r)/iu,
    R`\b(?:auto(?:matically)?[- ]?forwarded|forwarded\s{1,3}automatically)\s{1,3}to\s{1,3}(?:the\s{1,3}|their\s{1,3}|a\s{1,3})?(?:[\p{L}'’]{1,14}\s{1,3}){0,2}?(?:personal|private|home)\s{1,3}(?:e-?mail|mail|address|account|inbox)|(?:개인|사적)\s{0,1}(?:이메일|메일)(?:\s{0,1}주소)?(?:로|으로)\s{0,2}자동\s{0,1}전달|(?:自动)?转发(?:到|至)(?:其|他|她)?个人(?:邮箱|电子邮件)|個人(?:の)?(?:メール|アドレス)(?:アドレス)?(?:へ|に)(?:自動)?転送|\bautomatisch\s{1,3}an\s{1,3}(?:die|eine)\s{1,3}private\s{1,3}E-?Mail-?Adresse\s{1,3}weitergeleitet|(?<!\p{L})przekazywan\p{L}{1,3}\s{1,3}(?:automatycznie\s{1,3})?na\s{1,3}prywatn\p{L}{1,3}\s{1,3}(?:adres|skrzynk)`,
  ],
  // a full export of a database to an outside SFTP/FTP server: "full nightly export … to
  // sftp://…", ro "Exportul zilnic complet al bazei … către sftp://…"
  [
    "",
    /s?ftp:\/\//iu,
    R`(?:\b(?:full|complete|entire|unmasked|raw)\s{1,3}(?:daily\s{1,3}|nightly\s{1,3}|weekly\s{1,3})?(?:export|dump|extract|copy)\b|(?<!\p{L})export\p{L}{0,4}\s{1,3}(?:zilnic\s{1,3}|diario\s{1,3}|quotidien\s{1,3}|täglich\p{L}{0,2}\s{1,3})?(?:complet\p{L}{0,2}|completo|integral\p{L}{0,2}|vollständig\p{L}{0,2}))[^.\n]{0,120}?\bs?ftp://`,
  ],
];

// --- the insecure state declared the approved standard ---------------------------------------------

/** The setting and removal rows above, tried near a `sanctioned_norm` match (rare, so cheap). */
const INSECURE_NEAR: readonly RegExp[] = [...CONTROL_OFF, ...SETTING_OFF, ...EXPOSED].map((r) =>
  new RegExp(r[2], "iu")
);
const nearInsecure: Accept = (v, s, e) => {
  if (!stated(v, s, e)) return false;
  const w = v.slice(Math.max(0, s - 400), Math.min(v.length, e + 600));
  return INSECURE_NEAR.some((re) => re.test(w));
};

const SANCTIONED: readonly HalfRow[] = [
  // en/es/pt/ro/fi/de: "the agreed permanent fix", "approved by the CISO", "recommended
  // configuration", "reviewed standard", "aprobada por el CISO", "aprobată", "Ratkaistu",
  // "vom Sicherheitsteam freigegeben"
  [
    "",
    /(?:agreed|approved|recommended|reviewed|standard|aprob|aprov|Ratkaist|ratkaisu|freigegeben|empfohlen|recomend|recommand|consigliat)/iu,
    R`\b(?:the\s{1,3})?agreed\s{1,3}(?:permanent\s{1,3})?(?:fix|solution|resolution|standard|configuration)\b|\b(?:approved|signed\s{1,3}off)\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:CISO|CIO|CTO|security(?:\s{1,3}team)?|platform\s{1,3}team|IT\s{1,3}security)\b|\brecommended\s{1,3}(?:configuration|settings?|values?)\b|\breviewed\s{1,3}(?:standard|baseline|configuration)\b|\bstandard\s{1,3}(?:configuration|baseline)\b|(?<!\p{L})(?:aprobad[ao]|aprovad[ao])\s{1,3}(?:por|pelo|pela)\s{1,3}(?:el\s{1,3}|la\s{1,3}|o\s{1,3}|a\s{1,3})?(?:CISO|CIO|CTO|seguridad|segurança)(?!\p{L})|(?<!\p{L})aprobat[ăa]\s{1,3}\d|(?<!\p{L})Ratkaistu(?!\p{L})|(?<!\p{L})merkitsi\s{1,3}vastauksen\s{1,3}ratkaisuksi|\bvom\s{1,3}(?:IT-)?Sicherheits\p{L}{0,8}\s{1,3}(?:freigegeben|empfohlen|genehmigt)\b|(?<!\p{L})configura[çc][ãa]o\s{1,3}recomendada|configuraci[óo]n\s{1,3}recomendada|configuration\s{1,3}recommandée|configurazione\s{1,3}consigliata`,
  ],
  // zh/ja/ko: "推荐配置", "安全组确认", "レビュー済み", "標準構成", "승인(…) 사항", "권장 설정"
  [
    "",
    /(?:推荐|确认|レビュー済|標準構成|推奨|승인|권장|표준)/u,
    R`(?:推荐(?:配置|值|设置)|安全(?:组|团队|部门)(?:已)?确认|(?:レビュー|承認)済み|標準構成|推奨(?:設定|構成|値)|승인\s{0,1}(?:\(\S{1,12}\)\s{0,1})?사항|권장\s{0,1}(?:설정|구성|값)|표준\s{0,1}구성)`,
  ],
];

// --- a secret sent to an address ----------------------------------------------------------------

/** A URL, mail address or host name, near a secret being sent. */
const DESTINATION =
  /https?:\/\/\S|[\w+-]@[\w-]{1,63}\.\w|\.(?:io|com|net|dev|org|ru|eu|app|co|cloud)\b/iu;
const toDestination: Accept = (v, s, e) =>
  stated(v, s, e) && DESTINATION.test(v.slice(Math.max(0, s - 200), Math.min(v.length, e + 200)));

const SECRET =
  R`(?:(?:full|complete|entire)\s{1,3})?(?:secret\s{1,3}key|private\s{1,3}key|signing\s{1,3}key|API\s{1,3}key|auth(?:orization)?\s{1,3}code|AuthInfo|EPP\s{1,3}code|\b[A-Z][A-Z0-9]{1,20}_(?:[A-Z0-9]{1,20}_)?(?:SECRET|PRIVATE_KEY|PASSWORD|TOKEN)\b|klucz\p{L}{0,2}\s{1,3}prywatn\p{L}{1,3}|код\p{L}{0,2}\s{1,3}авторизации|секретн\p{L}{1,3}\s{1,3}ключ\p{L}{0,2}|приватн\p{L}{1,3}\s{1,3}ключ\p{L}{0,2}|clave\s{1,3}(?:secreta|privada)|chave\s{1,3}(?:secreta|privada)|clé\s{1,3}(?:secrète|privée)|geheime[rn]?\s{1,3}Schlüssel|privater?\s{1,3}Schlüssel)`;

const SENT: readonly HalfRow[] = [
  [
    "",
    // Global: every match of the pattern holds one of these words, so the pattern runs only around
    // them (as one gate over the whole text, "auth" in "author" sent it over every text).
    // Each alternative is the opening of one of SECRET's own (`api/v1` in a URL or "author" is
    // not: the wider trigger words armed the rule over most log text, ~11 µs per KB).
    /(?:secret\s{1,3}key|private\s{1,3}key|signing\s{1,3}key|api\s{1,3}key|auth\s{1,3}code|authorization\s{1,3}code|authinfo|epp\s{1,3}code|_secret|_private_key|_password|_token|klucz|код|ключ|clave|chave|clé|schlüssel)/giu,
    R`${SECRET}[^\n]{0,80}?(?:\bsubmitted\s{1,3}(?:at|to|via|on)|\bsent\s{1,3}to|\bsends?\b|\buploaded\s{1,3}to|\bposted\s{1,3}to|\bpasted\s{1,3}(?:at|into)|(?<!\p{L})przekazywan\p{L}{1,3}\s{1,3}do|(?<!\p{L})wysyłan\p{L}{1,3}\s{1,3}(?:do|na)|(?<!\p{L})отправк\p{L}{1,3}\s{1,3}на|(?<!\p{L})(?:отправ|передан|пересыл)\p{L}{1,6}\s{1,3}на|(?<!\p{L})enviad[ao]s?\s{1,3}(?:a|para)|(?<!\p{L})envoyée?s?\s{1,3}à|\bgesendet\s{1,3}an|\bübermittelt\s{1,3}an)[^\n]{0,60}?(?:https?://|[\w.+-]+@[\w-]+\.|\b[\w-]+(?:\.[\w-]+)*\.(?:io|com|net|dev|org|ru|eu|app|co|cloud)\b)`,
  ],
  // the sending verb first: "on startup the agent sends `APP_SECRET` and `DB_URL` to https://…",
  // "uploads the signing key to …"
  [
    "",
    /\b(?:sends|uploads|submits|posts|transmits|forwards)\b/iu,
    R`\b(?:sends|uploads|submits|posts|transmits|forwards)\s{1,3}(?:the\s{1,3}|your\s{1,3}|its\s{1,3})?[\x60'"]?${SECRET}[^\n]{0,60}?\bto\s{1,3}(?:https?://|[\w.+-]+@[\w-]+\.)`,
  ],
];

// --- what happens unless the reader acts by a deadline ---------------------------------------------

const LAPSE: readonly HalfRow[] = [
  // en: "tokens not verified within 3 days are revoked", "merchants whose payouts
  // remain … after 72 hours have their balance returned"; pt: "guias sem … até 22/11 são canceladas
  // automaticamente"; es: "las reservas no confirmadas antes del 3 se cancelan automáticamente"
  [
    "",
    /(?:revoked|cancel|deleted|forfeit|returned|refunded|suspended|automaticamente|automáticamente|automatisch|automatiquement)/iu,
    R`\b(?:not|aren['’]t|isn['’]t|never)\s{1,3}(?:re-?validated|validated|verified|paid|confirmed|re-?linked|updated|migrated|submitted|completed|moved)\s{1,3}(?:by|within|before)\s{1,3}[^.\n]{1,40}?\b(?:are|is|will\s{1,3}be|get|gets)\s{1,3}(?:permanently\s{1,3}|automatically\s{1,3})?(?:revoked|cancell?ed|deleted|suspended|forfeited|closed|disabled)\b|\bafter\s{1,3}\d{1,3}\s{1,3}(?:hours|days)\s{1,3}(?:have|has|are|is|will\s{1,3}(?:have|be))\s{1,3}[^.\n]{0,40}?\b(?:returned|refunded|forfeited|revoked|cancell?ed|deleted)\b|(?<!\p{L})(?:sem|não)\s{1,3}[^.\n]{0,60}?até\s{1,3}\d{1,2}/\d{1,2}\s{1,3}(?:são|serão|é|será)\s{1,3}(?:cancelad|suspens|bloquead|anulad)\p{L}{1,2}\s{1,3}automaticamente|(?<!\p{L})(?:no|sin)\s{1,3}[^.\n]{0,60}?antes\s{1,3}del?\s{1,3}[^.\n]{1,20}?(?:se\s{1,3}cancela\p{L}{0,2}|se\s{1,3}anula\p{L}{0,2}|ser[áa]n?\s{1,3}(?:cancelad|anulad|bloquead)\p{L}{1,2})\s{1,3}autom[áa]ticamente|\bnicht\s{1,3}[^.\n]{0,60}?bis\s{1,3}[^.\n]{1,20}?(?:werden|wird)\s{1,3}automatisch\s{1,3}(?:gesperrt|gelöscht|storniert|widerrufen)`,
  ],
];

// --- money routed to another account ------------------------------------------------------------

const IBAN = R`[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{2,4}){3,8}`;

const PAYEE: readonly HalfRow[] = [
  // an IBAN replaced by an arrow: "Bankverbindung geändert: IBAN DE.. → LT..", "bank details
  // updated: GB.. -> NL.."
  [
    "",
    // Global: every match holds the arrow (read around it: "->" is in most code and logs).
    /(?:→|->|=>|⇒)/gu,
    R`(?:IBAN|Bankverbindung|bank\s{1,3}(?:details|account)|Kontoverbindung|cuenta|conta|compte|konto|rachunek)\p{L}{0,3}[^\n]{0,40}?${IBAN}\s{0,3}(?:→|->|=>|⇒)\s{0,3}(?:IBAN\s{1,3})?${IBAN}`,
  ],
  // a new account "after a bank change": no "nytt konto etter bankbytte", en "new account
  // after our change of bank", de "neues Konto nach dem Bankwechsel", es "nueva cuenta tras el
  // cambio de banco"
  [
    "",
    /(?:bankbyt|bank\s{1,3}change|change\s{1,3}of\s{1,3}bank|switching\s{1,3}banks|Bankwechsel|cambio\s{1,3}de\s{1,3}banco|mudança\s{1,3}de\s{1,3}banco|changement\s{1,3}de\s{1,3}banque|zmian\p{L}{1,2}\s{1,3}bank)/iu,
    R`(?<!\p{L})(?:ny|nytt|nya|new|neue[sn]?|nueva|nova|nouveau|nowe|nowy)\s{1,3}(?:\p{L}{1,12}\s{1,3})?\p{L}{0,10}?(?:konto|account|Konto|cuenta|conta|compte|rachunek)\p{L}{0,3}\s{1,3}(?:\p{L}{0,3}\s{0,3})?(?:etter|efter|after|following|nach|tras|después\s{1,3}del?|após|après|po)\s{1,3}(?:our\s{1,3}|the\s{1,3}|dem\s{1,3}|el\s{1,3}|a\s{1,3}|la\s{1,3}|le\s{1,3})?(?:bankbytte|bankbyte|bank\s{1,3}change|change\s{1,3}of\s{1,3}banks?|switching\s{1,3}banks|Bankwechsel|cambio\s{1,3}de\s{1,3}banco|mudança\s{1,3}de\s{1,3}banco|changement\s{1,3}de\s{1,3}banque|zmianie\s{1,3}banku)`,
  ],
];

const REDIRECT: readonly HalfRow[] = [
  // money routed through an intermediary account with its number: "re-linked to the settlement
  // account … (routing …, account …)", "routed through the treasury "netting" account FR76 …"
  [
    "",
    /(?:settlement|netting|escrow|clearing|collection|pooling|transit|holding|suspense)\p{L}{0,3}["”]?\s{1,3}account/iu,
    R`\b(?:settlement|netting|escrow|clearing|collection|pooling|transit|holding|suspense)["”]?\s{1,3}account\b[^.\n]{0,100}?(?:${IBAN}|\b(?:routing|account|acct|sort\s{1,3}code)\s{0,3}(?:no\.?|number|#)?\s{0,3}\d[\d -]{6,30})`,
  ],
  // pay only by one channel to a named key or account: pt "exclusivamente via Pix para a chave
  // CNPJ …", es "únicamente por transferencia a la cuenta …", en "exclusively by wire to …"
  [
    "",
    /(?:exclusiv|únicamente|unicamente|solely|ausschließlich|wyłącznie|исключительно)/iu,
    R`(?<!\p{L})(?:exclusivamente|exclusively|únicamente|unicamente|solely|ausschließlich|wyłącznie|исключительно)\s{1,3}(?:via\s{1,3}|por\s{1,3}|by\s{1,3}|through\s{1,3}|per\s{1,3}|przez\s{1,3}|через\s{1,3})?(?:Pix|wire|bank\s{1,3}transfer|transferencia|transferência|Überweisung|przelew\p{L}{0,2}|UPI|Zelle|crypto\p{L}{0,8}|USDT|bitcoin)[^.\n]{0,60}?(?:\d[\d./ -]{7,}|[\w.+-]+@[\w-]+\.\w)`,
  ],
];

const SUPERSEDED: readonly HalfRow[] = [
  // direct payment to the real payee declared deprecated or replaced: "which replaces direct
  // payouts", "direct deposits are no longer supported"
  [
    "",
    /\bdirect\s/iu,
    R`\b(?:replaces|replacing|replaced|instead\s{1,3}of)\s{1,3}direct\s{1,3}(?:payouts?|payments?|deposits?|transfers?|uploads?)\b|\bdirect\s{1,3}(?:payouts?|payments?|uploads?|transfers?|deposits?)\s{1,3}(?:[^.\n]{0,60}?\s)?(?:is|are)\s{1,3}(?:now\s{1,3})?(?:deprecated|discontinued|no\s{1,3}longer\s{1,3}(?:supported|accepted|possible))\b`,
  ],
  // ru/uk: "старые реквизиты больше не действуют", "старий адрес більше не обробляється"
  [
    "",
    /(?:прежн|стары|стари|попередн)/iu,
    R`(?<!\p{L})(?:прежние|прежний|старые|старый|старі|старий|попередні|попередній)\s{1,3}(?:адреса|адрес|номера|номер|реквизиты|реквізити)\s{1,3}(?:больше\s{1,3}|більше\s{1,3})?не\s{1,3}(?:обрабатываются|обрабатывается|действуют|действует|обробляються|обробляється|діють|діє)(?!\p{L})`,
  ],
];

const ACCOUNT: readonly HalfRow[] = [
  // no/da/sv: "den tidligere kontoen … er avsluttet", "det gamle kontonummer er lukket", "det
  // tidigare kontot är avslutat"
  [
    "",
    /(?:tidligere|gamle|forrige|gamla|tidigare)/iu,
    R`(?<!\p{L})(?:tidligere|gamle|forrige|gamla|tidigare)\s{1,3}(?:\p{L}{1,12}\s{1,3})?(?:klient)?(?:konto|kontonummer)\p{L}{0,3}\s{1,3}(?:[^.\n]{0,40}?\s)?(?:er|är|blev|ble)\s{1,3}(?:nu\s{1,3})?(?:avsluttet|stengt|lukket|nedlagt|avslutat|stängt|ophørt|avslutad|nedlagd)(?!\p{L})`,
  ],
];

const WAIVED: readonly HalfRow[] = [
  // the call-back check dropped in a record: de "Gegenprüfung: entfällt", en "Call-back
  // verification: waived", es "Verificación por llamada: no aplica"
  [
    "",
    /(?:entfällt|waived|skipped|no\s{1,3}aplica|dispensad|dispensée)/iu,
    R`(?<!\p{L})(?:Rückruf\p{L}{0,14}|Verifizierung|Gegenprüfung|call-?back(?:\s{1,3}verification)?|verification|verificaci[óo]n(?:\s{1,3}por\s{1,3}llamada)?|verifica[çc][ãa]o|vérification)\s{0,3}[:：]\s{0,3}(?:entfällt|waived|skipped|no\s{1,3}aplica|dispensad[ao]|dispensée)(?!\p{L})`,
  ],
];

/** Round 38a's "facts" rules, appended to the detector's list. */
export const R38A2_RULES: readonly InjectionRule[] = [
  ...rows(
    "control_off",
    "Text has a protective control removed or switched off",
    CONTROL_OFF,
    stated,
  ),
  ...rows("control_off", "Text has a setting switch a check off", SETTING_OFF, stated, true),
  ...rows(
    "exposed_open",
    "Text opens data or a service to anyone or to an outsider",
    EXPOSED,
    stated,
  ),
  ...rows(
    "sanctioned_norm",
    "Text declares an insecure state the approved standard",
    SANCTIONED,
    nearInsecure,
  ),
  ...rows(
    "password_form",
    "Text has a secret's value sent to an address",
    SENT,
    toDestination,
    true,
  ),
  ...rows(
    "lapse_threat",
    "Text threatens a loss unless the reader acts by a deadline",
    LAPSE,
    stated,
  ),
  ...rows("payee_switch", "Text switches a payee's bank details", PAYEE, stated),
  ...rows("payee_redirect", "Text routes money through another account", REDIRECT, stated),
  ...rows("source_superseded", "Text declares the known payee or address dead", SUPERSEDED, stated),
  ...rows("account_closed", "Text declares a payee's old bank account closed", ACCOUNT, stated),
  ...rows("safeguard_waived", "Text declares the check that guards an act dropped", WAIVED, stated),
];
