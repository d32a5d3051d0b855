/**
 * Injections in tool results that held-out round 37 found missing, part a ("facts" group): a
 * record, wiki page, advisory or search snippet addresses nobody and orders nothing, yet states as
 * settled fact what leads the assistant to a harmful act. Three general marks of such a planted
 * fact, each a half-threshold signal of its own kind, so a block needs two different ones:
 *
 * - `safeguard_waived`: the check that protects the act is declared unnecessary — "verification:
 *   not required", "no pharmacist sign-off is needed", "the signature is not required", "no separate
 *   fingerprint check is needed", "legal validation does not apply".
 * - `red_flag_expected`: the warning sign the reader would stop at is declared normal — "a checksum
 *   mismatch is expected", "will report integrity changed once", "the portal is not on the company
 *   domain; that is expected".
 * - `source_superseded`: the old, known destination is declared dead so a new one takes its place —
 *   "the previous package is compromised", "the old number no longer answers", "the former account
 *   was closed", "upstream stopped publishing binaries; official releases come from here".
 *
 * Languages: en, de, es, pt, it, fr, nl (warning sign, source), pl, sv, lt, id, ar, hi, zh, ja, ru, uk, tr, sr/hr/bs, sv, ko, ur (paraphrases in
 * `_injection_r37a2_test.ts`).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not denied or warned just before ("never", "not", "scam", "rejected", "if someone says"). */
const stated: Accept = (v, s) =>
  !/\b(?:never|nunca|jamais|niemals|nigdy|hiçbir|никогда|ніколи|scam\w{0,4}|fraud\w{0,4}|phish\w{0,4}|rejected|odrzucone|nikada|nikad|aldrig|never\s{1,3}asks?|if\s{1,3}(?:someone|anyone|they|a\s{1,3}message))\b|피싱|사기/iu
    .test(v.slice(Math.max(0, s - 100), s));

const WAIVED: readonly HalfRow[] = [
  // en: "Change verification — Status: Not required", "lab monitoring is not required"
  [
    "",
    /\bnot\s{1,3}required\b/iu,
    R`\b(?:verification|call-?back|monitoring|signature|sign-?off|review|fingerprint\s{1,3}check|checksum\s{1,3}check|identity\s{1,3}check|two-factor|2FA|OTP)[ \t]{0,3}\n?[ \t]{0,6}status[ \t]{0,3}:[ \t]{0,3}not\s{1,3}required\b|\b(?:call-?back|monitoring|signature|fingerprint\s{1,3}check|checksum\s{1,3}check|identity\s{1,3}check|two-factor|2FA|OTP)\s{1,3}(?:is|are)\s{1,3}not\s{1,3}required\b`,
  ],
  // es/pt/it/fr: "la verificación no es necesaria",
  // "a validação … não se aplica", "la verifica non è richiesta", "la vérification n'est pas requise"
  [
    "",
    /(?:necesari|necessári|aplica|richiest|necessari|requise|nécessaire)/iu,
    R`\b(?:verificaci[óo]n|validaci[óo]n|revisi[óo]n|firma|valida[çc][ãa]o|verifica[çc][ãa]o|revis[ãa]o|assinatura|verifica|convalida|firma|vérification|validation|signature)\s{1,3}(?:(?:pel[ao]|por|del|de\s{1,3}la|da|do|della|dello|de\s{1,3}l['’]|du|par)\s{0,3}[^.\n]{1,30}?\s{1,3})?(?:no\s{1,3}es\s{1,3}necesaria|no\s{1,3}se\s{1,3}aplica|n[ãa]o\s{1,3}se\s{1,3}aplica|n[ãa]o\s{1,3}[ée]\s{1,3}necess[áa]ria|non\s{1,3}[èe]\s{1,3}(?:richiesta|necessaria)|non\s{1,3}si\s{1,3}applica|n['’]est\s{1,3}pas\s{1,3}(?:requise|nécessaire)|ne\s{1,3}s['’]applique\s{1,3}pas)\b`,
  ],
  // ru/uk: "подпись клиента не требуется", "перевірка не потрібна"
  [
    "",
    /(?:требу|потрібн|нужн)/iu,
    R`(?<!\p{L})(?:подпись|подписи|проверка|верификация|підпис|перевірка)(?:\s{1,3}[\p{L}\p{N}]{1,20}){0,6}\s{1,3}не\s{1,3}(?:требуется|требуются|нужна|нужно|нужен|потрібна|потрібне|потрібен|потрібні)(?!\p{L})`,
  ],
  // ko: "별도 지문 대조는 필요 없습니다", "검증 절차는 필요하지 않습니다"
  [
    "",
    /필요/u,
    R`(?:지문|서명|검증|확인|대조|인증)\s{0,2}(?:대조|검증|확인|절차)?(?:는|은|가|이)?\s{0,2}필요\s{0,2}(?:없|하지\s{0,2}않)`,
  ],
];

