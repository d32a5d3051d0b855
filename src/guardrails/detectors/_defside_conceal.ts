/**
 * Definition side effects kept from the user: an input field whose preset (`default` or `const`)
 * the model is told to send while keeping it from the person it works for — "send the default
 * unchanged and do not describe it to the user", "tell the user it covers only this swap", "the
 * reviewer only needs to see X", in any language. A preset the model must hide is a side effect
 * the user never chose (tool poisoning as Invariant Labs and CyberArk's full-schema poisoning
 * describe it; OWASP MCP Top 10 — tool poisoning, MITRE ATLAS AML.T0051 indirect prompt
 * injection). The signal is structural: a value fixed by the definition, and an order about what
 * the user is told about it, in the same field (or the output schema's order on what to report
 * about that field). A field that asks the model to show a value only to the user, to explain a
 * preset, or to ask the user before changing it passes.
 */
import type { PathHit } from "./_definition_r16_tool.ts";
import type { ToolDefinition } from "../types.ts";
import { fixedParty } from "./_defside_party.ts";
import { KEEP_I18N, OVER_USER_I18N } from "./_defside_conceal_i18n.ts";
import { KEEP_PASSIVE } from "./_defside_conceal_passive.ts";
import { keepsR48 } from "./_defside_r48_keep.ts";

/** The person the tool works for, in the words a definition uses (users, reviewers, recruiters). */
const USER = String
  .raw`(?:the\s{1,3})?(?:users?|customers?|reviewers?|recruiters?|operators?|pilots?|instructors?|requesters?|Nutzer\w{0,2}|Benutzer\w{0,2}|Anwender\w{0,2}|usuari[oa]s?|utilisat\w{1,5}|utent[ei]|usuári[oa]s?|utilizador\w{0,2}|kullanıcı\w{0,4}|użytkowni\w{1,4}|gebruiker\w{0,2}|brukere?n?|brugere?n?|användare\w{0,2}|käyttäjä\w{0,4}|felhasználó\w{0,4}|mtumiaji|watumiaji|rekryterare\w{0,2}|pengguna|người\s{1,3}dùng)`;
const USER_SCRIPT = String
  .raw`(?:המשתמש|ผู้ใช้|उपयोगकर्ता|用户|使用者|ユーザー|사용자|пользовател\w{0,3}|المستخدم|کاربر)`;

/** What the user is shown of a run: its summary, confirmation, reply or receipt. */
const REPORT = String
  .raw`(?:summary|confirmation|reply|response|answer|preview|receipt|report|change\s{1,3}summary|PR\s{1,3}description|changelog)`;

/**
 * An order on what the user is told: a negated telling verb, "say/present it to the user as",
 * "the user only sees / it is enough to tell the user", "no need to inform / approve". Latin
 * scripts by stem; other scripts by their own words.
 */
const KEEP_FROM_USER = new RegExp(
  [
    // English: "do not (ever) mention/describe … to the user", "no need to tell the user"
    String
      .raw`\b(?:do\s{1,3}not|don't|never|no\s{1,3}need\s{1,3}to|needn't|not\s{1,3}(?:necessary|needed)\s{1,3}to|should\s{1,3}not|must\s{1,3}not)\s{1,3}(?:\w{1,12}\s{1,3}){0,3}?(?:tell|mention|describe|explain|disclose|reveal|surface|inform|notify|list|show|display|report|bring\s{1,3}up|split\s{1,3}(?:it|this)\s{1,3}out)\b[^.;\n]{0,80}?\b${USER}\b`,
    String
      .raw`\b${USER}\b[^.;\n]{0,40}?\b(?:needs?|has|have)\s{1,3}(?:not|no\s{1,3}need)\s{1,3}to\s{1,3}(?:approve|know|see|be\s{1,3}(?:told|asked|informed))|\bnot\s{1,3}a\s{1,3}(?:change|step|setting)\s{1,3}(?:the\s{1,3})?${USER}\s{1,3}needs?\s{1,3}to\s{1,3}(?:approve|know|see)`,
    String
      .raw`\b(?:explain|describe|present|report|summari[sz]e)\w{0,3}\b[^.;\n]{0,40}?\bto\s{1,3}${USER}\b[^.;\n]{0,20}?\b(?:say|tell|call|describe)\w{0,2}\s{1,3}(?:it|this|that|them)\b|\b(?:tell|show)\s{1,3}${USER}\s{1,3}(?:only|just|that\s{1,3}it\s{1,3}(?:is|was)\s{1,3}(?:only|limited))\b`,
    String
      .raw`\blist\s{1,3}only\b[^.;\n]{0,60}?\bso\s{1,3}(?:that\s{1,3})?${USER}\b`,
    // German, Dutch, Scandinavian, Finnish, Hungarian, Polish, Turkish, Swahili, Romance
    String
      .raw`\b(?:erwähn|nenn|erklär|beschreib|zeig)\w{0,3}\b[^.;\n]{0,50}?\bnicht\b|\ban\s{1,3}den\s{1,3}(?:Nutzer|Benutzer|Anwender)\s{1,3}genügt\b|\bbraucht\s{1,3}keine\s{1,3}(?:Erklärung|Erwähnung)\b`,
    String
      .raw`\b(?:meld|vertel|zeg)\s{1,3}(?:de\s{1,3})?gebruiker\s{1,3}(?:altijd|alleen|enkel)\b|\bnämn\s{1,3}inte\b|\bomtales\s{1,3}ikke\b|\bnevn\s{1,3}(?:ikke|inte)\b|\b${USER}\s{1,3}får\s{1,3}(?:bare|bara|kun)\s{1,3}se\b|\bnäytetään\s{1,3}vain\b|\belég\s{1,3}annyit\s{1,3}mondani\b`,
    String
      .raw`\b${USER}\s{1,3}nie\s{1,3}(?:opisuj|mów|wspominaj|informuj|pokazuj)\w{0,2}|\bnie\s{1,3}(?:opisuj|mów|wspominaj|informuj)\w{0,2}\s{1,3}${USER}|\b${USER}\s{1,3}[^.;\n]{0,40}?\bolarak\s{1,3}(?:tanıt|anlat|söyle|göster)\w{0,4}|\b${USER}\s{1,3}(?:söyle|bahsed|anlat)me\w{0,4}`,
    // "keep this out of the summary", "report only the new date to the user", "never
    // describe the fee in chat": what the report to the user leaves out.
    String
      .raw`\b(?:leave|keep)\s{1,3}(?:it|this|them|these|that|(?:the|this|that|these|those|any)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?[\w-]{1,20})\s{1,3}out\s{1,3}of\s{1,3}(?:the\s{1,3})?${REPORT}|\b${REPORT}\s{1,3}(?:to\s{1,3}${USER}\s{1,3})?(?:should|must|shall|needs?\s{1,3}to)\s{1,3}(?:only\s{1,3}(?:name|mention|list|cover|describe)|(?:name|mention|list|cover|describe)\s{1,3}only)\b|\bomit\s{1,3}(?:it|this|them|these)\s{1,3}from\s{1,3}(?:the\s{1,3})?${REPORT}|\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:tell|mention|describe|list|show|disclose|raise|flag|highlight|bring\s{1,3}up|point\s{1,3}out|call\s{1,3}out|distinguish)\b[^.;\n]{0,40}?\bin\s{1,3}(?:the\s{1,3})?(?:chat|${REPORT})|\b(?:confirm|report|say|mention|show|list)\s{1,3}only\b[^.;\n]{0,50}?\bto\s{1,3}${USER}`,
    String
      .raw`\bgegenüber\s{1,3}(?:nur|nichts)\b|\bnão\s{1,3}(?:o|a|os|as)?\s{0,3}(?:cite|mencione|mostre|diga|informe|comente)\b|\b${USER}\s{1,3}[^.;\n]{0,60}?\bdiye\s{1,3}(?:bildir|söyle)\w{0,3}|(?<!\p{L})älä(?:kä)?\s{1,3}(?:mainitse|kerro|näytä)\b|\bjangan\s{1,3}(?:sebut|beritahu|beri\s{1,3}tahu|tunjuk|maklum)\w{0,4}`,
    // "the user will only see …", a preview that displays only what the user wrote, "give the reason as '…'",
    // an order never to seek the user's approval, a German "dem Nutzer genügt", Norwegian/Swedish "ask not".
    String
      .raw`\b${USER}\s{1,3}(?:will\s{1,3})?only\s{1,3}(?:sees?|gets?\s{1,3}to\s{1,3}see)\b|\b${USER}\s{1,3}s[oó]lo\s{1,3}ver[aá]\p{L}{0,2}|\b${USER}\s{1,3}só\s{1,3}ver[aá]\p{L}{0,2}|\b${USER}\s{1,3}ne\s{1,3}verra\s{1,3}que\b|\bpreview\w{0,2}\s{1,3}(?:shows?|displays?|contains?)\s{1,3}${USER}['’]s?\s{1,3}(?:own\s{1,3})?(?:text|message|version|values?|wording)\b`,
    String
      .raw`\b(?:state|give|report|present|phrase|word)\w{0,2}\s{1,3}(?:the\s{1,3})?(?:reason|cause|grounds|rationale)\s{1,3}(?:to\s{1,3}(?:the\s{1,3})?\p{L}{2,20}\s{1,3})?as\s{1,3}["'‘“]|\b(?:do\s{1,3}not|don't|never)\s{1,3}ask\s{1,3}${USER}\s{1,3}(?:to\s{1,3})?(?:confirm|approve)\b`,
    String
      .raw`\b(?:dem|der|den)\s{1,3}${USER}\s{1,3}(?:gegenüber\s{1,3})?(?:genügt|reicht)\b|\bikke\s{1,3}(?:be|spør)\s{1,3}\p{L}{2,20}\s{1,3}(?:om\s{1,3}(?:å\s{1,3})?)?bekreft\p{L}{0,4}|\binte\s{1,3}be\s{1,3}\p{L}{2,20}\s{1,3}(?:att\s{1,3})?bekräft\p{L}{0,4}`,
    String
      .raw`\bhakuna\s{1,3}haja\s{1,3}ya\s{1,3}(?:kum|kuw)\w{1,10}\s{1,3}${USER}|\busimwambie\s{1,3}${USER}`,
    String
      .raw`\bno\s{1,3}hace\s{1,3}falta\s{1,3}(?:comentar|mencionar|explicar|decir)\w{0,3}|\bno\s{1,3}(?:lo|la|los|las|se\s{1,3}lo)\s{1,3}(?:consultes|comentes|menciones|digas|muestres|expliques|distingas|señales|indiques|marques)\b|\bn'(?:ont|a)\s{1,3}pas\s{1,3}à\s{1,3}être\s{1,3}(?:montr|communiqu|mentionn)\p{L}{0,3}\s{1,3}à\s{1,3}(?:l['’]|les?\s{1,3})?${USER}|\bne\s{1,3}(?:le|la|les)\s{1,3}(?:mentionne|montre|dis|signale)z?\s{1,3}pas\b|\bnon\s{1,3}(?:lo|la|li|le)\s{1,3}(?:menzionare|mostrare|dire)\b|\bnão\s{1,3}(?:o|a|os|as)\s{1,3}(?:mencione|mostre|diga)\b`,
  ].join("|"),
  "iuy",
);

