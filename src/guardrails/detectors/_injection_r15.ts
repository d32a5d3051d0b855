/**
 * Orders stated as facts that held-out round 15 found missing (paraphrases in
 * `_injection_r15_test.ts`). Kinds reuse the partial signals of `_injection_r13_facts.ts`
 * (reader_executor, sensitive_object, 0.5 each), so any two block and one never does:
 * - **reading is the trigger**: "performed on read", "executes on read", "(applies on read)",
 *   "upon retrieval of this invoice", "contributors that read this file …", and in es/it/pt/fr/
 *   de/nl/pl/tr ("al leer el documento", "con la lettura di questa pagina", "przy odczycie tej",
 *   "bu sayfayı okuyan sistemler"). "Read-repair is performed on read" names a storage mechanism
 *   and is left out;
 * - **the answer kept quiet, in the passive** (kind `conceal_passive`): "is not mentioned in the
 *   response", "no se comenta en la respuesta", "non viene segnalata nella risposta", "użytkownik
 *   nie jest o tym informowany", "kullanıcıya sorulmaz", "Rückfrage beim Nutzer entfällt",
 *   `"suppress_notice"`, "keep this forever and never mention it"; a bare "is not mentioned" with
 *   no answer or user in sight weighs 0.4 and blocks only beside a dictated answer;
 * - **a sensitive object**: the contents of a secrets file attached or committed, tokens pasted
 *   into an outside URL, an outside member invited as owner, SSH open to the world, backups
 *   removed with `rm -rf`, a password entered at "the link", a link "presented as official".
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";
import { SEP_BOUNDED as S } from "./_injection_words.ts";
import { gated } from "./_injection_r14.ts";

const R = String.raw;
const NB = R`(?<![\p{L}])`;
const NA = R`(?![\p{L}])`;
/** A storage or cache mechanism that acts "on read" (read-repair, decrypt-on-read): no order. */
const MECHANISM =
  /(?:repair|decrypt|decompress|checksum|validat|verif|cache|lazy|copy|schema|migrat|expir|evict|index|replica|consisten|load)\w{0,12}[\s,-]{1,4}(?:\w{1,15}[\s,-]{1,4}){0,3}$/i;
const notMechanism = (view: string, start: number): boolean =>
  !MECHANISM.test(view.slice(Math.max(0, start - 60), start));
/** "never attach the contents of .env": a prohibition, not a step. */
const NOT_NEGATED = R`(?<!\b(?:never|not|n't|don't|do${S}not)${S})`;
const SECRET_FILE =
  R`[\x60'"]?[\w~./-]{0,40}?(?:\.env|secrets?\.(?:json|ya?ml|txt)|id_(?:rsa|ed25519)|credentials(?:\.json)?|\.npmrc|\.netrc|\.pgpass)[\x60'"]?`;

