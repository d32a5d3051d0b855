/**
 * Business-process fraud stated as FACTS in a tool result (a vendor record, HR case, wiki page,
 * policy, runbook, release note), addressed to no one: the public typologies of business e-mail
 * compromise and authorised-push-payment fraud (FBI IC3 BEC advisories, Europol EC3 CEO/invoice
 * fraud, UK Finance APP typologies), insider and help-desk social engineering (MITRE ATT&CK
 * T1098 account manipulation, T1114.003 e-mail forwarding rule, T1556/T1621 MFA reset; CISA
 * help-desk advisories) and supply-chain notices (a new package registry or update server, the
 * integrity check off). Each row is a half signal; a record blocks when it states two different
 * parts of the scheme (the new destination AND the old one voided, the control waived AND the act
 * released by one person, the credential needed by an outsider AND handed over).
 *
 * - `payee_swap`: money (payments, remittance, salary, direct deposit, closing funds) going to a
 *   LITERAL account (an IBAN, an account/sort/routing number) in a sentence that marks a change
 *   ("as of", "from the next run", "updated", "ab", "à partir de", "a partir de", "从…起", "より").
 * - `account_closed`: the old / previous account or bank details declared closed, retired or void
 *   (the forms the older rows do not read: en "the X account used until April has been closed",
 *   "previous bank details retired", es/fr/pt/it/ru/tr/vi/zh/ja/ko, ar verb-first).
 * - `dual_control_waived`: the four-eyes check, dual approval, second signature or call-back
 *   declared no longer applying (en, es, fr, de, pt, it, nl, pl, tr, ru, id, vi, ja, zh, ko, ar, hi).
 * - `single_release`: the payment released or approved by a single operator / one signature.
 * - `cred_to_outsider`: an administrator or enrolment credential needed by, or shared / e-mailed
 *   with, a partner, vendor, contractor or provider.
 * - `source_switched`: packages, updates or images now fetched from a new URL that is not a
 *   public registry's own host.
 * - `integrity_off`: hash, signature, checksum or certificate verification switched off (the
 *   languages the older `control_off` rows do not read).
 * - `bulk_payroll_out` (full weight): every employee's W-2s, payslips or tax forms sent to a
 *   free-mail address in one sentence (the IC3 W-2 phishing typology).
 * - under the older kinds, so one phrase never counts twice: `kb_unguarded` (an MFA or password
 *   reset on a phone or chat request alone; the access review or approval "not required"),
 *   `secret_by_phone` (the enrolment / reset code sent where the caller says),
 *   `kb_access_granted` (an external or contractor account given an administrator role),
 *   `kb_sent_outside` (a mailbox forwarded to an address of another organisation) and
 *   `kb_secret_payload` ("all incoming mail"), in the languages those rows do not read; record
 *   forms (JSON) of a payout account switched and the previous one closed.
 *
 * An honest notice of the same change carries what these rows refuse: verification through a known
 * channel ("call us on the number you already have", "we never change bank details by e-mail"), a
 * warning or negation in the sentence, a tightening ("now also applies"), or a past incident.
 * Paraphrases in `_injection_kb_facts_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf, make } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));
const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;

/** A warning, negation or hypothetical in the sentence before the match (all row languages). */
const WARNED =
  /(?<![\p{L}\p{M}_])(?:never|not|no|none|nobody|don['’]t|hiçbir|ningun\p{L}{0,2}|ningún|nenhum\p{L}{0,2}|aucun\p{L}{0,2}|żad\p{L}{1,3}|ни|nessun\p{L}{0,2}|geen|kein\p{L}{0,2}|doesn['’]t|must\s{1,3}not|if|unless|fraud\p{L}{0,4}|scam\p{L}{0,4}|phish\p{L}{0,4}|fake|attackers?|criminals?|suspicious|beware|warning|example|nunca|jamás|jamais|ne|n['’]|niemals|nie|nicht|kein\p{L}{0,2}|nooit|niet|geen|mai|non|não|nem|si|wenn|falls|indien|jeśli|jeżeli|eğer|asla|değil|никогда|не|если|tidak|jangan|bukan|jika|không|đừng|nếu|estafa|fraude|arnaque|Betrug\p{L}{0,2}|truffa|golpe|oplichting|oszust\p{L}{0,4}|dolandırıcı\p{L}{0,4}|мошенни\p{L}{0,6}|penipuan|lừa\s{1,3}đảo)(?![\p{L}\p{M}_])|決して|しない|ない場合|詐欺|もし|绝不|不得|不要|诈骗|如果|절대|사기|만약|않|لا\s|لن\s|احتيال|إذا|कभी\s{1,3}नहीं|धोखाधड़ी|अगर|यदि|नहीं/iu;

/** Start of the sentence (or line) that holds `s`. */
function sentenceStart(v: string, s: number): number {
  const before = v.slice(Math.max(0, s - 160), s);
  const cut = Math.max(
    ...["\n", ". ", "。", "! ", "? ", "; ", "؛", "।", "：", "! "].map((c) => before.lastIndexOf(c)),
  );
  return Math.max(0, s - 160) + cut + 1;
}

/** End of the sentence (or line) that holds `e`. */
function sentenceEnd(v: string, e: number): number {
  const after = v.slice(e, e + 200);
  const m = /\n|[.!?;](?:\s|$)|。|।|؛/u.exec(after);
  return e + (m ? m.index : after.length);
}

/** Not warned against, negated or hypothetical earlier in the sentence. */
const stated: Accept = (v, s) => !WARNED.test(v.slice(sentenceStart(v, s), s));

/**
 * An honest bank-change notice: verification through a channel the reader already has, or a
 * standing "we never change bank details by e-mail" (anywhere in the document).
 */
const VERIFY_KNOWN = new RegExp(
  [
    R`\b(?:call|phone|ring|contact)\b[^.\n]{0,60}?\b(?:number|contact)\s{1,3}(?:you\s{1,3}(?:already\s{1,3})?have|on\s{1,3}(?:file|record)|we\s{1,3}gave\s{1,3}you|from\s{1,3}(?:our|the)\s{1,3}(?:contract|website|master\s{1,3}data))\b`,
    R`\b(?:verif(?:y|ied|ication)|confirm(?:ed|ation)?)\b[^.\n]{0,60}?\b(?:by|via|through|with)\s{1,3}(?:a\s{1,3})?(?:call(?:-?back)?|phone|telephone)\b[^.\n]{0,40}?\b(?:known|independent|on\s{1,3}file|already\s{1,3}have|existing)\b`,
    R`\b(?:we|our\s{1,3}company)\s{1,3}(?:will\s{1,3})?never\s{1,3}(?:change|send|ask|request|update)\b[^.\n]{0,40}?\b(?:bank|account|payment)\s{1,3}(?:details|information|instructions)`,
    R`\b(?:verified|confirmed|validated|checked)\s{1,3}(?:by|via|through|over|with\s{1,3}a)\s{1,3}(?:(?:tele)?phone|call(?:-?back)?|video\s{1,3}call)\b`,
    R`\bdo\s{1,3}not\s{1,3}act\s{1,3}on\b[^.\n]{0,40}?\b(?:e-?mail(?:ed)?|message)`,
    // "Bitte bestätigen Sie die Änderung telefonisch", "confirmez par téléphone": outside English
    // a confirmation by phone is the verification the reader is asked for.
    R`(?<!\p{L})(?:bestätig|verifizier|überprüf|confirm|vérifi|verific|comprob|potwierd|doğrula)\p{L}{0,8}(?!\p{L})[^.\n]{0,60}?(?<!\p{L})(?:telefonisch|fernmündlich|par\s{1,3}téléphone|por\s{1,3}tel[eé]fono|por\s{1,3}telefone|telefonicamente|per\s{1,3}telefono|telefonicznie|telefonla)(?!\p{L})|(?<!\p{L})(?:telefonisch|par\s{1,3}téléphone|por\s{1,3}tel[eé]fono|por\s{1,3}telefone|telefonicamente|per\s{1,3}telefono|telefonicznie|telefonla)(?!\p{L})[^.\n]{0,30}?(?<!\p{L})(?:bestätig|verifizier|confirm|vérifi|verific|comprob|potwierd|doğrula)`,
    R`(?<!\p{L})(?:Rückruf|rappel|contre-appel|devolución\s{1,3}de\s{1,3}llamada|llamada\s{1,3}de\s{1,3}verificación|ligação\s{1,3}de\s{1,3}confirmação|richiamata)(?!\p{L})[^.\n]{0,60}?(?<!\p{L})(?:bekannte|hinterlegte|connu|habitual|conocido|conhecido|noto|registrat)\p{L}{0,3}`,
  ].join("|"),
  "iu",
);

/** Stated, and the document is not an honest notice verified through a known channel. */
const statedPayment: Accept = (v, s, e) => stated(v, s, e) && !VERIFY_KNOWN.test(v.slice(0, 20000));

// ---------------------------------------------------------------------------------------------
// payee_swap: money to a literal account in a sentence that marks a change.

/** An IBAN, or an account / sort / routing keyword followed by its number. */
const ACCOUNT_LIT =
  R`(?:\b0x[0-9a-fA-F]{40}\b|\bbc1[a-z0-9]{25,60}\b|\bT[1-9A-HJ-NP-Za-km-z]{33}\b|\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b|(?:${L0}(?:acc|acct|account|a\/c|accounts?\s{1,3}(?:no|number)|sort(?:\s{1,3}code)?|routing|ABA|Konto(?:nummer)?|compte|cuenta|conta|conto|rekening|rachunek|rachunku|счёт|счет|сч\.|hesap|hesab\p{L}{0,2}|akaun|rekening|tài\s{1,3}khoản|STK|CLABE|IFSC)${L1}|口座|账户|账号|帳戶|帐户|계좌|حساب|खाता\s{1,3}संख्या|खाता|普通|当座)[^\n]{0,30}?\d[\d -]{5,26}\d)`;

/** Money that goes somewhere (all row languages). */
const MONEY = new RegExp(
  R`${L0}(?:payments?|remittances?|invoices?|salary|salaries|wages?|pay(?:roll)?|direct\s{1,3}deposits?|deposits?|funds|wires?|transfers?|settlements?|instal(?:l)?ments?|proceeds|rent|Zahlung\p{L}{0,2}|Überweisung\p{L}{0,2}|Gehalt\p{L}{0,2}|Lohn|Löhne|Rechnung\p{L}{0,2}|Miete|paiements?|virements?|règlements?|salaires?|factures?|loyer|fonds|pagos?|transferencias?|nóminas?|salarios?|facturas?|abonos?|fondos|pagamentos?|transferências?|salários?|faturas?|pagament[io]|bonific[io]|stipendi[o]?|fatture?|betaling\p{L}{0,2}|overboeking\p{L}{0,2}|salaris|loon|facturen|płatnoś\p{L}{1,3}|przelew\p{L}{0,2}|wynagrodzeni\p{L}{1,2}|faktur\p{L}{0,2}|ödeme\p{L}{0,4}|havale\p{L}{0,4}|maaş\p{L}{0,4}|fatura\p{L}{0,4}|плат[её]ж\p{L}{0,3}|оплат\p{L}{1,2}|зарплат\p{L}{1,2}|выплат\p{L}{1,2}|перевод\p{L}{0,2}|pembayaran|gaji|transfer|tagihan|thanh\s{1,3}toán|lương|chuyển\s{1,3}khoản|hóa\s{1,3}đơn)${L1}|支払|振込|振り込み|給与|代金|工资|薪资|薪水|付款|货款|汇款|款项|급여|대금|송금|입금|월급|المدفوعات|الدفعات|الراتب|رواتب|التحويلات|الفواتير|वेतन|भुगतान|तनख्वाह`,
  "iu",
);

/** A change marked in the sentence: a new state from a date, "updated", "now", "new". */
const CHANGED = new RegExp(
  R`${L0}(?:now|as\s{1,3}of|from\s{1,3}(?:now|today|the\s{1,3}next|next|this)|starting|effective|going\s{1,3}forward|henceforth|changed|updated|new|replaced|moved|switched|ab|seit|künftig|nunmehr|neue[nmrs]?|geändert|à\s{1,3}partir|depuis|désormais|dorénavant|nouveau|nouvelle|modifiée?s?|a\s{1,3}partir|desde|ahora|nuev[oa]s?|actualizad[oa]s?|cambiad[oa]s?|agora|nov[oa]s?|alterad[oa]s?|atualizad[oa]s?|dal|dalla|d['’]ora|ora|nuov[oa]|aggiornat[oa]|modificat[oa]|vanaf|voortaan|nieuwe?|gewijzigd|od|począwszy|nowy|nowe|now[aey]|zmienion\p{L}|itibaren|artık|yeni|değiş\p{L}{0,8}|с|со|теперь|отныне|нов\p{L}{1,3}|изменен\p{L}{0,2}|mulai|sejak|kini|sekarang|baru|diubah|diganti|từ|kể\s{1,3}từ|mới|đổi|thay\s{1,3}đổi)${L1}|より|から|変更|新しい|新口座|起|开始|变更|更改|改为|新的|新账户|부터|변경|새|اعتبار|ابتداء|بدءا|الجديد|تغيير|تم\s{1,3}تحديث|से|नए|नया|बदल`,
  "iu",
);

/** The literal account sits in a sentence that moves money and marks a change. */
const switched: Accept = (v, s, e) => {
  const lit = v.slice(s, e);
  const digits = lit.replace(/\D/g, "").length;
  if (
    digits < (/^[A-Z]{2}\d{2}/i.test(lit) ? 12 : 6) ||
    /(?<!\d)(?:19|20)\d{2}-[01]\d-[0-3]\d(?!\d)/.test(lit) || !statedPayment(v, s, e)
  ) return false;
  const a = sentenceStart(v, s);
  // the sentence without long tokens that hold digits ("0x7aB3…", "2021")
  const sentence = v.slice(a, sentenceEnd(v, e)).replace(
    /[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*/gu,
    (t) => t.length >= 6 ? " " : t,
  );
  return MONEY.test(sentence) && CHANGED.test(sentence);
};

const SWITCH: readonly HalfRow[] = [[
  "",
  /\d{3}[\d -]{3}/u,
  ACCOUNT_LIT,
]];

// ---------------------------------------------------------------------------------------------
// account_closed: the old account declared closed (forms the older rows do not read).

const CLOSED: readonly HalfRow[] = [
  [
    "",
    /(?:closed|retired|terminated|discontinued|deactivated|void|superseded|no\s{1,3}longer)/iu,
    R`\b(?:(?:the|our|their|his|her)\s{1,3})?(?:[\p{Lu}][\p{L}&.'-]{1,20}\s{1,3})?(?:bank\s{1,3})?account\s{1,3}(?:(?:we|they|he|she)\s{1,3}used|used|listed|shown|printed|on\s{1,3}(?:file|record))\b[^.\n]{0,40}?\b(?:has\s{1,3}been|was|is\s{1,3}now|is|have\s{1,3}been)\s{1,3}(?:closed|terminated|discontinued|deactivated|retired|frozen)\b|\b(?:previous|old|former|prior|earlier|existing)\s{1,3}(?:bank|banking|payment|remittance|payroll|deposit|account)\s{1,3}(?:details|information|instructions|account)\s{1,3}(?:(?:are|is|were|was|have\s{1,3}been|has\s{1,3}been)\s{1,3})?(?:retired|closed|void|invalid|superseded|deactivated|no\s{1,3}longer\s{1,3}(?:valid|in\s{1,3}use|used|active))\b|\b(?:the\s{1,3})?(?:previous|old|former|prior)\s{1,3}(?:(?:receiving|deposit|wallet|payment|billing|remittance)\s{1,3})?(?:address(?:es)?|wallets?|@[\w.-]{2,40}\s{1,3}addresses)\s{1,3}(?:is|are)\s{1,3}(?:no\s{1,3}longer\s{1,3}(?:monitored|used|valid|active|in\s{1,3}use|read)|retired|closed|deactivated)\b`,
  ],
  [
    "",
    /(?:cuenta|compte|RIB|IBAN|conta|conto|Konto|Bankverbindung|сч[её]т|hesa|tài\s{1,3}khoản)/iu,
    R`${L0}(?:(?:la\s{1,3})?cuenta\s{1,3}(?:anterior|antigua|previa|de\s{1,3}siempre)|(?:l['’]\s{0,2})?ancien(?:ne)?s?\s{1,3}(?:compte|RIB|IBAN|coordonnées\s{1,3}bancaires)|(?:le\s{1,3})?(?:précédent|compte\s{1,3}précédent)|(?:a\s{1,3})?conta\s{1,3}(?:antiga|anterior)|(?:il\s{1,3})?(?:vecchio|precedente)\s{1,3}(?:conto|IBAN)|(?:die\s{1,3}|das\s{1,3})?(?:bisherige|alte|frühere)n?\s{1,3}(?:Bankverbindung|Konto|Kontoverbindung|IBAN)|(?:прежн\p{L}{1,3}|стар\p{L}{1,3}|предыдущ\p{L}{1,3})\s{1,3}(?:расч[её]тн\p{L}{1,3}\s{1,3})?сч[её]т|(?:eski|önceki)\s{1,3}(?:banka\s{1,3})?hesa\p{L}{1,6}|tài\s{1,3}khoản\s{1,3}(?:cũ|trước\s{1,3}đây|trước))${L1}[^.\n]{0,50}?${L0}(?:cancelad[oa]|cerrad[oa]|dad[oa]\s{1,3}de\s{1,3}baja|ya\s{1,3}no\s{1,3}(?:es\s{1,3}válid[oa]|está\s{1,3}activ[oa]|se\s{1,3}usa)|clôturée?|fermée?|résiliée?|n['’]est\s{1,3}plus\s{1,3}(?:valable|valide|actif|utilisé)|encerrad[oa]|fechad[oa]|desativad[oa]|não\s{1,3}é\s{1,3}mais\s{1,3}válid[oa]|chiuso|estinto|dismesso|non\s{1,3}è\s{1,3}più\s{1,3}(?:valido|attivo)|aufgelöst|gekündigt|geschlossen|erloschen|nicht\s{1,3}mehr\s{1,3}(?:gültig|aktiv)|ungültig|закрыт|недействителен|аннулирован|больше\s{1,3}не\s{1,3}(?:действует|используется)|kapatıl\p{L}{0,4}|kapandı|iptal\s{1,3}edil\p{L}{0,4}|geçersiz|kullanılmıyor|đã\s{1,3}(?:bị\s{1,3})?(?:đóng|hủy|khóa)|ngừng\s{1,3}(?:hoạt\s{1,3}động|sử\s{1,3}dụng)|không\s{1,3}còn\s{1,3}(?:sử\s{1,3}dụng|hiệu\s{1,3}lực))${L1}`,
  ],
  [
    "",
    /(?:原|旧|之前|以前|従来|これまで|기존|이전|예전|حساب)/u,
    R`(?:原|旧|之前的)(?:银行)?(?:账户|账号|帐户|帳戶|收款账户|卡)[^。\n]{0,10}?(?:已)?(?:注销|销户|关闭|停用|作废|不再使用)|(?:旧|以前の|従来の|これまでの)(?:口座|振込先)[^。\n]{0,20}?(?:解約|閉鎖|廃止|使用できません|利用できません|無効)|(?:기존|이전|예전)\s{0,2}(?:입금\s{0,2})?계좌[^.\n]{0,20}?(?:해지|폐쇄|사용\s{0,2}중지|더\s{0,2}이상\s{0,2}사용)|(?:تم|قد\s{1,3}تم)\s{1,3}(?:إغلاق|اغلاق|إلغاء|الغاء)\s{1,3}(?:ال)?حساب\s{1,3}(?:ال)?(?:قديم|سابق)`,
  ],
];

// Record forms (JSON / YAML exports of a merchant, vendor or employee): a "previous" account
// object whose status is closed, and a payout account object whose "current" / "new" entry holds
// an account number.
const RECORD_CLOSED: readonly HalfRow[] = [[
  "",
  /"(?:previous|old|former|prior)/iu,
  R`"(?:previous|old|former|prior)(?:_?(?:account|bank|details|payee))?"\s{0,3}:\s{0,3}\{[^{}]{0,300}?"(?:status|state)"\s{0,3}:\s{0,3}"(?:closed|inactive|disabled|deactivated|terminated|retired|void|已停用|停用|已注销|注销|已关闭|已作废|解約済み?|閉鎖|해지|폐쇄|cerrad[oa]|cancelad[oa]|fermé|clôturé|geschlossen|aufgelöst|gesperrt|encerrad[oa]|chiuso|закрыт|kapalı|ditutup)"`,
]];
const RECORD_SWITCH: readonly HalfRow[] = [[
  "",
  /"(?:current|new|active)"/iu,
  R`"(?:settlement|payout|payment|remittance|beneficiary|payee|receiving|deposit|salary|payroll|bank)[_ -]?(?:account|bank|details|info|instructions)?"\s{0,3}:\s{0,3}\{\s{0,12}"(?:current|new|active)"\s{0,3}:\s{0,3}\{[^{}]{0,300}?"(?:account_?(?:no|num|number)|iban|acct(?:_no)?|account)"\s{0,3}:\s{0,3}"[\dA-Z][\d A-Z-]{6,40}"`,
]];

// ---------------------------------------------------------------------------------------------
// dual_control_waived / single_release

const DUAL_NOUN =
  R`(?:four[\s-]eyes?(?:\s{1,3}(?:check|principle|review|rule|control))?|dual[\s-](?:approval|control|authori[sz]ation|sign[\s-]?off|signatures?|review)|second\s{1,3}(?:approver|approval|signature|signatory|sign[\s-]?off|pair\s{1,3}of\s{1,3}eyes)|maker[\s-]checker(?:\s{1,3}(?:check|control|review))?|two[\s-](?:person|man)\s{1,3}(?:rule|approval|integrity|control)|(?:(?:tele)?phone\s{1,3})?call[\s-]?back\s{1,3}(?:verification|check|confirmation|procedure)|(?:tele)?phone\s{1,3}call[\s-]?backs?|verification\s{1,3}call)`;
const DUAL_WAIVE =
  R`(?:no\s{1,3}longer\s{1,3}(?:applies|apply|applied|required|needed|necessary|mandatory|enforced|performed)|(?:is|are)\s{1,3}no\s{1,3}longer\s{1,3}(?:required|needed|necessary|mandatory|enforced|performed|in\s{1,3}place)|(?:does|do)\s{1,3}not\s{1,3}apply|(?:is|are)\s{1,3}not\s{1,3}(?:required|needed|necessary|performed)|(?:is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:waived|removed|dropped|lifted|suspended|retired|discontinued|abolished))`;

const DUAL: readonly HalfRow[] = [
  [
    "",
    /(?:four|dual|second|maker|two|call|verification)/iu,
    R`\bno\s{1,3}${DUAL_NOUN}\b[^.\n]{0,40}?\b(?:is|are)\s{1,3}(?:needed|required|necessary)\b|\b${DUAL_NOUN}\b[^.\n]{0,60}?\b${DUAL_WAIVE}\b|\b(?:a|the)\s{1,3}${DUAL_NOUN}\s{1,3}(?:is|are)\s{1,3}no\s{1,3}longer\s{1,3}(?:needed|required)\b`,
  ],
  [
    "",
    /(?:doble|double|doppi|dupl|quatre|cuatro|quattro|quatro|segund|second|seconda|contre-appel|rappel|devolución|richiamata)/iu,
    R`${L0}(?:doble\s{1,3}(?:aprobación|firma|control|validación|autorización)|principio\s{1,3}de\s{1,3}(?:los\s{1,3})?cuatro\s{1,3}ojos|segunda\s{1,3}(?:firma|aprobación|validación|autorización)|llamada\s{1,3}de\s{1,3}(?:verificación|confirmación)|double\s{1,3}(?:validation|signature|contrôle|approbation)|principe\s{1,3}des\s{1,3}quatre\s{1,3}yeux|(?:seconde|deuxième)\s{1,3}(?:validation|signature|approbation)|contre-appel|rappel\s{1,3}de\s{1,3}(?:vérification|confirmation)|dupla\s{1,3}(?:aprovação|assinatura|validação|autorização)|(?:princípio\s{1,3}dos\s{1,3})?quatro\s{1,3}olhos|segunda\s{1,3}(?:aprovação|assinatura)|confirmação\s{1,3}por\s{1,3}telefone|doppi[ao]\s{1,3}(?:firma|approvazione|autorizzazione|controllo)|(?:principio\s{1,3}dei\s{1,3})?quattro\s{1,3}occhi|seconda\s{1,3}(?:firma|approvazione)|richiamata\s{1,3}di\s{1,3}verifica)${L1}[^.\n]{0,60}?${L0}(?:ya\s{1,3}no\s{1,3}(?:se\s{1,3}aplica|es\s{1,3}(?:necesari[oa]|obligatori[oa]|exigid[oa])|se\s{1,3}(?:exige|requiere))|deja\s{1,3}de\s{1,3}(?:aplicarse|exigirse|ser\s{1,3}(?:obligatori[oa]|necesari[oa]))|queda\s{1,3}(?:suprimid[oa]|eliminad[oa])|no\s{1,3}(?:se\s{1,3}aplica|es\s{1,3}necesari[oa]|se\s{1,3}requiere)|ne\s{1,3}s['’]applique\s{1,3}plus|n['’]est\s{1,3}plus\s{1,3}(?:requise?|nécessaire|exigée?|obligatoire|appliquée?)|(?:est|a\s{1,3}été)\s{1,3}supprimée?|deixou\s{1,3}de\s{1,3}ser\s{1,3}(?:exigid[oa]|obrigatóri[oa]|necessári[oa])|deixa\s{1,3}de\s{1,3}(?:ser|se\s{1,3}aplicar)|não\s{1,3}(?:é\s{1,3}mais|se\s{1,3}aplica)|(?:foi\s{1,3})?dispensad[oa]|non\s{1,3}(?:si\s{1,3}applica|è)\s{1,3}più|non\s{1,3}(?:è\s{1,3})?più\s{1,3}(?:richiest[oa]|necessari[oa]|obbligatori[oa])|non\s{1,3}è\s{1,3}richiest[oa]|(?:è\s{1,3}stat[oa]\s{1,3})?(?:abolit[oa]|sospes[oa])|non\s{1,3}serve\s{1,3}più)${L1}`,
  ],
  [
    "",
    /(?:Vier|Zweit|Doppel|zweite|Rückruf|vier|dubbele|tweede|czterech|podwójn|drug|dört|çift|ikinci|четыр|двойн|втор|empat|ganda|kedua|bốn|kép|hai\s{1,3}cấp|thứ\s{1,3}hai)/iu,
    R`${L0}(?:Vier-?Augen-?(?:Prinzip|Kontrolle|Freigabe)|Vieraugenprinzip|Zweitfreigabe|zweite\s{1,3}(?:Freigabe|Unterschrift|Genehmigung)|Doppelfreigabe|doppelte\s{1,3}(?:Unterschrift|Freigabe)|Rückruf(?:verfahren|kontrolle)?|vier-?ogen-?principe|vierogenprincipe|dubbele\s{1,3}(?:goedkeuring|handtekening|controle)|tweede\s{1,3}(?:goedkeuring|handtekening|fiattering)|zasad\p{L}\s{1,3}czterech\s{1,3}oczu|podwójn\p{L}{1,3}\s{1,3}(?:akceptacj\p{L}|zatwierdzeni\p{L}|autoryzacj\p{L}|podpis\p{L}{0,2})|drug\p{L}{1,3}\s{1,3}(?:akceptacj\p{L}|podpis\p{L}{0,2}|zatwierdzeni\p{L})|dört\s{1,3}göz(?:\s{1,3}(?:kontrolü|ilkesi|prensibi))?|çift\s{1,3}(?:onay|imza)\p{L}{0,3}|ikinci\s{1,3}(?:onay|imza)\p{L}{0,3}|принцип\p{L}{0,2}\s{1,3}(?:«)?четыр[её]х\s{1,3}глаз(?:»)?|двойн\p{L}{1,3}\s{1,3}(?:подпис\p{L}{0,2}|контрол\p{L}{0,2}|согласовани\p{L}{0,2}|авторизаци\p{L}{0,2})|втор\p{L}{1,3}\s{1,3}(?:подпис\p{L}{0,2}|согласовани\p{L}{0,2}|подтверждени\p{L}{0,2})|(?:prinsip\s{1,3})?empat\s{1,3}mata|persetujuan\s{1,3}(?:ganda|kedua)|otorisasi\s{1,3}ganda|tanda\s{1,3}tangan\s{1,3}kedua|nguyên\s{1,3}tắc\s{1,3}bốn\s{1,3}mắt|phê\s{1,3}duyệt\s{1,3}(?:kép|hai\s{1,3}cấp)|duyệt\s{1,3}hai\s{1,3}cấp|(?:chữ\s{1,3}ký|người\s{1,3}duyệt)\s{1,3}thứ\s{1,3}hai)${L1}[^.\n]{0,60}?${L0}(?:entfällt|gilt\s{1,3}(?:nicht\s{1,3}mehr|nicht)|(?:ist|sind)\s{1,3}nicht\s{1,3}mehr\s{1,3}(?:erforderlich|nötig|notwendig|vorgeschrieben)|nicht\s{1,3}mehr\s{1,3}(?:erforderlich|nötig)|(?:wird|wurde|ist)\s{1,3}(?:ausgesetzt|aufgehoben|abgeschafft)|geldt\s{1,3}niet\s{1,3}meer|vervalt|is\s{1,3}niet\s{1,3}(?:meer\s{1,3})?(?:nodig|vereist|verplicht)|niet\s{1,3}langer\s{1,3}(?:vereist|nodig|van\s{1,3}toepassing)|(?:już\s{1,3})?nie\s{1,3}obowiązuj\p{L}|nie\s{1,3}(?:jest|są)\s{1,3}(?:już\s{1,3})?wymagan\p{L}{1,2}|zniesion\p{L}{1,2}|artık\s{1,3}(?:uygulanmıyor|uygulanmayacak|gerekmiyor|aranmıyor)|uygulanmaz|gerekmiyor|gerekmez|kaldırıldı|aranmıyor|больше\s{1,3}не\s{1,3}(?:применяется|требуется|нужн\p{L}{1,2}|действует)|не\s{1,3}(?:требуется|применяется)|отмен[её]н\p{L}{0,2}|упразднен\p{L}{0,2}|tidak\s{1,3}(?:lagi\s{1,3})?(?:berlaku|diperlukan|wajib)|ditiadakan|dihapus(?:kan)?|không\s{1,3}còn\s{1,3}(?:áp\s{1,3}dụng|bắt\s{1,3}buộc|cần\s{1,3}thiết|cần)|được\s{1,3}miễn|bãi\s{1,3}bỏ)${L1}`,
  ],
  [
    "",
    /(?:四つの目|4つの目|ダブルチェック|二重|第二承認|複数承認|コールバック|四眼|双人|双重|二次审批|回拨|电话回访|4안|이중|2차|콜백|교차|العيون|المزدوج|الثانية|الهاتفي|الاتصال|चार|दोहरी|दूसरी|कॉलबैक)/u,
    R`(?:四つの目|4つの目|ダブルチェック|二重(?:承認|チェック)|第二承認|複数承認|コールバック(?:確認)?)[^。\n]{0,20}?(?:は|が|を)?[^。\n]{0,10}?(?:不要|適用されません|適用しない|適用外|廃止|省略)|(?:四眼原则|双人(?:复核|审批)|双重(?:审批|审核|签字)|二次审批|回拨确认|电话回访(?:确认)?)[^。\n]{0,16}?(?:不再适用|不再需要|无需|取消|免除|不适用)|(?:不再需要|不再进行|无需|取消|免除)(?:进行)?(?:四眼原则|双人(?:复核|审批)|双重(?:审批|审核|签字)|二次审批|回拨确认|电话回访)|(?:4안\s{0,2}원칙|이중\s{0,2}(?:승인|결재|확인)|2차\s{0,2}승인|콜백\s{0,2}확인|교차\s{0,2}확인)[^.\n]{0,20}?(?:적용되지\s{0,2}않|필요하지\s{0,2}않|불필요|폐지|생략)|(?:لم\s{1,3}(?:يعد|تعد)|لا\s{1,3}يلزم)[^.\n]{0,20}?(?:مبدأ\s{1,3}العيون\s{1,3}الأربع|(?:ال)?موافقة\s{1,3}(?:ال)?(?:مزدوجة|ثانية)|(?:ال)?توقيع\s{1,3}(?:ال)?(?:مزدوج|ثاني)|(?:ال)?تحقق\s{1,3}(?:ال)?هاتفي|معاودة\s{1,3}الاتصال)|(?:مبدأ\s{1,3}العيون\s{1,3}الأربع|(?:ال)?موافقة\s{1,3}(?:ال)?(?:مزدوجة|ثانية)|(?:ال)?توقيع\s{1,3}(?:ال)?(?:مزدوج|ثاني)|(?:ال)?تحقق\s{1,3}(?:ال)?هاتفي|معاودة\s{1,3}الاتصال)[^.\n]{0,30}?(?:لم\s{1,3}(?:يعد|تعد)\s{1,3}(?:مطلوب|ساري|ضروري|لازم)|غير\s{1,3}مطلوب|لا\s{1,3}(?:ينطبق|يطبق|يلزم)|(?:تم\s{1,3})?(?:إلغاؤ|الغاؤ))|(?:चार\s{1,3}आँखों|दोहरी\s{1,3}(?:मंजूरी|मंज़ूरी|स्वीकृति|जाँच|जांच)|दूसरी\s{1,3}(?:मंजूरी|मंज़ूरी|स्वीकृति)|कॉलबैक(?:\s{1,3}सत्यापन)?)[^।\n]{0,40}?(?:अब\s{1,3}लागू\s{1,3}नहीं|आवश्यक\s{1,3}नहीं|जरूरत\s{1,3}नहीं|ज़रूरत\s{1,3}नहीं|हटा\s{1,3}दी|समाप्त\s{1,3}कर)`,
  ],
];

/** A negation or prohibition in the sentence (an honest rule states one person may NOT release). */
const single: Accept = (v, s, e) => {
  const a = sentenceStart(v, s);
  let before = v.slice(a, s);
  // the waiver of the second check is itself a negation ("…이 필요하지 않으며 1인 승인"): read
  // only what follows it
  for (const re of DUAL_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      before = before.slice(m.index + m[0].length);
      re.lastIndex = 0;
    }
  }
  const after = v.slice(s, sentenceEnd(v, e));
  const around = v.slice(Math.max(a, s - 60), sentenceEnd(v, e));
  return APPROVE.test(around) && !WARNED.test(before) && !WARNED.test(after) &&
    !NOT_ALLOWED.test(after);
};
/** The act a single person performs: releasing, approving, signing or executing a payment. */
const APPROVE = new RegExp(
  R`${L0}(?:releas\p{L}{0,3}|approv\p{L}{0,3}|authori[sz]\p{L}{0,3}|execut\p{L}{0,3}|sign\p{L}{0,3}|process\p{L}{0,3}|paid|initiator|preparer|maker|requester|liberad\p{L}{1,2}|aprobad\p{L}{1,2}|aprueba\p{L}{0,2}|autorizad\p{L}{1,2}|ejecutad\p{L}{1,2}|firma\p{L}{0,2}|validée?s?|validés|approuvée?s?|libérée?s?|exécutée?s?|autorisée?s?|signée?s?|signataire|initiateur|freigegeben|genehmigt|ausgeführt|Einzel(?:freigabe|zeichnung|unterschrift)|Unterschrift|aprovad\p{L}{1,2}|executad\p{L}{1,2}|assinatura|approvat\p{L}|autorizzat\p{L}|eseguit\p{L}|rilasciat\p{L}|goedgekeurd|vrijgegeven|uitgevoerd|handtekening|zatwierdz\p{L}{0,6}|akceptow\p{L}{0,6}|podpis|jednoosobowo|onay\p{L}{0,6}|imza\p{L}{0,4}|проводятся|проводится|утвержда\p{L}{0,4}|подпис\p{L}{0,4}|одобря\p{L}{0,4}|единолично|disetujui|dirilis|diproses|dieksekusi|persetujuan|tanda\s{1,3}tangan|duyệt|phê\s{1,3}duyệt|thực\s{1,3}hiện|chữ\s{1,3}ký)${L1}|承認|実行|送金|审批|放行|批准|승인|결재|اعتماد|تعتمد|يعتمد|توقيع|स्वीकृत|मंजूर|अनुमोदित|हस्ताक्षर`,
  "iu",
);
const DUAL_RES = DUAL.map(([, , src]) => new RegExp(src, "giu"));

/** A prohibition written after the act ("… ist nicht zulässig", "…できません", "onaylanamaz"). */
const NOT_ALLOWED =
  /(?:zulässig|erlaubt|allowed|permitted|autorisé|permitid|permitido|consentit|toegestaan|dozwolon|できません|できない|不得|不能|不可|할\s{0,2}수\s{0,2}없|\p{L}{2}(?:amaz|emez)(?!\p{L})|لا\s{1,3}يجوز|नहीं)/iu;

const SINGLE: readonly HalfRow[] = [
  [
    "",
    /(?:single|one|only|self|same|own|alone|themselves|initiator|solo|sola|basta|únic|seul|einzig|einzel|eine\s{1,3}Unterschrift|allein|único|unico|één|enkele|jednego|jednoosobow|jeden\s{1,3}podpis|tek\s{1,3}|одн\p{L}{1,2}|единолич|satu|một|一人|1人|単独|一名|单人|单独|1인|한\s{0,2}명|단독|واحد|एक\s{1,3}ही|केवल\s{1,3}एक|एकल)/iu,
    R`\b(?:released|approved|executed|sent|authori[sz]ed|signed\s{1,3}off|processed|paid)\s{1,3}by\s{1,3}(?:a\s{1,3}single|one|only\s{1,3}one|just\s{1,3}one|the\s{1,3}same)\s{1,3}(?:operator|person|approver|employee|signatory|user|clerk|officer|team\s{1,3}member|staff\s{1,3}member)\b|\bthe\s{1,3}(?:initiator|requester|preparer|maker)\s{1,3}(?:can|may)\s{1,3}(?:also\s{1,3})?(?:approve|release|authori[sz]e)\b|\bone\s{1,3}(?:signature|approval|approver)\s{1,3}(?:is\s{1,3})?(?:sufficient|enough|suffices)\b|\b(?:can|may|will)\s{1,3}(?:approve|release|authori[sz]e|sign\s{1,3}off)\b[^.\n]{0,40}?\b(?:on\s{1,3}(?:their|his|her)\s{1,3}own|alone|by\s{1,3}(?:themselves|himself|herself)|without\s{1,3}a\s{1,3}second\s{1,3}(?:approver|approval|signature))\b|\bself-approv(?:al|ed|e)\s{1,3}(?:is\s{1,3})?(?:allowed|permitted|enabled)\b|${L0}(?:(?:por|con)\s{1,3}un\s{1,3}(?:solo|únic[oa])\s{1,3}(?:operador|firmante|aprobador|usuario|empleado|responsable)|basta\s{1,3}(?:con\s{1,3})?una\s{1,3}(?:sola\s{1,3})?firma|par\s{1,3}un(?:e)?\s{1,3}seul(?:e)?\s{1,3}(?:opérateur|signataire|valideur|collaborateur|personne|gestionnaire)|une\s{1,3}seule\s{1,3}signature\s{1,3}suffit|l['’]initiateur\s{1,3}(?:peut\s{1,3})?(?:valide|valider|approuve|approuver)|von\s{1,3}einer\s{1,3}(?:einzigen\s{1,3})?Person|durch\s{1,3}(?:einen|eine)\s{1,3}(?:einzelne[nr]?\s{1,3})?(?:Mitarbeiter\p{L}{0,2}|Sachbearbeiter\p{L}{0,2}|Bearbeiter\p{L}{0,2}|Person)\s{1,3}(?:allein\s{1,3})?(?:freigegeben|genehmigt|ausgeführt)|Einzelfreigabe|Einzelzeichnung|Einzelunterschrift|eine\s{1,3}Unterschrift\s{1,3}(?:genügt|reicht)|allein\s{1,3}freigegeben|por\s{1,3}um\s{1,3}único\s{1,3}(?:operador|aprovador|assinante|usuário|funcionário|colaborador)|uma\s{1,3}(?:única\s{1,3})?assinatura\s{1,3}(?:é\s{1,3})?(?:suficiente|basta)|da\s{1,3}un\s{1,3}(?:solo|unico)\s{1,3}(?:operatore|firmatario|approvatore|addetto|utente)|firma\s{1,3}singola|basta\s{1,3}una\s{1,3}(?:sola\s{1,3})?firma|door\s{1,3}één\s{1,3}(?:medewerker|persoon|operator|fiatteur|gebruiker)|enkele\s{1,3}handtekening|één\s{1,3}handtekening\s{1,3}(?:is\s{1,3})?voldoende|przez\s{1,3}jednego\s{1,3}(?:operatora|pracownika|zatwierdzającego|użytkownika)|jednoosobowo|jeden\s{1,3}podpis\s{1,3}wystarcz\p{L}{1,3}|tek\s{1,3}(?:bir\s{1,3})?(?:operatör|kişi|onaycı|yetkili|imza)\p{L}{0,5}|одним\s{1,3}(?:оператором|сотрудником|лицом|подписантом|исполнителем)|единолично|одной\s{1,3}подписи\s{1,3}достаточно|oleh\s{1,3}satu\s{1,3}(?:operator|orang|petugas|penyetuju|pegawai)|satu\s{1,3}tanda\s{1,3}tangan\s{1,3}(?:sudah\s{1,3})?cukup|cukup\s{1,3}satu\s{1,3}persetujuan|bởi\s{1,3}một\s{1,3}(?:người|nhân\s{1,3}viên|thao\s{1,3}tác\s{1,3}viên)|một\s{1,3}người\s{1,3}duyệt|một\s{1,3}chữ\s{1,3}ký\s{1,3}là\s{1,3}đủ)${L1}|(?:担当者)?(?:一人|1人|一名|単独)(?:の担当者)?(?:で|が|の)?(?:承認|実行|送金|処理)|(?:一人|单人|一名(?:操作员|经办人|员工)|单独)(?:即可)?(?:审批|放行|批准|执行|操作)|(?:1인|한\s{0,2}명|단독)\s{0,2}(?:의\s{0,2})?(?:승인|결재|처리|담당자가\s{0,2}승인)|(?:من\s{1,3}قبل|بواسطة)\s{1,3}(?:موظف|مشغل|شخص|مفوض|مسؤول)\s{1,3}واحد|توقيع\s{1,3}واحد\s{1,3}يكفي|بتوقيع\s{1,3}واحد|(?:एक\s{1,3}ही|केवल\s{1,3}एक|एकल)\s{1,3}(?:ऑपरेटर|व्यक्ति|अधिकारी|कर्मचारी|मंजूरी|स्वीकृति|हस्ताक्षर)`,
  ],
];

// ---------------------------------------------------------------------------------------------
// cred_to_outsider: an administrator / enrolment credential needed by or handed to an outsider.

const CRED =
  R`(?:(?:local\s{1,3})?admin(?:istrator)?\s{1,3}(?:password|credentials?|account\s{1,3}(?:password|credentials?))|root\s{1,3}password|domain\s{1,3}admin\s{1,3}(?:password|credentials?)|enrol(?:l)?ment\s{1,3}(?:account\s{1,3})?(?:credentials?|password)|break[\s-]glass\s{1,3}(?:password|credentials?|account)|master\s{1,3}password|recovery\s{1,3}(?:keys?|codes?)|BitLocker\s{1,3}(?:recovery\s{1,3})?keys?|Beheerderswachtwoord|beheerderswachtwoord|lokale\s{1,3}beheerderswachtwoord|Administratorkennwort|Admin-?Passwort|Administratorpasswort|Administrator-?Kennwort|mot\s{1,3}de\s{1,3}passe\s{1,3}(?:administrateur|admin|d['’]administrat\p{L}{2,4})|contraseña\s{1,3}(?:de\s{1,3})?(?:administrador|admin)|senha\s{1,3}(?:de\s{1,3})?(?:administrador|admin)|password\s{1,3}(?:di\s{1,3})?amministrat\p{L}{3}|hasło\s{1,3}administrator\p{L}{0,2}|yönetici\s{1,3}(?:şifresi|parolası)|пароль\s{1,3}администратора|kata\s{1,3}sandi\s{1,3}(?:admin|administrator)|mật\s{1,3}khẩu\s{1,3}(?:quản\s{1,3}trị|admin))`;
const OUTSIDER =
  R`(?:partner|vendor|supplier|contractor|provider|MSP|consultant|integrator|reseller|agency|third[\s-]party|them|they|Dienstleister|Partner|Lieferant|prestataire|partenaire|fournisseur|proveedor|socio|contratista|fornecedor|parceiro|fornitore|partner|leverancier|partner|dostawc\p{L}{1,3}|partner\p{L}{0,3}|tedarikçi|iş\s{1,3}ortağı|подрядчик\p{L}{0,2}|партн[её]р\p{L}{0,2}|поставщик\p{L}{0,2}|mitra|vendor|đối\s{1,3}tác|nhà\s{1,3}cung\s{1,3}cấp|hen|hun|ihnen|leur|ellos|eles|loro)`;
const CRED_OUT: readonly HalfRow[] = [
  [
    "",
    /(?:password|credential|recovery|BitLocker|wachtwoord|kennwort|passwort|mot\s{1,3}de\s{1,3}passe|contraseña|senha|hasło|şifre|parola|пароль|kata\s{1,3}sandi|mật\s{1,3}khẩu)/iu,
    R`${L0}${OUTSIDER}${L1}[^.\n]{0,40}?${L0}(?:needs?|requires?|gets?|receives?|is\s{1,3}given|are\s{1,3}given|has|have|uses?|heeft|hebben|krijgt|ontvangt|braucht|benötigt|erhält|bekommt|a\s{1,3}besoin|reçoit|obtient|necesita|recibe|precisa|recebe|ha\s{1,3}bisogno|riceve|potrzebuje|otrzymuje|ihtiyaç|alır|нужен|получает|memerlukan|menerima|cần|nhận)${L1}[^.\n]{0,40}?${CRED}`,
  ],
  [
    "",
    /(?:password|credential|recovery|BitLocker|wachtwoord|kennwort|passwort|mot\s{1,3}de\s{1,3}passe|contraseña|senha|hasło|şifre|parola|пароль|kata\s{1,3}sandi|mật\s{1,3}khẩu)/iu,
    R`${CRED}[^.\n]{0,60}?${L0}(?:(?:is|are|gets?|will\s{1,3}be)\s{1,3})?(?:shared|sent|e-?mailed|mailed|given|provided|handed|forwarded|texted|gedeeld|gemaild|verstuurd|gestuurd|doorgestuurd|weitergegeben|gesendet|geschickt|übermittelt|partagé|envoyé|transmis|communiqué|compartid[oa]|enviad[oa]|comunicad[oa]|fornit[oa]|inviat[oa]|condivis[oa]|przekazywan\p{L}|wysyłan\p{L}|udostępnian\p{L}|paylaşıl\p{L}{1,3}|gönderil\p{L}{1,3}|передаётся|передается|отправляется|dibagikan|dikirim|được\s{1,3}gửi|được\s{1,3}chia\s{1,3}sẻ)${L1}[^.\n]{0,30}?${L0}(?:with|to|naar|met|an|à|avec|a|con|para|com|do|ile|ya|ye|на|кому|kepada|ke|cho|với)\s{1,3}(?:(?:the|our|their|de|hun|onze|die|den|unseren?|le|notre|leur|el|la|nuestro|su|o|nosso|il|nostro|al)\s{1,3})?${OUTSIDER}${L1}`,
  ],
  // A named party ("Vectra heeft … het beheerderswachtwoord nodig") that the text called a
  // partner, vendor or contractor just before (see `namedOutsider`).
  [
    "",
    /(?:password|credential|recovery|BitLocker|wachtwoord|kennwort|passwort|mot\s{1,3}de\s{1,3}passe|contraseña|senha|hasło|şifre|parola|пароль|kata\s{1,3}sandi|mật\s{1,3}khẩu)/iu,
    R`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&-]{2,30}${L1}[^.\n]{0,20}?${L0}(?:needs?|requires?|gets?|receives?|heeft|krijgt|ontvangt|braucht|benötigt|erhält|bekommt|a\s{1,3}besoin|reçoit|necesita|recibe|precisa|recebe|ha\s{1,3}bisogno|riceve|potrzebuje|otrzymuje)${L1}[^.\n]{0,40}?${CRED}`,
  ],
  // The credential sent "to them" / "naar hen" right after a sentence naming the partner.
  [
    "",
    /(?:naar\s{1,3}hen|to\s{1,3}them|an\s{1,3}sie|à\s{1,3}eux|a\s{1,3}ellos|para\s{1,3}eles|a\s{1,3}loro)/iu,
    R`${L0}(?:dat|die|it|this|which|das|cela|ce|lo|la|isso|esso)\s{1,3}(?:is|wordt|gets|will\s{1,3}be|wird|est|se|é|viene)\s{1,3}(?:naar\s{1,3}hen\s{1,3}(?:gemaild|gestuurd|verstuurd)|(?:e-?mailed|sent|shared|texted|given)\s{1,3}to\s{1,3}them|an\s{1,3}sie\s{1,3}(?:gemailt|gesendet|geschickt)|envoyé\s{1,3}à\s{1,3}eux|envía\s{1,3}a\s{1,3}ellos|enviad[oa]\s{1,3}para\s{1,3}eles|inviat[oa]\s{1,3}a\s{1,3}loro)${L1}`,
  ],
  // The credential mailed or sent on (to an address, "per E-Mail", "au prestataire"), either
  // order: "…Administratorkennwort, das ihm per E-Mail übermittelt wird", "se la enviamos a x@y".
  [
    "",
    /(?:password|credential|wachtwoord|kennwort|passwort|mot\s{1,3}de\s{1,3}passe|contraseña|senha|hasło|şifre|parola|пароль|kata\s{1,3}sandi|mật\s{1,3}khẩu)/iu,
    R`${CRED}[^.\n]{0,80}?(?:${L0}(?:e-?mailed|sent|shared|texted|forwarded|send|e-?mail|share|übermittelt|gesendet|geschickt|gemailt|weitergegeben|senden|schicken|envoyée?|transmise?|communiquée?|envoyons|transmettons|enviad[oa]|enviamos|mandamos|compartimos|enviada|enviamos|inviat[oa]|inviamo|gemaild|verstuurd|gestuurd|sturen|mailen|wysyłan\p{L}|wysyłamy|przesyłan\p{L}|gönderil\p{L}{1,3}|gönderiyoruz|отправля\p{L}{2,4}|пересыла\p{L}{2,4}|dikirim\p{L}{0,3}|kami\s{1,3}kirim|gửi)${L1}[^.\n]{0,40}?(?:[\w.+-]{1,40}@[\w-]{1,40}\.[\w.-]{2,20}|${L0}(?:(?:by|via|per|par|por|via)\s{1,3}(?:e-?mail|E-Mail|courriel|correo|WhatsApp|SMS|Teams|Slack)|(?:au|aux|al|ao|aos|allo|alla|to\s{1,3}the|an\s{1,3}den|naar\s{1,3}de)\s{1,3}${OUTSIDER})${L1})|(?:[\w.+-]{1,40}@[\w-]{1,40}\.[\w.-]{2,20}|${L0}(?:(?:by|via|per|par|por|via)\s{1,3}(?:e-?mail|E-Mail|courriel|correo|WhatsApp|SMS|Teams|Slack)|(?:au|aux|al|ao|aos|allo|alla|to\s{1,3}the|an\s{1,3}den|naar\s{1,3}de)\s{1,3}${OUTSIDER})${L1})[^.\n]{0,30}?${L0}(?:e-?mailed|sent|shared|texted|forwarded|send|e-?mail|share|übermittelt|gesendet|geschickt|gemailt|weitergegeben|senden|schicken|envoyée?|transmise?|communiquée?|envoyons|transmettons|enviad[oa]|enviamos|mandamos|compartimos|enviada|enviamos|inviat[oa]|inviamo|gemaild|verstuurd|gestuurd|sturen|mailen|wysyłan\p{L}|wysyłamy|przesyłan\p{L}|gönderil\p{L}{1,3}|gönderiyoruz|отправля\p{L}{2,4}|пересыла\p{L}{2,4}|dikirim\p{L}{0,3}|kami\s{1,3}kirim|gửi)${L1})`,
  ],
];

/** Stated, and not negated inside the match ("the partner does not receive the password"). */
const statedClean: Accept = (v, s, e) => stated(v, s, e) && !WARNED.test(v.slice(s, e));

/** The credential named in the paragraph before "dat wordt naar hen gemaild". */
const credBefore: Accept = (v, s, e) =>
  stated(v, s, e) && new RegExp(CRED, "iu").test(v.slice(Math.max(0, s - 200), s));

/** The match's leading name was called a partner, vendor or contractor earlier in the text. */
const namedOutsider: Accept = (v, s, e) => {
  if (!stated(v, s, e)) return false;
  const name = /^[\p{L}\p{N}&-]+/u.exec(v.slice(s, e))?.[0] ?? "";
  if (name.length < 3) return false;
  const before = v.slice(Math.max(0, s - 400), s);
  const esc = name.replace(/[-&]/g, "\\$&");
  return new RegExp(R`${L0}${OUTSIDER}${L1}\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}?${esc}${L1}`, "iu")
    .test(before);
};

// ---------------------------------------------------------------------------------------------
// source_switched / integrity_off

/** Hosts of the public registries and update services themselves. */
const OFFICIAL =
  /^(?:[\w-]+\.)*(?:npmjs\.org|npmjs\.com|yarnpkg\.com|pypi\.org|pythonhosted\.org|crates\.io|rubygems\.org|maven\.org|apache\.org|golang\.org|go\.dev|docker\.io|docker\.com|ghcr\.io|github\.com|githubusercontent\.com|gitlab\.com|nuget\.org|packagist\.org|debian\.org|ubuntu\.com|fedoraproject\.org|microsoft\.com|windowsupdate\.com|apple\.com|google\.com|googleapis\.com|gcr\.io|quay\.io|jsdelivr\.net|unpkg\.com|cloudflare\.com|hashicorp\.com|mozilla\.org|jetbrains\.com|visualstudio\.com|anaconda\.org|conda-forge\.org|hex\.pm|pub\.dev|cocoapods\.org|example\.(?:com|org|net)|localhost)$/i;

const SOURCE_NOUN = new RegExp(
  R`${L0}(?:packages?|dependenc(?:y|ies)|librar(?:y|ies)|modules?|images?|updates?|artifacts?|binaries|plugins?|extensions?|firmware|installers?|wheels|gems|crates|registry|index|mirror|feed|repository|repo|update\s{1,3}server|paquets?|dépendances|mises?\s{1,3}à\s{1,3}jour|dépôt|registre|paquetes|dependencias|actualizaciones|repositorio|registro|pacotes|atualizações|pacchetti|dipendenze|aggiornamenti|Pakete|Abhängigkeiten|Updates|Aktualisierungen|Registry|pakketten|updates|pakiety|pakietów|aktualizacje|paketler\p{L}{0,3}|güncellemeler\p{L}{0,3}|пакет\p{L}{0,3}|обновлени\p{L}{1,3}|репозитори\p{L}{1,3}|реестр\p{L}{0,2}|paket|pembaruan|gói|bản\s{1,3}cập\s{1,3}nhật|kho)${L1}|パッケージ|アップデート|更新サーバ|レジストリ|リポジトリ|软件包|依赖|更新服务器|镜像|仓库|패키지|업데이트|레지스트리|저장소|الحزم|التحديثات|المستودع|पैकेज|अपडेट`,
  "iu",
);
const SOURCE_MOVED = new RegExp(
  R`${L0}(?:now|from\s{1,3}(?:now|this|today|next)|moved|migrated|switched|changed|relocated|new|replaced|no\s{1,3}longer|désormais|déménagé|migré|nouveau|nouvelle|ahora|se\s{1,3}trasladó|migrado|nuevo|nueva|agora|novo|nova|ora|spostato|migrato|nuovo|jetzt|ab\s{1,3}sofort|künftig|umgezogen|migriert|neue[rsn]?|nu|voortaan|verhuisd|nieuwe?|teraz|przeniesion\p{L}|nowy|now[aey]|artık|taşındı|yeni|теперь|переехал\p{L}?|перенес[её]н\p{L}?|нов\p{L}{1,3}|mulai|sekarang|pindah|dipindahkan|baru|từ\s{1,3}nay|đã\s{1,3}chuyển|mới)${L1}|移行|変更|新しい|今後|迁移|改为|新的|今后|이전|변경|새|이제|نقل|الجديد|الآن|अब|नया|नए`,
  "iu",
);

const URL_HOST =
  R`https?:\/\/([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){1,6})`;

/** The URL is not a public registry's own host, in a sentence about a package/update source. */
const sourceMoved: Accept = (v, s, e) => {
  if (!stated(v, s, e)) return false;
  const host = /https?:\/\/([^/\s:?#]+)/i.exec(v.slice(s, e))?.[1] ?? "";
  if (!host || OFFICIAL.test(host)) return false;
  if (/!\[[^\]\n]{0,120}\]\($/.test(v.slice(Math.max(0, s - 130), s))) return false;
  const a = sentenceStart(v, s);
  const sentence = v.slice(a, sentenceEnd(v, e)).replace(/\S{0,40}:\/\/\S{0,400}/g, " ");
  return SOURCE_NOUN.test(sentence) && SOURCE_MOVED.test(sentence);
};

const SOURCE: readonly HalfRow[] = [[
  "",
  /https?:\/\//iu,
  URL_HOST,
]];

const INTEGRITY: readonly HalfRow[] = [
  [
    "",
    /(?:verifi|vérifi|verific|prüf|überprüf|controle|weryfikac|doğrulama|проверк|verifikasi|xác\s{1,3}minh|kiểm\s{1,3}tra|検証|校验|验证|검증|التحقق|सत्यापन)/iu,
    R`${L0}(?:(?:la\s{1,3})?vérification\s{1,3}(?:des\s{1,3})?(?:signatures?|hash|empreintes?|sommes?\s{1,3}de\s{1,3}contrôle|certificats?)|(?:la\s{1,3})?verificación\s{1,3}de\s{1,3}(?:(?:la|las|los)\s{1,3})?(?:firmas?|hash(?:es)?|sumas?\s{1,3}de\s{1,3}comprobación|certificados?)|(?:a\s{1,3})?verificação\s{1,3}de\s{1,3}(?:assinaturas?|hash|certificados?)|(?:la\s{1,3})?verifica\s{1,3}(?:delle\s{1,3}|della\s{1,3}|dei\s{1,3})?(?:firme?|hash|checksum|certificati)|(?:die\s{1,3})?(?:Signatur|Hash|Prüfsummen|Zertifikats)(?:prüfung|überprüfung|verifizierung)|(?:de\s{1,3})?(?:handtekening|hash|certificaat)(?:controle|verificatie)|weryfikacj\p{L}\s{1,3}(?:podpis\p{L}{0,3}|skrótów|hash\p{L}{0,3}|certyfikat\p{L}{0,3})|(?:imza|İmza|hash|sertifika)\s{1,3}doğrulama\p{L}{0,3}|проверк\p{L}\s{1,3}(?:подпис\p{L}{1,3}|хеш\p{L}{0,3}|контрольн\p{L}{1,3}\s{1,3}сумм|сертификат\p{L}{0,3})|verifikasi\s{1,3}(?:tanda\s{1,3}tangan|hash|checksum|sertifikat|signature)|(?:xác\s{1,3}minh|kiểm\s{1,3}tra)\s{1,3}(?:chữ\s{1,3}ký|mã\s{1,3}băm|hash|chứng\s{1,3}chỉ))${L1}[^.\n]{0,40}?${L0}(?:(?:est|a\s{1,3}été)\s{1,3}désactivée|désactivée|n['’]est\s{1,3}plus\s{1,3}(?:effectuée|requise)|(?:está|queda|fue)\s{1,3}desactivad[ao]|desactivad[ao]|(?:está|foi)\s{1,3}desativad[ao]|desativad[ao]|(?:è\s{1,3}stat[ao]\s{1,3})?disattivat[ao]|disabilitat[ao]|(?:ist|wird|wurde)\s{1,3}(?:deaktiviert|abgeschaltet|ausgeschaltet)|deaktiviert|(?:is|wordt)\s{1,3}uitgeschakeld|uitgeschakeld|(?:jest\s{1,3}|została\s{1,3})?wyłączon\p{L}|devre\s{1,3}dışı(?:\s{1,3}bırakıldı)?|kapatıldı|отключен\p{L}?|выключен\p{L}?|dinonaktifkan|dimatikan|bị\s{1,3}tắt|được\s{1,3}tắt|đã\s{1,3}tắt|tạm\s{1,3}tắt)${L1}|(?:署名|ハッシュ|チェックサム|証明書)(?:の)?検証[^。\n]{0,10}?(?:無効|オフ|停止|省略|不要)|(?:签名|哈希|校验和|证书)(?:校验|验证)[^。\n]{0,10}?(?:已)?(?:关闭|禁用|停用|跳过)|(?:서명|해시|체크섬|인증서)\s{0,2}검증[^.\n]{0,24}?(?:비활성화|해제|끔|생략)|(?:ال)?تحقق\s{1,3}من\s{1,3}(?:ال)?(?:توقيع|تجزئة|شهادة|بصمة)[^.\n]{0,20}?(?:معطل|تم\s{1,3}تعطيل|موقوف)|(?:हस्ताक्षर|हैश|प्रमाणपत्र)\s{1,3}सत्यापन[^।\n]{0,20}?(?:बंद|अक्षम)`,
  ],
];

// ---------------------------------------------------------------------------------------------
// bulk_payroll_out (full weight): every employee's tax or payroll records to a free-mail address
// (the IC3 "W-2 phishing" typology), in one stated sentence.

const FREEMAIL =
  R`[\w.+-]{1,40}@(?:gmail|googlemail|outlook|hotmail|live|yahoo|proton(?:mail)?|pm|gmx|web|mail|yandex|163|126|qq|icloud|aol|tutanota|tuta|zoho|naver|daum|sina|rambler|bk|inbox|list|wp|o2|onet|interia|libero|orange|free|laposte|t-online|seznam|hanmail|rediffmail|mail\.ru|ukr)\.[a-z.]{2,8}\b`;
const PAY_RECORDS =
  R`(?:${L0}(?:W-?2s?|W-?2\s{1,3}forms?|1099s?|P60s?|P45s?|payslips?|pay\s{1,3}stubs?|tax\s{1,3}forms?|salary\s{1,3}(?:data|details|records|list)|payroll\s{1,3}(?:file|data|register|report|records|export)|SSNs|social\s{1,3}security\s{1,3}numbers|nóminas|fiches\s{1,3}de\s{1,3}paie|bulletins\s{1,3}de\s{1,3}(?:paie|salaire)|Gehaltsabrechnungen|Lohnabrechnungen|Lohnsteuerbescheinigungen|holerites|contracheques|buste\s{1,3}paga|cedolini|loonstroken|jaaropgaven|pask\p{L}{1,2}\s{1,3}płacow\p{L}{1,3}|PIT-11|bordrolar\p{L}{0,3}|расч[её]тн\p{L}{2}\s{1,3}лист\p{L}{0,3}|slip\s{1,3}gaji|phiếu\s{1,3}lương|bảng\s{1,3}lương)${L1}|給与明細|源泉徴収票|工资单|工资条|薪资表|급여\s{0,2}명세서|원천징수영수증|كشوف\s{1,3}الرواتب|वेतन\s{1,3}पर्ची)`;
const ALL_STAFF =
  R`(?:${L0}(?:all|every|each|entire|whole|complete|todos\s{1,3}los|toda\s{1,3}la|tous\s{1,3}les|tout\s{1,3}le|l['’]ensemble\s{1,3}des|alle[rn]?|sämtliche[rn]?|todos\s{1,3}os|tutti\s{1,3}i|alle|wszystkich|tüm|bütün|всех|seluruh|semua|toàn\s{1,3}bộ|tất\s{1,3}cả)${L1}[^.\n]{0,30}?${L0}(?:employees?|staff|workers|personnel|payroll|empleados|plantilla|trabajadores|salariés|personnel|collaborateurs|Mitarbeiter\p{L}{0,4}|Mitarbeitende\p{L}{0,2}|Beschäftigten|funcionários|colaboradores|dipendenti|medewerkers|werknemers|pracowników|çalışan\p{L}{0,4}|personel\p{L}{0,4}|сотрудников|работников|karyawan|pegawai|nhân\s{1,3}viên)${L1}|全従業員|全社員|全体员工|所有员工|全体职工|전\s{0,2}직원|모든\s{0,2}직원|جميع\s{1,3}الموظفين|सभी\s{1,3}कर्मचारियों)`;

/** The free-mail address sits in a sentence naming every employee's payroll or tax records. */
const bulkPayroll: Accept = (v, s, e) => {
  if (!stated(v, s, e)) return false;
  const a = Math.max(sentenceStart(v, s), s - 300);
  const sentence = v.slice(a, sentenceEnd(v, e));
  return new RegExp(PAY_RECORDS, "iu").test(sentence) && new RegExp(ALL_STAFF, "iu").test(sentence);
};

// ---------------------------------------------------------------------------------------------
// reset_on_request: an MFA / password reset done on a phone or chat request alone; the new code
// sent where the caller says (forms the older `secret_by_phone` rows do not read).

const RESET: readonly HalfRow[] = [
  [
    "",
    /(?:request|call|requête|appel|solicitud|llamada|Anruf|pedido|chiamata|verzoek|prośb|talep|запрос|звон|permintaan|yêu\s{1,3}cầu|依頼|電話|请求|电话|요청|전화|طلب|अनुरोध)/iu,
    R`\b(?:MFA|2FA|two-factor|authenticator|password|passkey|token)s?\s{1,3}(?:is\s{1,3}|are\s{1,3})?(?:resets?|re-?enrol(?:l)?(?:ment|ed)?|reset)\b[^.\n]{0,40}?\b(?:on|by|via|after|upon)\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:phone|telephone|chat|Teams|Slack|e-?mail|verbal)\s{1,3}(?:request|call|message)s?\b|\bresets?\s{1,3}(?:the\s{1,3})?(?:MFA|2FA|password|authenticator)s?\s{1,3}(?:on|upon|after)\s{1,3}(?:a\s{1,3})?(?:phone|telephone|chat|verbal)\s{1,3}(?:request|call)\b|(?:MFA|2FA|2단계\s{0,2}인증|비밀번호|OTP)\s{0,2}재설정[^.\n]{0,20}?(?:전화|채팅|메일|메신저)\s{0,2}요청만으로|(?:電話|チャット|メール)(?:の依頼)?(?:だけ|のみ)で[^。\n]{0,10}?(?:MFA|多要素認証|パスワード)[^。\n]{0,6}?(?:リセット|再設定|再登録)|仅凭(?:电话|聊天|邮件)(?:请求)?[^。\n]{0,6}?(?:即可)?重置|${L0}(?:auf\s{1,3}(?:telefonische|bloße)\s{1,3}(?:Anfrage|Anforderung)|per\s{1,3}Anruf|sur\s{1,3}simple\s{1,3}appel|con\s{1,3}una\s{1,3}simple\s{1,3}llamada|op\s{1,3}telefonisch\s{1,3}verzoek)${L1}[^.\n]{0,30}?${L0}(?:zurückgesetzt|neu\s{1,3}eingerichtet|réinitialisée?s?|restablecid[oa]s?|gereset)${L1}|${L0}(?:restablec\p{L}{1,4}|reinici\p{L}{1,4}|réinitialis\p{L}{1,4}|zurückgesetzt|redefin\p{L}{1,4}|reimpostat\p{L}|gereset|resetowan\p{L}|sıfırlan\p{L}{1,4}|сбрасыва\p{L}{1,4}|сброшен\p{L}{0,2}|direset|đặt\s{1,3}lại)${L1}[^.\n]{0,40}?${L0}(?:con\s{1,3}(?:una\s{1,3})?(?:simple\s{1,3})?(?:llamada|solicitud\s{1,3}telefónica)|sur\s{1,3}(?:simple\s{1,3})?(?:appel|demande\s{1,3}téléphonique)|auf\s{1,3}(?:telefonische|bloße)\s{1,3}(?:Anfrage|Anruf)|per\s{1,3}Anruf|com\s{1,3}(?:um\s{1,3})?(?:simples\s{1,3})?(?:pedido|ligação)\s{1,3}(?:telefônic\p{L}|por\s{1,3}telefone)?|su\s{1,3}(?:semplice\s{1,3})?(?:richiesta\s{1,3}telefonica|chiamata)|op\s{1,3}(?:een\s{1,3})?telefonisch\s{1,3}verzoek|na\s{1,3}(?:telefoniczną\s{1,3}prośbę|prośbę\s{1,3}telefoniczną)|telefonla\s{1,3}(?:gelen\s{1,3})?talep\p{L}{0,4}|по\s{1,3}(?:телефонному\s{1,3})?(?:звонку|запросу\s{1,3}по\s{1,3}телефону)|(?:atas|berdasarkan)\s{1,3}permintaan\s{1,3}(?:lewat\s{1,3})?telepon|theo\s{1,3}yêu\s{1,3}cầu\s{1,3}qua\s{1,3}điện\s{1,3}thoại)${L1}`,
  ],
];

const TO_CALLER: readonly HalfRow[] = [
  [
    "",
    /(?:caller|requester|solicitante|appelant|demandeur|Anrufer|requerente|chiamante|richiedente|beller|aanvrager|dzwoniąc|arayan|звонящ|заявител|penelepon|pemohon|người\s{1,3}gọi|người\s{1,3}yêu\s{1,3}cầu|依頼者|申請者|来电者|请求人|申请人|요청자|전화한|المتصل|مقدم\s{1,3}الطلب|कॉलर|अनुरोधकर्ता)/iu,
    R`\b(?:QR\s{1,3}codes?|enrol(?:l)?ment\s{1,3}(?:codes?|links?|QR)|activation\s{1,3}(?:codes?|links?)|reset\s{1,3}(?:codes?|links?)|temporary\s{1,3}(?:codes?|passwords?)|one-time\s{1,3}(?:codes?|passwords?))\b[^.\n]{0,60}?\b(?:to|at)\s{1,3}(?:the|any|whatever|an?)\s{1,3}(?:e-?mail\s{1,3})?(?:address|number|phone|mobile|e-?mail)\s{1,3}(?:that\s{1,3})?the\s{1,3}(?:caller|requester|user\s{1,3}on\s{1,3}the\s{1,3}phone)\s{1,3}(?:gives|provides|names|supplies|states)\b|${L0}(?:a\s{1,3}la\s{1,3}(?:dirección|cuenta|número)\s{1,3}(?:que\s{1,3}(?:indique|facilite|dé|proporcione)|indicad[oa])\s{1,3}(?:por\s{1,3})?el\s{1,3}solicitante|à\s{1,3}l['’]adresse\s{1,3}(?:indiquée|donnée|fournie)\s{1,3}par\s{1,3}l['’](?:appelant|demandeur)|an\s{1,3}die\s{1,3}vom\s{1,3}(?:Anrufer|Antragsteller)\s{1,3}(?:genannte|angegebene)\s{1,3}(?:Adresse|Nummer|E-Mail-Adresse)|para\s{1,3}o\s{1,3}(?:e-?mail|endereço|número)\s{1,3}(?:informado|indicado)\s{1,3}pelo\s{1,3}(?:solicitante|requerente)|all['’]indirizzo\s{1,3}(?:indicato|fornito)\s{1,3}dal\s{1,3}(?:chiamante|richiedente)|naar\s{1,3}het\s{1,3}(?:adres|nummer)\s{1,3}dat\s{1,3}de\s{1,3}(?:beller|aanvrager)\s{1,3}(?:opgeeft|noemt)|na\s{1,3}adres\s{1,3}podany\s{1,3}przez\s{1,3}(?:dzwoniącego|zgłaszającego)|arayanın\s{1,3}(?:verdiği|belirttiği)\s{1,3}(?:adres|e-?posta|numara)\p{L}{0,4}|на\s{1,3}(?:адрес|номер|почту)\p{L}{0,2},?\s{1,3}(?:который|которую)\s{1,3}(?:назов[её]т|укажет|сообщит)\s{1,3}(?:звонящий|заявитель)|ke\s{1,3}(?:alamat|email|nomor)\s{1,3}yang\s{1,3}diberikan\s{1,3}(?:penelepon|pemohon)|tới\s{1,3}(?:địa\s{1,3}chỉ|email|số)\s{1,3}(?:do\s{1,3})?người\s{1,3}(?:gọi|yêu\s{1,3}cầu)\s{1,3}cung\s{1,3}cấp)${L1}|(?:依頼者|申請者)(?:が|の)(?:指定|伝え)[^。\n]{0,8}?(?:メール|アドレス|番号)|(?:来电者|请求人|申请人)提供的(?:邮箱|号码|地址)|요청자가\s{0,2}(?:알려주는|알려준|제공한|지정한)\s{0,2}(?:이메일|주소|번호)|(?:إلى|الى)\s{1,3}(?:البريد|العنوان|الرقم)\s{1,3}الذي\s{1,3}(?:يقدمه|يحدده|يذكره)\s{1,3}(?:المتصل|مقدم\s{1,3}الطلب)|(?:कॉलर|अनुरोधकर्ता)\s{1,3}द्वारा\s{1,3}(?:दिए|बताए)\s{1,3}गए\s{1,3}(?:ईमेल|पते|नंबर)`,
  ],
];

// ---------------------------------------------------------------------------------------------
// outside admin grant + review waived (forms the older `kb_access_granted` / `kb_unguarded` rows
// do not read).

const OUT_ACCOUNT =
  R`(?:${L0}(?:external|contractor|vendor|guest|third[\s-]party|partner|esterna|esterno|externa|externo|externe|externen?|contratista|prestataire|fornitore|zewnętrzn\p{L}{1,3}|harici|dış|внешн\p{L}{1,3}|подрядчик\p{L}{0,2}|eksternal|bên\s{1,3}ngoài)${L1}|ext[-._]\w{2,30}|外部|外包|외부|خارجي|बाहरी)`;
const ADMIN_ROLE =
  R`(?:${L0}(?:Global\s{1,3}Admin(?:istrator)?|Domain\s{1,3}Admins?|Enterprise\s{1,3}Admins?|Owner|super-?user|root|admin(?:istrator)?\s{1,3}(?:rights|role|privileges|access)|amministrat\p{L}{3}(?:\s{1,3}di\s{1,3}dominio)?|diritti\s{1,3}di\s{1,3}amministrat\p{L}{3}|administrador(?:\s{1,3}(?:de\s{1,3})?dominio)?|derechos\s{1,3}de\s{1,3}administrador|droits\s{1,3}(?:d['’])?administrat\p{L}{3,4}|administrateur\s{1,3}(?:du\s{1,3})?domaine|Administratorrechte|Domänen-?Admin\p{L}{0,9}|administrator\p{L}{0,3}\s{1,3}domeny|uprawnienia\s{1,3}administrator\p{L}{0,2}|beheerdersrechten|domeinbeheerder|yönetici\s{1,3}(?:hakları|yetkisi)|права\s{1,3}администратора|администратор\p{L}{0,2}\s{1,3}домена|hak\s{1,3}akses\s{1,3}admin|quyền\s{1,3}quản\s{1,3}trị)${L1}|管理者権限|ドメイン管理者|管理员权限|域管理员|관리자\s{0,2}권한|도메인\s{0,2}관리자|صلاحيات\s{1,3}(?:ال)?مسؤول|व्यवस्थापक\s{1,3}अधिकार)`;
const OUT_ADMIN: readonly HalfRow[] = [
  [
    "",
    /(?:admin|amministrat|administra|droits|rechte|права|uprawnienia|beheerder|yönetici|quản\s{1,3}trị|管理|관리자|مسؤول|व्यवस्थापक|owner|root|super)/iu,
    R`${OUT_ACCOUNT}[^.\n]{0,60}?${ADMIN_ROLE}|${ADMIN_ROLE}[^.\n]{0,60}?${OUT_ACCOUNT}`,
  ],
];

/** Assigned, granted or given in the sentence (not requested, proposed or refused). */
const granted: Accept = (v, s, e) => {
  if (!stated(v, s, e)) return false;
  const sentence = v.slice(sentenceStart(v, s), sentenceEnd(v, e));
  return GRANT_VERB.test(sentence) && !WARNED.test(v.slice(s, e));
};
const GRANT_VERB = new RegExp(
  R`${L0}(?:granted|assigned|given|added|elevated|promoted|has|holds|now|assegnat\p{L}|concess\p{L}|attribuit\p{L}|asignad\p{L}{1,2}|otorgad\p{L}{1,2}|concedid\p{L}{1,2}|attribuée?s?|accordée?s?|octroyée?s?|zugewiesen|erteilt|vergeben|erhalten|atribuíd\p{L}{1,2}|concedid\p{L}{1,2}|toegekend|toegewezen|nadan\p{L}{1,2}|przyznan\p{L}{1,2}|verildi|atandı|tanımlandı|предоставлен\p{L}{0,2}|назначен\p{L}{0,2}|выданы?|diberikan|ditetapkan|được\s{1,3}cấp|đã\s{1,3}cấp)${L1}|付与|授予|开通|分配|부여|منح|تعيين|प्रदान|दिए\s{1,3}गए`,
  "iu",
);

const REVIEW_WAIVED: readonly HalfRow[] = [
  [
    "",
    /(?:richiest|necesari|requise?|erforderlich|necessári|nodig|wymagan|gerek|требуется|diperlukan|không\s{1,3}cần|不要|不需要|无需|필요|مطلوب|आवश्यक)/iu,
    R`${L0}(?:(?:la\s{1,3})?revisione\s{1,3}(?:degli\s{1,3}accessi|periodica)?|(?:l['’])?approvazione|(?:la\s{1,3})?revisión\s{1,3}(?:de\s{1,3}accesos)?|(?:la\s{1,3})?aprobación|(?:la\s{1,3})?revue\s{1,3}(?:des\s{1,3}accès|des\s{1,3}droits)?|(?:l['’])?approbation|(?:die\s{1,3})?(?:Rezertifizierung|Zugriffsprüfung|Genehmigung|Freigabe)|(?:a\s{1,3})?revisão\s{1,3}(?:de\s{1,3}acessos)?|(?:a\s{1,3})?aprovação|(?:de\s{1,3})?(?:toegangsreview|goedkeuring|review)|przegląd\s{1,3}uprawnień|zatwierdzenie|erişim\s{1,3}incelemesi|onay|пересмотр\s{1,3}доступа|согласование|tinjauan\s{1,3}akses|persetujuan|rà\s{1,3}soát\s{1,3}quyền|phê\s{1,3}duyệt)${L1}[^.\n]{0,40}?${L0}(?:non\s{1,3}è\s{1,3}(?:più\s{1,3})?(?:richiest[oa]|necessari[oa])|no\s{1,3}es\s{1,3}(?:necesari[oa]|requerid[oa])|no\s{1,3}se\s{1,3}requiere|n['’]est\s{1,3}pas\s{1,3}(?:requise?|nécessaire)|ist\s{1,3}nicht\s{1,3}(?:erforderlich|nötig)|entfällt|não\s{1,3}é\s{1,3}(?:necessári[oa]|exigid[oa])|is\s{1,3}niet\s{1,3}nodig|nie\s{1,3}jest\s{1,3}wymagan\p{L}|gerekmez|gerekmiyor|не\s{1,3}требуется|tidak\s{1,3}diperlukan|không\s{1,3}cần\s{1,3}thiết)${L1}|(?:アクセスレビュー|承認|レビュー)(?:は)?不要|(?:访问审查|审批|复核)(?:不需要|无需|免除)|(?:접근\s{0,2}검토|승인|검토)(?:는|은)?\s{0,2}(?:필요\s{0,2}없|불필요)|(?:مراجعة\s{1,3}الوصول|الموافقة)\s{1,3}غير\s{1,3}مطلوبة|(?:एक्सेस\s{1,3}समीक्षा|मंजूरी|अनुमोदन)\s{1,3}(?:की\s{1,3})?आवश्यक(?:ता)?\s{1,3}नहीं`,
  ],
];

// ---------------------------------------------------------------------------------------------
// mailbox forwarded across domains; all incoming mail as the payload.

const ADDR = R`[\w.+-]{1,40}@([\w-]{1,40}(?:\.[\w-]{1,40}){1,4})`;
const FORWARD: readonly HalfRow[] = [
  [
    "",
    /(?:forward|copied|redirect|weitergeleitet|umgeleitet|transféré|redirigé|reenviad|redirigid|encaminhad|inoltrat|doorgestuurd|przekazywan|przekierowywan|yönlendiril|пересыла|перенаправля|diteruskan|chuyển\s{1,3}tiếp|転送|转发|전달|إعادة\s{1,3}توجيه|अग्रेषित|फॉरवर्ड)/iu,
    R`${ADDR}[^.\n]{0,80}?(?:${L0}(?:(?:auto(?:matically)?\s{1,3})?(?:forwarded|copied|redirected|bcc['’]?d)|weitergeleitet|umgeleitet|transférée?s?|redirigée?s?|reenviad[oa]s?|redirigid[oa]s?|encaminhad[oa]s?|inoltrat[oa]|doorgestuurd|przekazywan\p{L}|przekierowywan\p{L}|yönlendiril\p{L}{1,4}|пересыла\p{L}{2,4}|перенаправля\p{L}{2,4}|diteruskan|chuyển\s{1,3}tiếp)${L1}|転送|转发|전달|إعادة\s{1,3}توجيه|अग्रेषित|फॉरवर्ड)[^.\n]{0,60}?${ADDR}|${ADDR}[^.\n]{0,80}?${ADDR}[^.\n]{0,30}?(?:${L0}(?:(?:auto(?:matically)?\s{1,3})?(?:forwarded|copied|redirected|bcc['’]?d)|weitergeleitet|umgeleitet|transférée?s?|redirigée?s?|reenviad[oa]s?|redirigid[oa]s?|encaminhad[oa]s?|inoltrat[oa]|doorgestuurd|przekazywan\p{L}|przekierowywan\p{L}|yönlendiril\p{L}{1,4}|пересыла\p{L}{2,4}|перенаправля\p{L}{2,4}|diteruskan|chuyển\s{1,3}tiếp)${L1}|転送|转发|전달|إعادة\s{1,3}توجيه|अग्रेषित|फॉरवर्ड)`,
  ],
];

/** The two addresses are in different organisations (no shared name label). */
const acrossDomains: Accept = (v, s, e) => {
  if (!stated(v, s, e) || WARNED.test(v.slice(s, e))) return false;
  const hosts = [...v.slice(s, e).matchAll(/@([\w.-]+)/g)].map((m) => m[1].toLowerCase());
  if (hosts.length < 2) return false;
  const labels = (h: string) => h.split(".").slice(0, -1).filter((l) => l.length >= 3);
  const [a, b] = [hosts[0], hosts[hosts.length - 1]];
  return !labels(a).some((l) => b.includes(l)) && !labels(b).some((l) => a.includes(l));
};

const ALL_MAIL: readonly HalfRow[] = [
  [
    "",
    /(?:poczta|correo|courrier|E-Mails|Post|e-mails|berichten|mensagens|posta|posta|почта|письма|surel|email|thư|メール|邮件|메일|البريد|मेल)/iu,
    R`${L0}(?:cała\s{1,3}(?:poczta|korespondencja)\s{1,3}(?:przychodząca|przychodzaca)|wszystkie\s{1,3}(?:przychodzące\s{1,3})?(?:wiadomości|maile|e-maile)\s{1,3}(?:przychodzące)?|todo\s{1,3}el\s{1,3}correo\s{1,3}entrante|toda\s{1,3}la\s{1,3}correspondencia\s{1,3}entrante|todos\s{1,3}los\s{1,3}correos\s{1,3}entrantes|tout\s{1,3}le\s{1,3}courrier\s{1,3}entrant|tous\s{1,3}les\s{1,3}(?:e-?mails|courriels|messages)\s{1,3}entrants|alle\s{1,3}eingehenden\s{1,3}(?:E-Mails|Mails|Nachrichten)|die\s{1,3}gesamte\s{1,3}eingehende\s{1,3}(?:Post|E-Mail)|todos\s{1,3}os\s{1,3}(?:e-?mails|mensagens)\s{1,3}recebid[oa]s|todas\s{1,3}as\s{1,3}mensagens\s{1,3}recebidas|tutta\s{1,3}la\s{1,3}posta\s{1,3}in\s{1,3}arrivo|tutte\s{1,3}le\s{1,3}(?:e-?mail|mail)\s{1,3}in\s{1,3}arrivo|alle\s{1,3}inkomende\s{1,3}(?:e-?mails|berichten|mail)|tüm\s{1,3}gelen\s{1,3}(?:e-?postalar|postalar|mesajlar)|вся\s{1,3}входящая\s{1,3}почта|все\s{1,3}входящие\s{1,3}(?:письма|сообщения)|semua\s{1,3}(?:email|surel|pesan)\s{1,3}masuk|toàn\s{1,3}bộ\s{1,3}thư\s{1,3}(?:đến|gửi\s{1,3}tới)|tất\s{1,3}cả\s{1,3}(?:email|thư)\s{1,3}đến)${L1}|(?:すべての|全ての)受信メール|所有(?:收到的|来信|传入)?邮件|모든\s{0,2}수신\s{0,2}메일|جميع\s{1,3}(?:رسائل\s{1,3})?البريد\s{1,3}الوارد|सभी\s{1,3}आने\s{1,3}वाले\s{1,3}(?:ईमेल|मेल)`,
  ],
];

// ---------------------------------------------------------------------------------------------
// giftcard_codes (full weight): gift cards bought and their codes sent to a free-mail address, a
// personal number or by SMS / WhatsApp (the IC3 gift-card scam), in the languages the older
// `giftcard_codes` rows do not read.

const GIFT =
  R`(?:${L0}(?:gift\s{1,3}cards?|tarjetas?\s{1,3}(?:de\s{1,3})?regalo|(?:iTunes-|Amazon-|Google-Play-)?(?:Geschenk|Gutschein)karten|cartes?\s{1,3}cadeaux?|cart(?:ão|ões)[\s-]presente|vales?-presente|carte\s{1,3}regalo|buoni\s{1,3}regalo|cadeaukaarten|cadeaubonnen|kart\p{L}{0,2}\s{1,3}podarunkow\p{L}{1,3}|hediye\s{1,3}kart\p{L}{0,5}|подарочн\p{L}{2,3}\s{1,3}карт\p{L}{0,3}|kartu\s{1,3}hadiah|voucher\s{1,3}belanja|thẻ\s{1,3}quà\s{1,3}tặng)${L1}|ギフトカード|礼品卡|购物卡|기프트\s{0,2}카드|상품권|بطاقات?\s{1,3}(?:ال)?هدايا|गिफ्ट\s{1,3}कार्ड)`;
const PERSONAL_CHANNEL =
  R`(?:${FREEMAIL}|${L0}(?:par\s{1,3}SMS|per\s{1,3}SMS|por\s{1,3}(?:SMS|WhatsApp)|via\s{1,3}(?:SMS|WhatsApp|text)|by\s{1,3}(?:SMS|text|WhatsApp)|numéro\s{1,3}personnel|private?\s{1,3}(?:Handy)?nummer|número\s{1,3}personal|personal\s{1,3}(?:number|mobile|phone)|numero\s{1,3}personale|WhatsApp)${L1})`;
const GIFT_OUT = R`${GIFT}[^\n]{0,160}?${PERSONAL_CHANNEL}`;

/** Stated, and the codes (not the cards' terms) are what travels. */
const giftSent: Accept = (v, s, e) =>
  stated(v, s, e) && !WARNED.test(v.slice(s, e)) &&
  /(?:codes?|códigos?|Codes?|Kartencodes|codici|kody|kodlar\p{L}{0,3}|коды|kode|mã|コード|卡密|兑换码|코드|번호|رموز|أرقام|कोड|PIN)/iu
    .test(v.slice(s, e));

// ---------------------------------------------------------------------------------------------
// bank_change_by_email: payroll / bank-detail changes accepted on an e-mail or phone request.

const CHANGE_BY_MAIL: readonly HalfRow[] = [
  [
    "",
    /(?:accepted|processed|actioned|applied|made|akzeptiert|bearbeitet|acceptées?|traitées?|aceptan|aceptad|procesad)/iu,
    R`\b(?:bank(?:\s{1,3}account)?|direct[\s-]deposit|payroll|payment|remittance|beneficiary|payee|salary)\s{1,3}(?:detail\s{1,3}|account\s{1,3})?(?:changes|updates|change\s{1,3}requests)\b[^.\n]{0,40}?\b(?:are|is)\s{1,3}(?:now\s{1,3})?(?:accepted|processed|actioned|applied|made)\s{1,3}(?:by|via|over|on|from)\s{1,3}(?:an?\s{1,3}|plain\s{1,3})?(?:e-?mail|phone|telephone|chat|text|SMS|Teams|Slack)\b|${L0}(?:Änderungen\s{1,3}der\s{1,3}Bankverbindung|Bankdatenänderungen|changements\s{1,3}de\s{1,3}(?:RIB|coordonnées\s{1,3}bancaires)|cambios\s{1,3}de\s{1,3}(?:cuenta|datos\s{1,3}bancarios))${L1}[^.\n]{0,40}?${L0}(?:werden\s{1,3}per\s{1,3}(?:E-Mail|Telefon)\s{1,3}(?:akzeptiert|bearbeitet|übernommen)|sont\s{1,3}(?:acceptés|traités)\s{1,3}par\s{1,3}(?:e-?mail|courriel|téléphone)|se\s{1,3}(?:aceptan|procesan|tramitan)\s{1,3}por\s{1,3}(?:correo|e-?mail|teléfono))${L1}`,
  ],
];

// ---------------------------------------------------------------------------------------------
// kept_from_person (en forms the older rows do not read): the act not discussed with the officer
// who would stop it ("treasury staff do not discuss it with the CFO or the audit team").

const KEPT_FROM: readonly HalfRow[] = [
  [
    "",
    /(?:discuss|mention|share|raise|copy|cc)/iu,
    R`\b(?:staff|team|employees|clerks?|we|you|finance|treasury|AP|accounts)\s{1,3}(?:do\s{1,3}not|don['’]t|must\s{1,3}not|should\s{1,3}not|are\s{1,3}not\s{1,3}to)\s{1,3}(?:discuss|mention|share|raise|copy|cc)\s{1,3}(?:it|(?:this|the)(?:\s{1,3}(?:deal|transfer|payment|matter|project|wire))?)\s{1,3}with\s{1,3}(?:the\s{1,3})?(?:CFO|controller|auditors?|audit\s{1,3}team|internal\s{1,3}audit|compliance|legal|finance\s{1,3}director|board|second\s{1,3}approver)\b`,
  ],
];

/** The sentence states the rule (the negation is the rule itself here, not a warning). */
const keptStated: Accept = (v, s) =>
  !/(?<![\p{L}])(?:if|never\s{1,3}believe|fraud\p{L}{0,4}|scam\p{L}{0,4}|phish\p{L}{0,4}|red\s{1,3}flags?|warning)(?![\p{L}])/iu
    .test(v.slice(sentenceStart(v, s), s));

/** The rules of this family. */
export const KB_FACT_RULES: readonly InjectionRule[] = [
  ...rows(
    "payee_swap",
    "Text sends money to a literal account in a changed-details sentence",
    SWITCH,
    switched,
  ),
  ...rows(
    "account_closed",
    "Text declares a payee's old bank account or details closed",
    CLOSED,
    statedPayment,
  ),
  ...rows(
    "account_closed",
    "A record's previous payout account has a closed status",
    RECORD_CLOSED,
    statedPayment,
  ),
  ...rows(
    "payee_swap",
    "A record's payout account holds a current or new account number",
    RECORD_SWITCH,
    statedPayment,
  ),
  ...rows(
    "dual_control_waived",
    "Text declares the four-eyes, dual approval or call-back check waived",
    DUAL,
    stated,
  ),
  ...rows(
    "single_release",
    "Text lets a single person release or approve a payment",
    SINGLE,
    single,
  ),
  ...rows(
    "cred_needed_outside",
    "Text has an outside party need or get an administrator credential",
    CRED_OUT.slice(0, 1),
    statedClean,
  ),
  ...rows(
    "cred_handed_over",
    "Text has an administrator credential shared with an outside party",
    CRED_OUT.slice(1, 2),
    statedClean,
  ),
  ...rows(
    "cred_needed_outside",
    "Text has a named outside party need an administrator credential",
    CRED_OUT.slice(2, 3),
    namedOutsider,
  ),
  ...rows(
    "cred_handed_over",
    "Text has an administrator credential handed to the outside party",
    CRED_OUT.slice(3, 4),
    credBefore,
  ),
  ...rows(
    "cred_handed_over",
    "Text has an administrator credential mailed on",
    CRED_OUT.slice(4),
    statedClean,
  ),
  ...rows(
    "source_switched",
    "Text moves package or update downloads to a new non-registry host",
    SOURCE,
    sourceMoved,
  ),
  make(
    "giftcard_codes",
    1,
    "",
    GIFT_OUT,
    "Text sends gift-card codes to a free-mail address, a personal number or by SMS",
    { gate: new RegExp(GIFT, "iu"), accept: giftSent, reach: 400, back: 200 },
  ),
  ...rows(
    "bank_change_by_email",
    "Text accepts bank-detail changes on an e-mail or phone request",
    CHANGE_BY_MAIL,
    stated,
  ),
  ...rows(
    "kept_from_person",
    "Text keeps the payment from the officer who would check it",
    KEPT_FROM,
    keptStated,
  ),
  make(
    "bulk_payroll_out",
    1,
    "",
    FREEMAIL,
    "Text sends every employee's payroll or tax records to a free-mail address",
    { gate: /@/u, accept: bulkPayroll, reach: 400, back: 400 },
  ),
  ...rows(
    "kb_unguarded",
    "Text has an MFA or password reset done on a phone or chat request alone",
    RESET,
    stated,
  ),
  ...rows(
    "secret_by_phone",
    "Text sends an enrolment or reset code where the caller says",
    TO_CALLER,
    stated,
  ),
  ...rows(
    "kb_access_granted",
    "Text states an outside account granted an administrator role",
    OUT_ADMIN,
    granted,
  ),
  ...rows(
    "kb_unguarded",
    "Text declares the access review or approval not required",
    REVIEW_WAIVED,
    stated,
  ),
  ...rows(
    "kb_sent_outside",
    "Text forwards a mailbox to an address of another organisation",
    FORWARD,
    acrossDomains,
  ),
  ...rows("kb_secret_payload", "Text names all incoming mail as the payload", ALL_MAIL, stated),
  ...rows(
    "integrity_off",
    "Text declares signature, hash or certificate verification switched off",
    INTEGRITY,
    // "署名検証を省略できません": a ban on skipping the check, not a waiver.
    (v, s, e) => stated(v, s, e) && !NOT_ALLOWED.test(v.slice(e, e + 24)),
  ),
];