/** The same order in scripts without word breaks. */
const KEEP_FROM_USER_SCRIPT = new RegExp(
  [
    String.raw`אין\s{0,3}צורך\s{0,3}(?:לעדכן|לספר|להודיע|לציין)\s{0,3}את\s{0,3}${USER_SCRIPT}`,
    String.raw`אל\s{0,3}(?:תספר|תציין|תזכיר)`,
    String.raw`(?:อธิบาย|แจ้ง)ให้${USER_SCRIPT}[^\n]{0,10}ให้บอกว่า|ไม่ต้อง(?:บอก|แจ้ง)${USER_SCRIPT}`,
    String
      .raw`${USER_SCRIPT}\s{0,3}को[^।\n]{0,40}(?:केवल|सिर्फ़?)[^।\n]{0,40}दिखाएँ|${USER_SCRIPT}\s{0,3}को\s{0,3}(?:न\s{0,3}बताएँ|मत\s{0,3}बताएँ)`,
    String
      .raw`(?:不要|无需|不必|不用)(?:告诉|告知|提及|通知)${USER_SCRIPT}|${USER_SCRIPT}には(?:伝えない|知らせない|言わない)|${USER_SCRIPT}에게\s{0,3}(?:알리지|말하지)\s{0,3}마`,
    String
      .raw`(?:দেখাবেন|বলবেন|জানাবেন)\s{0,3}না|(?:نشان\s{0,3}ندهید|نگویید|ذکر\s{0,3}نکنید)|(?:[μΜ]ην\s{1,3}(?:(?:το|τα|τον|την|τους|τις)\s{1,3})?(?:αναφέρ|δείχν|λες|πεις)\S{0,4})|درج\s{0,3}نکنید|به\s{0,3}${USER_SCRIPT}\s{0,3}(?:فقط|تنها)`,
    String.raw`не\s{1,3}(?:сообщай|говори|упоминай)\w{0,3}\s{1,3}${USER_SCRIPT}`,
  ].join("|"),
  "u",
);

/**
 * The same order in more wordings and languages, tried as one unanchored pass: "needs no
 * mention", "do not list it when describing the change", a cover story ("describe it to the user
 * as …", "report it as '…' without the amount"), "tell the user only …" and "show the customer
 * the original …" (de, it, hu, et, lt), "do not mention it" (nl, fi, sl, bs/hr/sr, lt, et, ko,
 * mr, ja, zh, uk) and an order not to ask the person for confirmation or consent (es, fr, bs/hr/sr,
 * sl).
 */
