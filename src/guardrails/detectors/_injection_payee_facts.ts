/**
 * A changed payee stated as fact, in the languages the earlier `account_closed` and
 * `payee_switch` rows do not read (cs/sk, pl, hu, ro, hr/sr/bs/sl, fi, et, tr, id/ms, nl, el, ko,
 * ja, he, ar, hi, th): a letter or record says the payee's old account is closed and that money
 * now goes to a new one. Filed under the existing kinds, so each phrase counts once with them:
 *
 * - `account_closed`: the previous / original / old account declared closed or cancelled.
 * - `payee_switch`: payments, deductions or instalments sent "to the new account".
 *
 * Each is a half signal; the pair (or either beside another half) blocks. Paraphrases in
 * `_injection_payee_facts_test.ts`.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** Not denied or warned just before ("never", "if you receive", "fraud", "verify"). */
const stated: Accept = (v, s) =>
  !/(?<!\p{L})(?:never|nikdy|nigdy|soha|niciodată|nikada|nikoli|ei\s{1,3}koskaan|asla|tidak\s{1,3}pernah|nooit|ποτέ|pokud\s{1,3}obdržíte|jeśli\s{1,3}otrzymasz|if\s{1,3}you\s{1,3}(?:receive|get)|fraud\p{L}{0,4}|scam\p{L}{0,4}|podvod\p{L}{0,4}|oszust\p{L}{0,4}|csal\p{L}{0,4}|dolandırıc\p{L}{0,4}|penipu\p{L}{0,4}|oplicht\p{L}{0,4}|απάτ\p{L}{0,4})(?!\p{L})|절대|사기|決して|詐欺|לעולם|הונאה|أبدا|احتيال|कभी\s{1,3}नहीं|धोखाधड़ी|ไม่เคย|หลอกลวง/iu
    .test(v.slice(Math.max(0, s - 120), s));

const CLOSED: readonly HalfRow[] = [
  // Latin-script languages: "the previous account … was closed" with the noun and the verb
  // within one clause.
  [
    "",
    /(?:účet|účtu|rachun|konto|számla|cont|račun|racun|tili|hesap|rekening|akaun)/iu,
    R`(?<!\p{L})(?:(?:původní|starý|dosavadní|pôvodný|doterajší)\s{1,3}(?:bankovní\s{1,3}|bankový\s{1,3})?účet|(?:poprzedni|stary|dotychczasowy)\s{1,3}(?:rachunek|numer\s{1,3}(?:rachunku|konta)|konto)|(?:korábbi|régi|eddigi)\s{1,3}(?:bank)?száml\p{L}{0,6}|cont(?:ul)?\s{1,3}(?:vechi|anterior)|(?:stari|prethodni|dosadašnji|dosadašnji|prejšnji)\s{1,3}(?:tekući\s{1,3}|bankovni\s{1,3}|transakcijski\s{1,3})?(?:račun|racun)|(?:vanha|aiempi|entinen)\s{1,3}(?:pankki)?tili|(?:vana|senine)\s{1,3}(?:panga)?konto|(?:eski|önceki)\s{1,3}(?:banka\s{1,3})?hesa[pb]\p{L}{0,4}|rekening\s{1,3}(?:lama|sebelumnya)|akaun\s{1,3}lama|(?:het\s{1,3}oude|de\s{1,3}oude|het\s{1,3}vorige|de\s{1,3}vorige)\s{1,3}rekening(?:nummer)?)(?!\p{L})[^.\n]{0,50}?(?<!\p{L})(?:(?:byl|bol|je|został|jest|a\s{1,3}fost|on|oli|on\s{1,3}nyt|on\s{1,3}jo|sudah|telah|telah\s{1,3}pun|is|werd|wordt)\s{1,3})?(?:zrušen\p{L}{0,2}|uzavřen\p{L}{0,2}|uzavret\p{L}{0,2}|zamknięt\p{L}{1,2}|zlikwidowan\p{L}{1,2}|nieaktywn\p{L}{1,2}|megszűnt|megszüntet\p{L}{0,8}|lezár\p{L}{0,6}|închis|desființat|zatvoren\p{L}{0,2}|ugašen\p{L}{0,2}|ukinut\p{L}{0,2}|suljettu|lakkautettu|suletud|kapatıl\p{L}{0,4}|kapandı|ditutup|tidak\s{1,3}aktif|opgeheven|gesloten)(?!\p{L})`,
  ],
  // el / ko / ja / he / ar / hi / th
  [
    "",
    /(?:λογαριασμ|계좌|口座|חשבון|الحساب|खाता|บัญชี)/iu,
    R`(?:παλιός|προηγούμενος|παλαιός)\s{1,3}λογαριασμός[^.\n]{0,40}?(?:έκλεισε|έχει\s{1,3}κλείσει|καταργήθηκε)|(?:기존|이전|예전)\s{0,2}계좌[^.\n]{0,30}?(?:해지|폐쇄|사용\s{0,2}중지)|(?:旧|以前の|従来の)口座[^。\n]{0,30}?(?:解約|閉鎖|使用できません)|החשבון\s{1,3}(?:הקודם|הישן)[^.\n]{0,30}?(?:נסגר|בוטל)|الحساب\s{1,3}(?:القديم|السابق)[^.\n]{0,30}?(?:أُغلق|أغلق|تم\s{1,3}إغلاقه|مغلق|ملغى)|पुरान\S{0,2}\s{1,3}(?:बैंक\s{1,3})?खात\S{0,2}[^।\n]{0,30}?बंद|บัญชี(?:เดิม|เก่า)[^\n]{0,30}?(?:ปิด|ยกเลิก)`,
  ],
];

