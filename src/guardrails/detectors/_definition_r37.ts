/**
 * Definition checks from held-out round 37's misses (paraphrase tests in `_definition_r37_test.ts`).
 * Round 37 again hid the harm in a default or `_meta` and scripted what the model tells the user,
 * now in forms round 36 did not read:
 * - scripted line: the model is to tell, present or report the act to the user as a quoted line
 *   ("tell the customer the order is 'reserved'", "présentez-le comme « … »", "向用户说明“…”",
 *   "'…' olarak raporlayın", "ユーザーには『…』と説明", "ao utilizador diz apenas '…'");
 * - kept apart: an added act is not to be listed separately, shown to the user or given a
 *   footnote or warning ("do not itemise these separately", "utan att visas för användaren",
 *   "không liệt kê riêng", "N'ajoute pas d'avertissement") — secrets and ids kept out are a
 *   safeguard;
 * - pushed and unasked: an "always" preset together with "do not ask" (two cues in one string;
 *   one alone passes; "always tell the user that …" is advice, not a cue).
 * Every pattern is bounded and runs only after a cheap literal pre-test.
 */
import type { Hit } from "./_definition_grammar.ts";
import { first, safeguard, sentenceAfter } from "./_definition_reply.ts";

/** Opening quotation marks. */
const Q = `['"‘“«„「『]`;
/** A word and its space (no quote, no sentence end). */
const W = `[^\\s.!?;'"‘“«„「『]{1,25}\\s{1,4}`;
/** Someone the reply is for. */
const WHO_EN =
  `(?:the\\s{1,4})?(?:user|customer|client|parent|owner|manager|requester|patient|employee|caller|member)s?`;

/** Where an imperative starts: a clause start or "and", "then", "please". */
const IMP =
  /(?:^|[.!?;:,]\s{0,4}|\n\s{0,4}|\b(?:and|then|please|instead)\s{1,4}|\bin\s{1,4}the\s{1,4}(?:summary|reply|response|report|receipt|confirmation)\s{1,4})$/i;

// --- scripted line ------------------------------------------------------------------------------

/** English scripted line; the verb must start a clause (checked after the match). */
// English: "tell the customer the booking is '…'", "report it to the customer as '…'",
// "say only '…'".
const SCRIPT_EN = new RegExp(
  `\\b(?:tell|inform|assure|reassure|notify)\\s{1,4}${WHO_EN}[\\s,:]{1,4}(?!what|which|how|when|where|why|whether|if)(?:that\\s{1,4})?(?:${W}){0,6}${Q}|\\b(?:present|report|describe|summari[sz]e|characteri[sz]e|frame|word|phrase|list|call|refer\\s{1,4}to)\\s{1,4}(?:it|this|that|them|these|those|the\\s{1,4}[\\w-]{1,20}(?:\\s{1,4}[\\w-]{1,20})?)\\s{1,4}to\\s{1,4}${WHO_EN}\\s{1,4}as\\s{1,4}(?:just\\s{1,4}|simply\\s{1,4})?${Q}|\\b(?:mention|say|state|reply|answer|write|confirm)\\s{1,4}(?:only|just|simply|merely)\\s{1,4}(?:that\\s{1,4})?(?:${W}){0,4}${Q}|\\b(?:only|just|simply|merely)\\s{1,4}(?:say|mention|state|reply|write|tell\\s{1,4}${WHO_EN})[\\s,:]{1,4}(?:that\\s{1,4})?${Q}`,
  "gi",
);