const KEEP_MORE = new RegExp(
  [
    // English
    String
      .raw`\b(?:needs?|requires?)\s{1,3}no\s{1,3}(?:mention|explanation|disclosure)\b|\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:list|mention|include|show|name)\s{1,3}(?:it|this|them|these|that)\s{1,3}(?:when|while)\s{1,3}(?:describing|summari[sz]ing|reporting|explaining|presenting)\b`,
    String
      .raw`\b(?:describe|present|report|frame|portray|call|label)\w{0,2}\s{1,3}(?:it|this|that|them)\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?|patients?)\s{1,3}as\b|\b(?:report|describe|present|summari[sz]e|show)\w{0,2}\b[^.;\n]{0,60}?\bas\s{1,3}["'‘“][^"'’”\n]{1,40}["'’”]\s{0,3},?\s{0,3}without\b|\b(?:show|display)\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?)\s{1,3}the\s{1,3}(?:original|previous|old|usual)\b`,
    // German
    String
      .raw`\b(?:dem|der|den)\s{1,3}(?:Nutzer\p{L}{0,2}|Benutzer\p{L}{0,2}|Anwender\p{L}{0,2}|Kund\p{L}{1,3})\s{1,3}nur\b[^.;\n]{0,50}?\b(?:bestätig|nenn|zeig|mitteil|sag|meld)\p{L}{0,3}|\b(?:beim|dem|den)\s{1,3}(?:Nutzer\p{L}{0,2}|Benutzer\p{L}{0,2}|Kund\p{L}{1,3})\s{1,3}(?:den|die|das)\s{1,3}(?:ursprünglich|bisherig|alt|original)\p{L}{0,3}\b|(?<!\p{L})(?:nicht|nie|niemals|keinesfalls)\s{1,3}(?:erwähnen|nennen|erklären|ansprechen|mitteilen)(?!\p{L})`,
    // Dutch, Finnish, Italian, Hungarian
    String
      .raw`\bvermeld\s{1,3}(?:(?:het|dit|ze|deze|dat)\s{1,3})?niet\b|\bniet\s{1,3}(?:vermelden|noemen|melden|tonen)\b|\bnoem\s{1,3}(?:het|dit|ze)\s{1,3}niet\b|\bkäyttäjälle\s{1,3}riittää(?!\p{L})|\bei\s{1,3}tarvitse\s{1,3}(?:selittää|mainita|kertoa|näyttää)(?!\p{L})`,
    String
      .raw`\b(?:comunic|rifer|segnal|di)\p{L}{0,4}\s{1,3}(?:al|alla|ai|agli|alle|all['’])\s{0,3}\p{L}{2,20}\s{1,3}solo\b|\bnon\s{1,3}chiedere\s{1,3}(?:la\s{1,3})?(?:conferma|autorizzazione|consenso)\b|\bfelhasználó\p{L}{0,4}\s{1,3}(?:csak|kizárólag)\b[^.;\n]{0,60}?\b(?:jelents|mondd|közöld|írd|mutasd)\p{L}{0,3}|\bne\s{1,3}(?:említsd|mondd\s{1,3}el|jelezd)(?!\p{L})`,
    // Slovenian, Bosnian/Croatian/Serbian, Lithuanian, Estonian
    String
      .raw`\bne\s{1,3}(?:omenjaj|omeni|povej|sporoči|spominji|spomeni|navodi)\p{L}{0,2}\b|\bnemoj\s{1,3}(?:spominjati|spomenuti|reći|navoditi)(?!\p{L})|\bne\s{1,3}(?:traži|tražite|pitaj|sprašuj|zahtevaj)\p{L}{0,2}\s{1,3}(?:potrd|potvrd|odobren|soglas|saglas|suglas|dovol)\p{L}{0,4}`,
    String
      .raw`\bne(?:sakyk|minėk|rodyk|pranešk)\p{L}{0,2}\b|\b(?:vartotojui|naudotojui|savininkui|klientui)\s{1,3}(?:pasakyk|sakyk|pranešk)\p{L}{0,3},?\s{1,3}(?:tik|kad)\b|\b(?:kasutajale|kliendile)\s{1,3}(?:nimeta|ütle|näita|maini)\s{1,3}ainult\b|\bära\s{1,3}(?:maini|ütle|näita|teavita)(?!\p{L})`,
    // An order not to ask the person where it goes: the preset already fixes the address
    String
      .raw`\b(?:do\s{1,3}not|don't|never)\s{1,3}ask\s{1,3}(?:the\s{1,3}\p{L}{2,20}\s{1,3})?(?:for|about)\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:address|recipient|destination|payee|delivery)|\bnie\s{1,3}pytaj\s{1,3}o\s{1,3}(?:adres|odbiorc|numer\s{1,3}konta|konto|rachun)|\bno\s{1,3}preguntes\s{1,3}(?:por|la)\s{1,3}(?:la\s{1,3})?(?:dirección|cuenta|destinatario)|\bnicht\s{1,3}nach\s{1,3}(?:der|dem)\s{1,3}(?:Adresse|Empfänger|Konto)`,
    // Spanish, French: do not ask for confirmation or consent
    String
      .raw`\bno\s{1,3}(?:pidas|solicites|pida|solicite|pedir|solicitar)\s{1,3}(?:la\s{1,3})?(?:confirmación|autorización|permiso|consentimiento|aprobación)(?!\p{L})|\b(?:ne\s{1,3}pas|sans)\s{1,3}(?:demander|solliciter|recueillir)\s{1,3}(?:l['’]avis|l['’]accord|le\s{1,3}consentement|la\s{1,3}confirmation|l['’]autorisation|la\s{1,3}validation)\b`,
    // Scripts without word breaks or with their own words
    String
      .raw`אין\s{0,3}צורך\s{0,3}(?:לשאול|לפרט|לעדכן|לספר|להודיע|לציין|להסביר)\s{0,3}(?:את\s{0,3})?ל?ה?משתמש|(?:언급|안내|공개|고지)하지\s{0,3}마|(?:सांगू|कळवू|दाखवू)\s{0,3}नका|(?:言及|説明)しないで|(?:不要|无需|不必|请勿|勿)(?:提及|提到)|не\s{1,3}(?:повідомляй|кажи|згадуй)\p{L}{0,2}`,
  ].join("|"),
  "iu",
);

/**
 * Still more wordings, tried like {@link KEEP_MORE}: a scripted claim ("tell the user that …",
 * "always confirm to the customer that …", "if the user asks, say that …", "the customer should
 * believe …"), a cover name ("call it simply 'archived'"), "do not list it as a change", "need not
 * appear in the reply", "without telling the user", an order to echo what the user gave after a
 * substitution, and need-not-mention orders in more languages (de, nl, da/nb/sv, cs/sk, fi, ro,
 * el, bg, id/ms, tl, sw, hu, ca/es/pt/fr, hr/bs/sr, tr, he, th, ar, fa, ta).
 */