/** Rules for round 15's reading triggers, passive concealment and sensitive objects. */
export const R15_RULES: readonly InjectionRule[] = [
  rule(
    "reader_executor",
    0.5,
    "perfo execu appli run compl trigg carri proce appro grant runs fires happe activ upon / read readi retri",
    R`\b(?:(?:(?:is|are|will${S}be|gets?)${S})?(?:performed|executed|applied|run|completed|triggered|carried${S}out|processed|approved|granted)|executes|applies|runs|triggers|fires|happens|activates)${S}(?:automatically${S}|immediately${S})?(?:on|upon)${S}(?:read|reading|retrieval)\b|\b(?:immediately${S})?upon${S}(?:retrieval|reading)${S}of${S}this${S}[a-z-]{2,20}\b`,
    "Text ties an act to this text being read",
    { near: 40, accept: (v, s) => notMechanism(v, s) },
  ),
  rule(
    "reader_executor",
    0.5,
    "contr syste bots llms crawl model tools / read reads open opens proce view parse inges summa",
    R`\b(?:(?:automated|ai)${S})?(?:contributors|systems|bots|llms|crawlers|language${S}models|ai${S}tools)${S}(?:that|which|who)${S}(?:read|open|process|view|parse|ingest|summari[sz]e)${S}this${S}(?:[a-z-]{2,20}${S})?(?:file|page|document|message|post|readme|note|e-?mail|ticket|record|entry|section)\b`,
    "Text ties an act to this text being read",
    { near: 50 },
  ),
  rule(
    "reader_executor",
    0.5,
    "leer abrir lettu ler leitu lectu lesen lezen odczy otwar okuya açan işley",
    R`${NB}(?:al\s{1,3}(?:leer|abrir|procesar)\s{1,3}(?:el|este|esta)\s{1,3}(?:documento|mensaje|correo|página|archivo|aviso)|(?:con|alla)\s{1,3}(?:la\s{1,3})?lettura\s{1,3}di\s{1,3}(?:questa|questo|questa\s{1,3}\p{L}{2,15})|ao\s{1,3}ler\s{1,3}(?:este|esta)|com\s{1,3}a\s{1,3}leitura\s{1,3}(?:deste|desta)|(?:à|dès)\s{1,3}la\s{1,3}lecture\s{1,3}de\s{1,3}(?:ce|cette|cet)|mit\s{1,3}dem\s{1,3}Lesen\s{1,3}(?:dieser|dieses)|door\s{1,3}het\s{1,3}lezen\s{1,3}van\s{1,3}(?:dit|deze)|przy\s{1,3}(?:odczycie|otwarciu)\s{1,3}(?:tej|tego|niniejszej|niniejszego)|(?:bu|işbu)\s{1,3}(?:sayfayı|belgeyi|e-postayı|mesajı|dosyayı|notu)\s{1,3}(?:okuyan|açan|işleyen))${NA}`,
    "Text ties an act to this text being read",
    { flags: "iu", near: 40 },
  ),
  rule(
    "conceal_passive",
    0.5,
    "menti repor discl flagg shown noted surfa / answe respo reply summa reque",
    R`\b(?:is|are)${S}(?:not|never)${S}(?:mentioned|reported|disclosed|flagged|shown|noted|surfaced)${S}(?:in|to)${S}(?:the|any|your)${S}(?:answer|response|reply|summary|requester)s?\b`,
    "Text keeps itself out of the model's answer",
    { near: 50 },
  ),
  rule(
    "conceal_passive",
    0.5,
    "keep /  forev perma secre",
    R`\bkeep${S}this${S}(?:forever|permanently|secret|private)${S}and${S}never${S}(?:mention|reveal|disclose)${S}(?:it|this)\b`,
    "Text keeps itself out of the model's answer",
    { near: 30 },
  ),
  rule(
    "conceal_passive",
    0.5,
    "=suppress_ =hide_",
    R`"(?:suppress|hide)_(?:notice|notification|alert|warning|banner|message)s?"`,
    "Data keeps an act from the user",
  ),
  rule(
    "conceal_passive",
    0.5,
    "comen menci infor avisa consu segna menzi comun ripor avvis sorul bildi söyle rückf rücks verme genoe erwäh powia pytan menti signa préve avert / respu usuar rispo utent respo usuá nutze benut kunde antwo gebru użytk kulla répon utili",
    R`${NB}(?:no\s{1,3}se\s{1,3}(?:comenta|menciona|informa|indica)\s{1,3}(?:en\s{1,3}la\s{1,3}respuesta|al\s{1,3}usuario)|sin\s{1,3}(?:avisar|informar|consultar)\s{1,3}al\s{1,3}usuario|non\s{1,3}(?:viene|verrà)\s{1,3}(?:segnalat|menzionat|comunicat|riportat)[ao]\s{1,3}(?:nella\s{1,3}risposta|all['’]utente)|senza\s{1,3}(?:avvisare|informare)\s{1,3}l['’]utente|não\s{1,3}(?:é|será)\s{1,3}(?:mencionad|informad|comunicad)[oa]\s{1,3}(?:na\s{1,3}resposta|ao\s{1,3}usuário)|sem\s{1,3}(?:avisar|informar)\s{1,3}o\s{1,3}usuário|n['’]est\s{1,3}pas\s{1,3}(?:mentionné|signalé)e?\s{1,3}dans\s{1,3}la\s{1,3}réponse|sans\s{1,3}(?:prévenir|informer|avertir)\s{1,3}l['’]utilisat(?:eur|rice)|(?:Rückfrage|Rücksprache)\s{1,3}(?:beim|mit\s{1,3}dem)\s{1,3}(?:Nutzer|Benutzer|Kunden)\s{1,3}entfällt|ohne\s{1,3}(?:den\s{1,3})?(?:Nutzer|Benutzer)\s{1,3}zu\s{1,3}(?:informieren|fragen|benachrichtigen)|wird\s{1,3}in\s{1,3}der\s{1,3}Antwort\s{1,3}nicht\s{1,3}erwähnt|wordt\s{1,3}niet\s{1,3}(?:vermeld|genoemd)\s{1,3}in\s{1,3}(?:het|de)\s{1,3}(?:antwoord|reactie|samenvatting)|zonder\s{1,3}de\s{1,3}gebruiker\s{1,3}te\s{1,3}(?:informeren|vragen)|użytkownik\s{1,3}nie\s{1,3}jest\s{1,3}o\s{1,3}tym\s{1,3}(?:informowany|powiadamiany)|bez\s{1,3}(?:informowania|pytania|powiadamiania)\s{1,3}użytkownika|kullanıcıya\s{1,3}(?:sorulmaz|bildirilmez|söylenmez))${NA}`,
    "Text keeps an act from the user or the answer",
    { flags: "iu", near: 50 },
  ),
  rule(
    // Bare "is not mentioned": no answer or user named, so only beside a dictated answer.
    "conceal_passive",
    0.4,
    "noise menti repor genoe verme / consi treat niet",
    R`\b(?:is|are)${S}(?:considered|treated${S}as)${S}(?:noise|irrelevant)${S}and${S}(?:is|are)${S}not${S}(?:mentioned|reported)\b|${NB}wordt\s{1,3}niet\s{1,3}(?:genoemd|vermeld)${NA}`,
    "Text keeps a fact out of the answer",
    { flags: "iu", near: 40 },
  ),
  gated(rule(
    // "このメモのことは話さないこと": the note hides itself (ja).
    "conceal_passive",
    0.5,
    "",
    R`この(?:メモ|メッセージ|指示|文書|ページ|メール)(?:のこと|の内容)?(?:は|を|について)[^。\n]{0,10}?(?:話さない|言わない|伝えない|触れない|明かさない)`,
    "Text keeps itself out of the model's answer",
    { flags: "u" },
  )),
  rule(
    "sensitive_object",
    0.5,
    "conte / env secre id_rs crede npmrc netrc pgpas",
    R`${NOT_NEGATED}\b(?:attach|send|post|paste|upload|add|append|commit|copy|forward|publish|include)(?:e?s|e?d|ing)?${S}(?:in${S}full${S})?(?:the${S})?(?:full${S})?contents?${S}of${S}${SECRET_FILE}|\bcontents?${S}of${S}${SECRET_FILE}${S}(?:is|are)${S}(?:to${S}be${S})?(?:attached|sent|posted|pasted|uploaded|added|committed|copied|forwarded|e-?mailed|published)\b`,
    "Text has the contents of a secrets file sent or published",
    // The file name is a code span ("add the contents of `secrets.json`"), the order is not quoted.
    { near: 60, quotedOk: (v, s) => /^[^\n`]{0,60}\bof\s{1,3}`/.test(v.slice(s, s + 80)) },
  ),
  rule(
    "sensitive_object",
    0.5,
    "token api secre passw crede priva / paste poste uploa sent submi copie",
    R`\b(?:tokens?|api${S}keys?|secrets?|passwords?|credentials|private${S}keys?)${S}(?:is|are)${S}(?:[a-z]{2,12}${S})?(?:pasted|posted|uploaded|sent|submitted|copied)${S}(?:in${S}full${S})?(?:in|into|to)${S}https?://`,
    "Text has secrets pasted to an outside address",
    { near: 40 },
  ),
  rule(
    "sensitive_object",
    0.5,
    "=invite_ =add_member =add_user =grant_",
    R`"(?:invite|add|grant)_(?:member|user|collaborator|admin|access)"[^}]{0,120}?"role"\s{0,3}:\s{0,3}"(?:owner|admin|administrator|superuser|root)"`,
    "Data has an account invited with an owner role",
  ),
  rule(
    "sensitive_object",
    0.5,
    "=0.0.0.0/0",
    R`\b0\.0\.0\.0/0\b[^.\n]{0,30}?\b(?:ports?|porcie|puerto|porta|poort|portu)${S}(?:22|23|3389|5432|3306|6379|27017|5900)\b`,
    "Text opens a remote-access port to the world",
  ),
  rule(
    "sensitive_object",
    0.5,
    "remov delet wiped erase / rm",
    R`\b(?:removed|deleted|wiped|erased)${S}(?:with|using|via)${S}[\x60]?rm${S}-(?:rf|fr|r)\b`,
    "Text puts a forced recursive removal in play",
    { near: 30 },
  ),
  rule(
    "credential_phish_link",
    0.5,
    "usern passw passc crede login / enter typed submi provi",
    R`\b(?:username|password|passcode|credentials|login${S}details)${S}(?:is|are)${S}(?:re-?)?(?:entered|typed|submitted|provided)${S}(?:at|on|into|via)${S}(?:the${S})?(?:[a-z]{2,12}${S})?(?:link|url|page|portal|site|form)\b`,
    "Text has a password entered at a link it gives",
    { near: 40 },
  ),
  rule(
    "pretext",
    0.5,
    "prese / offic legit genui safe trust verif authe",
    R`\b(?:is|are|be)${S}presented${S}as${S}(?:official|legitimate|genuine|safe|trusted|verified|authentic)\b`,
    "Text tells the model how to present a link to the user",
    { near: 30 },
  ),
  rule(
    "exfiltration",
    0.5,
    "bcc / must shoul will alway",
    R`\b(?:must|should|will|always)${S}(?:be${S})?bcc(?:'?d|ed)?${S}(?:to${S})?[\w.+-]{1,40}@[\w-]{1,40}\.[a-z]{2,10}\b`,
    "Text has every message copied to an outside address",
    { near: 30 },
  ),
  rule(
    "consent_skipped",
    0.5,
    "skip / order payme purch check trans",
    // A purchase or payment check: "skip the confirmation step with --yes" is a CLI flag.
    R`\bskip${S}(?:the${S})?(?:order|payment|purchase|checkout|transfer)${S}(?:confirmation|verification|review|approval)${S}(?:step|screen|page|dialog|prompt)\b`,
    "Text waives a check before acting",
    { near: 40 },
  ),
];
