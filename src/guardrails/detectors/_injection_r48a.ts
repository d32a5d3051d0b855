/**
 * Round-48 "facts": a rule document (procedure, policy, runbook, regulation, work instruction,
 * changelog) that strips SEVERAL safeguards at once, each stated as the new normal and addressed to
 * nobody — identity checks that lapse, documents handed over without a signature or power of
 * attorney, dumps sent without encryption or password, medicines given without a prescription,
 * payments made with no approval, double checks and alerts removed, access open without 2FA.
 *
 * One such line is an everyday fact ("returns accepted without a receipt"); an honest policy that
 * states three or more on different lines, none of them forbidden, warned against or framed as a
 * risk, is not what an organisation writes for itself: it is the shape of a planted procedure that
 * an agent reconciling, generating or acting from the page would carry out. Who edited the page is
 * not read.
 *
 * `safeguards_stripped` matches one such line (a safeguard "without …", "… removed / disabled / no
 * longer required / lapses") in en, fr, it, es, pt, de, nl, pl, ru, uk, el, hu, tr, id, vi, ar,
 * he, fa, sw, zh, ja, ko, and blocks when the document holds such lines on at least
 * {@link MIN_LINES} different lines, each stated (no negation, prohibition, warning or condition
 * earlier in its sentence) in a document that does not discuss fraud, attacks or red flags.
 *
 * Beside it, three single-sentence harm shapes of the same genre (a rule stated as fact):
 * `rx_without_prescription` (prescription-only medicines "now" given without a prescription),
 * `worker_documents_held` (workers' passports kept until a debt is repaid or for the whole
 * contract) and two halves, `opt_out_ignored` + `data_sharing_opened` (an export declared to include
 * the people who did not opt in, a privacy setting set to "Allow all"). All rows are read in tool
 * results and arguments only, not in tool definitions.
 *
 * Paraphrases in `_injection_r48a_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { halfOf, make } from "./_injection_make.ts";

const R = String.raw;
const NB = R`(?<![\p{L}\p{N}])`;

/** A safeguard named after a preposition "without" (stems; any inflection). */
const GUARD = [
  // en
  R`verif\p{L}*|identity\s{1,3}checks?|ID\s{1,3}checks?|checks?|approv\p{L}*|sign-?offs?|signatures?|encrypt\p{L}*|passwords?|2FA|MFA|two-factor|consent|prescriptions?|authori[sz]ation|power\s{1,3}of\s{1,3}attorney|review`,
  // it / es / pt / fr
  R`verific\p{L}*|controll\p{L}*|firm\p{L}*|delega|cifratura|crittografia|autorizzazion\p{L}*|approvazion\p{L}*|consenso|ricetta|verificaci\p{L}*|cifrado|contraseña|autorizaci\p{L}*|aprobaci\p{L}*|consentimiento|receta|verificaç\p{L}*|assinatura|criptografia|senha|autorizaç\p{L}*|aprovaç\p{L}*|receita|vérification|contrôle|chiffrement|mot\s{1,3}de\s{1,3}passe|approbation|consentement|ordonnance`,
  // de / nl / pl
  R`Prüfung|Überprüfung|Identitätsprüfung|Unterschrift|Verschlüsselung|Passwort|Kennwort|Freigabe|Genehmigung|Einwilligung|Zustimmung|Rezept|Vollmacht|controle|verificatie|identiteitscontrole|handtekening|versleuteling|wachtwoord|toestemming|goedkeuring|machtiging|recept|weryfikacji|podpisu|szyfrowania|hasła|zgody|akceptacji|zatwierdzenia|recepty|pełnomocnictwa|uwierzytelniania|kontroli`,
  // ru / uk / el
  R`шифровани\p{L}*|парол\p{L}*|подпис\p{L}*|проверк\p{L}*|верификаци\p{L}*|согласи\p{L}*|согласовани\p{L}*|доверенност\p{L}*|рецепт\p{L}*|двухфакторн\p{L}*|акт\p{L}{0,2}|підпис\p{L}*|шифруванн\p{L}*|перевірк\p{L}*|згод\p{L}*|довіреност\p{L}*|погодженн\p{L}*|συνταγή|υπογραφή|έλεγχο|κρυπτογράφηση|κωδικό|συναίνεση|έγκριση|επαλήθευση|εξουσιοδότηση`,
  // id / sw
  R`verifikasi|tanda\s{1,3}tangan|enkripsi|kata\s{1,3}sandi|persetujuan|resep|otorisasi|idhini|sahihi|uthibitisho|ridhaa`,
].join("|");