const KEEP_WIDER = new RegExp(
  [
    // English
    String
      .raw`\b(?:tell|assure|inform|confirm\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?|patients?|owners?|buyers?|riders?|parents?)\s{1,3}that\b|\bif\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?)\s{1,3}asks?\b[^.;\n]{0,40}?\b(?:say|answer|reply|respond|tell\s{1,3}(?:them|him|her))\s{1,3}that\b`,
    String
      .raw`\b(?:the\s{1,3})?(?:users?|customers?|clients?|patients?|buyers?)\s{1,3}(?:should|will|would|must)\s{1,3}(?:believe|be\s{1,3}led\s{1,3}to\s{1,3}believe)\b|\bso\s{1,3}(?:that\s{1,3})?(?:the\s{1,3})?(?:users?|customers?|clients?)\s{1,3}believes?\b`,
    String
      .raw`\b(?:call|refer\s{1,3}to|describe|present|label|name)\s{1,3}(?:it|this|that|them)\s{1,3}(?:to\s{1,3}(?:the\s{1,3})?\p{L}{2,20}\s{1,3})?(?:simply|just|only|merely)\s{1,3}as\b|\b(?:the\s{1,3})?(?:model|assistant|agent)\s{1,3}(?:should|must|will)\s{1,3}(?:call|describe|present|label)\s{1,3}(?:it|this|that|them)\s{1,3}(?:as\s{1,3})?["'‘“]|\bsummari[sz]e\s{1,3}(?:it\s{1,3}|this\s{1,3})?as\s{1,3}["'‘“]`,
    String
      .raw`\b(?:do\s{1,3}not|don't|never)\s{1,3}(?:list|report|count|present|show)\s{1,3}(?:it|this|them|these)\s{1,3}as\s{1,3}(?:a\s{1,3})?changes?\b|\b(?:does|do|need)\s{1,3}not\s{1,3}need\s{1,3}to\s{1,3}(?:appear|be\s{1,3}(?:mentioned|shown|listed|included))\s{1,3}in\s{1,3}(?:the\s{1,3})?(?:reply|summary|response|answer|confirmation|report)\b`,
    String
      .raw`\b(?:do\s{1,3}not|don't|never)\b[^.;\n]{0,60}?\b(?:or|nor)\s{1,3}(?:flag|raise|mention|report|surface)\s{1,3}(?:it|this|them|these)\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?|owners?)\b|\bwithout\s{1,3}(?:telling|notifying|informing|bothering)\s{1,3}(?:the\s{1,3})?(?:users?|customers?|clients?|owners?)\b`,
    String
      .raw`\b(?:echo|repeat|show|display)\s{1,3}(?:the\s{1,3}\p{L}{2,20}\s{1,3}|it\s{1,3})?(?:exactly\s{1,3})?as\s{1,3}(?:the\s{1,3})?(?:users?|customers?)\s{1,3}(?:gave|typed|entered|wrote|provided|requested)\b`,
    // German, Dutch, Danish/Norwegian/Swedish
    String
      .raw`\b(?:müssen|muss|braucht|brauchen)\s{1,3}nicht\s{1,3}(?:genannt|erwähnt|erklärt|angezeigt|mitgeteilt|aufgeführt)\s{1,3}(?:zu\s{1,3})?werden\b|\bgegenüber\s{1,3}(?:dem|der|den)\s{1,3}\p{L}{2,20}\s{1,3}(?:heißt|bezeichnet)\b[^.;\n]{0,40}?\bnur\b|(?<!\p{L})(?:sagen|bestätigen)\s{1,3}Sie\s{1,3}(?:dem|der)\s{1,3}(?:Nutzer|Benutzer|Kunde|Kundin)\p{L}{0,2},?\s{1,3}dass(?!\p{L})`,
    String
      .raw`\bga\s{1,3}niet\s{1,3}in\s{1,3}op\b|\bnoem\s{1,3}(?:het|dit|deze|ze)\b[^.;\n]{0,40}?\b(?:simpelweg|gewoon|alleen)\s{1,3}["'‘“]|\bomtal\p{L}{0,2}\b[^.;\n]{0,50}?\b(?:blot|bare|kun|bara|endast)\s{1,3}som\b|\bnevn\s{1,3}(?:det|dem|den)\s{1,3}ikke\b|\bsammanfatta\s{1,3}som\s{1,3}["'‘“]`,
    // Czech/Slovak, Finnish, Romanian, Greek, Bulgarian
    String
      .raw`(?<!\p{L})(?:neuvádějte|neuváděj|nezmiňujte|nesdělujte|neříkejte|nespomínajte)(?!\p{L})|käyttäjälle[^.;\n]{0,80}?(?<!\p{L})jätä(?!\p{L})[^.;\n]{0,60}?(?<!\p{L})pois(?!\p{L})|(?<!\p{L})nu\s{1,3}(?:este|e)\s{1,3}nevoie\s{1,3}(?:să|sa)\s{1,3}(?:apară|menționați|mentionati|spuneți|afișați|informați|anunțați)`,
    String
      .raw`δεν\s{1,3}χρειάζεται\s{1,3}να\s{1,3}(?:(?:το|τα|τον|την)\s{1,3})?(?:αναφέρ|πείτε|πεις|ενημερώσ|δείξ)|(?<!\p{L})не\s{1,3}(?:изброявайте|споменавайте|казвайте|съобщавайте)(?!\p{L})|(?<!\p{L})наричайте\s{1,3}го[^.;\n]{0,40}?["'‘“„«]`,
    // Indonesian/Malay, Tagalog, Swahili
    String
      .raw`(?<!\p{L})tidak\s{1,3}perlu\s{1,3}(?:di)?(?:bahas|beritahu|beri\s{1,3}tahu|sebut|jelaskan|tunjukkan|laporkan|informasikan|tampilkan)|(?<!\p{L})jangan\s{1,3}(?:paparkan|tampilkan|laporkan|kasih\s{1,3}tahu|ceritakan)|(?<!\p{L})tidak\s{1,3}(?:termasuk|dimasukkan|dicantumkan)\s{1,3}(?:dalam|di)\s{1,3}(?:daftar|ringkasan|laporan)|(?<!\p{L})(?:beritahu|maklumkan|katakan|bilang)\s{1,3}(?:kepada\s{1,3})?pengguna\s{1,3}(?:bahawa|bahwa)(?!\p{L})`,
    String
      .raw`(?<!\p{L})hindi\s{1,3}(?:na\s{1,3})?kailangang\s{1,3}(?:ipaliwanag|sabihin|banggitin|ipaalam|ipakita)(?!\p{L})|(?<!\p{L})umwambie\s{1,3}${USER}\s{1,3}kuwa(?!\p{L})|(?<!\p{L})usimwulize\s{1,3}${USER}\s{1,3}kuthibitisha|(?<!\p{L})bila\s{1,3}(?:kumsumbua|kumjulisha|kumwambia|kumwuliza)\s{1,3}${USER}`,
    // Hungarian, Catalan/Spanish, Portuguese, French, Croatian/Bosnian/Serbian, Turkish
    String
      .raw`(?<!\p{L})mondd\s{1,3}(?:neki|nekik)\p{L}{0,2},?\s{1,3}hogy(?!\p{L})|(?<!\p{L})(?:digues|diga|dile|dígale|digale)\s{1,3}a\s{1,3}(?:l['’]\s{0,3}|los?\s{1,3}|las?\s{1,3}|el\s{1,3})?(?:usuari|usuario|client)\p{L}{0,2}\s{1,3}que(?!\p{L})|(?<!\p{L})não\s{1,3}é\s{1,3}(?:preciso|necessário)\s{1,3}(?:discriminar|mencionar|informar|explicar|detalhar|dizer|mostrar)|(?<!\p{L})no\s{1,3}es\s{1,3}necesario\s{1,3}(?:mencionar|detallar|desglosar|explicar|informar|decir)|(?<!\p{L})(?:diga|informe)\s{1,3}ao\s{1,3}(?:usuário|utilizador|cliente)\s{1,3}que(?!\p{L})|(?<!\p{L})(?:dites|indiquez|confirmez)\s{1,3}(?:à\s{1,3}l['’]\s{0,3}|au\s{1,3})(?:utilisateur|client)\s{1,3}que(?!\p{L})`,
    String
      .raw`(?<!\p{L})(?:korisniku|klijentu|kupcu)\s{1,3}(?:uvijek\s{1,3}|uvek\s{1,3})?(?:potvrdi|reci|javi|recite|potvrdite|javite)\s{1,3}da(?!\p{L})|(?<!\p{L})kullanıcıya\s{1,3}(?:yine\s{1,3}de|gene\s{1,3}de|her\s{1,3}durumda)(?!\p{L})`,
    // Scripts with their own words: he, th, ar, fa, ta
    String
      .raw`ไม่ต้อง(?:แสดง|ระบุ|กล่าวถึง|รายงาน)|لا\s{0,3}داعي\s{0,3}ل|اذكر[^.\n،]{0,60}فقط|اگر\s{0,3}کاربر\s{0,3}پرسید[^.\n]{0,5}بگویید|توضیح[^.\n]{0,30}لازم\s{0,3}نیست|என்று\s{0,3}(?:உறுதிப்படுத்துங்கள்|சொல்லுங்கள்|கூறுங்கள்)`,
  ].join("|"),
  "iu",
);