const SCRIPT: readonly RegExp[] = [
  // German: "beim Zusammenfassen genügt '…'", "sag dem Kunden, dass '…'", "als '…' melden".
  new RegExp(
    `(?<![\\p{L}])(?:beim\\s{1,4}zusammenfassen|in\\s{1,4}der\\s{1,4}(?:zusammenfassung|antwort|rückmeldung|bestätigung))\\s{0,4},?\\s{0,4}(?:genügt|reicht|schreib\\p{L}{0,2}|sag\\p{L}{0,2}|nenn\\p{L}{0,2}|nur)\\s{0,4}:?\\s{0,4}${Q}|(?<![\\p{L}])(?:sag|sage|sagen\\s{1,4}Sie|teile|teilen\\s{1,4}Sie|melde|schreib|schreibe)\\s{1,4}(?:dem|der)\\s{1,4}(?:Nutzer|Benutzer|Kunden|Anwender|Nutzerin|Kundin|Eltern)\\p{L}{0,2}(?:\\s{1,4}mit)?[\\s,:]{1,4}(?:dass\\s{1,4})?(?:${W}){0,5}${Q}|(?<![\\p{L}])als\\s{1,4}${Q}[^'"’”»“]{1,60}['"’”»“]\\s{1,4}(?:zusammenfassen|melden|darstellen|bezeichnen|ausgeben|präsentieren|berichten|beschreiben)(?![\\p{L}])`,
    "iu",
  ),
  // French / Spanish / Portuguese / Italian: "présentez-le comme « … »", "dites au client que « … »",
  // "ao utilizador diz apenas '…'", "dile al cliente que '…'", "descrivilo come '…'".
  new RegExp(
    `(?<![\\p{L}])(?:présente[zr]?|décri(?:s|re|vez)|signale[zr]?|rapporte[zr]?|qualifie[zr]?|résume[zr]?|annonce[zr]?|preséntal[oa]s?|preséntel[oa]s?|descríbel[oa]s?|repórtal[oa]s?|infórmal[oa]s?|apresente|apresenta|descreva|reporte|relate|presenta|presente|describe|reporta|descrivi|riporta|presentalo|descrivilo)(?:-(?:le|la|les|o|a|os|as))?\\s{1,4}(?:${W}){0,4}?(?:comme|como|come)\\s{1,4}(?:une?\\s{1,4}|uma?\\s{1,4})?${Q}|(?<![\\p{L}])(?:dites|dis|indiquez|répondez|annoncez|écrivez|affirmez)\\s{1,4}(?:à\\s{1,4}l'utilisat\\p{L}{1,10}|au\\s{1,4}client|aux\\s{1,4}utilisat\\p{L}{1,10})\\s{1,4}(?:simplement\\s{1,4})?(?:qu[e']\\s{0,4})?(?:${W}){0,5}${Q}|(?<![\\p{L}])(?:ao|à)\\s{1,4}(?:utilizador|usuári[oa]|cliente)a?\\s{1,4}(?:diz|diga|responde|responda|informa|informe|escreve|escreva|comunica|comunique)\\s{1,4}(?:apenas\\s{1,4}|só\\s{1,4}|somente\\s{1,4}|simplesmente\\s{1,4})?(?:que\\s{1,4})?${Q}|(?<![\\p{L}])(?:diz|diga|informe|responda|comunique|dile|dígale|dígales|indícale|respóndele|comunícale|infórmale|escríbele|di|indica|responde|comunica|informa|escribe|dì|di'|rispondi)\\s{1,4}(?:ao|à|al|all')\\s{0,4}(?:utilizador|usuári[oa]|usuario|cliente|utente)\\s{1,4}(?:apenas\\s{1,4}|só\\s{1,4}|solo\\s{1,4}|solamente\\s{1,4}|simplemente\\s{1,4}|semplicemente\\s{1,4})?(?:que\\s{1,4}|che\\s{1,4})?(?:${W}){0,5}${Q}`,
    "iu",
  ),
  // Danish / Norwegian / Swedish / Dutch: "præsenter det som '…'", "presenteer het als '…'".
  new RegExp(
    `(?<![\\p{L}])(?:præsenter|presenter|presentera|beskriv|rapporter|rapportera|omtal|omtale|kald|kall|kalla|presenteer|beschrijf|rapporteer|noem)\\s{1,4}(?:det|dette|den|dem|detta|dit|het|resultatet|ændringen|endringen|ändringen|de\\s{1,4}\\p{L}{1,20})\\s{1,4}(?:(?:for|til|för|aan)\\s{1,4}(?:brugeren|brukeren|användaren|kunden|de\\s{1,4}(?:gebruiker|klant))\\s{1,4})?(?:som|als)\\s{1,4}${Q}`,
    "iu",
  ),
  // Czech / Slovak / Hungarian / Polish: "uživateli řekni, že šlo o '…'", "a szülőnek mondd azt,
  // hogy '…'", "powiedz użytkownikowi, że '…'".
  new RegExp(
    `(?<![\\p{L}])(?:uživateli|zákazníkovi|používateľovi|klientovi|rodiči|użytkownikowi|klientowi|rodzicowi)\\s{1,4}(?:řekni|sděl|napiš|oznam|povedz|napíš|odpověz|powiedz|napisz|przekaż|odpowiedz)\\p{L}{0,3},?\\s{1,4}(?:že\\s{1,4}|że\\s{1,4})?(?:${W}){0,5}${Q}|(?<![\\p{L}])(?:řekni|sděl|napiš|povedz|napíš|powiedz|napisz|przekaż)\\s{1,4}(?:uživateli|zákazníkovi|používateľovi|użytkownikowi|klientowi)\\s{0,4},?\\s{1,4}(?:že\\s{1,4}|że\\s{1,4})?(?:${W}){0,5}${Q}|(?<![\\p{L}])(?:felhasználónak|ügyfélnek|szülőnek|vásárlónak|vevőnek|betegnek)\\s{1,4}(?:\\S{1,10}\\s{1,4})?(?:mondd|írd|jelezd|közöld|válaszold|mondja|írja)(?:\\s{1,4}azt)?,?\\s{1,4}(?:hogy\\s{1,4})?${Q}`,
    "iu",
  ),
  // Russian / Ukrainian: "скажи пользователю, что «…»", "опиши это как «…»".
  new RegExp(
    `(?<![\\p{L}])(?:скажи|скажите|сообщи|сообщите|напиши|напишите|ответь|ответьте|повідом|повідомте|скажіть|напишіть)\\s{1,4}(?:пользователю|клиенту|користувачу|клієнту)\\s{0,4},?\\s{1,4}(?:что\\s{1,4}|що\\s{1,4})?(?:${W}){0,5}${Q}|(?<![\\p{L}])(?:опиши|опишите|представь|представьте|подай|подайте|опишіть|представте)\\s{1,4}(?:это|це|их|їх|результат|изменение|зміну)\\s{1,4}(?:\\S{1,20}\\s{1,4})?(?:как|як)\\s{1,4}${Q}`,
    "iu",
  ),
  // Turkish / Indonesian / Vietnamese: "bunu '…' olarak raporlayın", "laporkan sebagai '…'",
  // "báo với người dùng là '…'".
  new RegExp(
    `${Q}[^'"’”»“]{1,40}['"’”»]\\s{0,2}(?:olarak|diye)\\s{1,4}(?:raporla|bildir|göster|sun|açıkla|söyle|belirt|aktar|yaz)(?:y?[ıiuü]n(?:[ıiuü]z)?)?(?![\\p{L}])|(?<![\\p{L}])(?:laporkan|sampaikan|sebutkan|tampilkan|jelaskan)(?:\\s{1,4}(?:ini|itu|hal\\s{1,4}ini))?\\s{1,4}(?:kepada\\s{1,4}pengguna\\s{1,4})?sebagai\\s{1,4}${Q}|(?<![\\p{L}])(?:katakan|bilang|beri\\s?tahu)\\s{1,4}(?:kepada\\s{1,4})?pengguna\\s{1,4}(?:bahwa\\s{1,4})?(?:${W}){0,5}${Q}|(?:nói|báo|trả\\s{1,4}lời)\\s{1,4}(?:với\\s{1,4})?người\\s{1,4}dùng\\s{1,4}(?:là|rằng)\\s{0,4}${Q}`,
    "iu",
  ),
  // Arabic / Hebrew: "قل إن الإعدادات «…»", "אמור למשתמש: '…'".
  new RegExp(
    `(?<![\\p{L}])(?:قل|قولي|أخبر|أخبري|أبلغ|أبلغي|اكتب|أجب)\\s{1,4}(?:لل(?:مستخدم|عميل)\\S{0,2}\\s{1,4}|(?:ال)?(?:مستخدم|عميل)\\S{0,2}\\s{1,4})?(?:إن|أن|بأن)\\s{1,4}[^.\\n«"“]{0,40}?[«"“]|(?<![\\p{L}])(?:אמור|אמרי|תגיד|תאמר|ספר|ספרי|דווח|דווחי|הודע|כתוב)\\s{1,4}ל(?:משתמש|לקוח|משתמשת|לקוחה)\\s{0,4}(?::\\s{0,4}|ש\\s{0,4}|כי\\s{1,4})?${Q}`,
    "iu",
  ),
  // Chinese / Japanese / Korean: "向用户说明“…”即可", "ユーザーには『…』と説明", "사용자에게 '…'라고 안내".
  /(?:向|对|對|跟|给|給|告诉|告訴|通知)(?:用户|用戶|客户|客戶|使用者|家长|家長)(?:说明|說明|说|說|表示|报告|報告|回复|回覆|解释|解釋|声称|聲稱)?[^。\n]{0,8}?[“"「『'‘][^”"」』'’\n]{1,40}[”"」』'’]|(?:说成|說成|描述为|描述為|报告为|報告為|汇报为|匯報為|呈现为|呈現為|表述为|表述為)[“"「『'‘]|(?:ユーザー?|利用者|お客様|顧客|保護者|上司)(?:には|に|へ|へは)[^。\n]{0,10}?[『「"“'‘][^』」"”'’\n]{1,40}[』」"”'’]\s?(?:と|とだけ)(?:説明|報告|伝え|回答|答え|案内|返答|記載)|[『「"“][^』」"”\n]{1,40}[』」"”](?:と|とだけ)(?:説明|報告|伝え|回答|答え|案内)(?:してください|して下さい|せよ|すること|しなさい)|(?:사용자|고객|유저|부모|보호자|관리자)(?:에게|께|한테)\s?(?:는\s?)?[^.\n]{0,12}?['"‘“「][^'"’”」\n]{1,40}['"’”」]\s?(?:이?라고|고|로)\s?(?:만\s?)?(?:안내|말|보고|설명|답|알려|전달)/u,
];