/** Words between "without" and its safeguard ("without the holder's written consent"). */
const FILL = R`(?:[\p{L}\p{M}'’-]{1,20}\s{1,3}){0,2}?`;

/** One safeguard-less or safeguard-removed line (see the module comment). */
const STRIPPED = [
  // preposition "without" + (a few words) + safeguard
  R`${NB}(?:without|sans|senza|sin|sem|ohne|zonder|bez|без|χωρίς|tanpa|bila)\s{1,3}${FILL}(?:${GUARD})(?![\p{L}\p{N}])`,
  // postpositions: hu "… nélkül", tr "… olmadan", ko "… 없이"
  R`${NB}(?:titkosítás|jelszó|ellenőrzés|aláírás|jóváhagyás|hozzájárulás|engedély|maszkolás|recept|azonosítás|meghatalmazás)\p{L}{0,3}\s{1,3}nélkül|${NB}(?:şifreleme|şifre|parola|onay|imza|kontrol|doğrulama|reçete|izin|vekaletname)\p{L}{0,4}\s{1,3}(?:olmadan|olmaksızın|gerekmeksizin)|${NB}(?:onaysız|imzasız|reçetesiz|şifresiz|kontrolsüz)|(?:암호화|비밀번호|승인|서명|본인\s?확인|검증|동의|처방전|결재)\s?(?:없이|불필요|생략)`,
  // vi, ar, he, fa, zh, ja
  R`${NB}không\s{1,3}cần\s{1,3}(?:xác\s{1,3}minh|chữ\s{1,3}ký|mã\s{1,3}hóa|mật\s{1,3}khẩu|phê\s{1,3}duyệt|sự\s{1,3}đồng\s{1,3}ý|đơn\s{1,3}thuốc)|(?:بدون|دون|من\s{1,3}غير)\s{1,3}(?:ال)?(?:تحقق|توقيع|تشفير|كلمة\s{1,3}(?:ال)?مرور|موافقة|وصفة|تفويض|إذن|رمز)|(?:ללא|בלי)\s{1,3}(?:אימות|חתימה|הצפנה|סיסמה|אישור|הסכמה|מרשם|ייפוי\s{1,3}כוח)|(?:无需|无须|不需要|不用|免)[^\n。,，;；]{0,12}?(?:审批|审核|复核|核对|验证|签字|签名|授权|同意|加密|密码|处方)|不再[^\n。,，;；]{0,6}?(?:审批|审核|复核|核对|验证|签字)|(?:承認|確認|署名|暗号化|パスワード|本人確認|処方箋)\p{L}{0,2}(?:なしで|不要|を省略)`,
  // dual control collapsed: both keys, tokens or approvals held or operated by one person
  R`(?:由|归)?同一人(?:保管|持有|操作|办理|负责|审批)|\b(?:held|kept|operated|approved|released|signed)\s{1,3}by\s{1,3}the\s{1,3}same\s{1,3}person\b`,
  // en: a safeguard removed, disabled, lapsed or no longer required; a protection flag defaulting off
  R`\b(?:verification|identity\s{1,3}checks?|ID\s{1,3}checks?|double[-\s]checks?|second\s{1,3}checks?|approvals?|sign-?offs?|signatures?|encryption|2FA|MFA|two-factor\s{1,3}authentication|consent|prescriptions?|reviews?|reviewing\s{1,3}the\s{1,3}\w+|alerts?|warnings?|mTLS|TLS|firewall\s{1,3}rules?|[\w-]{0,20}protection\W{0,2})\s{1,3}(?:\w+\s{1,3}){0,3}?(?:is|are|was|were|has\s{1,3}been|have\s{1,3}been|now)\s{1,3}(?:now\s{1,3})?(?:no\s{1,3}longer\s{1,3}(?:required|needed|performed|necessary)|not\s{1,3}(?:required|needed|necessary)|removed|disabled|dropped|discontinued|waived|switched\s{1,3}off|turned\s{1,3}off|defaults?\s{1,3}to\s{1,3}\W?(?:false|off|0|none))\b`,
  R`\b[\w-]{0,20}protection\W{0,2}\s{1,3}now\s{1,3}defaults?\s{1,3}to\s{1,3}\W?(?:false|off|none)\b`,
  // it / es / pt / fr: no longer required; a safeguard removed or switched off
  R`${NB}non\s{1,3}(?:sono|è)\s{1,3}più\s{1,3}(?:richiest\p{L}|necessari\p{L}|obbligatori\p{L})|${NB}ya\s{1,3}no\s{1,3}(?:se\s{1,3}requiere|es\s{1,3}necesari\p{L}|es\s{1,3}obligatori\p{L})|${NB}(?:não\s{1,3}é\s{1,3}mais|deixa\s{1,3}de\s{1,3}ser)\s{1,3}(?:necessári\p{L}|exigid\p{L}|obrigatóri\p{L})|${NB}n['’](?:est|sont)\s{1,3}plus\s{1,3}(?:requis\p{L}{0,2}|nécessaires?|obligatoires?|exigée?s?)`,
  R`${NB}(?:mTLS|TLS|criptografia|verificaç\p{L}*|autenticaç\p{L}*|NetworkPolicy|[\w-]{0,20}deny[\w-]{0,20})\W{0,2}[^.\n]{0,60}?(?:desativad\p{L}|removid\p{L}|desabilitad\p{L})|${NB}(?:mTLS|TLS|cifratura|crittografia|verifica|controllo)\s{1,3}[^.\n]{0,40}?(?:disattivat\p{L}|rimoss\p{L})`,
  // de / nl: a check lapses, is removed or no longer needed; a report no longer forwarded or sent
  R`${NB}(?:entfällt|entfallen)\s{1,3}(?:die|der|das)\s{1,3}(?:\p{L}{0,20}(?:prüfung|kontrolle|freigabe|unterschrift))|${NB}vervalt\s{1,3}de\s{1,3}(?:\p{L}{0,20}(?:controle|verificatie|toets|goedkeuring))|${NB}(?:worden|wordt)\s{1,3}niet\s{1,3}meer\s{1,3}(?:doorgestuurd|verstuurd|gecontroleerd|gecheckt|geverifieerd)|${NB}(?:werden|wird)\s{1,3}nicht\s{1,3}mehr\s{1,3}(?:geprüft|kontrolliert|weitergeleitet|verschickt)`,
  // tr: a safeguard removed or switched off ("… uygulaması kaldırılmıştır", "uyarı penceresi kapatılmıştır")
  R`${NB}(?:kontrol|çift\s{1,3}kontrol|onay|doğrulama|uyarı|etiket|şifreleme|kilit)\p{L}{0,12}[^.\n]{0,60}?(?:kaldırılmıştır|kaldırıldı|kapatılmıştır|kapatıldı|devre\s{1,3}dışı\s{1,3}bırakıl\p{L}{0,6})`,
  // ru / uk: no longer required or switched off
  R`${NB}(?:проверк\p{L}{0,2}|шифровани\p{L}{0,2}|подпис\p{L}{0,3}|согласовани\p{L}{0,2}|перевірк\p{L}{0,2}|шифруванн\p{L}{0,2}|підпис\p{L}{0,3}|погодженн\p{L}{0,2})\s{1,3}(?:больше\s{1,3}не\s{1,3}(?:требуется|проводится)|отключен\p{L}{0,2}|отменен\p{L}{0,2}|більше\s{1,3}не\s{1,3}(?:потрібн\p{L}{0,2}|проводиться)|вимкнен\p{L}{0,2}|скасован\p{L}{0,2})`,
  // hu / ko: removed, abolished
  R`${NB}(?:GPG|titkosítás|ellenőrzés|jóváhagyás|kétlépcsős\s{1,3}azonosítás)\p{L}{0,6}[^.\n]{0,30}?(?:eltávolítva|kikapcsolva|megszűnt)|(?:External\s{1,3}Secrets|Secrets\s{1,3}Manager|암호화|승인|검토|이중\s?확인)[^\n.]{0,40}?(?:폐기되었|비활성화되었|해제되었|삭제되었)|평문으로\s{0,2}(?:저장|보관|전송)`,
].join("|");