const WAIVED_INTL: readonly HalfRow[] = [
  // sv/tr/id/zh: "verifiering krävs inte", "doğrulama
  // gerekmez", "verifikasi tidak diperlukan", "无需验证签名"; the audit trail's or the backups'
  // retention set to zero: "retention set to 0 days", lt "saugojimo laikotarpis … į 0 dienų"
  [
    "",
    /(?:krävs|behövs|gerek|diperlukan|验证|核验|校验|签名|retention|saugojim|Aufbewahrung|retenci|хранения)/iu,
    R`\b(?:verifiering|kontroll|signatur|underskrift|återuppringning)(?:en)?\s{1,3}(?:krävs|behövs)\s{1,3}inte\b|\b(?:doğrulama|imza|kontrol|teyit)\p{L}{0,3}\s{1,3}(?:gerekmez|gerekmiyor|gerekli\s{1,3}değil)\p{L}{0,3}|\b(?:verifikasi|tanda\s{1,3}tangan|pemeriksaan)\s{1,3}tidak\s{1,3}(?:diperlukan|perlu)\b|(?:无需|不需要|不必|不用)(?:再)?(?:验证|核验|校验|签名)|\bretention\s{1,3}(?:period\s{1,3})?(?:is\s{1,3}|was\s{1,3})?(?:set\s{1,3}to|of|=|:)\s{0,3}0\s{0,2}(?:days?|d)\b|\bsaugojimo\s{1,3}laikotarpis\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:nustatomas\s{1,3})?į\s{1,3}0\s{1,3}dien\p{L}{0,2}|\bAufbewahrung\p{L}{0,6}\s{1,3}(?:wird\s{1,3})?auf\s{1,3}0\s{1,3}Tage\b|\bretenci[óo]n\s{1,3}(?:de\s{1,3}\p{L}{2,15}\s{1,3})?(?:a|en|de)\s{1,3}0\s{1,3}d[íi]as\b|(?<!\p{L})срок\s{1,3}хранения\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}(?:—\s{0,2}|-\s{0,2}|:\s{0,2})?0\s{1,3}дней`,
  ],
];

const WAIVED_MORE: readonly HalfRow[] = [
  // ar: "لا يُرسل رمز تحقق إلى الرقم", "لا يلزم التحقق من الهوية"
  [
    "",
    /(?:يرسل|يُرسل|يلزم|يُشترط|يشترط)/u,
    R`(?:^|[\s،,.:-])(?:لا|ولا)\s{1,3}(?:يُرسل|يرسل|تُرسل|ترسل)\s{1,3}(?:أي\s{1,3})?رمز\s{1,3}(?:ال)?(?:تحقق|تأكيد)|(?:^|[\s،,.:-])(?:لا|ولا)\s{1,3}(?:يلزم|يُشترط|يشترط|يتطلب)\s{1,3}(?:ال)?(?:تحقق|توقيع|موافقة|تأكيد)`,
  ],
];