const TO_NEW: readonly HalfRow[] = [
  // payments sent "to the new account" (the destination, not a description of a new feature);
  // not ar, whose "to the new account" an earlier kind already counts
  [
    "",
    /(?:nový|nowy|nowe|új|yeni|baru|nieuwe|novi|noul|nou|uude|uue|νέο|새|新|החדש|नए|ใหม่)/iu,
    R`(?<!\p{L})(?:na\s{1,3}(?:nový|nowy|nowe|novi|nov)\s{1,3}(?:bankovní\s{1,3}|bankový\s{1,3})?(?:účet|rachunek|konto|račun|racun)|(?:az\s{1,3})?új\s{1,3}(?:bank)?számlá(?:ra|nkra|szám\p{L}{0,4})|yeni\s{1,3}(?:banka\s{1,3})?hesab\p{L}{1,6}|ke\s{1,3}rekening\s{1,3}baru|naar\s{1,3}(?:het|de|ons)\s{1,3}nieuwe\s{1,3}rekening(?:nummer)?|(?:în|pe|la)\s{1,3}(?:noul\s{1,3}cont|contul\s{1,3}nou)|uudelle\s{1,3}(?:pankki)?tilille|uuele\s{1,3}kontole|στο(?:ν)?\s{1,3}νέο\s{1,3}λογαριασμό)(?!\p{L})|새\s{0,2}계좌(?:로|번호로)|新しい口座(?:へ|に)|新口座(?:へ|に)|לחשבון\s{1,3}החדש|नए\s{1,3}(?:बैंक\s{1,3})?खाते\s{1,3}में|บัญชีใหม่`,
  ],
];

/**
 * The old payee's channel declared void: money sent to the previous / former / old account or
 * payee is returned, rejected, not credited or no longer discharges the debt (en, de, fr, es, pt,
 * it). Filed under `account_closed`: the same claim as "the old account is closed".
 */