/**
 * The gate: a literal every line match starts with or holds early (a without-word, a removal or
 * lapse word). Each alternative starts with a literal (see `_gate_prefilter.ts`).
 */
const GATE =
  /without|sans|senza|sin\s|sem\s|ohne|zonder|bez\s|без|χωρίς|tanpa|bila\s|nélkül|olmadan|olmaksızın|gerekmeksizin|onaysız|imzasız|reçetesiz|şifresiz|kontrolsüz|없이|불필요|생략|không\s|بدون|دون|غير|ללא|בלי|无需|无须|不需要|不用|不再|同一人|なしで|不要|を省略|longer|not\s{1,3}(?:required|needed|necessary)|removed|disabled|dropped|discontinued|waived|switched|turned|defaults|same\s{1,3}person|più|ya\s{1,3}no|é\s{1,3}mais|deixa\s{1,3}de|est\s{1,3}plus|sont\s{1,3}plus|desativad|removid|desabilitad|disattivat|rimoss|entfällt|entfallen|vervalt|niet\s{1,3}meer|nicht\s{1,3}mehr|kaldırıl|kapatıl|devre|отключ|отмен|больше\s{1,3}не|вимкн|скасов|більше\s{1,3}не|eltávolítva|kikapcsolva|megszűnt|폐기|비활성화|해제|삭제|평문/iu;