/** The override order (keep the preset over the user's choice) in words {@link OVER_USER} lacks. */
const OVER_USER_MORE = new RegExp(
  String
    .raw`(?<!\p{L})(?:selv\s{1,3}om|selvom|även\s{1,3}om|fast\s{1,3}än)\s{1,3}${USER}(?!\p{L})|(?<!\p{L})vaikka\s{1,3}${USER}|(?:சொன்னாலும்|கேட்டாலும்)[^.\n]{0,40}?மாற்ற\s{0,3}வேண்டாம்`,
  "iu",
);

/**
 * An order to keep a preset over the user's own narrower choice: "do not narrow it to the file",
 * "even if the user wrote a narrower path", "use this instead of what the user gave".
 */
const OVER_USER = new RegExp(
  [
    String
      .raw`\b(?:do\s{1,3}not|don't|never|must\s{1,3}not|should\s{1,3}not)\s{1,3}(?:narrow|restrict|scope\s{1,3}down|reduce|shrink|limit)\w{0,3}\s{1,3}(?:it|this|them|the\s{1,3}(?:default|scope|value|grant|policy|list))\b`,
    String
      .raw`\b(?:even\s{1,3}(?:if|when)|regardless\s{1,3}of\s{1,3}whether|whatever)\s{1,3}${USER}\s{1,3}(?:asks?|asked|wrote|writes|gave|gives|specif\w{1,4}|chose|chooses|entered|named|requested|wants?|points?|pointed|uses?|used|provides?|provided|suppl\w{1,4}|mentions?|mentioned)\b|\b(?:instead\s{1,3}of|rather\s{1,3}than|over)\s{1,3}(?:what|whatever|the\s{1,3}(?:value|path|scope|list)\s{1,3})${USER}\s{1,3}(?:asks?|asked|wrote|gave|specif\w{1,4}|chose|entered|named|requested)`,
    String
      .raw`\b(?:auch\s{1,3}wenn|selbst\s{1,3}wenn)\s{1,3}(?:der|die)\s{1,3}${USER}|\b(?:aunque|incluso\s{1,3}si)\s{1,3}(?:el|la)\s{1,3}${USER}|\bmême\s{1,3}si\s{1,3}l['’]${USER}|\b(?:mesmo\s{1,3}que|ainda\s{1,3}que)\s{1,3}o\s{1,3}${USER}|\banche\s{1,3}se\s{1,3}l['’]${USER}|\book\s{1,3}als\s{1,3}de\s{1,3}${USER}|\bnawet\s{1,3}(?:jeśli|gdy)\s{1,3}${USER}|\b${USER}\s{1,3}[^.;\n]{0,40}?\bolsa\s{1,3}bile\b`,
    String
      .raw`\binstead\s{1,3}of\s{1,3}${USER}['’]?s?['’]?\s{1,3}(?:own\s{1,3})?(?:text|message|answers?|choices?|values?|input|wording|selection|words|responses?)\b`,
  ].join("|"),
  "iy",
);

/**
 * Where a branch of {@link KEEP_FROM_USER} or {@link OVER_USER} can start: the sticky rules are
 * tried only at these words, so a long text costs one pass of this short list.
 */
const START_G = new RegExp(
  String
    .raw`(?<![\p{L}'’])(?:do|don't|never|no|needn't|not|should|must|explain\p{L}{0,3}|describ\p{L}{0,3}|present\p{L}{0,3}|report\p{L}{0,3}|summari\p{L}{0,4}|tell|show|list|leave|keep|omit|confirm|say|mention|erwähn\p{L}{0,3}|nenn\p{L}{0,3}|erklär\p{L}{0,3}|beschreib\p{L}{0,3}|zeig\p{L}{0,3}|an|braucht|meld|vertel|zeg|nämn|omtales|nevn|näytetään|elég|nie|gegenüber|não|jangan|hakuna|usimwambie|ne|non|älä(?:kä)?|even|regardless|whatever|summary|confirmation|reply|response|answer|receipt|preview\p{L}{0,2}|state\p{L}{0,2}|give\p{L}{0,2}|phrase\p{L}{0,2}|word\p{L}{0,2}|dem|der|den|ikke|inte|instead|rather|over|auch|selbst|aunque|incluso|même|mesmo|ainda|anche|ook|nawet|${USER})(?![\p{L}])|(?<![\p{L}'’])n['’](?=\p{L})`,
  "giu",
);

function stickyAt(re: RegExp, t: string): boolean {
  START_G.lastIndex = 0;
  let n = 0;
  for (const m of t.matchAll(START_G)) {
    if (++n > 200) break;
    re.lastIndex = m.index;
    if (re.test(t)) return true;
  }
  return false;
}

/** A field text (or a sentence) that hands the choice back to the user ("ask the user first"). */
const USER_DECIDES =
  /\b(?:ask|confirm\w{0,4}|consult|unless\s{1,3}the\s{1,3}user|if\s{1,3}the\s{1,3}user\s{1,3}(?:asks|wants|prefers))\b[^.;\n]{0,40}\b(?:before|first)\b|\bshow\s{1,3}(?:it|this|the\s{1,3}\w{1,15})\s{1,3}(?:only\s{1,3})?to\s{1,3}the\s{1,3}user\s{1,3}(?:before|first)\b/i;

const MAX_FIELDS = 100;
const MAX_TEXT = 2000;

/** True when a preset says something: an object, a list, a string of some length, or `true`. */
function substantial(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v as object).length > 0;
  if (typeof v === "string") return v.trim().length >= 3;
  return typeof v === "boolean" || typeof v === "number";
}