const OLD_VOID: readonly HalfRow[] = [
  [
    "",
    /(?:payment|remittance|transfer|zahlung|überweisung|paiement|virement|pago|transferência|pagament|bonific)/iu,
    R`\b(?:payments?|remittances?|transfers?)\s{1,3}(?:(?:sent|made|remitted|paid|mailed|directed|addressed)\s{1,3})?to\s{1,3}(?:the\s{1,3})?(?:(?:previous|prior|old|former|original|existing)\s{1,3})?(?:[\p{L}&.'-]{2,24}\s{1,3}){0,3}?(?:[^.\n]{0,40}?\s)?(?:are|will\s{1,3}be|get|shall\s{1,3}be)\s{1,3}(?:now\s{1,3}|automatically\s{1,3})?(?:returned|rejected|refused|bounced|reversed|not\s{1,3}(?:be\s{1,3})?(?:credited|accepted|applied|honou?red|recognized)|no\s{1,3}longer\s{1,3}(?:accepted|credited|applied|valid|recognized))\b|(?<!\p{L})(?:Zahlungen|Überweisungen)\s{1,3}(?:an|auf)\s{1,3}(?:die|das|den)\s{1,3}(?:bisherige|alte|frühere|ursprüngliche)n?\s{1,3}(?:Bankverbindung|Konto|Kontoverbindung|IBAN)(?!\p{L})[^.\n]{0,70}?(?<!\p{L})(?:keine\s{1,3}(?:schuldbefreiende|befreiende)|nicht\s{1,3}mehr\s{1,3}(?:gutgeschrieben|angenommen|anerkannt|gültig)|zurückgebucht|zurückgewiesen|nicht\s{1,3}gutgeschrieben)(?!\p{L})|(?<!\p{L})(?:paiements?|virements?|pagos|transferencias|pagamentos|transferências|pagamenti|bonifici)\s{1,3}(?:\p{L}{3,12}\s{1,3})?(?:à|sur|vers|a|al|na|no|para|sul)\s{1,3}(?:l['’]ancien(?:ne)?|le\s{1,3}précédent|la\s{1,3}cuenta\s{1,3}anterior|la\s{1,3}antigua\s{1,3}cuenta|a\s{1,3}conta\s{1,3}(?:antiga|anterior)|vecchio\s{1,3}conto|conto\s{1,3}precedente)(?!\p{L})[^.\n]{0,60}?(?<!\p{L})(?:seront|sont|serán|son|serão|são|saranno|sono)\s{1,3}(?:rejetés|retournés|refusés|plus\s{1,3}(?:acceptés|crédités)|devueltos|rechazados|devolvidos|rejeitados|respinti|restituiti)(?!\p{L})`,
  ],
];

/**
 * Payment accepted ONLY to one stated destination: "payable exclusively to the following account",
 * "accepted by wire only", "ausschließlich auf folgendes Konto" (en, de, fr, es, pt, it). Filed
 * under `payee_switch`; alone it is an invoice's ordinary line, beside the old channel declared
 * void (or another half) it is the redirection. Not "to the new account": earlier `payee_switch`
 * rows count that phrase, and one phrase must not count twice.
 */
const ONLY_TO: readonly HalfRow[] = [
  [
    "",
    /(?:only|exclusively|solely|ausschließlich|nur\s{1,3}noch|uniquement|exclusivement|únicamente|exclusivamente|unicamente|esclusivamente)/iu,
    R`\b(?:payments?|remittances?|instal(?:l)?ments?|amounts?\s{1,3}due)\b[^.\n]{0,40}?\b(?:are|is|will\s{1,3}be|must\s{1,3}be|can\s{1,3}be|may\s{1,3}be)\s{1,3}(?:now\s{1,3})?(?:accepted|payable|paid|made|settled|remitted)\s{1,3}(?:(?:by|via)\s{1,3}(?:ACH|wire|(?:bank\s{1,3})?transfer)(?:\s{1,3}(?:or|and|\/)\s{1,3}(?:ACH|wire|(?:bank\s{1,3})?transfer))?\s{1,3})?(?:only|exclusively|solely)\b|(?<!\p{L})(?:ausschließlich|nur\s{1,3}noch)\s{1,3}(?:auf|an)\s{1,3}(?:das\s{1,3}folgende|folgendes|nachstehendes)\s{1,3}\p{L}{0,14}konto(?!\p{L})|(?<!\p{L})(?:uniquement|exclusivement)\s{1,3}(?:sur|vers|à)\s{1,3}le\s{1,3}(?:compte|RIB)\s{1,3}(?:suivant|ci-dessous)(?!\p{L})|(?<!\p{L})(?:únicamente|exclusivamente|solamente|apenas|unicamente|esclusivamente)\s{1,3}(?:a|en|na|para|sul|al)\s{1,3}(?:la\s{1,3}(?:siguiente\s{1,3}cuenta|cuenta\s{1,3}(?:siguiente|indicada))|a\s{1,3}(?:seguinte\s{1,3}conta|conta\s{1,3}abaixo)|seguente\s{1,3}conto|conto\s{1,3}(?:seguente|indicato))(?!\p{L})`,
  ],
];

