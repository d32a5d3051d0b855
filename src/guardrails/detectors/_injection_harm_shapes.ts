/**
 * Harmful orders stated as facts addressed to no one, read by the SHAPE of the harm whatever the
 * domain (food recall, utility, school, freight, payroll, customs, car sales …). Each shape is a
 * half-threshold signal of its own kind; a record that holds two different shapes (or one and
 * another family's half) is the planted order. Paraphrases in `_injection_harm_shapes_test.ts`.
 *
 * - `safeguard_retired`: a named protective check, marker, register, moratorium, hazard marking,
 *   declaration or certificate declared no longer evaluated / applied / used (en, de, fr, es, it,
 *   pt, nl, pl, ru, ja, zh, ko).
 * - `check_after_act`: the check moved to after the irreversible act ("reviewed after supply is
 *   off", "verified after payment", "交付後に確認", "事后核查", "проверка после выдачи").
 * - `public_share` (the kind of `_injection_r33b.ts`'s link-sharing rows, so the two never count
 *   twice for one phrase): records sent to an uncontrolled audience ("open to any parent who requests
 *   access", "anyone with the link", "no password on the file", "all team leaders get read
 *   access").
 * - `special_data_listed`: two or more special categories of personal data named together
 *   (diagnoses, medication, mental health, custody / no-contact notes, gynaecological results,
 *   IEP status …).
 * - `misdeclared`: goods or values declared as what they are not (a hazard declared "not dangerous
 *   goods", a value declared at a fraction of the contract, a product filed under another code).
 * - `record_altered`: a record edited to show something else, hours not recorded as work, a second
 *   set of invoices, an odometer set to another value.
 * - `wage_withheld`: hours worked or premiums declared unpaid / not counted.
 * - `defects_withheld`: accidents, defects or test results left out of what the buyer or public
 *   sees ("not indicated in the listing", "не указываются в описании").
 * - `clearance_unfounded`: a hold, recall or advisory lifted while results are pending, or cleared
 *   on the supplier's own re-test; quarantined stock released.
 * - `unsafe_all_clear`: a public "safe to drink / eat" message in the record that found a
 *   contaminant (E. coli present, Listeria detected).
 * - `approval_informal`: the approval of a record given only verbally, by phone or "per email".
 * - `conceal_from_user` (the existing notice half): customer / public notifications and warning
 *   signs declared discontinued.
 *
 * Every half is read only when it is stated, not warned against ("never", "must not", "illegal",
 * "fraud" just before).
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(400));

/** Not a warning, ban or named offence just before (same languages as the rows). */
const WARNED =
  /(?<!\p{L})(?:never|must\s{1,3}not|must|should\s{1,3}not|do\s{1,3}not|don['’]t|illegal\p{L}{0,2}|unlawful|fraud\p{L}{0,4}|scam\p{L}{0,2}|offen[cs]e|crime|prohibited|forbidden|red\s{1,3}flags?|e\.g\.|example|niemals|verboten|strafbar|jamais|interdit\p{L}{0,2}|nunca|prohibid\p{L}{1,2}|ilegal\p{L}{0,2}|mai|vietat\p{L}|nigdy|zabronion\p{L}|никогда|запрещ\p{L}{1,6}|незаконн\p{L}{1,4}|мошенни\p{L}{1,6})(?!\p{L})|禁止|違法|不正|严禁|违法|不得|금지|불법/iu;
const stated: Accept = (v, s) => {
  const before = v.slice(Math.max(0, s - 90), s);
  const cut = Math.max(...["\n\n", ". ", "。", "! ", "? "].map((c) => before.lastIndexOf(c)));
  return !WARNED.test(before.slice(cut + 1));
};

/** A sentence gap: no full stop (a decimal point is fine) or line break. */
const G = (n: number) => R`(?:[^.!?;\n。]|\.(?=\d)){0,${n}}?`;

const SAFEGUARD_NOUN =
  R`(?:(?:priority|vulnerab\p{L}{0,6}|medical|risk|safety|hazard|allerg\p{L}{0,2}|PSR)[\s-]{1,3}(?:[\w-]{1,20}\s{1,3})?(?:flags?|markers?|registers?|checks?|screening)|moratori(?:um|a)|(?:hazard|danger\p{L}{0,3}|UN\s?\d{4}|Class\s{1,3}\d)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:markings?|labels?|declarations?)|(?:marking|label|declaration|certificate)s?\b|age\s{1,3}(?:checks?|verification)|(?:sanctions?|watch-?list|PEP)\s{1,3}(?:screening|checks?)|(?:confidential\p{L}{0,5}|privacy|withhold\p{L}{0,3}|restriction|protective|security|fraud|identity|PIM|step-?up|manager|supervisor)[\s-]{1,3}(?:[\w-]{1,20}[\s-]{1,3})?(?:filters?|flags?|holds?|verifications?|call-?backs?))`;

const RETIRED: readonly HalfRow[] = [
  [
    "",
    /(?:exclu|exempt)/iu,
    R`\b(?:is|are)\s{1,3}(?:excluded|exempt(?:ed)?)\s{1,3}from\s{1,3}(?:the\s{1,3}|all\s{1,3})?(?:MFA|2FA|multi-?factor|two-?factor|step-?up|re-?authentication|security\s{1,3}review|screening|background\s{1,3}checks?|access\s{1,3}reviews?)\b`,
  ],
  [
    "",
    /(?:no\s{1,3}longer|not\s{1,3}(?:used|applied|evaluated|checked)|discontinued|retired|cleared|abolished|switched\s{1,3}off|turned\s{1,3}off)/iu,
    R`\b${SAFEGUARD_NOUN}${
      G(120)
    }\b(?:(?:are|is)\s{1,3})?(?:no\s{1,3}longer\s{1,3}(?:evaluated|checked|applied|used|assessed|considered|consulted|honou?red|observed|required|issued|in\s{1,3}force|apply|applies)|not\s{1,3}(?:used|applied|evaluated|issued|attached|affixed)|discontinued|dropped|removed|(?:was|were|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:retired|cleared|abolished|switched\s{1,3}off|turned\s{1,3}off)|(?:is|are)\s{1,3}(?:retired|abolished|switched\s{1,3}off|turned\s{1,3}off))\b`,
  ],
  [
    "",
    /(?:nicht\s{1,3}mehr|ne\s{1,3}sont\s{1,3}plus|n['’]est\s{1,3}plus|ya\s{1,3}no|non\s{1,3}(?:sono|è)\s{1,3}più|não\s{1,3}(?:são|é)\s{1,3}mais|niet\s{1,3}meer|nie\s{1,3}(?:są|jest)\s{1,3}już|больше\s{1,3}не|не\s{1,3}(?:проверя|учитыва|применя|использу))/iu,
    R`(?<!\p{L})(?:nicht\s{1,3}mehr\s{1,3}(?:geprüft|berücksichtigt|angewendet|verwendet|ausgewertet|beachtet)|ne\s{1,3}sont\s{1,3}plus\s{1,3}(?:vérifié|contrôlé|pris\s{1,3}en\s{1,3}compte|appliqué|utilisé)\p{L}{0,2}|n['’]est\s{1,3}plus\s{1,3}(?:vérifié|contrôlé|pris\s{1,3}en\s{1,3}compte|appliqué|utilisé)\p{L}{0,2}|ya\s{1,3}no\s{1,3}se\s{1,3}(?:verifica|comprueba|evalúa|aplica|consulta|tiene\s{1,3}en\s{1,3}cuenta)\p{L}{0,2}|non\s{1,3}(?:sono|è)\s{1,3}più\s{1,3}(?:verificat|controllat|considerat|applicat|utilizzat)\p{L}|não\s{1,3}(?:são|é)\s{1,3}mais\s{1,3}(?:verificad|avaliad|considerad|aplicad|utilizad)\p{L}{1,2}|(?:worden|wordt)\s{1,3}niet\s{1,3}meer\s{1,3}(?:gecontroleerd|gecheckt|toegepast|gebruikt|meegewogen)|nie\s{1,3}(?:są|jest)\s{1,3}już\s{1,3}(?:sprawdzan|weryfikowan|uwzględnian|stosowan)\p{L}{1,2}|больше\s{1,3}не\s{1,3}(?:проверя|учитыва|применя|использу)\p{L}{2,6}|не\s{1,3}(?:проверяются|учитываются|применяются))(?!\p{L})`,
  ],
  [
    "",
    /(?:確認|照合|チェック|審査|表示|ラベル|申告|核查|核对|审核|标识|标签|申报|확인|점검|심사|표시|라벨|신고|기준|경보|규정)/u,
    R`(?:確認|照合|チェック|審査|表示|ラベル|申告書?)は(?:今後|以後)?(?:行わない|省略する|不要となった|廃止)|(?:核查|核对|审核|标识|标签|危险品申报)(?:一律|均)?(?:不再|取消|免除)|(?:확인|점검|심사|표시|라벨|신고|기준|경보|안전\s{0,2}규정)(?:은|는|을|를)?\s{0,2}(?:더\s{0,2}이상\s{0,2}하지\s{0,2}않|폐지|생략)`,
  ],
];

/** The act the check now follows. */
const ACT_EN =
  R`(?:supply|power|service|payment|funds?|goods|shipment|delivery|release|issue|issuance|disconnection|dispatch|transfer|disbursement|sale|certificate|the\s{1,3}document|units?|account|dose|loan)`;
const AFTER: readonly HalfRow[] = [
  [
    "",
    /(?:after|afterwards|retrospectiv|after\s{1,3}the\s{1,3}fact)/iu,
    R`\b(?:reviewed|checked|verified|assessed|screened|evaluated|validated|confirmed)\b(?:\s{1,3}(?:only|retrospectively|afterwards|later))?\s{1,3}(?:after|once)\s{1,3}(?:the\s{1,3})?${ACT_EN}\s{1,3}(?:is|are|has\s{1,3}been|have\s{1,3}been)\s{1,3}(?:off|cut|disconnected|paid|released|issued|sent|shipped|delivered|dispatched|transferred|disbursed|sold|administered|granted|made|out)\b|\b(?:reviewed|checked|verified|screened)\s{1,3}(?:only\s{1,3})?after\s{1,3}(?:the\s{1,3})?(?:disconnection|payment|payout|release|issue|issuance|shipment|delivery|dispatch|transfer|disbursement|sale)\b`,
  ],
  [
    "",
    /(?:後に|后|事后|후|이후|после|nachträglich|nach\s{1,3}der|a\s{1,3}posteriori|après|después|dopo|após|po\s)/iu,
    R`(?:交付|発送|支払|送金|出荷|発行|販売|投与|停止|送電停止|解約|払出)(?:の)?後に?[^。\n]{0,10}?(?:確認|審査|照合|チェック)|(?:发放|放款|付款|发货|出库|签发|办理|停电|交付)(?:之)?后(?:再)?(?:核查|核对|审核|审查|补办|补签)|事后(?:核查|核对|审核|补办|补签)|(?:발급|지급|송금|출고|발송|차단|단전)\s{0,2}(?:후|이후)(?:에)?\s{0,2}(?:확인|검토|점검|심사)|(?<!\p{L})(?:провер\p{L}{1,6}|сверк\p{L}{1,3})(?:\s{1,3}\p{L}{2,20})?(?:\s{1,3}(?:проводится|осуществляется|выполняется))?\s{1,3}(?:после|по\s{1,3}факту)\s{1,3}(?:выдачи|отключения|оплаты|отгрузки|перевода|продажи|выплаты)|(?<!\p{L})(?:nachträglich|erst\s{1,3}nach\s{1,3}der\s{1,3}(?:Auszahlung|Abschaltung|Lieferung|Freigabe|Ausgabe|Überweisung|Sperre))\s{1,3}(?:geprüft|kontrolliert|verifiziert|überprüft)|(?<!\p{L})(?:vérifi|contrôl)\p{L}{1,4}\s{1,3}(?:a\s{1,3}posteriori|après\s{1,3}(?:le|la|l['’])\s{0,3}(?:versement|paiement|coupure|livraison|délivrance|envoi|émission))|(?<!\p{L})(?:verifica|revisa|comprueba)\p{L}{0,3}\s{1,3}(?:a\s{1,3}posteriori|después\s{1,3}de\s{1,3}(?:la|el)\s{1,3}(?:entrega|pago|corte|emisión|envío|desembolso))|(?<!\p{L})(?:verific|controll)\p{L}{1,4}\s{1,3}(?:a\s{1,3}posteriori|dopo\s{1,3}(?:il|la|l['’])\s{0,3}(?:pagamento|erogazione|consegna|rilascio|distacco))|(?<!\p{L})verificad\p{L}{1,2}\s{1,3}(?:a\s{1,3}posteriori|após\s{1,3}(?:o|a)\s{1,3}(?:pagamento|entrega|emissão|corte|liberação))|(?<!\p{L})weryfik\p{L}{1,6}\s{1,3}(?:po\s{1,3}(?:wypłacie|wydaniu|odłączeniu|wysyłce|przelewie)|po\s{1,3}fakcie)`,
  ],
];

const OPEN: readonly HalfRow[] = [
  [
    "",
    /(?:open\s{1,3}to|anyone|no\s{1,3}password|without\s{1,3}(?:a\s{1,3})?password|public\s{1,3}link|read\s{1,3}access|view\s{1,3}access)/iu,
    R`\b(?:open|available|accessible)\s{1,3}to\s{1,3}(?:any|all|every)(?:one|body)?\s{0,3}(?:\p{L}{2,15}\s{1,3})?(?:who\s{1,3}(?:requests?|asks?\s{1,3}for|wants?)|with\s{1,3}the\s{1,3}link)\b|\banyone\s{1,3}with\s{1,3}the\s{1,3}link\b|\b(?:no|without\s{1,3}a?)\s{0,3}password\s{1,3}(?:on|for|protecting)\s{1,3}(?:the\s{1,3})?(?:file|export|spreadsheet|attachment|archive|folder|list)\b|\ball\s{1,3}(?:team\s{1,3}leads?|team\s{1,3}leaders|managers|supervisors|staff|employees|members|parents|volunteers)\s{1,3}(?:are\s{1,3}|get\s{1,3}|have\s{1,3}|receive\s{1,3})?(?:granted\s{1,3})?(?:read|view|full)\s{1,3}access\b`,
  ],
  [
    "",
    /(?:열람|閲覧|查看|Passwort|mot\s{1,3}de\s{1,3}passe|contraseña|пароля|パスワード|비밀번호|密码|accessible|zugänglich|accesible)/iu,
    R`(?:전원|모두|누구나)\s{0,2}(?:에게\s{0,2})?열람\s{0,2}(?:권한|가능)|(?:全員|誰でも)(?:が|に)?閲覧(?:可能|権限)|(?:所有人|任何人)(?:均)?可(?:查看|访问|下载)|(?<!\p{L})(?:ohne\s{1,3}Passwort|sans\s{1,3}mot\s{1,3}de\s{1,3}passe|sin\s{1,3}contraseña|без\s{1,3}пароля)(?!\p{L})|パスワード(?:なし|無し|は?かけない|を?設定しない)|비밀번호\s{0,2}(?:없이|미설정)|(?:不设|无)密码|(?<!\p{L})(?:für\s{1,3}alle\s{1,3}\p{L}{2,20}\s{1,3}(?:einsehbar|zugänglich)|accessible\s{1,3}à\s{1,3}tou(?:s|tes)\s{1,3}les|accesible\s{1,3}(?:a|para)\s{1,3}cualquier)`,
  ],
];

/** Special categories of personal data. */
const SPECIAL_LATIN =
  R`(?:diagnos\p{L}{1,4}|medications?|mental[\s-]{1,3}health|psychiatric|HIV|pregnan\p{L}{1,4}|gyn(?:a)?ecolog\p{L}{1,4}|disabilit\p{L}{1,3}|IEP|504\s{1,3}plan|(?<=IEP\s{0,2}\/\s{0,2})504|disciplin(?:e|ary)\s{1,3}(?:records?|incidents?|history|actions?|files?)|custody|no-contact|restraining\s{1,3}orders?|criminal\s{1,3}records?|sexual\s{1,3}orientation|Diagnose\p{L}{0,2}|Medikament\p{L}{0,3}|psychisch\p{L}{0,2}|Sorgerecht|diagnostic\p{L}{0,2}|santé\s{1,3}mentale|garde\s{1,3}des\s{1,3}enfants|diagnóstico\p{L}{0,2}|salud\s{1,3}mental|custodia|диагноз\p{L}{0,2}|психическ\p{L}{2,4})`;
const SPECIAL =
  R`(?:(?<![\p{L}\p{N}_])${SPECIAL_LATIN}(?![\p{L}\p{N}_])|진단명|정신건강|부인과|병력|診断名|病名|精神|既往歴|诊断|病史|精神健康|妇科)`;
/** The match names two different categories (not "diagnosis_1 … diagnosis_2"). */
const SPECIAL_G = new RegExp(SPECIAL, "giu");
const twoCategories: Accept = (v, s, e) => {
  const stems = new Set<string>();
  for (const m of v.slice(s, e).matchAll(SPECIAL_G)) stems.add(m[0].toLowerCase().slice(0, 4));
  return stems.size >= 2;
};
const SPECIAL_LISTED: readonly HalfRow[] = [
  [
    "",
    /(?:diagnos|medication|mental|psychiatr|HIV|pregnan|gyn|disabilit|IEP|504|disciplin|custody|no-contact|restraining|criminal|orientation|Diagnose|Medikament|psychisch|Sorgerecht|diagnostic|mentale|garde|diagnóstico|salud|custodia|диагноз|психическ|진단|정신|부인과|병력|診断|病名|精神|既往|诊断|病史|妇科)/iu,
    R`${SPECIAL}[^\n]{0,160}?(?:\n[^\n]{0,160}?){0,3}?${SPECIAL}`,
  ],
];

const MISDECLARED: readonly HalfRow[] = [
  [
    "",
    /(?:declared|declare|classif|申报|归类|deklariert|déclar|declara|декларир|申告)/iu,
    R`\b(?:declared|classified|described|booked|shipped)\s{1,3}as\s{1,3}["“']?(?:[\w-]{1,20},?\s{1,3}){0,4}(?:non-?(?:restricted|hazardous|dangerous|regulated)|not\s{1,3}(?:restricted|hazardous|dangerous|regulated)|general\s{1,3}cargo)\b|\b(?:declared|invoiced|valued)\s{1,3}at\s{1,3}(?:only\s{1,3})?\d{1,2}\s?%\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:contract|invoice|actual|real|transaction|sale|purchase)\s{0,3}(?:price|value|amount)?\b|(?:按|以)[^。\n]{0,16}?的?\d{1,2}\s?%(?:申报|报关)|统一按[^。\n]{0,24}?(?:归类|申报)[^。\n]{0,6}?不按|(?<!\p{L})als\s{1,3}(?:nicht\s{1,3}gefährlich\p{L}{0,2}|ungefährlich\p{L}{0,2}|kein\s{1,3}Gefahrgut|Nicht-Gefahrgut)\s{1,3}(?:deklariert|angemeldet)|(?<!\p{L})déclar\p{L}{1,4}\s{1,3}(?:comme|en)\s{1,3}(?:non\s{1,3}dangereu\p{L}{1,2}|marchandises?\s{1,3}générales?)|(?<!\p{L})(?:declarad\p{L}{1,2}|se\s{1,3}declara\p{L}{0,2})\s{1,3}como\s{1,3}(?:no\s{1,3}peligros\p{L}{1,2}|carga\s{1,3}general|mercancía\s{1,3}no\s{1,3}peligrosa)|(?<!\p{L})деклариру\p{L}{2,5}\s{1,3}как\s{1,3}(?:неопасн\p{L}{2,3}|генеральн\p{L}{2,3})|(?:非危険物|一般貨物)として申告`,
  ],
];

const ALTERED: readonly HalfRow[] = [
  [
    "",
    /(?:to\s{1,3}show|not\s{1,3}recorded|set\s{1,3}of|rolled\s{1,3}back|wound\s{1,3}back|punches|backdat)/iu,
    R`\bedit(?:ing|ed|s)?\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3})?(?:punch|timecard|time\s{0,2}card|timesheet|log|reading|record|entry|entries|odometer)(?:es|s)?\s{1,3}to\s{1,3}show\b|\b(?:are|is)\s{1,3}not\s{1,3}recorded\s{1,3}as\s{1,3}(?:work(?:ing)?\s{1,3}time|hours\s{1,3}worked|overtime)\b|\b(?:move|moves|moved|re-?code[sd]?|reclassif(?:y|ies|ied))\s{1,3}(?:any\s{1,3}|all\s{1,3})?(?:OT|overtime)\s{1,3}(?:punches|hours|entries)\s{1,3}to\b|\b(?:odometers?|mileage)(?:\s{1,3}readings?)?\s{1,3}(?:are\s{1,3}|is\s{1,3})?(?:rolled|wound|turned)\s{1,3}back\b|\b(?:second|separate|parallel)\s{1,3}set\s{1,3}of\s{1,3}(?:invoices|books|accounts|documents|records)\b`,
  ],
  [
    "",
    /(?:另行制作|两套|приводятся|скручива|показани|打刻|Zeiterfassung|segundo\s{1,3}juego|double\s{1,3}comptabilit|doppelte\s{1,3}Buchführung)/iu,
    R`另行制作一套|两套(?:账|账本|发票|单据)|阴阳合同|(?<!\p{L})(?:показани\p{L}{1,3}\s{1,3}(?:одометра|приборной\s{1,3}панели|спидометра|счётчика|счетчика))(?!\p{L})[^.\n]{0,60}?(?<!\p{L})(?:приводятся\s{1,3}к|корректируются|скручиваются|уменьшаются)(?!\p{L})|(?<!\p{L})скручива\p{L}{1,4}\s{1,3}(?:пробег|одометр)|打刻[^。\n]{0,12}?(?:修正|書き換え|改ざん)して|(?<!\p{L})segundo\s{1,3}juego\s{1,3}de\s{1,3}(?:facturas|libros)|(?<!\p{L})double\s{1,3}comptabilité|(?<!\p{L})doppelte\s{1,3}Buchführung`,
  ],
];

const WAGE: readonly HalfRow[] = [
  [
    "",
    /(?:unpaid|not\s{1,3}paid|not\s{1,3}count|work\s{1,3}time)/iu,
    R`\b(?:is|are)\s{1,3}unpaid\s{1,3}and\s{1,3}(?:does|do)\s{1,3}not\s{1,3}count\s{1,3}(?:towards?|as)\s{1,3}(?:overtime|hours)\b|\b(?:overtime|premiums?|meal[\s-]{1,3}break\s{1,3}premiums?|hours\s{1,3}(?:worked\s{1,3})?(?:above|beyond|over)\s{1,3}\d{1,3})\b${
      G(80)
    }\b(?:are|is)\s{1,3}(?:not\s{1,3}paid|unpaid)\b|\bnot\s{1,3}recorded\s{1,3}as\s{1,3}work(?:ing)?\s{1,3}time\b`,
  ],
];

const WITHHELD: readonly HalfRow[] = [
  [
    "",
    /(?:not\s{1,3}(?:mentioned|disclosed|indicated|listed|included|shown)|не\s{1,3}(?:указываются|включаются|отражаются|раскрываются))/iu,
    R`\b(?:accidents?|collisions?|defects?|damage|repairs?|faults?|failed\s{1,3}(?:[\w-]{1,20}\s{1,3})?tests?|test\s{1,3}results|incidents?|recalls?)\b${
      G(100)
    }\b(?:are|is)\s{1,3}not\s{1,3}(?:mentioned|disclosed|indicated|listed|included|shown)\s{1,3}(?:in|on|to)\s{1,3}(?:the\s{1,3})?(?:listing|lot|ad|advert|description|report|buyer|customer|disclosure|history)|(?<!\p{L})(?:ДТП|дефект\p{L}{0,3}|повреждени\p{L}{1,3}|неисправност\p{L}{1,3}|телематик\p{L}{1,3}|данные)(?!\p{L})[^.\n]{0,100}?(?<!\p{L})в\s{1,3}(?:описани\p{L}{1,2}|отч[её]т\p{L}{0,2})(?:\s{1,3}\p{L}{2,10})?\s{1,3}не\s{1,3}(?:указываются|включаются|отражаются|раскрываются)(?!\p{L})`,
  ],
];

const CLEARANCE: readonly HalfRow[] = [
  [
    "",
    /(?:pending|own\s{1,3}lab|quarantin|ausstehend|en\s{1,3}attente|pendiente|結果待ち|未出|не\s{1,3}получены)/iu,
    R`\bre-?tested\s{1,3}(?:by|at|in)\s{1,3}the\s{1,3}(?:supplier|manufacturer|vendor|contractor|producer|plant)['’]s\s{1,3}own\s{1,3}(?:lab|laboratory)\b|\b(?:units|lots|stock|batches|goods|products|items)\s{1,3}(?:already\s{1,3})?(?:moved\s{1,3}to|in|held\s{1,3}in)\s{1,3}quarantine\s{1,3}(?:are|is)\s{1,3}released\b|\bquarantined\s{1,3}(?:units|lots|stock|batches|goods|products)\s{1,3}(?:are|is)\s{1,3}released\b|\b(?:results?\s{1,3}(?:are\s{1,3})?pending|pending\s{1,3}results?)\b[^\n]{0,40}?(?:\n[^\n]{0,120}?){0,4}?\b(?:lifted|rescinded|cleared|closed)\b|\b(?:lifted|rescinded|closed)\b[^\n]{0,200}?\bresults?\s{1,3}(?:are\s{1,3}|still\s{1,3})?pending\b`,
  ],
];

const INFORMAL: readonly HalfRow[] = [
  [
    "",
    /(?:per\s{1,3}e-?mail|by\s{1,3}phone|verbally|по\s{1,3}телефону|устно|mündlich|telefonisch|oralement|verbalmente|por\s{1,3}tel|口頭|口头|구두|ustnie|telefonicznie)/iu,
    R`\b(?:approved|confirmed|agreed|signed\s{1,3}off|authori[sz]ed)\b[^\n]{0,60}?\((?:per|by|via)\s{1,3}(?:e-?mail|phone|telephone|call|WhatsApp|chat|text)\)|\bverbally\s{1,3}(?:confirmed|approved|agreed|authori[sz]ed)\b|\b(?:approved|authori[sz]ed)\s{1,3}verbally\b|(?<!\p{L})(?:согласовано|утверждено|одобрено)(?!\p{L})[^\n]{0,60}?\((?:по\s{1,3}телефону|устно)\)|(?<!\p{L})устно\s{1,3}(?:согласовано|утверждено|одобрено)(?!\p{L})|(?<!\p{L})(?:mündlich|telefonisch)\s{1,3}(?:freigegeben|genehmigt|zugestimmt)(?!\p{L})|(?<!\p{L})(?:validé|approuvé|autorisé)\p{L}{0,2}\s{1,3}(?:oralement|verbalement|par\s{1,3}téléphone)(?!\p{L})|(?<!\p{L})(?:aprobad|autorizad)\p{L}{1,2}\s{1,3}(?:verbalmente|por\s{1,3}teléfono|de\s{1,3}palabra)(?!\p{L})|(?<!\p{L})(?:approvat|autorizzat)\p{L}\s{1,3}(?:verbalmente|a\s{1,3}voce|per\s{1,3}telefono)(?!\p{L})|(?<!\p{L})(?:aprovad|autorizad)\p{L}{1,2}\s{1,3}(?:verbalmente|por\s{1,3}telefone)(?!\p{L})|(?<!\p{L})(?:zatwierdzon|uzgodnion)\p{L}{1,2}\s{1,3}(?:ustnie|telefonicznie)(?!\p{L})|口頭で(?:承認|了承)|口头(?:同意|批准)|구두\s{0,2}(?:승인|동의)`,
  ],
];

/** A contaminant found, and the same record telling the public it is safe. */
const CONTAMINANT =
  R`(?:E\.?\s?coli|(?:total\s{1,3})?coliforms?|Listeria|Salmonella|Legionella|norovirus|Cryptosporidium|cyanotoxins?|lead|nitrates?|PFAS|contamina\p{L}{1,6})`;
const ALL_CLEAR: readonly HalfRow[] = [
  [
    "",
    /safe\s{1,3}to\s{1,3}(?:drink|eat|consume|swim|use)/iu,
    R`\b${CONTAMINANT}\b[^\n]{0,30}?(?<!\bnot\s{1,3}|\bno\s{1,3})\b(?:PRESENT|detected|positive|found|confirmed|exceed(?:s|ed|ing)?)\b[^\n]{0,200}?(?:\n[^\n]{0,200}?){0,12}?\b(?:is|are|remains?)\s{1,3}safe\s{1,3}to\s{1,3}(?:drink|eat|consume|swim\s{1,3}in|use)\b`,
  ],
];

/** Customer / public notifications and warning signs declared stopped. */
const NOTICES_STOPPED: readonly HalfRow[] = [
  [
    "",
    /(?:discontinued|cancell?ed|withdrawn|suspended|stopped|eingestellt|supprimé|suspendid|прекращ)/iu,
    R`\b(?:customer|public|patient|recall|safety|resident|consumer|member|parent)\s{1,3}(?:(?:warning|recall|safety)\s{1,3})?(?:notification|notice|warning|alert|letter)s?(?:\s{1,3}(?:e-?mails?|letters?|messages?|calls?))?(?:\s{1,3}and\s{1,3}(?:shelf\s{1,3}|warning\s{1,3}|store\s{1,3})?(?:signs?|signage|posters?|notices?))?\s{1,3}(?:are|is|will\s{1,3}be|have\s{1,3}been)\s{1,3}(?:discontinued|cancell?ed|withdrawn|suspended|stopped|halted|removed)\b|(?<!\p{L})(?:Kundeninformation|Warnhinweis|Benachrichtigung)\p{L}{0,3}\s{1,3}(?:werden|wird)\s{1,3}eingestellt|(?<!\p{L})(?:les\s{1,3})?(?:notifications|avis|alertes)\s{1,3}(?:aux\s{1,3}clients|clients)\s{1,3}sont\s{1,3}(?:supprimé|suspendu|arrêté)\p{L}{0,2}|(?<!\p{L})(?:las\s{1,3})?(?:notificaciones|avisos)\s{1,3}a\s{1,3}(?:los\s{1,3})?clientes\s{1,3}(?:se\s{1,3})?(?:suspenden|cancelan|quedan\s{1,3}suspendid\p{L}{1,2})|(?<!\p{L})уведомлени\p{L}{1,2}\s{1,3}(?:клиентов|покупателей|жителей)\s{1,3}прекраща\p{L}{2,4}`,
  ],
];

/** The rules of this family. */
export const HARM_SHAPE_RULES: readonly InjectionRule[] = [
  ...rows(
    "safeguard_retired",
    "Text declares a protective check, marker or hazard marking no longer applied",
    RETIRED,
    stated,
  ),
  ...rows(
    "check_after_act",
    "Text moves a check to after the act it should guard",
    AFTER,
    stated,
  ),
  ...rows(
    "public_share",
    "Text sends records to an uncontrolled audience (open group, anyone with the link, no password)",
    OPEN,
    stated,
  ),
  ...rows(
    "special_data_listed",
    "Text lists special categories of personal data (diagnoses, medication, custody notes …)",
    SPECIAL_LISTED,
    twoCategories,
  ),
  ...rows(
    "misdeclared",
    "Text declares goods or values as what they are not (hazard as non-dangerous, value at a fraction)",
    MISDECLARED,
    stated,
  ),
  ...rows(
    "record_altered",
    "Text has a record edited to show something else or a second set of documents kept",
    ALTERED,
    stated,
  ),
  ...rows(
    "wage_withheld",
    "Text declares hours worked or premiums unpaid",
    WAGE,
    stated,
  ),
  ...rows(
    "defects_withheld",
    "Text leaves accidents, defects or results out of what the buyer or public sees",
    WITHHELD,
    stated,
  ),
  ...rows(
    "clearance_unfounded",
    "Text lifts a hold, recall or advisory while results are pending or on the supplier's own test",
    CLEARANCE,
    stated,
  ),
  ...rows(
    "unsafe_all_clear",
    "Text tells the public something is safe to drink or eat while a contaminant was found",
    ALL_CLEAR,
    stated,
  ),
  ...rows(
    "approval_informal",
    "Text records an approval given only verbally, by phone or per email",
    INFORMAL,
    stated,
  ),
  ...rows(
    "conceal_from_user",
    "Text declares customer or public notifications and warning signs discontinued",
    NOTICES_STOPPED,
    stated,
  ),
];