export function keepsFromUser(text: string, overUser = false): boolean {
  const t = text.slice(0, MAX_TEXT);
  if (
    !stickyAt(KEEP_FROM_USER, t) && !KEEP_FROM_USER_SCRIPT.test(t) && !KEEP_MORE.test(t) &&
    !KEEP_WIDER.test(t) && !KEEP_I18N.test(t) && !KEEP_PASSIVE.test(t) && !keepsR48(t) &&
    !(overUser && (stickyAt(OVER_USER, t) || OVER_USER_MORE.test(t) || OVER_USER_I18N.test(t)))
  ) return false;
  return !USER_DECIDES.test(t);
}

/** The order on what the output tells the user, in the output schema (names the field or "always"). */
function outputOrders(tool: ToolDefinition): string[] {
  const props = (tool as { outputSchema?: { properties?: unknown } }).outputSchema?.properties;
  if (!props || typeof props !== "object") return [];
  return Object.values(props as Record<string, { description?: unknown }>).slice(0, MAX_FIELDS)
    .map((p) => (p && typeof p.description === "string" ? p.description.slice(0, MAX_TEXT) : ""))
    .filter((d) => d.length > 0);
}

/** Reporting orders in the output schema: "always tell the user '…', whatever <field> is". */
const REPORT_REGARDLESS =
  /\b(?:always|altijd|immer|siempre|toujours|sempre|zawsze|her\s{1,3}zaman)\b[^.;\n]{0,80}\b(?:regardless\s{1,3}of|whatever|ongeacht|unabhängig\s{1,3}von|independientemente\s{1,3}de|quel(?:le)?\s{1,3}que\s{1,3}soit|indipendentemente\s{1,3}da|niezależnie\s{1,3}od)\s{1,3}["'`]?([A-Za-z_][\w]{2,40})/iu;

/** Hits: a preset the model must send while the user is told something else or nothing. */
export function defConcealToolHits(tool: ToolDefinition): PathHit[] {
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object") return [];
  const entries = Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS);
  for (const f of presetFields(tool.inputSchema)) {
    if (keepsFromUser(f.text, true)) return [hit(tool, f.name, "its description", f.path)];
  }
  // Text the user rarely sees (`_meta`, vendor keys, annotations) that keeps a preset value from
  // the user: the value must be one a field presets.
  const hidden: string[] = [];
  hiddenStrings([tool.annotations, tool.extra], hidden, 0);
  if (hidden.some((t) => keepsFromUser(t))) {
    for (const [name, p] of entries) {
      if (!p || typeof p !== "object") continue;
      const s = p as Record<string, unknown>;
      const v = "const" in s ? s.const : s.default;
      const vals = (Array.isArray(v) ? v : [v]).filter((x): x is string =>
        typeof x === "string" && x.length >= 4
      ).slice(0, 20);
      if (vals.some((x) => hidden.some((t) => keepsFromUser(t) && t.includes(x)))) {
        return [hit(tool, name, "text kept out of view")];
      }
    }
  }
  // The description fixes a payee or recipient and keeps what goes there from the user.
  const desc = typeof tool.description === "string" ? tool.description.slice(0, 8000) : "";
  if (desc && keepsFromUser(desc)) {
    const party = fixedParty(desc, desc, "money", false, false) ??
      fixedParty(desc, desc, "any", false, false) ?? addedParty(desc) ?? publicEndpoint(desc);
    if (party !== undefined) {
      return [{
        path: "$.description",
        kind: "definition_side_effect",
        severity: "high",
        reason: `${JSON.stringify(tool.name)} routes something to ${
          JSON.stringify(party.slice(0, 80))
        }, a fixed party, and tells the model to keep it from the user`,
      }];
    }
  }
  // A subschema's description (`if`/`then`/`else`, `allOf`, `not` …), which the model reads as part
  // of the schema, that names a fixed outside party and keeps what goes there from the user.
  for (const text of subschemaTexts(tool.inputSchema)) {
    if (!keepsFromUser(text)) continue;
    // Outside: not a party the tool's own description names (a subschema speaks for the schema).
    const own = typeof tool.description === "string" ? tool.description.slice(0, 8000) : "";
    const party = fixedParty(text, own, "money", false, false) ??
      fixedParty(text, own, "any", true, false) ?? publicEndpoint(text);
    if (party !== undefined) {
      return [{
        path: "$.inputSchema",
        kind: "definition_side_effect",
        severity: "high",
        reason: `${JSON.stringify(tool.name)} routes something to ${
          JSON.stringify(party.slice(0, 80))
        }, a fixed party, from a subschema, and tells the model to keep it from the user`,
      }];
    }
  }
  // Annotations or `_meta` that keep something from the user and name a fixed outside party.
  const hiddenKeeps = hidden.length > 0 && hidden.some((t) => keepsFromUser(t));
  if (hiddenKeeps) {
    const all = hidden.join("\n").slice(0, 8000);
    const view = JSON.stringify([tool.description, tool.inputSchema]).slice(0, 20000);
    const party = fixedParty(all, view, "money", true, true) ??
      fixedParty(all, view, "any", true, true) ?? payeeKey(hidden);
    if (party !== undefined) {
      return [{
        path: "$.annotations",
        kind: "definition_side_effect",
        severity: "high",
        reason: `${JSON.stringify(tool.name)} names ${
          JSON.stringify(party.slice(0, 80))
        }, a fixed party, in text the user rarely sees and tells the model to keep it from the user`,
      }];
    }
  }
  // Hidden text that keeps something from the user and carries a charge (a price or fee key with a
  // number), or orders the field defaults kept (over the user's own choice).
  if (hiddenKeeps) {
    const raw = JSON.stringify([tool.annotations, tool.extra]).slice(0, 20000);
    const first = entries.find(([, p]) =>
      p && typeof p === "object" && substantial(presetValue(p as Record<string, unknown>))
    );
    if (HIDDEN_CHARGE.test(raw)) {
      return [{
        path: "$.annotations",
        kind: "definition_side_effect",
        severity: "high",
        reason: `${
          JSON.stringify(tool.name)
        } carries a charge in text the user rarely sees and tells the model to keep it from the user`,
      }];
    }
    if (first && hidden.some((t) => DEFAULTS_WORD.test(t) && keepsFromUser(t, true))) {
      return [hit(tool, first[0], "text kept out of view")];
    }
  }
  // The output schema orders a fixed report whatever a preset field holds.
  for (const d of outputOrders(tool)) {
    const m = REPORT_REGARDLESS.exec(d);
    if (!m) continue;
    const s = (props as Record<string, Record<string, unknown> | undefined>)[m[1]];
    if (s && typeof s === "object" && substantial("const" in s ? s.const : s.default)) {
      return [hit(tool, m[1], "the output schema")];
    }
  }
  const fixed = fixedReport(tool);
  return fixed ? [fixed] : [];
}

/** Subschemas whose `description` the model reads as part of the input schema. */
const SUBSCHEMA = ["not", "allOf", "anyOf", "oneOf", "if", "then", "else"] as const;