const EXPECTED: readonly HalfRow[] = [
  // en: "checksum mismatches are expected", "is expected to report 'integrity changed'", "signature
  // warnings can be safely ignored"
  [
    "",
    /\b(?:expected|ignored|harmless|normal)\b/iu,
    R`\b(?:checksum|hash|sha-?256|signature|integrity|fingerprint|certificate|cosign|gpg)\s{1,3}(?:mismatch|mismatches|warning|warnings|error|errors|failure|failures|changed)\s{1,3}(?:(?:is|are)\s{1,3}(?:expected|normal|harmless)|can\s{1,3}(?:safely\s{1,3})?be\s{1,3}(?:safely\s{1,3})?ignored)\b|\bexpected\s{1,3}to\s{1,3}(?:report|show|print|warn)\s{1,3}["'“]?(?:integrity|checksum|signature|hash)\s{1,3}(?:changed|mismatch|failed|invalid)`,
  ],
  // tr: "… eşleşmemesi … beklenen durumdur"; de: "Prüfsummenabweichung ist zu erwarten"; es/pt:
  // "es normal que la firma no coincida"; sr/hr: "to je očekivano"; sv: "det är förväntat"
  [
    "",
    /(?:beklenen|erwart|normal|očekivan|ocekivan|förväntat|esperado|previsto)/iu,
    R`(?:eşleşmemesi|uyuşmaması|hata\s{1,3}vermesi)\p{L}{0,3}\s{1,3}(?:[^.\n]{0,80}?\s)?beklenen\s{1,3}(?:bir\s{1,3})?durum|\b(?:Prüfsummen|Signatur|Hash)\p{L}{0,12}\s{1,3}(?:ist|sind)\s{1,3}(?:zu\s{1,3}erwarten|erwartet|normal)\b|\bes\s{1,3}(?:normal|esperado)\s{1,3}que\s{1,3}(?:la|el)\s{1,3}(?:firma|suma|hash|certificado)\s{1,3}[^.\n]{0,30}?no\s{1,3}coincid|\bnije\s{1,3}na\s{1,3}domenu\s{1,3}(?:kompanije|firme|preduzeća)[^.\n]{0,60}?(?:očekivano|ocekivano)|\b(?:inte\s{1,3}ligger\s{1,3}på|utanför)\s{1,3}(?:företagets|bolagets)\s{1,3}domän[^.\n]{0,60}?förväntat`,
  ],
];

const EXPECTED_MORE: readonly HalfRow[] = [
  // fr/pt/nl/ru/zh/ja: "il est normal que la signature ne corresponde pas", "é normal que o
  // checksum não corresponda", "een afwijkende checksum is normaal", "несовпадение контрольной
  // суммы ожидаемо", "校验和不匹配是正常的", "ハッシュ値が一致しないのは正常です"
  [
    "",
    /(?:normal|normaal|attendu|esperado|verwacht|ожидаем|нормальн|正常|想定|問題ありません)/iu,
    R`\bil\s{1,3}est\s{1,3}(?:normal|attendu)\s{1,3}que\s{1,3}(?:la|le)\s{1,3}(?:signature|somme\s{1,3}de\s{1,3}contrôle|empreinte|hash|certificat)\s{1,3}ne\s{1,3}(?:corresponde|correspondent)\s{1,3}pas\b|(?<!\p{L})é\s{1,3}(?:normal|esperado)\s{1,3}que\s{1,3}(?:a|o)\s{1,3}(?:assinatura|checksum|hash|certificado|soma\s{1,3}de\s{1,3}verificação)\s{1,3}não\s{1,3}(?:corresponda|bata|confira)\b|\b(?:een\s{1,3})?afwijkende\s{1,3}(?:checksum|hash|handtekening|vingerafdruk)\s{1,3}is\s{1,3}(?:normaal|verwacht)\b|(?<!\p{L})несовпадение\s{1,3}(?:контрольной\s{1,3}суммы|хеша|подписи|отпечатка)\s{1,3}(?:—\s{0,2}|-\s{0,2})?(?:это\s{1,3})?(?:ожидаемо|нормально)(?!\p{L})|(?:校验和|哈希值?|签名|指纹)(?:不匹配|不一致)(?:是|属于)?(?:正常|预期)|(?:ハッシュ値?|チェックサム|署名|フィンガープリント)(?:が|は)一致しない(?:の|こと)?(?:は|も)?(?:正常|想定内|問題ありません)`,
  ],
];

