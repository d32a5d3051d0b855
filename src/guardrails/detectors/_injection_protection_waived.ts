/**
 * Harmful orders stated as facts addressed to no one, read by the shape of the harm rather than
 * the topic (paraphrases in `_injection_protection_waived_test.ts`):
 *
 * - `privacy_safeguard_waived` (half): a data-protection safeguard (pseudonymisation,
 *   anonymisation, encryption, a data-processing agreement) declared not required (en, de, fr,
 *   es, it, pt, pl, nl, sv, sl).
 * - `consent_skipped` (half, the kind older rows use): the data subjects' or patients' consent
 *   declared not required in the same languages. Either alone is an ordinary line of guidance; a
 *   record that waives both is the disclosure order ("a decision: consent not needed,
 *   pseudonymisation not needed, send the dataset").
 * - `threshold_evasion` (full): amounts split to stay below a reporting, review or approval
 *   threshold in order to avoid it (cash deposits under the reporting limit, invoices under the
 *   approval limit, transfers under the monitoring limit) — structuring stated as the procedure
 *   (en, zh, de, fr, es). A text that names it as an offence or a red flag is not read.
 *
 * - `oversight_skipped` (half): a named second look — a supervisor's, doctor's, QA's, underwriter's,
 *   ethics committee's, chief accountant's sign-off, approval or check, or a "second" or
 *   "additional" review — declared not required, omitted or done without (en, es, fr, de, pl, ru,
 *   ja, ko, fi, ro, cs, tr, ar, he, sw, th, pt, it).
 * - `notice_suppressed` (half): the people the record affects (customers, owners, residents,
 *   employees, crew, the spouse, the licensee, bidders) declared not to be told, or a warning
 *   notice declared not posted (same languages).
 * - `safety_bypassed` (half): a safety interlock or circuit bridged, jumpered or bypassed, an
 *   alarm silenced, a tracker switched off (en, es, fr, de, pl, ru, it, pt).
 *   Any two of these (or one with another half) is the planted order: "the check is skipped and
 *   nobody is told", "the interlock is bridged and no supervisor signs off".
 *
 * A waiver followed by its condition ("consent is not required if the data are anonymous") is
 * guidance, not a waiver, and is not read.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf, make } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));

/** A sentence gap: no full stop (a decimal point is fine) or line break in between. */
const G = (n: number) => R`(?:[^.!?;\n。]|\.(?=\d)){0,${n}}?`;