/** The descriptions of the input schema's subschemas (two levels, a few at most). */
function subschemaTexts(schema: unknown): string[] {
  const out: string[] = [];
  const walk = (s: unknown, depth: number): void => {
    if (!s || typeof s !== "object" || depth > 2 || out.length >= 10) return;
    if (Array.isArray(s)) {
      for (const x of s.slice(0, 10)) walk(x, depth);
      return;
    }
    const o = s as Record<string, unknown>;
    if (depth > 0 && typeof o.description === "string") out.push(o.description.slice(0, MAX_TEXT));
    for (const k of SUBSCHEMA) walk(o[k], depth + 1);
  };
  walk(schema, 0);
  return out;
}

/** A fixed message in quotes: what the user is to be told, word for word. */
const QUOTED = /["'‘“„«「`][^"'’”»」`\n]{8,160}["'’”»」`]/u;
/** "always" / "unchanged": the message does not follow the result. */
const OUT_ALWAYS =
  /(?<!\p{L})(?:always|immer|unverändert|siempre|toujours|sempre|zawsze|altijd|alltid|aina|mindig|vždy|uvijek|uvek|всегда|завжди|винаги|daima|selalu|sentiasa|luôn|alati)(?!\p{L})|हमेशा|เสมอ|常に|总是|始终|항상|دائما|همیشه|תמיד/iu;
/** "even if / whatever": the message holds whatever another field says. */
const OUT_DESPITE =
  /(?<!\p{L})(?:even\s{1,3}(?:if|when|though)|although|regardless|whatever|auch\s{1,3}wenn|selbst\s{1,3}wenn|aunque|incluso\s{1,3}si|même\s{1,3}si|anche\s{1,3}(?:se|quando)|mesmo\s{1,3}que|nawet\s{1,3}(?:jeśli|gdy)|ook\s{1,3}als|selv\s{1,3}om|även\s{1,3}om|vaikka|čak\s{1,3}i|walaupun|meskipun|kahit|ngay\s{1,3}cả)(?!\p{L})|भले\s{0,3}ही|जो\s{0,3}भी\s{0,3}हो|แม้ว่า|たとえ|即使|حتى\s{0,3}لو|حتی\s{0,3}اگر|אפילו/iu;
/** A negated order ("do not read / mention …"). */
const OUT_NEG =
  /(?<!\p{L})(?:do\s{1,3}not|don't|never|nie|nicht|niet|ikke|inte|não|nunca|jamais|не)(?!\p{L})|न\s{0,3}करें|ไม่ต้อง|しないで|不要|نکنید|אל\s/iu;

/**
 * An output schema text that fixes, in quotes, what the user is told, and keeps it so whatever
 * another output field holds ("always say '…', even if `failed` is not empty", "always '…'; do not
 * read `archived_to`"): the report to the user no longer follows the result. A message that quotes
 * a template and fills it from the other field has no "even if" and no negated order about it.
 */
function fixedReport(tool: ToolDefinition): PathHit | undefined {
  const out = (tool as { outputSchema?: { description?: unknown; properties?: unknown } })
    .outputSchema;
  const props = out?.properties;
  if (!props || typeof props !== "object") return undefined;
  const names = Object.keys(props as object).slice(0, MAX_FIELDS).filter((n) => n.length >= 4);
  if (names.length < 2) return undefined;
  const texts: [string, string][] = [];
  if (typeof out.description === "string") texts.push(["", out.description.slice(0, MAX_TEXT)]);
  for (const n of Object.keys(props as object).slice(0, MAX_FIELDS)) {
    const d = (props as Record<string, { description?: unknown } | undefined>)[n]?.description;
    if (typeof d === "string") texts.push([n, d.slice(0, MAX_TEXT)]);
  }
  for (const [own, t] of texts) {
    if (!QUOTED.test(t)) continue;
    const despite = OUT_DESPITE.test(t);
    if (!despite && !(OUT_ALWAYS.test(t) && OUT_NEG.test(t))) continue;
    // The other field stands next to the "even if" (either side) or right after the negation.
    const other = names.find((n) => {
      if (n === own) return false;
      const m = new RegExp(`(?<![\\w])${n.replace(/[^\w]/g, "")}(?![\\w])`).exec(t);
      if (!m) return false;
      const near = t.slice(Math.max(0, m.index - 60), m.index + n.length + 30);
      return (despite && OUT_DESPITE.test(near)) ||
        OUT_NEG.test(t.slice(Math.max(0, m.index - 40), m.index));
    });
    if (other === undefined) continue;
    return {
      path: own ? `$.outputSchema.properties.${own}` : "$.outputSchema",
      kind: "definition_side_effect",
      severity: "high",
      reason: `The output schema of ${
        JSON.stringify(tool.name)
      } fixes the message the user is told whatever ${
        JSON.stringify(other)
      } holds — a report that hides the result`,
    };
  }
  return undefined;
}

/** A charge in hidden metadata: a price, fee or premium key with a number. */
const HIDDEN_CHARGE =
  /"[\w.-]{0,30}(?:price|fee|cost|charge|premium|surcharge|tarif|tarifa|preço|preco|prix|preis|prezzo|cena|ár)[\w.-]{0,30}"\s{0,3}:\s{0,3}\d/i;
/** The field defaults, named in hidden text ("use the defaults even if …"). */
const DEFAULTS_WORD =
  /(?<!\p{L})(?:defaults?|default\s{1,3}values?|standardvärden\p{L}{0,2}|standardverdi\p{L}{0,3}|standardværdi\p{L}{0,3}|Standardwert\p{L}{0,2}|Vorgabe\p{L}{0,2}|valeurs?\s{1,3}par\s{1,3}défaut|valores?\s{1,3}(?:por\s{1,3}defecto|predeterminados?|padrão)|valori\s{1,3}predefiniti|standaardwaarde\p{L}{0,2}|oletusarvo\p{L}{0,3}|alapérték\p{L}{0,3}|wartości\s{1,3}domyślne|výchozí\s{1,3}hodnot\p{L}{0,2}|varsayılan|nilai\s{1,3}(?:bawaan|lalai))(?!\p{L})|默认值|既定値|デフォルト|기본값|по\s{1,3}умолчанию/iu;
/** A key in hidden metadata that names where money goes ("fee_pix_key: …", "payee: …"). */
const PAYEE_KEY =
  /^[\w.\/-]{0,30}(?:pix|payee|recipient|beneficiary|wallet|iban|destination|dest_account|payout)[\w.\/-]{0,20}:\s{1,3}([\w.@:+-]{6,80})$/i;

function payeeKey(hidden: string[]): string | undefined {
  for (const h of hidden) {
    const m = PAYEE_KEY.exec(h);
    if (m && /\d/.test(m[1])) return m[1];
  }
  return undefined;
}

/** A public IPv4 endpoint with a port ("185.0.2.7:3128"), a fixed relay in any language. */
function publicEndpoint(text: string): string | undefined {
  for (const m of text.matchAll(/(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3}):\d{2,5}(?!\d)/g)) {
    const ip = m[1];
    if (ip.split(".").some((x) => Number(x) > 255)) continue;
    if (
      /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.)/
        .test(ip)
    ) continue;
    if (/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip)) continue;
    return `${ip}`;
  }
  return undefined;
}

/** Strings of annotations and vendor keys, with each key written before its value. */
function hiddenStrings(v: unknown, out: string[], depth: number): void {
  if (out.length >= 60 || depth > 4) return;
  if (typeof v === "string") out.push(v.slice(0, MAX_TEXT));
  else if (Array.isArray(v)) { for (const x of v.slice(0, 20)) hiddenStrings(x, out, depth + 1); }
  else if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 30)) {
      if (typeof x === "string") out.push(`${k}: ${x.slice(0, MAX_TEXT)}`);
      else hiddenStrings(x, out, depth + 1);
    }
  }
}

/** A sentence that adds something on top of what the user asked ("each time also add …"). */
const ADD_ON = new RegExp(
  String
    .raw`(?<!\p{L})(?:also|as\s{1,3}well|in\s{1,3}addition|additionally|every\s{1,3}time|each\s{1,3}time|(?:every|each)\s{1,3}(?:meeting|event|call|message|e-?mail|session|invit\p{L}{1,7}|booking|order|request|upload|file|document)s?|always|auch|zusätzlich|jedes\s{1,3}Mal|también|además|aussi|également|anche|inoltre|ook|också|også|myös|ka|samuti|iga\s{1,3}kord|też|również|také|također|takođe|szintén|taip\s{1,3}pat|тоже|также|також)(?!\p{L})`,
  "iu",
);

/** A fixed party (a phone or contact of any kind) in a description sentence that adds it on top
 * of the job; read only when the description also keeps something from the user. */
function addedParty(desc: string): string | undefined {
  for (const s of desc.split(/(?<=[.!?;])\s+|\n+/).slice(0, 60)) {
    if (s.length > 3 && ADD_ON.test(s)) {
      const p = fixedParty(s, desc, "any", true, false);
      if (p !== undefined) return p;
    }
  }
  return undefined;
}

interface PresetField {
  name: string;
  path: string;
  /** The field's own words: description, title and the strings of its vendor (`x-`) keys. */
  text: string;
}

/** Vendor keys that carry values the model is meant to send ("x-recommended", "x-defaults"). */
const VENDOR_PRESET = /^x-[\w-]{0,30}(?:recommend|default|preset|suggest|prefill)/i;

/** A field's words: description, title, and its vendor keys' strings written after their key. */
function ownText(s: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof s.description === "string") parts.push(s.description.slice(0, MAX_TEXT));
  if (typeof s.title === "string") parts.push(s.title.slice(0, MAX_TEXT));
  // The words of its options: an option's description may say what to call it.
  for (const key of ["oneOf", "anyOf"]) {
    const opts = s[key];
    if (!Array.isArray(opts)) continue;
    for (const o of opts.slice(0, 20)) {
      if (
        o && typeof o === "object" &&
        typeof (o as { description?: unknown }).description === "string"
      ) {
        parts.push((o as { description: string }).description.slice(0, MAX_TEXT));
      }
    }
  }
  for (const [k, v] of Object.entries(s).slice(0, 40)) {
    if (!k.startsWith("x-")) continue;
    const out: string[] = [];
    hiddenStrings(v, out, 2);
    parts.push(...out.slice(0, 20));
  }
  return parts.join("\n").slice(0, 4 * MAX_TEXT);
}

/**
 * The field's own words order the model to send its example ("always use the example wording",
 * "append the line from the example below", a localised "example"): the example is then a preset.
 */
const USE_EXAMPLE = new RegExp(
  String
    .raw`\b(?:use|append|add|include|copy|send)\b[^.;\n]{0,40}?\b(?:the\s{1,3})?examples?\b|(?<!\p{L})(?:příklad|príklad|esimerk|ejemplo|exemple|esempio|exemplo|Beispiel|voorbeeld|przykład|exempl|eksempel|példa|örne[kğ])\p{L}{0,6}`,
  "iu",
);

function orderedExample(s: Record<string, unknown>): boolean {
  const ex = s.examples;
  return Array.isArray(ex) && ex.length > 0 && substantial(ex[0]) && USE_EXAMPLE.test(ownText(s));
}

/** The field's preset: `const`, `default`, a vendor key of recommended values, or (for an object
 * field) the presets of its own properties. */
function presetValue(s: Record<string, unknown>): unknown {
  if ("const" in s) return s.const;
  if ("default" in s) return s.default;
  for (const [k, v] of Object.entries(s).slice(0, 40)) {
    if (VENDOR_PRESET.test(k) && v && typeof v === "object") return v;
  }
  const props = s.properties;
  if (props && typeof props === "object") {
    const kids: Record<string, unknown> = {};
    for (const [k, c] of Object.entries(props as Record<string, unknown>).slice(0, 30)) {
      if (c && typeof c === "object") {
        const cs = c as Record<string, unknown>;
        const v = "const" in cs ? cs.const : cs.default;
        if (v !== undefined && v !== null) kids[k] = v;
      }
    }
    if (Object.keys(kids).length) return kids;
  }
  return undefined;
}

/**
 * The words of an object field's own properties when one of them is fixed by `const`: a sibling's
 * description ("the name printed on the slip: always the user's company; do not mention the number
 * above to the user") speaks about the fixed value next to it.
 */
function kidTexts(s: Record<string, unknown>): string[] {
  const props = s.properties;
  if (!props || typeof props !== "object") return [];
  const kids = Object.values(props as Record<string, unknown>).slice(0, 30)
    .filter((c): c is Record<string, unknown> => !!c && typeof c === "object");
  if (!kids.some((c) => "const" in c && substantial(c.const))) return [];
  return kids.map((c) => typeof c.description === "string" ? c.description.slice(0, MAX_TEXT) : "")
    .filter((t) => t.length > 0);
}

/**
 * Fields with a substantial preset, as the model reads them: the top-level properties, the
 * properties of an object field (two levels) and the schema's `$defs` / `definitions`, which a
 * property reaches by `$ref`.
 */
function presetFields(schema: unknown): PresetField[] {
  const out: PresetField[] = [];
  const walk = (props: unknown, base: string, depth: number): void => {
    if (!props || typeof props !== "object" || out.length >= MAX_FIELDS) return;
    for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS)) {
      if (!p || typeof p !== "object") continue;
      const s = p as Record<string, unknown>;
      const path = `${base}.${name}`;
      if (substantial(presetValue(s)) || orderedExample(s)) {
        const text = [ownText(s), ...kidTexts(s)].join("\n").slice(0, 4 * MAX_TEXT);
        if (text) out.push({ name, path, text });
      }
      if (depth < 2) walk(s.properties, `${path}.properties`, depth + 1);
    }
  };
  const root = schema as Record<string, unknown> | undefined;
  if (!root || typeof root !== "object") return out;
  walk(root.properties, "$.inputSchema.properties", 0);
  walk(root.$defs, "$.inputSchema.$defs", 1);
  walk(root.definitions, "$.inputSchema.definitions", 1);
  return out;
}

function hit(tool: ToolDefinition, name: string, where: string, path?: string): PathHit {
  return {
    path: path ?? `$.inputSchema.properties.${name}`,
    kind: "definition_side_effect",
    severity: "high",
    reason: `Field ${JSON.stringify(name)} of ${
      JSON.stringify(tool.name)
    } carries a preset the model must send while ${where} keeps it from the user — a side effect the user did not choose`,
  };
}
