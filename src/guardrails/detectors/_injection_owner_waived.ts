/**
 * The reader of a tool result named as an AI helper, and the person whose consent the act needs
 * waived: the two halves of an order planted in a field an outsider writes (a bounce's diagnostic
 * line, a module's release notes, a build error, a logged User-Agent, a genealogy note, a chat line
 * in transliterated Greek or Arabic, an accessible name, a code comment, an ERP note, a parcel
 * note). Older rows read both halves in a few languages and with listed objects; these rows read
 * them by STRUCTURE so the language or the person named does not matter (paraphrases in
 * `_injection_owner_waived_test.ts`). Every rule is a half-threshold signal filed under a kind the
 * older rows use (`consent_skipped`, `addresses_ai`, `covert_directive`), so one phrase counts
 * once and a block needs a second, different signal:
 *
 * - `consent_skipped`: a necessity negated next to a verb of asking, telling, bothering or calling
 *   ("no need to consult the owner", "no hace falta avisarle", "бухгалтера не беспокойте",
 *   "tėvų klausti nereikia", "tidak perlu lapor", "上司には聞かないで", "אין צורך לשאול", Arabizi
 *   "ma fi da3i t2ol", Greeklish "min ton rwthseis"), or an approval or call-back declared not
 *   required or skipped ("director's sign-off is not needed", "izne gerek yok", "bez souhlasu",
 *   "ohne Rückruf").
 * - `addresses_ai`: the AI token (AI, ИИ, ШІ, KI, IA, اے آئی, एआई) in a phrase "for/to the AI
 *   (helper) …" closed by a colon or a relative clause (Greeklish "gia to AI pou …", id "untuk
 *   asisten AI yang …", "ИИ-помощнику:", "Tilausavustajalle (AI):"), a helper in an
 *   Eastern-European dative or for-phrase ("asistentui:", "pro asistenta –"), a label for machine
 *   readers ("agentic runs:", "automated advisers:"), helper acts declared pre-authorised, or a
 *   Turkish helper told what to do in the third-person imperative ("… işleyen bot … göndersin").
 * - `covert_directive`: an order split into variables and joined to be run ("execute X + Y + Z").
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not a warning before the match ("scammers will say …", "never …", "if someone tells you …"). */
const notWarned: Accept = (v, s) =>
  !/\b(?:if\s{1,3}(?:someone|anyone|they|you\s{1,3}are\s{1,3}told)|scam\w{0,4}|fraud\w{0,4}|phish\w{0,4}|never|must\s{1,3}not|nunca|jamais|niemals|nigdy|estafa\w{0,3}|golpe\w{0,2})\b|мошенни|шахрай|шахра|詐欺|사기/iu
    .test(v.slice(Math.max(0, s - 100), s));

/**
 * As `notWarned`, and an English "to/for … AI" names the reader with a definite or possessive
 * determiner ("to the AI that pays …", "for our AI helper:"), not an AI in general ("to role-play
 * an AI that …", "tools for AI that …").
 */
const namesReader: Accept = (v, s, e) => {
  if (!notWarned(v, s, e)) return false;
  const m = v.slice(s, e);
  if (/\b(?:an?|any|every|some|no|other)\s{1,3}(?:AI|A\.I\.)\b/iu.test(m)) return false;
  return !/^(?:to|for)\s/iu.test(m) ||
    /^(?:to|for)\s{1,3}(?:the|your|our|this|my)\s/iu.test(m);
};

/** A letter boundary for scripts `\b` does not know. */
const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;

/** Verbs of asking, telling, bothering, confirming or calling, as stems (Latin scripts). */
const ASK_EN =
  R`(?:ask|check\s{1,3}with|confirm\s{1,3}with|consult|notify|inform|tell|bother|disturb|ping|loop\s{1,3}in|wait\s{1,3}for|get\s{1,3}(?:approval|sign-?off|permission)\s{1,3}from|involve|wake)`;
const ASK_ROM =
  R`(?:volver\s{1,3}a\s{1,3})?(?:consult|pregunt|avis|confirm|inform|molest|notific|perguntar|incomod|chieder|avvis|disturb|demander|prévenir|déranger|vérifier\s{1,3}avec)\p{L}{0,6}`;