/** How many different lines must state a stripped safeguard. */
const MIN_LINES = 2;

/** A negation, prohibition, warning or condition earlier in a clause (all rule languages). */
const WARNED =
  /(?<![\p{L}\p{M}])(?:never|not|no|nor|none|nothing|nobody|only|cannot|can['’]t|don['’]t|doesn['’]t|must|shall|should|if|unless|until|prohibited|forbidden|non|nessun\p{L}?|mai|ne|pas|jamais|aucun\p{L}{0,2}|seulement|nunca|ningún|ninguna|nada|solo|sólo|não|nem|nenhum\p{L}{0,2}|apenas|nicht|kein\p{L}{0,2}|niemals|nur|wenn|falls|niet|geen|nooit|alleen|nie|żaden|żadn\p{L}{1,2}|tylko|jeśli|не|ні|нет|никогда|ніколи|только|лише|если|якщо|запрещ\p{L}{1,6}|заборон\p{L}{1,6}|δεν|μην|ποτέ|μόνο|αν|nem|soha|csak|tilos|ha|değil|asla|yasak\p{L}{0,4}|sadece|eğer|tidak|jangan|bukan|hanya|jika|không|đừng|chỉ|nếu|usi\p{L}{1,12}|msi\p{L}{1,12}|hatu\p{L}{1,12}|isipokuwa|kamwe|ikiwa|لا|لن|ممنوع|يمنع|يحظر|إلا|إذا|אין|אסור|לא|רק|אם|نباید|هرگز|فقط|اگر)(?![\p{L}\p{M}])|不得|严禁|禁止|不要|不可|只有|如果|しない|禁止|場合|しか|금지|절대|않|만약|경우|만/iu;

/** A document about fraud, attacks or warning signs (a training page, an advisory). */
const TEACHING =
  /(?<![\p{L}\p{M}])(?:fraud\p{L}{0,4}|scam\p{L}{0,2}|phishing|attack\p{L}{0,3}|trafficking|forced\s{1,3}labou?r|red\s{1,3}flags?|warning\s{1,3}signs?|injection|arnaque\p{L}?|estafa\p{L}?|truffa\p{L}?|golpe\p{L}?|fraude\p{L}?|Betrug\p{L}{0,3}|oplichting|oszust\p{L}{0,4}|мошенни\p{L}{0,6}|шахрай\p{L}{0,6}|απάτη|csalás\p{L}{0,3}|dolandırıcı\p{L}{0,4}|penipuan|lừa\s{1,3}đảo|احتيال|הונאה|کلاهبرداری|ulaghai|الاتجار|السخرة)(?![\p{L}\p{M}])|诈骗|詐欺|사기|攻击|攻撃/iu;

/** An event a monitor observed on the line ("login without MFA detected"): an alert, not a rule. */
const OBSERVED =
  /(?<![\p{L}\p{M}])(?:detected|erkannt|détectée?s?|detectad\p{L}|rilevat\p{L}|gedetecteerd|wykryt\p{L}|обнаружен\p{L}{0,2}|виявлен\p{L}{0,2}|tespit\s{1,3}edildi|terdeteksi|phát\s{1,3}hiện)(?![\p{L}\p{M}])|检测到|検知|탐지/iu;

/** The line of `v` around `s`. */
function lineAt(v: string, s: number): string {
  const a = v.lastIndexOf("\n", s) + 1;
  const b = v.indexOf("\n", s);
  return v.slice(a, b < 0 ? Math.min(v.length, s + 300) : Math.min(b, s + 300));
}

/** Stated: no negation, prohibition or condition before it in its clause, not an observed event. */
function statedAt(v: string, s: number): boolean {
  return !WARNED.test(v.slice(clauseStart(v, s), s)) && !OBSERVED.test(lineAt(v, s));
}

/** Start of the clause (sentence, line or list item) that holds `s`. */
function clauseStart(v: string, s: number): number {
  const lo = Math.max(0, s - 120);
  const before = v.slice(lo, s);
  let cut = -1;
  for (const c of ["\n", ". ", "; ", "。", "；", "! ", "? ", "؛", "।"]) {
    const i = before.lastIndexOf(c);
    if (i > cut) cut = i;
  }
  return lo + cut + 1;
}

/** Reach of the document read for the other lines. */
const DOC = 8000;

const LINE_RE = new RegExp(STRIPPED, "giu");

/** Lines of `v` (within {@link DOC}) holding a stated stripped safeguard, up to `max`. */
function strippedLines(v: string, max: number): number {
  const text = v.length > DOC ? v.slice(0, DOC) : v;
  const lines = new Set<number>();
  LINE_RE.lastIndex = 0;
  for (let m = LINE_RE.exec(text), n = 0; m !== null && n < 40; m = LINE_RE.exec(text), n++) {
    const s = m.index;
    if (!statedAt(text, s)) continue;
    const line = text.lastIndexOf("\n", s);
    lines.add(line);
    if (lines.size >= max) break;
  }
  return lines.size;
}

/** The match is stated, and the document states at least {@link MIN_LINES} such lines. */
function stacked(view: string, s: number): boolean {
  if (!statedAt(view, s)) return false;
  if (strippedLines(view, MIN_LINES) < MIN_LINES) return false;
  return !TEACHING.test(view.length > DOC ? view.slice(0, DOC) : view);
}

/**
 * Prescription-only medicines (antibiotics, benzodiazepines, opioids, psychotropics, controlled
 * drugs) now handed out without a prescription, stated as the pharmacy's or ward's new practice in
 * one sentence: drug class, "now", "without a prescription" (en, el, es, it, fr, de, pt, tr, ru).
 */
const RX_CLASS =
  R`(?:antibiotic\p{L}{0,3}|benzodiazepin\p{L}{0,3}|opioid\p{L}{0,3}|opiate\p{L}{0,3}|psychotrop\p{L}{0,4}|controlled\s{1,3}(?:drugs|substances|medicines)|αντιβιοτικ\p{L}{0,3}|βενζοδιαζεπίν\p{L}{0,3}|οπιοειδ\p{L}{0,3}|ψυχοφάρμακ\p{L}{0,3}|antibióticos?|benzodiacepinas?|opioides?|psicotrópicos?|antibiotici|benzodiazepine|oppioidi|psicofarmaci|antibiotiques?|benzodiazépines?|opioïdes?|psychotropes?|Antibiotika|Benzodiazepine|Opioide|Psychopharmaka|psicotrópicos?|antibiyotik\p{L}{0,4}|benzodiazepin\p{L}{0,4}|opioid\p{L}{0,4}|антибиотик\p{L}{0,3}|бензодиазепин\p{L}{0,3}|опиоид\p{L}{0,3}|психотроп\p{L}{0,6})`;
const RX_NOW =
  R`(?:now|from\s{1,3}now\s{1,3}on|πλέον|πια|ahora|a\s{1,3}partir\s{1,3}de\s{1,3}ahora|ora|d['’]ora\s{1,3}in\s{1,3}poi|désormais|dorénavant|ab\s{1,3}sofort|jetzt|künftig|agora|a\s{1,3}partir\s{1,3}de\s{1,3}agora|artık|bundan\s{1,3}böyle|теперь|отныне)`;
const RX_WITHOUT =
  R`(?:without\s{1,3}(?:a\s{1,3}|any\s{1,3})?(?:\p{L}{2,15}\s{1,3})?prescription|χωρίς\s{1,3}(?:\p{L}{2,15}\s{1,3})?συνταγή|sin\s{1,3}(?:\p{L}{2,15}\s{1,3})?receta|senza\s{1,3}(?:\p{L}{2,15}\s{1,3})?ricetta|sans\s{1,3}(?:\p{L}{2,15}\s{1,3})?ordonnance|ohne\s{1,3}(?:\p{L}{2,15}\s{1,3})?Rezept|sem\s{1,3}(?:\p{L}{2,15}\s{1,3})?receita|reçetesiz|reçete\s{1,3}olmadan|без\s{1,3}(?:\p{L}{2,15}\s{1,3})?рецепта)`;
const RX_GAP = R`[^.;\n]{0,120}?`;
const RX = R`${NB}${RX_CLASS}${RX_GAP}${NB}${RX_NOW}(?![\p{L}\p{N}])${RX_GAP}${NB}${RX_WITHOUT}`;

/**
 * Two halves of a setup guide that ships a shop's or clinic's people to a partner against their
 * choice (each 0.5: a block needs both, or another family's half): the export declared to include
 * the people who did not opt in or consent ("includes customers who did not opt in"), and a privacy
 * or data-sharing setting to be set to "Allow all" / "Everyone".
 */
const NOT_OPTED =
  R`\b(?:includes?|including|covers?|also\s{1,3}(?:sends?|exports?|shares?))\s{1,3}(?:all\s{1,3})?(?:customers|users|contacts|subscribers|members|patients|clients|shoppers|visitors|people)\s{1,3}who\s{1,3}(?:did\s{1,3}not|didn['’]t|have\s{1,3}not|haven['’]t|never)\s{1,3}(?:opt(?:ed)?[\s-]{1,3}in|consent(?:ed)?|agreed?|subscribed?)\b`;
const ALLOW_ALL =
  R`\bset\s{1,3}["“'«]?(?:[\w-]{1,20}\s{1,3}){0,3}(?:data\s{1,3})?(?:sharing|privacy|tracking|consent)(?:\s{1,3}[\w-]{1,20}){0,2}["”'»]?\s{1,3}to\s{1,3}["“'«]?(?:allow\s{1,3}all|share\s{1,3}all|everyone|public|on\s{1,3}for\s{1,3}all)\b`;
const half = halfOf(240);

/**
 * Workers' identity documents kept by the employer or recruiter until a debt is paid or for the
 * whole contract (ILO forced-labour indicators: retention of identity documents, debt bondage),
 * stated as HR policy (en, ar). A copy kept on file, or the passport returned on request, does not
 * match.
 */
const DOCS_HELD = [
  R`\bpassports?\b[^.;\n]{0,120}?\b(?:held|kept|retained|withheld|collected|surrendered)\b[^.;\n]{0,80}?\b(?:for\s{1,3}the\s{1,3}(?:whole|entire|full)?\s{0,3}(?:duration|length|term)\s{1,3}of\s{1,3}(?:the|their|his|her)\s{1,3}(?:contract|employment)|until\s{1,3}(?:the\s{1,3})?(?:worker|employee|they|he|she)?\s{0,3}(?:has\s{1,3})?(?:repa(?:y|ys|id)|pa(?:y|ys|id)|settle[sd]?|clear(?:s|ed)?)\b)`,
  R`\bpassports?\b[^.;\n]{0,40}?\b(?:are|is|will\s{1,3}be)\s{1,3}(?:only\s{1,3})?returned\s{1,3}(?:only\s{1,3})?(?:after|once|when)\b[^.;\n]{0,60}?\b(?:repa(?:y|ys|id)|pa(?:y|ys|id)|settle[sd]?)\b[^.;\n]{0,40}?\b(?:fees?|debts?|loans?|costs?)\b`,
  R`(?:جواز|جوازات)[^.؛\n]{0,160}?(?:يحتفظ|تحتفظ|يُحتفظ|تُحتجز|تحتجز|يحتجز)[^.؛\n]{0,60}?(?:طوال\s{1,3}مدة\s{1,3}(?:ال)?عقد|حتى\s{1,3}(?:سداد|تسديد|دفع))`,
  R`لا\s{1,3}(?:تُ|ت)?عاد\s{1,3}(?:ال)?جوازات?[^.؛\n]{0,40}?إلا\s{1,3}بعد\s{1,3}(?:سداد|تسديد|دفع)`,
].join("|");

/** The round-48 stacked-relaxation rows (see the module comment). */
const ROWS: readonly InjectionRule[] = [
  make(
    "safeguards_stripped",
    1,
    "",
    STRIPPED,
    "A procedure or policy states several safeguards dropped at once (no check, signature, encryption or approval)",
    { gate: GATE, reach: 200, accept: (view, s) => stacked(view, s) },
  ),
  make(
    "rx_without_prescription",
    1,
    "",
    RX,
    "A pharmacy or ward procedure states prescription-only medicines now given without a prescription",
    {
      gate:
        /antibiot|benzodiaz|opioid|opiate|psychotrop|controlled|αντιβιοτικ|βενζοδιαζεπίν|οπιοειδ|ψυχοφάρμακ|antibió|benzodiac|opioid|psicotr|antibiyotik|антибиот|бензодиаз|опиоид|психотроп/iu,
      reach: 260,
      // stated, and not negated or restricted inside the sentence ("only with …, never without")
      accept: (view, s, e) =>
        statedAt(view, s) && !WARNED.test(view.slice(s, e)) && !TEACHING.test(view.slice(0, DOC)),
    },
  ),
  make(
    "worker_documents_held",
    1,
    "",
    DOCS_HELD,
    "An HR policy states workers' passports kept by the employer or recruiter until a debt is paid",
    {
      gate: /passport|جواز/iu,
      reach: 260,
      accept: (view, s, e) =>
        statedAt(view, s) &&
        !/\bcop(?:y|ies)\b|نسخ|on\s{1,3}request|بناء\s{1,3}على\s{1,3}طلب/iu.test(
          view.slice(clauseStart(view, s), e),
        ) &&
        !TEACHING.test(view.slice(0, DOC)),
    },
  ),
  half(
    "opt_out_ignored",
    "",
    NOT_OPTED,
    "Text has people who did not opt in included in an export",
    { gate: /who\s{1,3}(?:did|didn|have|haven|never)/iu, accept: (view, s) => statedAt(view, s) },
  ),
  half(
    "data_sharing_opened",
    "",
    ALLOW_ALL,
    "Text has a privacy or data-sharing setting set to allow everything",
    {
      gate: /(?:allow\s{1,3}all|share\s{1,3}all|everyone|public|for\s{1,3}all)/iu,
      accept: (view, s) => statedAt(view, s),
    },
  ),
];

/** The rows, for tool results and arguments only (a tool definition has its own checks). */
export const R48A_RULES: readonly InjectionRule[] = ROWS.map((r) => ({
  ...r,
  at: { ...r.at, definition: 0 },
}));