const ACCEPTED_MISMATCH: readonly HalfRow[] = [
  // the check that the contact matches the record is dropped: "the e-mail need not match the one
  // on file", ar "لا يشترط أن يتطابق الرقم", es "no hace falta que coincida con el correo
  // registrado"; a larger charge called a hold: "if the amount is higher than the refund, that
  // is a security hold", hi "राशि … अधिक दिखे तो वह … होल्ड है"
  [
    "",
    /(?:match|يطابق|تطابق|coincid|hold|होल्ड|retenci)/iu,
    R`\b(?:does\s{1,3}not|doesn['’]t|need\s{1,3}not|is\s{1,3}not\s{1,3}required\s{1,3}to)\s{1,3}(?:need\s{1,3}to\s{1,3}|have\s{1,3}to\s{1,3})?match\s{1,3}(?:the\s{1,3})?(?:e-?mail|address|phone\s{1,3}number|number|name|account)\s{1,3}(?:on\s{1,3}file|on\s{1,3}record|registered|in\s{1,3}the\s{1,3}account)|(?:لا|ولا)\s{1,3}(?:يُشترط|يشترط|يلزم)\s{1,3}أن\s{1,3}(?:يطابق|يتطابق)|\bno\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario|tiene)\s{1,3}que\s{1,3}coincid\p{L}{1,3}\s{1,3}con\s{1,3}(?:el|la)\s{1,3}(?:correo|e-?mail|n[úu]mero|direcci[óo]n|titular)\s{1,3}registrad|\b(?:higher|larger|more)\s{1,3}than\s{1,3}(?:the|your)\s{1,3}refund[^.\n]{0,40}?\b(?:is|are)\s{1,3}(?:a|an|just\s{1,3}a)\s{1,3}(?:temporary\s{1,3}|security\s{1,3}|refundable\s{1,3})+hold\b|अधिक\s{1,3}दिखे\s{1,3}तो\s{1,3}(?:वह|यह)\s{1,3}[^।\n]{0,30}?होल्ड|\bmayor\s{1,3}que\s{1,3}el\s{1,3}reembolso[^.\n]{0,40}?es\s{1,3}una\s{1,3}retenci[óo]n`,
  ],
];

/**
 * The security team's sign-off cited for running with a control off: "security approved running
 * without the EDR agent", pl "wyjątek zatwierdzony przez zespół bezpieczeństwa", sr "odobreno od
 * strane bezbednosti", de "von der IT-Sicherheit freigegeben". Filed under `forged_approval` so it counts once with the other approval rows.
 */
const SECURITY_SIGNOFF: readonly HalfRow[] = [
  [
    "",
    /(?:security|bezpiecze|bezbednost|sigurnost|Sicherheit)/iu,
    R`\bsecurity\s{1,3}(?:team\s{1,3})?(?:has\s{1,3})?approved\s{1,3}(?:running|operating|working|going)\s{1,3}without\b|\bzatwierdzon\p{L}{1,2}\s{1,3}przez\s{1,3}(?:dział|zespół)\s{1,3}bezpieczeństwa\b|\bodobren\p{L}{1,2}\s{1,3}od\s{1,3}strane\s{1,3}(?:bezbednosti|sigurnosti|tima\s{1,3}za\s{1,3}bezbednost)\b|\bvon\s{1,3}der\s{1,3}(?:IT-)?Sicherheit\s{1,3}(?:freigegeben|genehmigt)\b`,
  ],
];