/**
 * The bank details printed ELSEWHERE on the same document (the letterhead, the footer, the
 * website, earlier invoices) declared invalid, or money sent there declared not booked: en, de
 * (incl. Swiss "ss"), fr, es, it. Filed under `account_closed`: the same claim as "the old account
 * is closed".
 */
const ELSEWHERE_VOID: readonly HalfRow[] = [
  [
    "",
    /(?:letterhead|footer|website|Briefkopf|Fuss|Fuß|Website|en-tête|pied\s{1,3}de\s{1,3}page|membrete|intestazione|dorthin|there)/iu,
    R`\b(?:(?:the\s{1,3})?(?:bank|account|payment)\s{1,3}details|(?:the\s{1,3})?(?:IBAN|account\s{1,3}number))\s{1,3}(?:(?:shown|printed|given|listed)\s{1,3})?(?:in|on)\s{1,3}(?:the|our)\s{1,3}(?:letterhead|footer|website|previous\s{1,3}invoices)\s{1,3}(?:is|are)\s{1,3}(?:no\s{1,3}longer\s{1,3}(?:valid|in\s{1,3}use|active)|invalid|void|obsolete)\b|(?<!\p{L})(?:Kontoangaben|Bankverbindung|Kontoverbindung|Bankangaben|IBAN)\s{1,3}(?:im|in\s{1,3}der|auf\s{1,3}der|auf\s{1,3}unserer)\s{1,3}(?:Briefkopf|Fusszeile|Fußzeile|Website|Homepage|früheren\s{1,3}Rechnungen)\s{1,3}(?:[^.\n]{0,60}?\s)?(?:(?:ist|sind)\s{1,3})?(?:nicht\s{1,3}mehr\s{1,3}gültig|ungültig|nicht\s{1,3}mehr\s{1,3}aktiv)(?!\p{L})|(?<!\p{L})Zahlungen\s{1,3}(?:dorthin|darauf|auf\s{1,3}dieses\s{1,3}Konto)\s{1,3}werden\s{1,3}nicht\s{1,3}(?:mehr\s{1,3})?(?:verbucht|gutgeschrieben|angenommen|anerkannt)(?!\p{L})|\bpayments?\s{1,3}(?:sent\s{1,3})?there\s{1,3}(?:will|are)\s{1,3}not\s{1,3}(?:be\s{1,3})?(?:posted|credited|applied|booked)\b|(?<!\p{L})(?:les\s{1,3}coordonnées\s{1,3}bancaires|le\s{1,3}RIB|l['’]IBAN)\s{1,3}(?:figurant\s{1,3})?(?:en|dans|sur)\s{1,3}(?:l['’]en-tête|(?:le\s{1,3})?pied\s{1,3}de\s{1,3}page|notre\s{1,3}site)\s{1,3}(?:n['’]est|ne\s{1,3}sont)\s{1,3}plus\s{1,3}valables?(?!\p{L})|(?<!\p{L})(?:los\s{1,3}datos\s{1,3}bancarios|la\s{1,3}cuenta|el\s{1,3}IBAN|i\s{1,3}dati\s{1,3}bancari|l['’]IBAN)\s{1,3}(?:del|dell['’]|in|en\s{1,3}el)\s{0,3}(?:membrete|intestazione|pie\s{1,3}de\s{1,3}página)\s{1,3}(?:ya\s{1,3}no\s{1,3}(?:es|son)\s{1,3}válid\p{L}{1,2}|non\s{1,3}(?:è|sono)\s{1,3}più\s{1,3}validi?)(?!\p{L})`,
  ],
];

/**
 * Only one part of the document declared to count for payment: de/CH "Massgeblich für die Zahlung
 * ist ausschliesslich der QR-Zahlteil", en "only the payment slip is valid for payment". Filed
 * under `payee_switch`, as `ONLY_TO`.
 */