/** Not a warning before, and no condition right after ("… not required if / when / unless"). */
const waived: Accept = (v, s, e) =>
  !/(?<!\p{L})(?:never|must|always|nie\s{1,3}wolno|jamais|nunca|niemals|mai|aldrig|nooit|nikoli)(?!\p{L})/iu
    .test(v.slice(Math.max(0, s - 80), s)) &&
  !/^[\s,]{0,3}(?:\(?\s{0,2})(?:if|when|unless|where|provided|as\s{1,3}long\s{1,3}as|for\s{1,3}(?:anonymi|aggregat)|wenn|falls|sofern|sauf|si|lorsque|cuando|siempre\s{1,3}que|se|quando|purché|jeśli|jeżeli|gdy|als|indien|wanneer|om|när|če|kadar|ko)(?!\p{L})/iu
    .test(v.slice(e, e + 30));

/** A negated need, per language, after its noun. */
const NOT_NEEDED =
  R`(?:\b(?:is|are|was|were)\s{1,3}not\s{1,3}(?:required|needed|necessary)\b|\bnot\s{1,3}(?:required|needed|necessary)\b|(?<!\p{L})(?:(?:ist|sind|wird|werden)\s{1,3})?nicht\s{1,3}(?:erforderlich|notwendig|nötig)(?!\p{L})|(?<!\p{L})n['’]est\s{1,3}pas\s{1,3}(?:requis|nécessaire)\p{L}{0,2}|(?<!\p{L})no\s{1,3}(?:es|son|será)\s{1,3}necesari\p{L}{1,2}|(?<!\p{L})no\s{1,3}se\s{1,3}requiere(?!\p{L})|(?<!\p{L})non\s{1,3}(?:è|sono)\s{1,3}(?:necessari|richiest)\p{L}{1,2}|(?<!\p{L})não\s{1,3}(?:é|são)\s{1,3}(?:necessári|exigid)\p{L}{1,2}|(?<!\p{L})nie\s{1,3}(?:jest|są)\s{1,3}(?:wymagan|potrzebn|konieczn)\p{L}{1,2}|(?<!\p{L})(?:is|zijn)\s{1,3}niet\s{1,3}(?:nodig|vereist)(?!\p{L})|(?<!\p{L})(?:krävs|behövs)\s{1,3}inte(?!\p{L})|(?<!\p{L})ni(?:so)?\s{1,3}potreb\p{L}{1,3})`;

const PRIVACY_NOUN =
  R`(?:pseudonymi[sz]ation|anonymi[sz]ation|de-?identification|encryption|data[\s-]{1,3}(?:processing|sharing)\s{1,3}agreement|\bDPA\b|Pseudonymisierung|Anonymisierung|Verschlüsselung|Auftragsverarbeitungsvertrag|AV-Vertrag|pseudonymisation|anonymisation|chiffrement|seudonimización|pseudonimización|anonimización|cifrado|pseudonimizzazione|anonimizzazione|cifratura|pseudonimização|anonimização|criptografia|pseudonimizacj\p{L}|anonimizacj\p{L}|szyfrowani\p{L}|pseudonimisering|anonimisering|versleuteling|verwerkersovereenkomst|pseudonymisering|anonymisering|kryptering|personuppgiftsbiträdesavtal|psevdonimizacij\p{L}|anonimizacij\p{L}|šifriranj\p{L}|pogodb\p{L}\s{1,3}o\s{1,3}obdelavi)`;

const PRIVACY: readonly HalfRow[] = [
  [
    "",
    /(?:pseudonym|anonym|identification|encrypt|processing\s{1,3}agreement|sharing\s{1,3}agreement|DPA|Verschlüsselung|Auftragsverarbeitung|AV-Vertrag|chiffrement|seudonim|pseudonim|anonim|cifrado|cifratura|criptografia|szyfrowan|versleuteling|verwerkersovereenkomst|kryptering|biträdesavtal|psevdonim|šifriranj|obdelavi)/iu,
    R`${PRIVACY_NOUN}${G(80)}${NOT_NEEDED}`,
  ],
  // zh: "不做去标识化", "以明文方式传输", "无需加密"
  [
    "",
    /(?:标识化|匿名化|脱敏|加密|明文|標識化|匿名化|脫敏)/u,
    R`(?:不做|不进行|不作|无需|无须|不需要|免于|跳过)(?:任何)?(?:去标识化|匿名化|脱敏|加密|假名化|去識別化|脫敏)|以?明文(?:方式|形式)?(?:经\S{1,10}?)?(?:传输|存储|发送|传送)`,
  ],
];

const CONSENT_NOUN =
  R`(?:consent|Einwilligung|Zustimmung|consentement|consentimiento|consenso|consentimento|zgod\p{L}{1,2}|toestemming|samtycke|privolit\p{L}{1,3}|soglasj\p{L}{1,2})`;

const CONSENT: readonly HalfRow[] = [
  [
    "",
    /(?:consent|Einwilligung|Zustimmung|consentement|consentimiento|consenso|consentimento|zgod|toestemming|samtycke|privolit|soglasj)/iu,
    R`${CONSENT_NOUN}${G(80)}${NOT_NEEDED}`,
  ],
  // en: "no parent consent or opt-out is required"; zh: "无需单独取得同意"
  [
    "",
    /(?:consent|同意|授权)/iu,
    R`\bno\s{1,3}(?:[\w-]{2,20}\s{1,3})?consent\b(?:\s{1,3}(?:or|and|nor)\s{1,3}(?:[\w-]{2,20}\s{1,3})?[\w-]{2,20})?\s{1,3}(?:is|are|will\s{1,3}be)\s{1,3}(?:required|needed|necessary|sought|obtained)\b|(?:无需|无须|不需要|不必|免于|不用)[^。\n，,]{0,12}?(?:取得|获得|征得|征求)[^。\n，,]{0,6}?(?:同意|授权)`,
  ],
];

/**
 * A "without …" that is a rule kept, not a step dropped: a negation earlier in the same sentence
 * ("no order is issued without a supervisor's sign-off", "nunca sin aprobación").
 */
const NEGATED_BEFORE =
  /(?<!\p{L})(?:no|not|never|nothing|none|cannot|can['’]t|won['’]t|nunca|nada|ningún|ninguna|jamais|rien|aucun\p{L}{0,2}|ne|n['’]|nicht|nie|kein\p{L}{0,2}|niemals|nigdy|żaden|не|ни|никогда|nenhum|nulla|mai|non|אינו|אינה|אינם|אין|לא|ולא|לעולם|لا|ولا|لن|ليس|لم)(?!\p{L})/iu;
const notKeptRule: Accept = (v, s, e) => {
  if (!waived(v, s, e)) return false;
  // a CJK waiver negated right after ("確認は省略できません", "생략할 수 없음")
  if (
    /^\s{0,2}(?:でき|しては|不可|禁止|할\s{0,2}수\s{0,2}없|하지\s{0,2}않|불가|금지)/u.test(
      v.slice(e, e + 12),
    )
  ) return false;
  if (
    !/^(?:without|sin|sem|senza|sans|ohne|bez|без|ilman|fără|دون|بدون|ללא)/iu.test(
      v.slice(s, s + 8),
    )
  ) return true;
  const before = v.slice(Math.max(0, s - 100), s);
  const cut = Math.max(...[".", "!", "?", ";", "\n", "。"].map((c) => before.lastIndexOf(c)));
  return !NEGATED_BEFORE.test(before.slice(cut + 1));
};

/** Who takes the second look (a role or a "second / additional" review). */
const REVIEWER =
  R`(?:supervisor|manager|second|additional|further|independent|separate|privilege|QA|quality|doctor|physician|clinician|pharmacist|legal|compliance|underwriter|ethics|DPO|chief|senior|medical|safety|committee|board|management|auditor|engineer|four-?eyes)`;
const CHECK =
  R`(?:sign-?off|approval|review|check|verification|validation|authori[sz]ation|permit|inspection|override)`;

const OVERSIGHT: readonly HalfRow[] = [
  [
    "",
    /(?:sign-?off|approval|review|check|verification|validation|authori[sz]ation|permit|override)/iu,
    R`\b(?:without|no)\s{1,3}(?:an?\s{1,3}|any\s{1,3}|the\s{1,3})?(?:[\w-]{1,20}\s{1,3})?${REVIEWER}(?:['’]s)?\s{1,3}(?:[\w-]{1,20}\s{1,3})?${CHECK}\b|\b${REVIEWER}(?:['’]s)?\s{1,3}(?:[\w-]{1,20}\s{1,3})?${CHECK}\p{L}{0,2}["']?(?:[^.!?\n]{0,30}?)\s{0,3}(?:(?:is|are)\s{1,3})?(?:not\s{1,3}required|not\s{1,3}needed|waived|skipped|omitted|dispensed\s{1,3}with|not\s{1,3}(?:performed|carried\s{1,3}out|conducted))\b|\b${REVIEWER}\s{1,3}${CHECK}\p{L}{0,2}\s{1,3}(?:is|are)\s{1,3}(?:not\s{1,3}required|not\s{1,3}needed|waived|skipped|omitted|not\s{1,3}(?:performed|carried\s{1,3}out|conducted|done))\b|\b(?:do|does)\s{1,3}not\s{1,3}require\s{1,3}(?:an?\s{1,3}|any\s{1,3}|the\s{1,3})?(?:[\w-]{1,20}\s{1,3})?${REVIEWER}(?:['’]s)?\s{1,3}${CHECK}\b`,
  ],
  [
    "",
    /(?:sin|sem|senza|sans|ohne|bez|без|ilman|fără|dodatkow|revisi|aprobaci|valida|Prüfung|Freigabe|Genehmigung|проверк|согласовани|осмотр)/iu,
    R`(?<!\p{L})(?:sin|sem|senza|sans|ohne|bez|без|fără)\s{1,3}(?:(?:la|el|a|o|il|la|le|l['’]|die|den|das|dodatkow\p{L}{1,2}|dalsz\p{L}{1,2}|дополнительн\p{L}{2,3}|предварительн\p{L}{2,3}|ulteriore|adicional|additionnel\p{L}{0,2}|zusätzlich\p{L}{0,2})\s{0,3})?(?:revisión|aprobación|autorización|verificación|revisão|aprovação|verificação|revisione|approvazione|verifica|validation|approbation|vérification|contrôle|Freigabe|Prüfung|Genehmigung|Zweitprüfung|weryfikacji|zatwierdzenia|kontroli|akceptacji|проверки|согласования|утверждения|aprobare|verificare|avizul)(?!\p{L})|(?<!\p{L})ilman\s{1,3}(?:\p{L}{2,20}\s{1,3}){0,3}(?:hyväksyntää|tarkistusta|tarkastusta)(?!\p{L})|(?<!\p{L})(?:проверка|осмотр|контроль)(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})не\s{1,3}(?:выполняется|проводится|требуется)(?!\p{L})|(?<!\p{L})(?:validation|approbation|vérification|contrôle)\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}\s{0,2}[:：]\s{0,2}non\s{1,3}requis\p{L}{0,2}`,
  ],
  [
    "",
    /(?:確認|照合|審査|査定|承認|复核|审核|审批|审查|核查|批准|확인|검토|심사|승인|schválení|kontrol|inceleme|onay|مراجعة|موافقة|تدقيق|אישור|בדיקה|mapitio|ukaguzi|ตรวจ|อนุมัติ|verificarea|aprobarea)/iu,
    R`(?:二次|追加の?|再)?(?:確認|照合|審査|査定|承認)(?:部門の)?[^。\n]{0,8}?(?:は|を)?(?:不要|省略)|(?:无需|无须|不需要|不必|免于|跳过)[^。\n，,]{0,6}?(?:复核|审核|审批|审查|核查|批准)|(?:확인|검토|심사|승인|검증)\s{0,2}(?:생략|불필요)|(?<!\p{L})(?:schválení|kontrola|konzultace)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:nevyžaduj\p{L}{0,3}|není\s{1,3}nutn\p{L}{1,2})|(?<!\p{L})(?:kontrol\p{L}{0,3}|inceleme\p{L}{0,3}|onay\p{L}{0,3})(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:aranmaz|gerekmez|yapılmaz)(?!\p{L})|(?:دون|بدون|لا\s{1,3}يلزم)\s{1,3}(?:ال)?(?:مراجعة|موافقة|تدقيق)|ללא\s{1,3}(?:אישור|בדיקה)|(?<!\p{L})hakuna\s{1,3}(?:mapitio|ukaguzi|idhini)(?!\p{L})|ไม่ต้อง(?:ตรวจ|อนุมัติ)|(?<!\p{L})nu\s{1,3}este\s{1,3}necesar\p{L}{0,2}\s{1,3}(?:verificarea|aprobarea|avizul)(?!\p{L})`,
  ],
];

/** The people the record affects. */
const AFFECTED =
  R`(?:customers?|clients?|owners?|managers?|security(?:\s{1,3}team)?|compliance|supervisors?|residents?|tenants?|employees?|staff|workers?|crews?|pilots?|patients?|spouse|family|parents?|guardians?|licensee|bidders?|users?|members?|passengers?|community|neighbou?rs|public|buyers?|beneficiar(?:y|ies))`;

const NOTICE: readonly HalfRow[] = [
  [
    "",
    /(?:inform|notif|tell|told|contact|communicat|notice)/iu,
    R`\bwithout\s{1,3}(?:informing|notifying|telling|contacting|alerting|warning)\s{1,3}(?:the\s{1,3}|any\s{1,3}|affected\s{1,3})?(?:[\w-]{1,20}\s{1,3})?${AFFECTED}\b|\b(?:the\s{1,3}|affected\s{1,3})?${AFFECTED}(?:\s{1,3}(?:and|or|nor)\s{1,3}(?:the\s{1,3})?[\p{L}-]{2,20})?\s{1,3}(?:are|is|will|shall)\s{1,3}not\s{1,3}(?:be\s{1,3})?(?:told|informed|notified|contacted|alerted|warned)\b|\bno\s{1,3}(?:notice|notification|communication)\s{1,3}(?:is\s{1,3}(?:sent|given)\s{1,3})?to\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3})?${AFFECTED}\b|\b(?:not|never)\s{1,3}(?:to\s{1,3}be\s{1,3})?(?:communicated|disclosed)\s{1,3}to\s{1,3}(?:the\s{1,3})?${AFFECTED}\b`,
  ],
  [
    "",
    /(?:comunic|inform|notific|avis|avvis|prévenir|envoyer|transmettre|adresser|avertir|benachrichtig|informowan|powiadam|информир|уведомл|оповещ|сообща|إبلاغ|إخطار|إشعار|bildiril|haber\s{1,3}veril|anunța|informa)/iu,
    R`(?<!\p{L})no\s{1,3}se\s{1,3}(?:comunica|informa|notifica|avisa)(?:rá)?\s{1,3}(?:a|al)(?!\p{L})|(?<!\p{L})(?:sin|sem|senza)\s{1,3}(?:comunicar|informar|avisar|notificar|informare|avvisare|notificare)(?:lo|la|les)?\s{1,3}(?:a|al|ao|aos|ai|alla|agli)(?!\p{L})|(?<!\p{L})(?:colocar|poner|fijar)\s{1,3}(?:un\s{1,3})?aviso\s{1,3}de\s{1,3}fuera\s{1,3}de\s{1,3}servicio|(?<!\p{L})aucune\s{1,3}(?:information|notification)\s{1,3}(?:des|du|de\s{1,3}la|aux)\s{1,3}(?:salarié|client|locataire|résident|patient|propriétaire|usager|personne|employé|agent|membre|voyageur|passager)|(?<!\p{L})sans\s{1,3}(?:informer|prévenir|notifier|avertir)\s{1,3}(?:les|le|la|l['’])|(?<!\p{L})ne\s{1,3}pas\s{1,3}(?:leur|lui)\s{1,3}(?:envoyer|transmettre|adresser)\s{1,3}(?:le|la|les|de|d['’]|aucun\p{L}{0,2})\s{0,3}(?:\p{L}{2,12}\s{1,3})?(?:mail|e-mail|courriel|confirmation|notification|avis|SMS|copie|récapitulatif|accusé)|(?<!\p{L})ne\s{1,3}pas\s{1,3}(?:les|le|la|l['’])\s{0,3}(?:informer|prévenir|notifier|avertir)(?!\p{L})|(?<!\p{L})ohne\s{1,3}(?:die\s{1,3}|den\s{1,3}|das\s{1,3})?\p{L}{3,25}\s{1,3}zu\s{1,3}(?:informieren|benachrichtigen|warnen)|(?<!(?:Sie|wir|ich|du|ihr|es)\s{1,3})(?<!\p{L})(?:werden|wird)\s{1,3}(?:(?:die|der|den|alle)\s{1,3}\p{L}{2,25}\s{1,3})?nicht\s{1,3}(?:informiert|benachrichtigt|gewarnt)(?!\p{L})|(?<!\p{L})bez\s{1,3}(?:informowania|powiadamiania|zawiadamiania|informování|oznámení)(?!\p{L})|(?<!\p{L})без\s{1,3}(?:(?:дополнительного|предварительного)\s{1,3})?(?:информирования|уведомления|оповещения)(?!\p{L})|(?<!\p{L})не\s{1,3}(?:уведомляются|информируются|сообщается|оповещаются)(?!\p{L})|(?:لا\s{1,3}يلزم|دون|بدون)\s{1,3}(?:إبلاغ|إخطار|إشعار)|(?:لا|ولا)\s{1,3}يُ?نشر\s{1,3}(?:ال)?إشعار|(?:لا|ولا)\s{1,3}يُ?(?:رسل|بلَّ?غ|خطر)\s{1,3}(?:إليه|إليهم|له|لهم|للمشتري|للعميل|للعملاء)?\s{0,3}(?:أي\s{1,3})?(?:ال)?(?:إشعار|إخطار)|(?<!\p{L})(?:bildirilmez|haber\s{1,3}verilmez)(?!\p{L})|(?<!\p{L})fără\s{1,3}(?:a\s{1,3})?(?:informa|notifica|anunța)(?!\p{L})`,
  ],
  [
    "",
    /(?:通知|案内|連絡|知らせ|告知|知会|통지|통보|안내|고지|ติดต่อ|แจ้ง|הודעה)/u,
    R`(?:通知|案内|連絡|お知らせ)(?:書|状)?[^。\n]{0,6}?(?:は|を)?(?:送付しない|送らない|しない|行わない|不要)|知らせない|(?:无需|无须|不需要|不必|不用)[^。\n，,]{0,4}?(?:告知|通知|知会)(?:用户|客户|本人|买方|患者|家长)?|(?:통지|통보|안내|고지)\S{0,3}\s{0,2}(?:불필요|하지\s{0,2}않|생략)|ไม่ต้อง(?:ติดต่อ|แจ้ง)(?:ลูกค้า|ผู้)|ללא\s{1,3}הודעה\s{1,3}ל`,
  ],
];

const SAFETY: readonly HalfRow[] = [
  [
    "",
    /(?:bridg|jumper|bypass|defeat|silenc|interlock|alarm|GPS|tracker|puente|ponte|überbrück|gebrückt|shunt|neutralis|wyłącz|wycisz|ciszy|шунт|перемычк|отключ|сигнализац)/iu,
    R`\b(?:safety\s{1,3}(?:circuit|chain|device|switch|relay|interlock)s?|interlocks?|guard[\s-]door\s{1,3}(?:switch|interlock)e?s?|door\s{1,3}(?:contacts?|interlocks?|alarms?)|light\s{1,3}curtains?|e-?stops?|emergency\s{1,3}stops?)\b[^.!?\n]{0,60}?\b(?:may\s{1,3}be\s{1,3}|can\s{1,3}be\s{1,3}|are\s{1,3}|is\s{1,3}|be\s{1,3})?(?:bridged|jumpered|bypassed|defeated|overridden|disabled|silenced)\b|\b(?:bridge|jumper|bypass|defeat)\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:safety\s{1,3}(?:circuit|chain|device)|interlocks?|door\s{1,3}contacts?)\b|(?<!\p{L})se\s{1,3}puente\p{L}{1,2}\s{1,3}(?:el|los|la)\s{1,3}(?:circuito|contacto|enclavamiento|seguridad)\p{L}{0,2}|(?<!\p{L})(?:Sicherheitskreis|Verriegelung|Türkontakt|Schutztür)\p{L}{0,4}(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:überbrückt|gebrückt|deaktiviert)(?!\p{L})|(?<!\p{L})(?:circuits?\s{1,3}de\s{1,3}sécurité|verrouillages?|contacts?\s{1,3}de\s{1,3}porte)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:shunté|ponté|neutralisé)\p{L}{0,2}|(?<!\p{L})(?:блокировк\p{L}{1,2}|цеп\p{L}{1,2}\s{1,3}безопасности)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:шунтир\p{L}{2,6}|отключа\p{L}{2,6}|отключен\p{L}{0,3})(?!\p{L})|(?<!\p{L})(?:circuito\s{1,3}di\s{1,3}sicurezza|interblocc\p{L}{1,2}|circuito\s{1,3}de\s{1,3}segurança|intertravamento)(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:ponticellat\p{L}|bypassat\p{L}|escluso|jumpead\p{L}|anulad\p{L}|desativad\p{L})`,
  ],
];

/** Alarms silenced and trackers switched off, filed under round 31a's kind (one protection counts once). */
const TRACKING_OFF: readonly HalfRow[] = [
  [
    "",
    /(?:GPS|tracker|tracking|alarm|сигнализац|lokalizator)/iu,
    R`\b(?:GPS|trackers?|tracking|alarms?)\b[^.!?\n]{0,40}?\b(?:are|is)\s{1,3}(?:switched\s{1,3}off|turned\s{1,3}off|disabled|silenced)\s{1,3}(?:during|while|for\s{1,3}the)\b|(?<!\p{L})(?:alarm\p{L}{0,3}|moduł\p{L}{0,2}\s{1,3}GPS|lokalizator\p{L}{0,3})(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:wyłącza\p{L}{0,3}|wyłączon\p{L}{1,2}|tryb\s{1,3}ciszy|wyciszon\p{L}{1,2})(?!\p{L})|(?<!\p{L})сигнализаци\p{L}{1,2}(?!\p{L})[^.!?\n]{0,60}?(?<!\p{L})(?:отключа\p{L}{2,6}|отключен\p{L}{0,3})(?!\p{L})`,
  ],
];

/** Structuring named as an offence, a red flag or a warning nearby. */
const NAMED_OFFENCE =
  /(?<!\p{L})(?:illegal\p{L}{0,2}|unlawful|offen[cs]e|crime|criminal|prohibited|forbidden|red\s{1,3}flag|suspicious|structuring\s{1,3}(?:is|means)|smurfing|never|do\s{1,3}not|don['’]t|strafbar|verboten|illégal\p{L}{0,2}|interdit\p{L}{0,2}|délit|ilegal\p{L}{0,2}|delito|prohibid\p{L}{1,2})(?!\p{L})|违法|违规|犯罪|禁止|可疑|严禁|不得/iu;
const notOffence: Accept = (v, s, e) => !NAMED_OFFENCE.test(v.slice(Math.max(0, s - 200), e + 200));

const SPLIT =
  R`\b(?:split(?:ting)?|break(?:ing)?\s{1,3}up|divid(?:e|ed|ing)|spread(?:ing)?|stagger(?:ed|ing)?)\b${
    G(120)
  }\b(?:below|under|beneath|less\s{1,3}than|just\s{1,3}under)\b${
    G(120)
  }\b(?:to\s{1,3}avoid|avoiding|so\s{1,3}as\s{1,3}not\s{1,3}to|so\s{1,3}(?:that\s{1,3})?(?:it|they|none|no\s{1,3}\p{L}{2,15})\s{1,3}(?:does\s{1,3}not|doesn['’]t|do\s{1,3}not|don['’]t|won['’]t|will\s{1,3}not|never))\b${
    G(60)
  }\b(?:report\p{L}{0,3}|review\p{L}{0,3}|approv\p{L}{0,5}|flag\p{L}{0,3}|trigger\p{L}{0,3}|CTR|monitor\p{L}{0,4}|sign-?off|threshold)\b|(?:(?:以下|以内|低于|不超过|不足)${
    G(30)
  }(?:分笔|分多笔|拆分|分拆|分次|分开|拆成|分成)|(?:分笔|分多笔|拆分|分拆|分次|分开|拆成|分成)${
    G(60)
  }(?:以下|以内|低于|不超过|不足))${G(100)}(?:以避免|避免|以免|规避|避开|不会触发)${
    G(30)
  }(?:报告|审批|审核|申报|监控|核查|报备)|(?<!\p{L})(?:aufteil\p{L}{0,3}|aufgeteilt|stückel\p{L}{0,3}|gestückelt|verteilt)${
    G(120)
  }(?<!\p{L})(?:unter|unterhalb)(?!\p{L})${
    G(120)
  }(?:Meldung|Meldepflicht|Meldeschwelle|Genehmigung|Freigabe|Prüfung)\p{L}{0,3}${
    G(40)
  }(?:zu\s{1,3}(?:vermeiden|umgehen)|auszulösen|entfällt|entfallen)|(?<!\p{L})(?:fractionn|divis|répart|scind|découp)\p{L}{0,6}${
    G(120)
  }(?<!\p{L})(?:sous|en\s{1,3}dessous|inférieur\p{L}{0,2})(?!\p{L})${
    G(120)
  }(?<!\p{L})(?:pour|afin\s{1,3}d['’]?e?)\s{0,3}(?:éviter|ne\s{1,3}pas\s{1,3}déclencher|contourner)${
    G(40)
  }(?:déclaration|signalement|validation|approbation|contrôle|seuil)|(?<!\p{L})(?:divid|fraccion|repart|fragment)\p{L}{0,6}${
    G(120)
  }(?<!\p{L})(?:por\s{1,3}debajo|inferior\p{L}{0,2}|menos\s{1,3}de)(?!\p{L})${
    G(120)
  }(?<!\p{L})(?:para|a\s{1,3}fin\s{1,3}de)\s{1,3}(?:evitar|no\s{1,3}activar|eludir|no\s{1,3}superar)${
    G(40)
  }(?:reporte|declaración|aprobación|control|notificación|umbral|aviso)`;

/** The rules of this family. */
export const PROTECTION_WAIVED_RULES: readonly InjectionRule[] = [
  ...rows(
    "privacy_safeguard_waived",
    "Text declares a data-protection safeguard not required",
    PRIVACY,
    waived,
  ),
  ...rows(
    "consent_skipped",
    "Text declares the data subjects' consent not required",
    CONSENT,
    waived,
  ),
  ...rows(
    "consent_skipped",
    "Text declares a named second look (sign-off, approval, check) not required or skipped",
    OVERSIGHT,
    notKeptRule,
  ),
  ...rows(
    "conceal_from_user",
    "Text declares the people the record affects not to be told",
    NOTICE,
    notKeptRule,
  ),
  ...rows(
    "safety_bypassed",
    "Text has a safety interlock bridged, an alarm silenced or a tracker switched off",
    SAFETY,
    waived,
  ),
  ...rows(
    "alerts_silenced",
    "Text has an alarm silenced or a tracker switched off",
    TRACKING_OFF,
    waived,
  ),
  {
    ...make(
      "threshold_evasion",
      1,
      "",
      SPLIT,
      "Text has amounts split below a threshold to avoid reporting or approval",
      {
        gate:
          /(?:split|break\s{1,3}up|divid|spread|stagger|分笔|分多笔|拆分|分拆|分次|分开|拆成|分成|aufteil|aufgeteilt|stückel|verteilt|fractionn|divis|répart|scind|découp|fraccion|repart|fragment)/iu,
        reach: 500,
        accept: notOffence,
      },
    ),
    at: { output: 1, input: 0.4, definition: 0 },
  },
];