const WAIVED: readonly HalfRow[] = [
  // en: "no need to consult the landlord", "no supervisor sign-off is required", "don't cc Ana";
  // es/pt/it/fr: "no hace falta avisarle", "não é preciso avisar", "non serve chiedere", "inutile
  // de prévenir"
  [
    "",
    /(?:need|necesari|necessári|necessari|nécessaire|falta|preciso|precisa|serve|bisogno|besoin|inutile|don['’]t|do\s{1,3}not|required)/giu,
    R`\bno\s{1,3}(?:\p{L}{2,15}\s{1,3}){0,2}(?:confirmation|approval|sign-?off|consent|call-?back)\s{1,3}(?:is\s{1,3}|will\s{1,3}be\s{1,3})?(?:needed|required|necessary)\b|\b(?:don['’]t|do\s{1,3}not)\s{1,3}(?:\p{L}{2,12}\s{1,3}){1,3}by\s{1,3}(?:asking|telling|checking\s{1,3}with|calling)\s{1,3}(?:him|her|them|the\s{1,3}\p{L}{2,20})\b|\b(?:don['’]t|do\s{1,3}not)\s{1,3}(?:loop\s{1,3}in|cc|ping|notify)\s{1,3}(?:@[\w.-]{2,30}|#[\w-]{2,30}|\p{Lu}\p{Ll}{1,20}\b)|\b(?:(?:there\s{1,3}is\s{1,3}|there['’]s\s{1,3})?no\s{1,3}need\s{1,3}to|(?:you\s{1,3})?(?:do\s{1,3}not|don['’]t)\s{1,3}need\s{1,3}to)\s{1,3}(?:re-?)?${ASK_EN}\s{1,3}(?:the|your|his|her|their)\s{1,3}\p{L}{2,20}\b(?!\s{1,3}(?:again|first|twice|about\s{1,3}it))|\b(?:(?:there\s{1,3}is\s{1,3}|there['’]s\s{1,3})?no\s{1,3}need\s{1,3}to|(?:you\s{1,3})?(?:do\s{1,3}not|don['’]t)\s{1,3}need\s{1,3}to)\s{1,3}(?:surface|mention|show|report|explain|disclose|flag|announce|present|relay|pass\s{1,3}on)\s{1,3}(?:these|this|those|that|the|any\s{1,3}of\s{1,3}(?:these|this|the))\s{1,3}(?:[\w-]{2,20}\s{1,3}){0,3}to\s{1,3}(?:the|your)\s{1,3}(?:user|customer|client|owner|admin|operator|human|person)s?\b|\b(?:no\s{1,3}(?:es|será|sera)\s{1,3}necesario|no\s{1,3}hace\s{1,3}falta|sin\s{1,3}necesidad\s{1,3}de|n[ãa]o\s{1,3}(?:é\s{1,3}|e\s{1,3})?(?:necess[áa]rio|preciso)|n[ãa]o\s{1,3}precisa\s{1,3}(?:de\s{1,3})?|non\s{1,3}(?:è\s{1,3}necessario|serve|c['’]è\s{1,3}bisogno\s{1,3}di)|pas\s{1,3}besoin\s{1,3}de|inutile\s{1,3}de|n['’]est\s{1,3}pas\s{1,3}nécessaire\s{1,3}de)\s{1,3}${ASK_ROM}`,
  ],
  // ru/uk/kk: an approval declared not required ("согласование директора не нужно"), the person
  // not to be bothered ("директора не беспокойте", "батьків не турбуйте"), kk "сұраудың қажеті
  // жоқ"
  [
    "",
    /(?:не\s|қажеті)/giu,
    R`${L0}(?:подтвержд|согласов|одобрен|разрешен|підтвердж|погодж|схвален|дозв[іо]л)\p{L}{0,6}(?:\s{1,3}\p{L}{1,20}){0,3}\s{1,3}не\s{1,3}(?:требуется|нужно|нужен|нужна|потрібн\p{L}{0,2}|вимагається)${L1}|${L0}не\s{1,3}(?:турбуйте|турбуй|беспокойте|беспокой|тривожте|уведомляйте|повідомляйте|спрашивайте|питайте|звоните|дзвоніть)${L1}|${L0}не\s{1,3}(?:нужно|надо|потрібно|треба)\s{1,3}(?:спрашивать|беспокоить|уведомлять|сообщать|питати|турбувати|повідомляти)${L1}|${L0}(?:и\s{1,3}|та\s{1,3}|і\s{1,3})?не\s{1,3}(?:турбувати|беспокоить|тревожить|тривожити)\s{1,3}\p{Lu}|${L0}(?:хабарла|сұра|ескерт|келіс)\p{L}{0,6}\s{1,3}қажеті\s{1,3}жоқ${L1}`,
  ],
  // tr "izin almaya gerek yok", "ayrıca sorma"; lt "nereikia pranešti"; sk/cs/pl/hr "bez
  // souhlasu", "bez potvrzení", "ne pitajte šefa", "nevolejte"; de "Freigabe … nicht nötig",
  // "ohne Rückruf"; fi "lupaa ei tarvita"; la "rogare non necesse"
  [
    "",
    /(?:gerek|nereikia|bez\s|ne\s|nep|nie\s|nicht|ohne|sorma|tarvi|necesse)/giu,
    R`(?=[oisdatkhlvrmcpnbfzeü])(?:${L0}(?:onay\p{L}{0,3}|izn[ei]|izin\s{1,3}almaya|sorma\p{L}{0,3}|danışma\p{L}{0,3})\s{1,3}gerek\s{1,3}yok${L1}|${L0}(?:ayrıca|tekrar|kimseye|sahibine)\s{1,3}sorma(?:yın|yınız)?${L1}|${L0}(?:kuittau|hyväksyn|vahvistu|lupa|lupaa|kysy)\p{L}{0,6}(?:\s{1,3}\p{L}{1,30}){0,4}?\s{1,3}ei\s{1,3}(?:tarvita|tarvitse)${L1}|${L0}ei\s{1,3}tarvitse\s{1,3}(?:kysyä|ilmoittaa|kertoa|häiritä)${L1}|\b(?:interrogare|rogare|monere|consulere|certiorem\s{1,3}facere)\s{1,3}non\s{1,3}(?:est\s{1,3})?necesse\b|${L0}(?:klausti|pranešti|informuoti|derinti|tikrinti)\s{1,3}nereikia${L1}|${L0}nereikia\s{1,3}(?:klausti|pranešti|informuoti|derinti)${L1}|${L0}bez\s{1,3}(?:\p{L}{3,20}\s{1,3})?(?:schválen|souhlas|overen|ověřen|zgody|zatwierdz|odobren|potvrzen|potvrden|suglasnost|konzultac)\p{L}{0,4}${L1}|${L0}ne\s{1,3}(?:zovite|zovi|zvati|pitajte|pitaj|javljajte|obavještavajte|obavijestite)${L1}|${L0}(?:neptejte\s{1,3}se|nevolejte|neinformujte|nevolajte|nepýtajte\s{1,3}sa|nie\s{1,3}(?:pytaj|dzwoń|informuj|niepokój)\p{L}{0,3})${L1}|\b(?:R[üu]e?ckfrage|R[üu]e?ckruf|Freigabe|Zustimmung)\b(?:\s{1,3}[^\s.]{1,20}){0,7}?\s{1,3}(?:(?:ist|sind|wird)\s{1,3})?nicht\s{1,3}(?:n[öo]e?tig|erforderlich|vorgesehen|notwendig)\b|\bohne\s{1,3}(?:R[üu]e?ckfrage|R[üu]e?ckruf|Freigabe\s{1,3}de[sr]|Zustimmung\s{1,3}de[sr])\b)`,
  ],
  // transliterated el "min ton rwthseis", "den xreiazetai na ton enimerwseis"; ar (Arabizi) "ma
  // fi da3i t2ol", Arabic "لا داعي لإبلاغ"; jv/id "ora usah takon", "tidak perlu memberi tahu";
  // qu "ama tapuychu", xh "musa ukuxelela", ceb/tl "huwag tanungin", th, my, ml
  [
    "",
    /(?:min\s|xreiazetai|da3i|داعي|sisah|perlu|usah|ama\s|musa\s|ayaw|huwag|ไม่ต้อง|မလို|േണ്ട)/giu,
    R`\bmin\s{1,3}(?:(?:ton|tin|tous|to)\s{1,3})?(?:enoxl|rwt|rot|enimer|eidopoi|peis|pite)\p{L}{0,6}\b|\bden\s{1,3}xreiazetai\s{1,3}na\s{1,3}(?:ton\s{1,3}|tin\s{1,3})?(?:rwt|rot|enoxl|enimer)\p{L}{0,6}\b|\b(?:ma|mafi|mish|msh)\s{1,3}(?:fi\s{1,3})?da3i\s{1,3}(?:t|n|y)?(?:es2al|as2al|s2al|2ol|2oul|5abbir|3arrif|tkhabbir)\p{L}{0,4}|${L0}(?:لا|ما\s{1,3}في)\s{1,3}داعي\s{1,3}(?:ل|أن\s{1,3}|ان\s{1,3})?\p{L}{0,6}(?:سؤال|تسأل|تسال|تخبر|إبلاغ|ابلاغ|إخبار|اخبار)|\bama\s{1,3}(?:\p{L}{1,15}\s{1,3}){0,2}(?:tapu|willa)\p{L}{0,6}chu\b|\bmusa\s{1,3}uku\p{L}{0,3}(?:buza|xelela|azisa|tshela)\b|\b(?:ayaw|huwag)\s{1,3}(?:na\s{1,3}|mo\s{1,3})?(?:siya\s{1,3}|sila\s{1,3}|siyang\s{1,3}|silang\s{1,3})?(?:pangutan|pahibalo|sultihi|istorbo|tanungin|abalahin|sabihan|istorbohin)\p{L}{0,4}|ไม่ต้อง(?:รบกวน|ถาม|แจ้ง|บอก|ขออนุญาต)|(?:မေး|အကြောင်းကြား|ပြော)ရန်\s{0,2}မလို|(?:ചോദിക്ക|അറിയിക്ക|പറയ)േണ്ട|\b(?:mboten|ora|tidak|tak|nggak|gak|ga)\s{1,3}(?:sisah|perlu|usah)\s{1,3}(?:matur|ngabari|ngandhani|tanya|takon|bertanya|memberi\s{1,3}tahu|kasih\s{1,3}tahu|konfirmasi|lapor|izin|mengabari|menghubungi)\b`,
  ],
  // ja "オーナーに確認しないで", "承認は不要"; yi/he "מען דארף ניט זאָגן", "אין צורך לעדכן"; ta
  // "… சொல்ல வேண்டாம்"; ko "승인은 필요 없습니다"
  [
    "",
    /(?:ないで|不要|נישט|צורך|வேண்டாம்|தேவையில்லை|필요)/giu,
    R`(?:聞か|訊か|確認し|知らせ|連絡し|相談し|伝え|報告し)ないで|(?:確認|承認|許可|連絡)(?:は|も)?不要|(?:דאַרף|דארף|דאַרפֿט|דארפט)\s{1,3}(?:מען\s{1,3})?(?:נישט|ניט)\s{1,3}(?:\p{L}{1,12}\s{1,3})?(?:פֿרעגן|פרעגן|זאָגן|זאגן|מעלדן|שטערן)|אין\s{1,3}צורך\s{1,3}(?:לשאול|לעדכן|להודיע|לבקש|לאשר)|(?:குறிப்பிட|சொல்ல|கேட்க|தெரிவிக்க)\p{M}{0,2}\s{0,2}வேண்டாம்|(?:ஒப்புதல்|Review|review|அனுமதி)\s{1,3}தேவையில்லை|(?:확인|승인|연락|문의)(?:은|는|이|도)?\s{0,2}필요\s{0,2}없`,
  ],
];

/** The AI token, in the scripts the rows read. */
const AI_TOKEN = R`(?<![\p{L}\d])(?:AI|A\.I\.|ИИ|ШІ|KI|IA|ΤΝ|اے\s{0,2}آئی|एआई|ஏஐ)(?![\p{L}\d])`;

/** A word of any script, with its combining marks. */
const W = R`[\p{L}\p{M}'’-]{1,20}`;

const NAMED: readonly HalfRow[] = [
  // "for/to the AI (helper) …:" or "… that/which …": Greeklish "gia to AI pou …", id "Untuk
  // asisten AI yang …", hr "Za AI pomoćnika:", en "To the AI that pays our bills,", "AI
  // assistant, …" in another script
  [
    "",
    /(?:AI|A\.I\.|ИИ|ШІ|KI|IA)/gu,
    R`(?=[pgkubzdtfvasצפдаиш])(?:\b(?:pros|gia|kangge|kanggo|kagem|untuk|buat|za|pre|pro|dla|to|for|para|pour|per|für|voor|an|sa|kay|kwi|ku)|${L0}(?:צום|צו|פֿאַר|для|до|ал))(?:\s{1,3}|-)(?:(?:to|ton|tin|ti|the|el|la|le|il|den|die|de|het|dem|der)\s{1,3})?(?:${W}\s{1,3}){0,2}?${AI_TOKEN}(?:[-־\s]{1,2}${W}(?:\s{1,3}${W}){0,3})?\s{0,2}(?:\([^)\n]{1,40}\)\s{0,2})?(?:[:：]\s{0,3}\p{L}|${L0}(?:pou|ingkang|ingkung|yang|that|which|who|que|qui|che|der|die|das|dat|koji|koja|který|ktorý|który|который|котрий|який|яка|וואָס|וואס)${L1})|${AI_TOKEN}-[\p{L}\p{M}]{2,20}\)?\s{0,2},\s{0,2}(?:який|яка|котрий|котор\p{L}{1,3}|who|that|which|qui|que)${L1}|(?<=${L0}\p{L}{3,20}\s{1,3})${AI_TOKEN}\s{0,2}\([^)\n]{1,60}\)\s{0,2}[:：]\s{0,3}\p{L}`,
  ],
  // the AI helper before a postposition or dative and a colon: ru "ИИ-помощнику:", ur "اے آئی
  // معاون کے لیے نوٹ:", hi "एआई सहायक के लिए:", a helper word then "(AI):"
  [
    "",
    /(?:ИИ|ШІ|AI|آئی|एआई|KI|IA|ผู้ช่วย)/gu,
    R`(?=[aишkiτاएஏ(ขใ])(?:${AI_TOKEN}[-\s]{1,2}(?=[^\x00-\x7F])[\p{L}\p{M}]{2,30}\s{0,2}[:：,၊،]\s{0,3}\p{L}|(?<=(?<![\p{L}\p{M}-])[\p{L}\p{M}-]{3,30}\s{0,2})\(\s{0,2}${AI_TOKEN}\s{0,2}\)\s{0,2}(?:[:：]|\s(?:qui|que|who|that|which|der|die|который|які|який)\b[^:\n]{0,60}[:：])|(?:ขอให้|ให้)ผู้ช่วย|${AI_TOKEN}\s{1,3}(?:${W}\s{1,3}){0,1}(?:کے\s{1,3}لیے|کیلئے|के\s{1,3}लिए|को)\s{1,3}(?:${W}\s{1,3}){0,1}[\p{L}\p{M}]{0,20}\s{0,2}[:：]|${AI_TOKEN}\s{1,3}[\p{L}\p{M}]{2,30}(?:க்கான|களுக்கு|க்கு)${L1})`,
  ],
  // lt/lv/sk/cs: a helper in the dative or a for-phrase as a label: "Sąskaitų asistentui:",
  // "Pre mzdového asistenta –", "Pro účetního asistenta:"
  [
    "",
    /(?:asistent|asystent|assistent)/giu,
    R`${L0}(?:asistent|asystent|assistent)(?:ui|ei|am|ovi|owi)\s{0,2}[:：][\s\d]{0,10}\p{L}|\b(?:pre|pro|za|dla)\s{1,3}(?:${W}\s{1,3}){0,2}(?:asistent|asystent)(?:a|ovi|ów)?\s{0,2}(?:[:：]|\s[–—-]\s)\s{0,3}\p{L}`,
  ],
  // "Unattended installs:", "AI-driven deployments:", "agentic runs:" — a label for the machine
  // readers of a message
  [
    "",
    /(?:automated|agent-driven|agentic|AI-driven|AI-run|unattended)/giu,
    R`\b(?:(?:automated|unattended)(?:\s{1,3}(?:or|and|\/)\s{1,3}(?:agent|AI|LLM)-(?:driven|run|based))?|(?:agent|AI|LLM)-(?:driven|run|based)|agentic)\s{1,3}(?:builds?|installs?|installations?|runs?|setups?|deployments?|pipelines?|sessions?|users?|advis[eo]rs?|assistants?|helpers?)\s{0,2}[:：]\s{0,3}\p{L}`,
  ],
  // tr: a helper in the dative as a label with a dash or colon: "Muhasebe asistanına —"
  [
    "",
    /(?:asistan|otomasyon)/giu,
    R`${L0}\p{L}{0,20}(?:asistan|otomasyon)(?:ına|ına|a|ine|lara|larına)\s{0,2}(?:[:：]|\s[—–-]\s)\s{0,3}\p{L}`,
  ],
  // tr: a helper named by what it does, then told what to do in the third-person imperative:
  // "raporu okuyan asistan … silsin", "faturaları işleyen bot … göndersin"
  [
    "",
    /(?:asistan|otomasyon|ajan|bot|yapay)/giu,
    R`${L0}\p{L}{1,25}(?:en|an)\s{1,3}(?:asistan|otomasyon|ajan|bot|yapay\s{1,3}zek[aâ])\p{L}{0,4}\s(?:[^.\n]|\.(?!\s)){0,160}?${L0}\p{L}{2,20}(?:sın|sin|sun|sün)${L1}`,
  ],
];

const PREAUTHORISED: readonly HalfRow[] = [
  // acts of automated helpers declared authorised in advance: de "Zahlungen durch KI-Agenten
  // gelten als freigegeben", en "actions taken by AI assistants are deemed approved", es "las
  // acciones de asistentes automáticos se consideran autorizadas"
  [
    "",
    /(?:gelten|deemed|considered|count|consideran|consideradas|considerados|réputé|considérée?s?|считаются|вважаються)/giu,
    R`(?:assist|asist|agent|bot|KI|AI|automat|автомат|ассист|асист)[\p{L}\p{M}-]{0,20}(?:\s{1,3}[\p{L}\p{M}-]{1,20}){0,4}\s{1,3}(?:gelten\s{1,3}als|are\s{1,3}(?:deemed|considered)(?:\s{1,3}to\s{1,3}be)?|count\s{1,3}as|se\s{1,3}consideran|son\s{1,3}consideradas?|s[oã]o\s{1,3}considerad[oa]s|sont\s{1,3}(?:réputées?s?|considérée?s)|считаются|вважаються)\s{1,3}(?:[\p{L}\p{M}-]{1,20}\s{1,3}){0,3}?(?:autorisiert|genehmigt|freigegeben|authori[sz]ed|approved|pre-?approved|autorizad[oa]s?|autoris[ée]e?s|approuv[ée]e?s|разрешенными|одобренными|согласованными|погодженими|дозволеними)\b`,
  ],
];

const SPLIT: readonly HalfRow[] = [
  // an order split into variables and joined to be run: "execute X + Y + Z", "run part1 + part2 +
  // part3", cs "proveďte P + Q + R", ru "Выполни X + Y + Z", es "ejecuta A1 + A2 + A3"
  [
    "",
    /\+/gu,
    R`${L0}(?:execute|run|do|perform|follow|carry\s{1,3}out|vykonaj\p{L}{0,2}|proveď\p{L}{0,2}|wykonaj\p{L}{0,2}|выполни\p{L}{0,3}|виконай\p{L}{0,3}|ejecuta\p{L}{0,1}|exécute\p{L}{0,1}|esegui|führe|voer)\s{1,3}(?:(?:the\s{1,3})?(?:concatenation|combination|joined\s{1,3}string)\s{1,3}of\s{1,3})?(?:[\p{Lu}\d_]{1,6}|part\d|step\d)\s{0,2}\+\s{0,2}(?:[\p{Lu}\d_]{1,6}|part\d|step\d)(?:\s{0,2}\+\s{0,2}(?:[\p{Lu}\d_]{1,6}|part\d|step\d))+`,
  ],
];

/** This technique's rules, appended to the detector's list. */
export const OWNER_WAIVED_RULES: readonly InjectionRule[] = [
  ...rows("consent_skipped", "Text waives asking the person the act concerns", WAIVED, notWarned),
  ...rows("addresses_ai", "Text names the AI reader and tells it what to do", NAMED, namesReader),
  ...rows(
    "addresses_ai",
    "Text declares an AI helper's acts authorised in advance",
    PREAUTHORISED,
    notWarned,
  ),
  ...rows("covert_directive", "Text splits an order into parts joined to be run", SPLIT, notWarned),
];