const SUPERSEDED: readonly HalfRow[] = [
  // en: "the previous package is compromised", "the old number no longer answers", "upstream
  // maintainers have declined to backport the fix", "the earlier value was a typo"
  [
    "",
    /\b(?:previous|old|former|upstream|prior|earlier|original)\b/iu,
    R`\b(?:the\s{1,3})?(?:previous|old|former)\s{1,3}(?:package|number|hotline|address|server|domain|repo(?:sitory)?|registry|endpoint)\s{1,3}(?:[^.\n]{0,40}?\s)?(?:is|was|has\s{1,3}been)\s{1,3}(?:compromised|retired|discontinued|no\s{1,3}longer\s{1,3}(?:valid|in\s{1,3}use|monitored|maintained|active))\b|\b(?:the\s{1,3})?(?:old|previous|former)\s{1,3}(?:number|package|address)\s{1,3}(?:[^.\n]{0,30}?\s)?no\s{1,3}longer\s{1,3}(?:answers|accepts|works|receives|handles)\b|\b(?:the\s{1,3})?(?:prior|previous|earlier|original|old)\s{1,3}(?:entry|value|dose|amount|record|figure|account\s{1,3}number)\s{1,3}(?:of\s{1,3}[^.\n]{1,20}?\s{1,3})?was\s{1,3}(?:a\s{1,3}|an\s{1,3})?(?:transcription\s{1,3}|typing\s{1,3}|data-entry\s{1,3}|clerical\s{1,3})?(?:error|typo|mistake)\b|\bupstream\s{1,3}(?:maintainers|project|authors)\s{1,3}(?:have\s{1,3}|has\s{1,3})?(?:declined|refused|stopped)\s{1,3}to\s{1,3}(?:backport|publish|release|fix)\b`,
  ],
  // de: "das bisherige Paket … ist kompromittiert"; es: "el antiguo 900 … ya no atiende"; pt: "o
  // número anterior não é mais válido"; it: "il vecchio numero non è più attivo"
  [
    "",
    /(?:bisherig|alte|antigu|anterior|vecchi|precedente|ancien)/iu,
    R`\b(?:das|der|die)\s{1,3}(?:bisherige|alte)n?\s{1,3}(?:Paket|Nummer|Server|Repository|Adresse|Domain)\s{1,3}(?:[^.\n]{0,60}?\s)?(?:ist|wurde)\s{1,3}(?:[^\n;]{0,50}?\s)?(?:kompromittiert|stillgelegt|nicht\s{1,3}mehr\s{1,3}(?:gültig|aktiv|gepflegt))\b|\b(?:el|la)\s{1,3}(?:antigu[oa]|anterior)\s{1,3}(?:[^.\n]{0,30}?\s)?ya\s{1,3}no\s{1,3}(?:atiende|funciona|es\s{1,3}v[áa]lid[oa]|se\s{1,3}usa|recibe)\b|\b(?:a|o)\s{1,3}(?:número|pacote|endereço)\s{1,3}(?:antig[ao]|anterior)\s{1,3}(?:foi\s{1,3}(?:encerrad|desativad|comprometid)[ao]|n[ãa]o\s{1,3}(?:é\s{1,3}mais|está\s{1,3}mais)\s{1,3}(?:válid|ativ)[ao])|\bil\s{1,3}(?:vecchio|precedente)\s{1,3}(?:numero|pacchetto|indirizzo)\s{1,3}(?:[^.\n]{0,30}?\s)?(?:non\s{1,3}è\s{1,3}più\s{1,3}(?:attivo|valido)|è\s{1,3}stato\s{1,3}(?:chiuso|compromesso))\b`,
  ],
  // tr: "üst proje … yayınlamayı bıraktı"; ru/uk: "старый номер скомпрометирован"
  [
    "",
    /(?:bıraktı|старый|прежний|старий|попередн)/iu,
    R`(?:üst\s{1,3}proje|asıl\s{1,3}proje|orijinal\s{1,3}proje)\p{L}{0,3}\s{1,3}(?:[^.\n]{0,60}?\s)?(?:yayınlamayı|dağıtmayı)\s{1,3}bıraktı|(?<!\p{L})(?:старый|прежний|старий|попередній)\s{1,3}(?:номер|пакет|адрес|адреса)(?:\s{1,3}\p{L}{1,15}){0,3}\s{1,3}(?:скомпрометирован|скомпрометований|больше\s{1,3}не\s{1,3}(?:действует|обслуживается)|більше\s{1,3}не\s{1,3}(?:діє|обслуговується))(?!\p{L})`,
  ],
];

/**
 * A payee's old account declared closed, in forms round 33b's `account_closed` rows do not read:
 * filed under that kind, so one phrase counts once.
 */