const ONLY_PART: readonly HalfRow[] = [
  [
    "",
    /(?:ausschlie(?:ss|ß)lich|nur|allein|only|solely|exclusively)/iu,
    R`(?<!\p{L})(?:ma(?:ss|ß)geblich|verbindlich|gültig)\s{1,3}für\s{1,3}(?:die\s{1,3})?(?:Zahlung|Überweisung)\s{1,3}(?:ist|sind)\s{1,3}(?:ausschlie(?:ss|ß)lich|nur|allein)(?!\p{L})|\b(?:only|solely|exclusively)\s{1,3}the\s{1,3}(?:[\p{L}-]{2,15}\s{1,3}){0,2}(?:payment\s{1,3}(?:slip|part|section|details|coupon)|remittance\s{1,3}(?:slip|section|details))\s{1,3}(?:is|are)\s{1,3}(?:valid|binding|authoritative|to\s{1,3}be\s{1,3}used)\b`,
  ],
];

/** Arabic diacritics (harakat, shadda, tanwin) a writer may put on any letter. */
const H = R`[\u064B-\u0652]{0,3}`;
/**
 * Money sent to one account INSTEAD OF the protected or registered one: "payments now go to the
 * developer's current account instead of the escrow account", "تُحوَّل الدفعات إلى الحساب الجاري
 * بدلاً من حساب الضمان", "au lieu du compte séquestre", "en lugar de la cuenta de garantía".
 */
const INSTEAD: readonly HalfRow[] = [
  [
    "",
    /(?:instead\s{1,3}of|rather\s{1,3}than|بدل|au\s{1,3}lieu|en\s{1,3}lugar|en\s{1,3}vez|anstatt|statt|invece\s{1,3}del|em\s{1,3}vez)/iu,
    R`\b(?:payments?|instal(?:l)?ments?|deposits?|funds|remittances?|proceeds|contributions|rent|premiums?)\b${"(?:[^.!?;\\n]){0,80}?"}\bto\s{1,3}(?:the\s{1,3}|our\s{1,3}|its\s{1,3}|a\s{1,3})?(?:[\p{L}'’-]{2,20}\s{1,3}){0,3}?(?:account|IBAN)\b${"(?:[^.!?;\\n]){0,80}?"}\b(?:instead\s{1,3}of|rather\s{1,3}than)\s{1,3}(?:the\s{1,3})?(?:[\p{L}-]{2,20}\s{1,3}){0,2}?(?:escrow|trust|client|segregated|registered|protected|regulated)\b|(?:ت${H})?(?:ح${H}و${H}ل|ود${H}ع|د${H}ف${H}ع)[^.\n]{0,100}?(?:إلى|الى|في)\s{1,3}(?:ال)?حساب[^.\n]{0,120}?ب${H}د${H}ل${H}ا?${H}\s{1,3}من\s{1,3}(?:ال)?حساب|(?<!\p{L})(?:paiements?|versements?|virements?|pagos|cuotas|aportaciones|Zahlungen|Raten|pagamenti|pagamentos)(?!\p{L})[^.\n]{0,100}?(?<!\p{L})(?:au\s{1,3}lieu\s{1,3}du\s{1,3}compte|en\s{1,3}(?:lugar|vez)\s{1,3}de\s{1,3}la\s{1,3}cuenta|(?:an)?statt\s{1,3}(?:auf\s{1,3})?(?:das|dem)\s{1,3}(?:Treuhand|Ander)konto|invece\s{1,3}del\s{1,3}conto|em\s{1,3}vez\s{1,3}da\s{1,3}conta)`,
  ],
];

/** The rules of this technique. */
export const PAYEE_FACT_RULES: readonly InjectionRule[] = [
  ...rows(
    "payee_switch",
    "Text sends money to an account instead of the protected one",
    INSTEAD,
    stated,
  ),
  ...rows("account_closed", "Text declares a payee's old bank account closed", CLOSED, stated),
  ...rows("payee_switch", "Text sends a payee's money to a new account", TO_NEW, stated),
  ...rows("account_closed", "Text declares payments to the old payee void", OLD_VOID, stated),
  ...rows("payee_switch", "Text accepts a payment only to one stated account", ONLY_TO, stated),
  ...rows(
    "account_closed",
    "Text declares the bank details shown elsewhere void",
    ELSEWHERE_VOID,
    stated,
  ),
  ...rows("payee_switch", "Text declares one part alone valid for payment", ONLY_PART, stated),
];