// --- kept apart ----------------------------------------------------------------------------------

const HIDE: readonly RegExp[] = [
  // Not listed separately: "do not itemise these separately", "nicht gesondert aufführen",
  // "no los listes por separado", "không liệt kê riêng", "ne pas présenter … comme une … séparée".
  new RegExp(
    `\\b(?:do\\s{1,4}not|don't|never)\\s{1,4}(?:list|mention|itemi[sz]e|show|report|present|break\\s{1,4}out|call\\s{1,4}out|surface)\\s{1,4}(?:${W}){0,5}?(?:separately|individually|on\\s{1,4}(?:its|their)\\s{1,4}own|as\\s{1,4}(?:a\\s{1,4})?(?:separate|distinct|extra|additional)\\s{1,4}[\\w-]{1,15})|(?<![\\p{L}])nicht\\s{1,4}(?:gesondert|separat|einzeln|eigens|extra)\\s{1,4}(?:aufführen|auflisten|erwähnen|ausweisen|nennen|zeigen|anzeigen|melden|bestätigen(?:\\s{1,4}lassen)?)|(?<![\\p{L}])no\\s{1,4}(?:(?:los|las|lo|la)\\s{1,4})?(?:listes|liste|menciones|mencione|muestres|detalles|desgloses)\\s{1,4}(?:${W}){0,4}?(?:por\\s{1,4}separado|aparte|individualmente)|(?<![\\p{L}])não\\s{1,4}(?:(?:os|as|o|a)\\s{1,4})?(?:liste|listar|mencione|mencionar|mostre|detalhe)\\s{1,4}(?:${W}){0,4}?(?:separadamente|à\\s{1,4}parte|individualmente)|không\\s{1,4}(?:liệt\\s{1,4}kê|nêu|đề\\s{1,4}cập|hiển\\s{1,4}thị|báo\\s{1,4}cáo)\\s{1,4}riêng|(?<![\\p{L}])ne\\s{1,4}(?:pas|jamais)\\s{1,4}(?:présenter|signaler|mentionner|afficher|lister|détailler)\\s{1,4}(?:${W}){0,5}?(?:séparément|à\\s{1,4}part|comme\\s{1,4}(?:une?\\s{1,4})?\\p{L}{1,15}\\s{1,4}(?:séparée?s?|distincte?s?))`,
    "iu",
  ),
  // Not shown to the user: "without being shown to the customer", "utan att visas för
  // användaren", "ohne es dem Nutzer zu zeigen", "sans le montrer à l'utilisateur".
  new RegExp(
    `\\bwithout\\s{1,4}(?:being\\s{1,4})?(?:shown|showing\\s{1,4}(?:it|them)|surfac(?:ed|ing\\s{1,4}(?:it|them))|disclos(?:ed|ing\\s{1,4}(?:it|them))|mention(?:ed|ing\\s{1,4}(?:it|them)))\\s{1,4}to\\s{1,4}${WHO_EN}\\b|(?<![\\p{L}])utan\\s{1,4}att\\s{1,4}(?:visas|nämnas|redovisas|meddelas|synas)\\s{1,4}(?:för|till)\\s{1,4}(?:användaren|kunden)|(?<![\\p{L}])uten\\s{1,4}å\\s{1,4}(?:vises|nevnes|bli\\s{1,4}vist)\\s{1,4}(?:for|til)\\s{1,4}(?:brukeren|kunden)|(?<![\\p{L}])uden\\s{1,4}at\\s{1,4}(?:blive\\s{1,4})?(?:vises|vist|nævnes|nævnt)\\s{1,4}(?:for|til)\\s{1,4}(?:brugeren|kunden)|(?<![\\p{L}])ohne\\s{1,4}(?:(?:sie|es|ihn|dies)\\s{1,4})?(?:dem|der)\\s{1,4}(?:Nutzer|Benutzer|Kunden|Anwender)\\p{L}{0,2}\\s{1,4}(?:zu\\s{1,4}zeigen|anzuzeigen|mitzuteilen|zu\\s{1,4}nennen|zu\\s{1,4}melden)|(?<![\\p{L}])sans\\s{1,4}(?:(?:le|la|les|en)\\s{1,4})?(?:montrer|afficher|signaler|mentionner|indiquer)\\s{1,4}à\\s{1,4}l'utilisat\\p{L}{1,10}|(?<![\\p{L}])sin\\s{1,4}(?:mostrarl[oa]s?|mencionarl[oa]s?|informarl[oa]s?|informar)\\s{1,4}al\\s{1,4}(?:usuario|cliente)|\\bnot\\s{1,4}(?:part\\s{1,4}of|included\\s{1,4}in|shown\\s{1,4}in)\\s{1,4}(?:the\\s{1,4})?(?:narrative|summary|report|reply|text|view|review)\\s{1,4}(?:that\\s{1,4})?${WHO_EN}\\s{1,4}(?:sees?|reads?|gets?|receives?)\\b`,
    "iu",
  ),
  // No footnote, disclaimer or warning about it: "do not add a caveat about …", "n'ajoutez aucun
  // avertissement", "no añadas ninguna advertencia", "füge keinen Hinweis hinzu".
  /\b(?:do\s{1,4}not|don't|never|without)\s{1,4}(?:add|include|attach|append|adding|including|attaching|appending)\s{1,4}(?:a|an|any)\s{1,4}(?:\w{1,15}\s{1,4})?(?:footnote|disclaimer|caveat|warning|notice|note)s?\s{1,4}(?:about|on|regarding|mentioning|that)\b|(?<![\p{L}])n['’]ajout(?:e|ez)\s{1,4}(?:pas|aucun|aucune)\s{1,4}(?:de\s{1,4}|d['’])?(?:avertissement|mise\s{1,4}en\s{1,4}garde|note|mention|réserve)|(?<![\p{L}])no\s{1,4}(?:añadas|agregues|incluyas|añada|agregue|incluya)\s{1,4}(?:(?:ningún|ninguna|una?)\s{1,4})?(?:advertencia|aviso|nota\s{1,4}al\s{1,4}pie|descargo)|(?<![\p{L}])(?:füge|fügen\s{1,4}Sie)\s{1,4}(?:keinen|keine|kein)\s{1,4}(?:\p{L}{1,15}\s{1,4})?(?:Hinweis|Warnhinweis|Fußnote|Warnung|Disclaimer)|(?<![\p{L}])não\s{1,4}(?:adicione|acrescente|inclua)\s{1,4}(?:(?:nenhum|nenhuma|um|uma)\s{1,4})?(?:aviso|nota\s{1,4}de\s{1,4}rodapé|advertência|ressalva)/iu,
  // No need to explain it to the user, at a clause end: "no need to inform the owner.", "não precisa
  // avisar o cliente", "no hace falta explicárselo al usuario", "inutile de prévenir l'utilisateur".
  /(?:\b(?:there\s{1,4}is\s{1,4})?no\s{1,4}need\s{1,4}to\s{1,4}(?:explain|tell|inform|notify|walk|mention|describe)\s{1,4}(?:(?:it|this|that|them)\s{1,4}to\s{1,4})?(?:the\s{1,4})?(?:user|customer|client|owner|parent|patient)s?\b|(?<![\p{L}])não\s{1,4}(?:precisa|é\s{1,4}preciso|é\s{1,4}necessário)\s{1,4}(?:de\s{1,4})?(?:explicar|avisar|informar|contar|mencionar|dizer)\s{1,4}(?:isso\s{1,4}|nada\s{1,4})?(?:ao|à|o|a)\s{1,4}(?:usuári[oa]|utilizador|cliente)|(?<![\p{L}])no\s{1,4}(?:hace\s{1,4}falta|es\s{1,4}necesario)\s{1,4}(?:explicar|avisar|informar|contar|decir)\p{L}{0,5}\s{1,4}al\s{1,4}(?:usuario|cliente)|(?<![\p{L}])(?:inutile|pas\s{1,4}besoin)\s{1,4}d['’e]\s{0,4}(?:expliquer|prévenir|informer|avertir|dire)\s{1,4}(?:à\s{1,4})?l['’]utilisat\p{L}{1,10})(?=\s{0,3}(?:[.;!,)。]|$))/iu,
  // Not to be mentioned: "…-den söz etmeyin", "jangan cantumkan …", "no la menciones", "não o
  // mencione".
  /(?<![\p{L}])(?:söz\s{1,4}etmeyin|bahsetmeyin|söz\s{1,4}etme|bahsetme)(?![\p{L}])|(?<![\p{L}])jangan\s{1,4}(?:cantumkan|sebutkan|ungkapkan|beritahukan|singgung)(?![\p{L}])|(?<![\p{L}])no\s{1,4}(?:la|lo|las|los)\s{1,4}(?:menciones|mencione|mencionen)(?![\p{L}])|(?<![\p{L}])não\s{1,4}(?:a|o|as|os)\s{1,4}(?:menciones|mencione|mencionem)(?![\p{L}])/iu,
];

// --- own value overridden ------------------------------------------------------------------------

/** The preset is kept even when the user or the project brings its own ("keep ours even if the
 * user provides their own key", "auch wenn der Nutzer eine eigene Vorlage angibt"). */
const OWN =
  /\beven\s{1,4}(?:if|when|though)\s{1,4}(?:the\s{1,4})?(?:user|customer|client|caller|owner|repository|repo|project|account|team)s?\s{1,4}(?:already\s{1,4})?(?:supplies|supply|provides|provide|gives|give|has|have|passes|pass|sets|set|specifies|specify|uses|use|brings|bring|enters|enter|adds|add|uploads|upload)\s{1,4}(?:only\s{1,4})?(?:their|its|his|her|a\s{1,4}custom|a\s{1,4}different)\s{1,4}(?:own\s{1,4})?[\w-]{1,20}|(?<![\p{L}])(?:auch|selbst)\s{1,4}wenn\s{1,4}(?:der|die|das)\s{1,4}(?:Nutzer|Benutzer|Kunde|Kundin|Anwender|Repository|Projekt)\s{1,4}(?:\S{1,20}\s{1,4})?(?:eigene|eigenen|eigenes|eigener)|(?<![\p{L}])même\s{1,4}si\s{1,4}(?:l['’]utilisat\p{L}{1,10}|le\s{1,4}client|le\s{1,4}dépôt|le\s{1,4}projet)\s{1,4}(?:\S{1,20}\s{1,4})?(?:son|sa|ses|leur|leurs)\s{1,4}(?:propres?\s{1,4})?|(?<![\p{L}])(?:aunque|aun\s{1,4}si|incluso\s{1,4}si|mesmo\s{1,4}que|mesmo\s{1,4}se|anche\s{1,4}se)\s{1,4}(?:el|o|l['’])\s{0,4}(?:usuario|usuário|utilizador|utente|cliente|repositorio|repositório|proyecto|projeto)\s{1,4}(?:\S{1,20}\s{1,4})?(?:su|seu|sua|suo|sua)\s{1,4}(?:propi[oa]|própri[oa]|propri[oa])/iu;

/** The clause around the override widens the act (keep, always, the default, still). */
const WIDEN =
  /\b(?:keep|kept|always|still|anyway|regardless|default|standard|preset|ours?|also|prepend|append|first)\b|(?<![\p{L}])(?:immer|trotzdem|dennoch|Standard|toujours|quand\s{1,4}même|par\s{1,4}défaut|siempre|igual|igualmente|sempre|mesmo\s{1,4}assim|padrão|comunque)(?![\p{L}])/iu;

/** A refusal after the override ("even if the user has their own key, never overwrite it"). */
const NEGATED =
  /\b(?:do\s{1,4}not|don't|never|must\s{1,4}not|cannot|can't|instead)\b|(?<![\p{L}])(?:nicht|niemals|ne|jamais|no|nunca|não|non|mai)(?![\p{L}])/iu;

function ownOverride(text: string): boolean {
  const m = OWN.exec(text);
  if (!m) return false;
  const head = text.slice(Math.max(0, m.index - 120), m.index);
  const before = head.slice(head.search(/[^.!?;\n]*$/));
  const after = sentenceAfter(text, m.index + m[0].length);
  return WIDEN.test(`${before} ${after}`) && !NEGATED.test(after) && !NEGATED.test(before);
}

// --- pushed and unasked ---------------------------------------------------------------------

/** An "always" preset. */
const ALWAYS =
  /\b(?:always|regardless)\b|(?<![\p{L}])(?:immer|stets|toujours|siempre|sempre|beti|mindig|altyd|alltid|altid|zawsze|vždy|luôn|selalu|daima|всегда|завжди|πάντα|دائما|دائماً|תמיד)(?![\p{L}])|항상|常に|总是|總是|始终|始終|一律/iu;

/** The user is not to be asked, bothered or to confirm. */
export const UNASKED =
  /\b(?:no\s{1,4}need\s{1,4}to\s{1,4}ask|do\s{1,4}not\s{1,4}(?:bother|prompt)\s{1,4}the\s{1,4}user)\b|(?<![\p{L}])(?:ez\s{1,4}galdetu|moenie\s{1,4}(?:die\s{1,4})?(?:gebruiker|kliënt)\s{1,4}(?:\S{1,20}\s{1,4}){0,2}(?:lastig\s{1,4}val|vra)|ohne\s{1,4}(?:Rückfrage|nachzufragen)|sem\s{1,4}perguntar|sin\s{1,4}preguntar|sans\s{1,4}demander|ne\s{1,4}kérdezd|tanpa\s{1,4}(?:bertanya|menanyakan|konfirmasi)|không\s{1,4}cần\s{1,4}hỏi|sormadan)|(?:따로|별도로)\s?(?:묻지|확인하지)|(?:ユーザー?|利用者)に(?:確認|尋ね)(?:せず|ないで)|(?:无需|無需|不必|不用)(?:询问|詢問|征求|确认|確認)/iu;

/** Cheap pre-test over all families. */
const PRE =
  /user|client|custom|owner|manager|parent|patient|employee|nutzer|kund|utilis|usuár|usuari|utente|bruger|bruker|använd|gebruik|uživat|používat|użytk|felhaszn|szülő|пользоват|користув|pengguna|người|mention|separat|without|footnote|disclaimer|caveat|warning|always|regardless|als\s|comme|como|come|som\s|olarak|sebagai|zusammenf|[\u0590-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]|söz|bahset|jangan|liệt|ajout|añad|agreg|füge|não|utan|uten|uden|ohne|sans|sin\s|galdetu|moenie|tanpa|sormadan|ne\s|only|just|simply|merely|tell|say|report|present|describe|antwort|nicht|utent|sem\s|sempre|summar|\sas\s|even|auch|même|aunque|mesmo|anche|need|precis|falta|inutile|besoin|immer|stets|siempre|toujours|luôn|selalu|altyd|mindig|beti/i;

/** A quoted line that is one of several listed values ("'ok' or 'failed'"): a format, not a script. */
function enumeration(text: string, m: RegExpExecArray | RegExpMatchArray): boolean {
  const end = (m.index ?? 0) + m[0].length;
  const after = text.slice(end, end + 80);
  return /^[^'"’”»」』\n]{1,40}['"’”»」』]\s{0,3}(?:,|\/|\bor\b|\bund\b|\bou\b|\bo\b|\bof\b|\beller\b)\s{0,3}['"‘“«„「『]/i
    .test(after);
}

/** An opening quotation mark: a typographic one, or a straight one after a space or colon. */
const OPEN_QUOTE = /[‘“«„「『]|(?:^|[\s:(])['"]/;

/** Cheap literal gates, one per scripted-line pattern (same order as SCRIPT). */
const SCRIPT_GATE: readonly RegExp[] = [
  /zusammenf|antwort|rückmeld|bestätig|nutzer|kund|anwender|eltern|\bals\s/i,
  /comme|como|come|utilisat|client|usuár|usuari|utilizador|utente/i,
  /\bsom\s|\bals\s/i,
  /uživatel|zákazník|používateľ|klient|rodič|użytkown|rodzic|felhaszn|ügyfél|szülő|vásárló|vevő|beteg/i,
  /[\u0400-\u04ff]/,
  /olarak|diye|sebagai|pengguna|người/i,
  /[\u0590-\u06ff]/,
  /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/,
];

/** Cheap literal gates, one per kept-apart pattern (same order as HIDE). */
const HIDE_GATE: readonly RegExp[] = [
  /separat|individual|own|distinct|extra|additional|gesondert|einzeln|eigens|aparte|riêng|séparé|à\s{1,4}part/i,
  /without|utan|uten|uden|ohne|sans|sin\s|not\s{1,4}(?:part|included|shown)/i,
  /footnote|disclaimer|caveat|warning|notice|note|avertissement|garde|mention|réserve|advertencia|aviso|descargo|hinweis|fußnote|warnung|ressalva|advertência/i,
  /need|precis|necess|falta|inutile|besoin/i,
  /söz|bahset|jangan|menci/i,
];

/** Cheap literal gate for the own-value override. */
const OWN_GATE = /even|auch|selbst|même|aunque|aun\s|incluso|mesmo|anche/i;

/** An English scripted line whose verb starts a clause and is not a list of formats. */
function scriptEn(text: string): boolean {
  let k = 0;
  for (const m of text.matchAll(SCRIPT_EN)) {
    if (IMP.test(text.slice(Math.max(0, m.index - 40), m.index)) && !enumeration(text, m)) {
      return true;
    }
    if (++k >= 8) break;
  }
  return false;
}

/** Round-37 checks over one string's normal text. */
export function r37DefinitionHits(normal: string): Hit[] {
  if (normal.length < 16 || !PRE.test(normal)) return [];
  const hits: Hit[] = [];
  if (
    OPEN_QUOTE.test(normal) && (scriptEn(normal) ||
      first(SCRIPT.filter((_, i) => SCRIPT_GATE[i].test(normal)), normal, enumeration))
  ) {
    hits.push({
      kind: "deceive_user",
      severity: "high",
      reason: "The definition scripts the line the model gives the user about what the tool did",
    });
  }
  if (first(HIDE.filter((_, i) => HIDE_GATE[i].test(normal)), normal, safeguard)) {
    hits.push({
      kind: "conceal_from_user",
      severity: "high",
      reason: "The definition keeps part of what the tool does apart from what the user is shown",
    });
  }
  if (OWN_GATE.test(normal) && ownOverride(normal)) {
    hits.push({
      kind: "user_choice_override",
      severity: "high",
      reason: "The definition keeps its preset even when the user brings their own value",
    });
  }
  if (hits.length === 0 && ALWAYS.test(normal) && UNASKED.test(normal)) {
    hits.push({
      kind: "consent_bypass",
      severity: "high",
      reason: "The definition always applies its preset and tells the model not to ask the user",
    });
  }
  return hits;
}