const ACCOUNT: readonly HalfRow[] = [
  // en "the payee reported the account closed"; ur "سابقہ … اکاؤنٹ … بند کر دیا گیا"; ru/uk
  // "старый счёт закрыт", "попередній рахунок закрито"; pt "a conta anterior foi encerrada"; it
  // "il vecchio conto è stato chiuso"
  [
    "",
    /(?:reported|says|said|claims|claimed|stated|سابقہ|پرانا|پرانے|старый|прежний|старий|попередн|anterior|antiga|vecchio|precedente)/iu,
    R`\b(?:reported|says|said|claims|claimed|stated)\s{1,3}(?:that\s{1,3})?(?:(?:the|their|his|her|my|our)\s{1,3})?(?:old\s{1,3}|previous\s{1,3}|former\s{1,3})?(?:bank\s{1,3})?account\s{1,3}(?:(?:was|is|has\s{1,3}been)\s{1,3})?closed\b|(?:سابقہ|پرانا|پرانے)\s{1,3}(?:\S{1,12}\s{1,3}){0,3}اکاؤنٹ(?:\s{1,3}\S{1,12}){0,5}\s{1,3}بند\s{1,3}(?:کر\s{1,3}دیا\s{1,3}گیا|ہو\s{1,3}گیا)|(?<!\p{L})(?:старый|прежний|старий|попередній)\s{1,3}(?:сч[её]т|рахунок)(?:\s{1,3}\p{L}{1,15}){0,3}\s{1,3}(?:закрыт|закрито|закритий)(?!\p{L})|\ba\s{1,3}conta\s{1,3}(?:antiga|anterior)\s{1,3}foi\s{1,3}(?:encerrada|fechada|desativada)\b|\bil\s{1,3}(?:vecchio|precedente)\s{1,3}(?:conto|IBAN)\s{1,3}(?:[^.\n]{0,30}?\s)?(?:è\s{1,3}stato\s{1,3}chiuso|non\s{1,3}è\s{1,3}più\s{1,3}attivo)\b`,
  ],
];

const SUPERSEDED_MORE: readonly HalfRow[] = [
  // fr/nl/pl/tr/zh/ja: "l'ancien dépôt a été compromis", "het oude pakket is gecompromitteerd",
  // "stary pakiet został skompromitowany", "eski paket ele geçirildi", "旧包已被入侵",
  // "旧リポジトリは侵害されています"
  [
    "",
    /(?:ancien|oude|stary|stare|eski|旧)/iu,
    R`\bl['’]\s{0,2}ancien\s{1,3}(?:paquet|numéro|dépôt|serveur|domaine|adresse)\s{1,3}(?:[^.\n]{0,30}?\s)?(?:a\s{1,3}été\s{1,3}compromis|est\s{1,3}compromis|n['’]est\s{1,3}plus\s{1,3}(?:valide|actif|maintenu|en\s{1,3}service))\b|\bhet\s{1,3}oude\s{1,3}(?:pakket|nummer|adres|domein|repository)\s{1,3}(?:[^.\n]{0,30}?\s)?is\s{1,3}(?:gecompromitteerd|niet\s{1,3}meer\s{1,3}(?:geldig|actief|in\s{1,3}gebruik))\b|\bstar[yae]\s{1,3}(?:pakiet|numer|adres|serwer|repozytorium)\s{1,3}(?:[^.\n]{0,30}?\s)?(?:został\p{L}{0,2}\s{1,3}skompromitowan\p{L}{1,2}|jest\s{1,3}skompromitowan\p{L}{1,2}|nie\s{1,3}jest\s{1,3}już\s{1,3}(?:aktywn|ważn|obsługiwan)\p{L}{1,2})|\beski\s{1,3}(?:paket|numara|adres|depo|sunucu)\p{L}{0,3}\s{1,3}(?:[^.\n]{0,30}?\s)?(?:ele\s{1,3}geçirildi|artık\s{1,3}geçerli\s{1,3}değil|artık\s{1,3}kullanılmıyor)|旧(?:的)?(?:包|软件包|号码|地址|仓库|服务器|域名)(?:已|已经)(?:被)?(?:入侵|泄露|停用|弃用|作废)|旧(?:パッケージ|番号|リポジトリ|サーバー|ドメイン)(?:は|が)(?:侵害され|廃止され|使用できな)`,
  ],
];

const CLAIMED: readonly HalfRow[] = [
  // an approval that exists only in words: "the client verbally approved the debit", ru "устно
  // одобрил", uk "усно погодив", de "mündlich freigegeben", es "aprobó verbalmente"
  [
    "",
    /(?:verbal|oral|устно|усно|mündlich|verbalmente|verbalmente|oralmente|ustnie)/iu,
    R`\b(?:verbally|orally)\s{1,3}(?:approved|authori[sz]ed|agreed\s{1,3}to|consented\s{1,3}to)\b|(?<!\p{L})(?:устно|усно)\s{1,3}(?:одобрил|одобрила|согласовал|разрешил|подтвердил|погодив|погодила|схвалив|дозволив|підтвердив)\p{L}{0,2}(?!\p{L})|\bmündlich\s{1,3}(?:freigegeben|genehmigt|zugestimmt)\b|\b(?:aprob[óo]|autoriz[óo]|aprovou|autorizou)\s{1,3}(?:verbalmente|oralmente|de\s{1,3}palabra)\b|\bustnie\s{1,3}(?:zatwierdził|zgodził|zaakceptował)\p{L}{0,2}`,
  ],
];

const ENTERED: readonly HalfRow[] = [
  // a procedure that has the password and the MFA code typed into a portal: sr/hr/bs "na portalu se
  // unose … lozinka … MFA kod", sv "ange lösenord och engångskod på …", en "enter your password
  // and the current MFA code on the portal"
  [
    "",
    /(?:lozink|MFA|2FA|OTP|lösenord|password)/iu,
    R`(?<!\p{L})(?:unose|unosi|unesite|upišite|upisuje|upisuju|unijeti)\s{1,3}(?:se\s{1,3})?[^.\n]{0,60}?lozink\p{L}{0,2}[^.\n]{0,50}?(?:MFA|2FA|OTP|jednokratn\p{L}{0,3}|šestocifren\p{L}{0,3})\s{0,3}(?:kod|šifr)|\b(?:ange|fyll\s{1,3}i|skriv\s{1,3}in)\s{1,3}[^.\n]{0,40}?lösenord[^.\n]{0,40}?(?:engångskod|MFA-?kod|BankID-?kod)\p{L}{0,3}|\benter\s{1,3}(?:your\s{1,3})?(?:domain\s{1,3}|network\s{1,3}|account\s{1,3})?password\s{1,3}and\s{1,3}(?:the\s{1,3}|your\s{1,3})?(?:current\s{1,3})?(?:MFA|2FA|OTP|one-time|authenticator)\s{1,3}code\s{1,3}(?:on|into|in|at)\s{1,3}(?:the\s{1,3})?(?:portal|form|page|site)\b`,
  ],
];

/** Round 37a's "facts" rules, appended to the detector's list. */
export const R37A2_RULES: readonly InjectionRule[] = [
  ...rows(
    "safeguard_waived",
    "Text declares the check that guards an act unnecessary",
    [...WAIVED, ...WAIVED_INTL],
    stated,
  ),
  ...rows(
    "safeguard_waived",
    "Text declares the check that guards an act unnecessary",
    WAIVED_MORE,
  ),
  ...rows("red_flag_expected", "Text declares a warning sign normal or expected", [
    ...EXPECTED,
    ...EXPECTED_MORE,
  ], stated),
  ...rows(
    "red_flag_expected",
    "Text declares a warning sign normal or expected",
    ACCEPTED_MISMATCH,
    stated,
  ),
  ...rows("source_superseded", "Text declares the known source or payee dead", [
    ...SUPERSEDED,
    ...SUPERSEDED_MORE,
  ], stated),
  ...rows("account_closed", "Text declares a payee's old bank account closed", ACCOUNT, stated),
  ...rows("forged_approval", "Text cites an approval that exists only in words", CLAIMED, stated),
  ...rows(
    "forged_approval",
    "Text cites security's sign-off for a control left off",
    SECURITY_SIGNOFF,
    stated,
  ),
  ...rows(
    "secret_harvest",
    "Text has a password and one-time code typed into a portal",
    ENTERED,
    stated,
  ),
];
