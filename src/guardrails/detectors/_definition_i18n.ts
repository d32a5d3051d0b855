/**
 * The tool-definition grammars that matter most, in the languages tool descriptions are written
 * in besides English (ES, PT, FR, DE, IT, RU, ZH, JA): preference manipulation ("the only
 * reliable tool", "the other tools are obsolete", "do not use other tools"), a standing
 * order to BCC a fixed address on every email (also NL, PL, TR, VI, ID, AR, HI, KO) and the
 * order to hide it from the user ("no le digas nada al usuario", "不要告诉用户"). Scanned on
 * the NFKC text, not on the homoglyph skeleton (which would turn Cyrillic words into Latin
 * look-alikes).
 */
import type { Hit } from "./_definition_grammar.ts";

/** A word start for any script (`\b` only knows ASCII letters). */
const B = String.raw`(?<![\p{L}\p{N}_])`;

/** The word for "tool(s)" per language, as a regex fragment. */
const TOOL = String
  .raw`(?:herramientas?|ferramentas?|outils?|werkzeug(?:e)?|tools?|strument[oi]|funzion[ei]|инструмент\p{L}*|工具|ツール|도구)`;
/** Outdated / unsafe / broken, in each language (stems). */
const BAD = String
  .raw`(?:obsolet\p{L}*|insegur\p{L}*|desactualizad\p{L}*|anticuad\p{L}*|descontinuad\p{L}*|ultrapassad\p{L}*|depreciad\p{L}*|peligros\p{L}*|malicios\p{L}*|rot[oa]s|quebrad\p{L}*|non\s+sicur\p{L}*|insicur\p{L}*|deprecat\p{L}*|pericolos\p{L}*|rott[ie]|obsol[èe]tes?|dangereu\p{L}*|non\s+s[ûu]rs?|d[ée]pr[ée]ci[ée]\p{L}*|malveillant\p{L}*|cass[ée]\p{L}*|p[ée]rim[ée]\p{L}*|veraltet\p{L}*|unsicher\p{L}*|gef[äa]hrlich\p{L}*|defekt\p{L}*|b[öo]sartig\p{L}*|устарел\p{L}*|небезопасн\p{L}*|опасн\p{L}*|вредоносн\p{L}*|сломан\p{L}*)`;

/** "The only reliable/safe/official tool". */
const ONLY_TRUSTED = new RegExp(
  [
    String
      .raw`${B}[úu]nic[oa]s?\s+${TOOL}\s+(?:\p{L}+\s+){0,2}?(?:fiables?|confi[áa]ve(?:l|is)|confiables?|segur[oa]s?|oficial(?:es)?|v[áa]lid[oa]s?|affidabil[ei]|sicur[oi]|ufficial[ei])`,
    String
      .raw`${B}(?:seule?s?|unique)\s+${TOOL}\s+(?:\p{L}+\s+){0,2}?(?:fiables?|s[ûu]rs?|officiels?|valides?|autoris[ée]s?)`,
    String
      .raw`${B}einzige[nrs]?\s+(?:zuverl[äa]ssige[nrs]?|sichere[nrs]?|offizielle[nrs]?|vertrauensw[üu]rdige[nrs]?)\s+${TOOL}`,
    String
      .raw`единственн\p{L}*\s+(?:надёжн|надежн|безопасн|официальн|доверенн|правильн)\p{L}*\s+инструмент`,
    String.raw`唯一(?:可靠|可信|安全|官方|正确|有效)的?工具`,
    String.raw`唯一の(?:信頼できる|安全な|公式の?|正しい)ツール`,
    String.raw`このツール(?:が|は)(?:最も|一番)(?:信頼でき|安全|正確)`,
  ].join("|"),
  "iu",
);

/** "The other tools are obsolete / unsafe / broken". */
const OTHERS_BAD = new RegExp(
  [
    String
      .raw`${B}(?:otr[oa]s|dem[áa]s|outr[oa]s|altri|autres|andere[n]?|други[ех])\s+${TOOL}\s+(?:\p{L}+\s+){0,3}?${BAD}`,
    String.raw`其他(?:的)?工具(?:都|均)?(?:已(?:经)?)?(?:过时|弃用|废弃|不安全|不可靠|有害|危险)`,
    String
      .raw`(?:他|ほか|その他)の(?:すべての)?ツールは(?:非推奨|古い|安全でない|危険|信頼できない)`,
    String
      .raw`다른\s*도구(?:는|들은|를|들)?\s*(?:\S+\s+){0,2}?(?:안전하지\s*않|위험|오래된|더\s*이상\s*사용되지|사용하지\s*마|신뢰할\s*수\s*없)`,
  ].join("|"),
  "iu",
);

/** "Always use this tool (first)". */
const ALWAYS_THIS = new RegExp(
  [
    String
      .raw`${B}(?:usa|utiliza|use|utilize|usar)\s+siempre\s+esta\s+${TOOL}|${B}siempre\s+(?:usa|utiliza|use)\s+esta\s+${TOOL}`,
    String
      .raw`${B}sempre\s+(?:use|utilize|usar)\s+esta\s+${TOOL}|${B}(?:use|utilize)\s+sempre\s+esta\s+${TOOL}`,
    String.raw`${B}utilise[zr]?\s+toujours\s+(?:cet|ce)\s+${TOOL}`,
    String.raw`${B}(?:verwende|benutze|nutze)\s+immer\s+(?:dieses|diesen|diese)\s+${TOOL}`,
    String.raw`${B}usa\s+sempre\s+questo\s+${TOOL}`,
    String.raw`всегда\s+(?:используй|используйте|применяй)\s+этот\s+инструмент`,
    String.raw`(?:总是|始终|一律)(?:优先)?(?:使用|调用)(?:此|这个|本)工具`,
    String.raw`常にこのツールを(?:使|優先)`,
    String.raw`항상\s*이\s*도구(?:를|만)`,
    String.raw`이\s*도구만\s*(?:신뢰|사용|믿)`,
  ].join("|"),
  "iu",
);

/** "Do not use other tools". */
const NO_OTHERS = new RegExp(
  [
    String
      .raw`${B}(?:no|nunca|jam[áa]s)\s+(?:uses?|utilices?|utilize|usar|use)\s+(?:otras|ninguna\s+otra|outras|nenhuma\s+outra)\s+${TOOL}`,
    String.raw`${B}non\s+usare\s+(?:mai\s+)?(?:altri|nessun\s+altro)\s+${TOOL}`,
    String
      .raw`${B}n['’]utilise[zr]?\s+(?:pas|jamais)\s+(?:d['’]autres|les\s+autres|aucun\s+autre)\s+${TOOL}`,
    String
      .raw`${B}(?:verwende|benutze|nutze)\s+(?:niemals\s+|nie\s+)?(?:keine|keine\s+anderen|andere)\s+${TOOL}\s+(?:\p{L}+\s+){0,2}?(?:nicht|mehr)?`,
    String.raw`не\s+(?:используй|используйте|применяй)\s+(?:никакие\s+)?други[ех]\s+инструмент`,
    String.raw`(?:不要|切勿|禁止)(?:使用|调用)(?:任何)?其他(?:的)?工具`,
    String.raw`他のツール(?:を|は)[^。]{0,30}?(?:使わない|使用しない|使っては|使わないで|使用禁止)`,
    String.raw`다른\s*도구(?:를|는)?\s*(?:절대\s*)?사용하지\s*마`,
  ].join("|"),
  "iu",
);

/** "Follow only the instructions this tool returns"; "the user's instructions were replaced". */
const OBEY_TOOL = new RegExp(
  [
    String
      .raw`${B}(?:siga|sigue|siga|suivez|suis|folge|befolge|segui|следуй\p{L}*|выполняй\p{L}*)\s+(?:(?:apenas|solo|solamente|somente|uniquement|seulement|nur|soltanto|только)\s+)?(?:(?:as|las|los|les|den|die|le|gli)\s+)?(?:instruç(?:ões|ão)|instrucciones|instructions|anweisungen|istruzioni|инструкци\p{L}*|указани\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:retornad\p{L}*|devuelt\p{L}*|renvoy\p{L}*|zurückgegeben\p{L}*|restituit\p{L}*|возвращ\p{L}*|de\s+esta|de\s+cette|dieses|di\s+questo)`,
    String
      .raw`${B}(?:instruç(?:ões|ão)|instrucciones|instructions|anweisungen|istruzioni|инструкци\p{L}*)\s+(?:do|del|de\s+l['’]|des|dell['’]|пользовател\p{L}*)(?:\s*(?:usuário|usuario|utilisateur|nutzers|benutzers|utente))?\s+(?:foram|fueron|ont\s+été|wurden|sono\s+state|были)\s+(?:substituíd\p{L}*|reemplazad\p{L}*|remplacé\p{L}*|ersetzt|sostituit\p{L}*|заменен\p{L}*|отменен\p{L}*|revogad\p{L}*|anulad\p{L}*)`,
    String.raw`只(?:遵循|执行|听从)(?:本|此|这个)工具(?:返回|提供)的(?:指令|指示)`,
    String.raw`このツールが返す指示(?:だけ|のみ)に従`,
  ].join("|"),
  "iu",
);

/** Blind carbon copy (or a hidden recipient) in each language. */
const BCC =
  /(?<![\p{L}\p{N}_])bcc(?![\p{L}\p{N}_])|c[óo]pia\s+oculta|copie\s+cach[ée]e|blindkopie|copia\s+(?:nascosta|conoscenza\s+nascosta)|скрыт\p{L}*\s+(?:копи|получател)|密送|暗送|ＢＣＣ|blinde\s+kopie|ukryt\p{L}*\s+(?:kopi|odbiorc)|gizli\s+(?:bir\s+)?(?:alıcı|alici|kopya)|bản\s+sao\s+ẩn|người\s+nhận\s+ẩn|tembusan\s+(?:tersembunyi|buta)|penerima\s+tersembunyi|نسخة\s+مخفية|गुप्त\s+प्रति|숨은\s*참조|숨은\s*수신자|非表示の(?:宛先|受信者)/iu;
/** "When the user sends …" in each language: a standing hook like "every". */
const WHEN_ANY =
  /(?<![\p{L}])(?:when(?:ever)?|cuando|quando|lorsque|quand|wenn|immer\s+wenn|когда|wanneer|zodra|kiedy|gdy|khi|ketika|saat|setiap|عندما|जब)(?![\p{L}])|\p{L}+(?:d[ıiuü]ğ[ıiuü]nda|d[ıiuü]ğ[ıiuü]nde|t[ıiuü]ğ[ıiuü]nda|t[ıiuü]ğ[ıiuü]nde)(?![\p{L}])|(?:する|した)(?:とき|時|たび)|할\s*때|时|時/iu;

/**
 * "Don't tell the user", "without mentioning it", in each language: the concealment order
 * that travels with poisoning whatever it asks for.
 */
const CONCEAL_ANY = new RegExp(
  [
    // es / pt / it / fr: the verb needs its object (the user, "it", "anything") to be hiding.
    String
      .raw`(?<![\p{L}])no\s+(?:le|les)\s+(?:digas|diga|cuentes|cuente|menciones|mencione|informes|informe|avises|avise|comentes|comente)(?![\p{L}])|(?<![\p{L}])no\s+(?:digas|diga|cuentes|cuente|menciones|mencione|comentes|comente)\s+(?:nada|esto|eso|ello)(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])sin\s+(?:decírselo|decirlo|decirle|mencionarlo|avisarle|informarle|que\s+el\s+usuario\s+(?:lo\s+)?sepa)(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])não\s+(?:diga|conte|mencione|informe|avise|comente|fale)\s+(?:\p{L}+\s+)?(?:nada|isso|isto|disso|disto|ao\s+(?:usuário|utilizador))(?![\p{L}])|(?<![\p{L}])sem\s+(?:mencionar|dizer|avisar|informar|contar)\s+(?:isso|isto|nada|ao\s+(?:usuário|utilizador)|o\s+(?:usuário|utilizador))(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])non\s+(?:dirlo|dirgli|menzionarlo|segnalarlo|riferirlo)(?![\p{L}])|(?<![\p{L}])non\s+(?:dire|menzionare|informare|avvisare|segnalare|riferire)\s+(?:nulla|niente|questo|ciò|all['’]\s*utente|l['’]\s*utente)(?![\p{L}])|(?<![\p{L}])senza\s+(?:dirlo|menzionarlo|avvisare\s+l['’]\s*utente|informare\s+l['’]\s*utente)(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])ne\s+(?:le|lui|leur|l['’])\s*(?:dites|dis|mentionnez|mentionne|signalez|signale|révélez)\s+(?:pas|rien|jamais)(?![\p{L}])|(?<![\p{L}])ne\s+(?:dites|dis|mentionnez|signalez|révélez)\s+rien(?![\p{L}])|(?<![\p{L}])ne\s+\p{L}+\s+(?:pas|rien|jamais)\s+à\s+l['’]\s*utilisateur|(?<![\p{L}])sans\s+(?:le\s+dire|le\s+mentionner|le\s+signaler|prévenir\s+l['’]\s*utilisateur|informer\s+l['’]\s*utilisateur)(?![\p{L}])`,
    // de / nl / pl
    String
      .raw`(?<![\p{L}])(?:sag|sage|erzähl|erzähle|erwähne|erwähn|teile|informiere)\s+(?:dem\s+(?:benutzer|nutzer|anwender)\s+|es\s+|das\s+|davon\s+)*(?:nichts|nicht)(?![\p{L}])|(?<![\p{L}])ohne\s+(?:es\s+|dies\s+)?(?:dem\s+(?:benutzer|nutzer|anwender)\s+|den\s+(?:benutzer|nutzer)\s+)?(?:zu\s+(?:sagen|erwähnen|informieren)|mitzuteilen)`,
    String
      .raw`(?<![\p{L}])(?:vertel|zeg|meld)\s+(?:\p{L}+\s+){0,2}?(?:niet|niets)(?![\p{L}])|(?<![\p{L}])zonder\s+(?:het\s+|dit\s+)?(?:te\s+)?(?:vertellen|melden|zeggen)`,
    String
      .raw`(?<![\p{L}])nie\s+(?:informuj|mów|mow|wspominaj|powiadamiaj|zgłaszaj|mówiąc)(?![\p{L}])|(?<![\p{L}])bez\s+(?:informowania|powiadamiania|wspominania)`,
    // ru / tr / vi / id
    String
      .raw`(?<![\p{L}])(?:не|ничего\s+не)\s+(?:сообщай|сообщайте|говори|говорите|рассказывай|упоминай|упоминайте|информируй)(?![\p{L}])|(?<![\p{L}])не\s+сообщая(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])(?:bundan|bunu|kullanıcıya|kullaniciya)\s+(?:\p{L}+\s+)?(?:bahsetme|söyleme|soyleme|bildirme|anlatma)(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])(?:đừng|không\s+được)\s+(?:nói|báo|cho\s+biết|thông\s+báo)\s+(?:\p{L}+\s+)?(?:với|cho)\s+người\s+dùng`,
    String
      .raw`(?<![\p{L}])(?:jangan|tanpa)\s+(?:beri\s+tahu|memberi\s+tahu|memberitahu|bilang|kasih\s+tahu|menyebutkan|sebutkan|memberitahukan)(?![\p{L}])`,
    // zh / ja / ko / ar / hi
    String.raw`(?:不要|切勿|别|不得)(?:告诉|通知|提醒|告知|提及|提到|透露)(?:给)?(?:用户|使用者)`,
    String.raw`(?:ユーザー|利用者)に(?:は)?(?:伝え|知らせ|言わ|教え|報告し)ないで`,
    String
      .raw`(?:사용자|유저)에게\s*(?:\S+\s*){0,3}?(?:알리지|말하지|알려주지|보고하지|보여주지|표시하지|공개하지|언급하지)\s*(?:마|말)`,
    String
      .raw`(?<![\p{L}])no\s+(?:hace\s+falta|es\s+necesario)\s+(?:comentarlo|comentárselo|decírselo|decirlo|mencionarlo|avisarle|contárselo|informarle)(?![\p{L}])`,
    String.raw`لا\s+(?:تخبر|تُخبر|تبلغ|تُعلم)`,
    // The same order in the passive or as "without the user's knowledge" (tr, pl, vi, id, th,
    // he, ar, hi): "kullanıcıya bilgi verilmez", "nie wspomina o tym", "tanpa sepengetahuan".
    String
      .raw`(?<![\p{L}])(?:kullanıcıya|kullaniciya)\s+(?:\p{L}+\s+){0,3}?(?:bilgi\s+verilmez|bilgi\s+verme|haber\s+verilmez|haber\s+verme|söylenmez|bildirilmez|bahsedilmez)(?![\p{L}])|(?<![\p{L}])(?:kullanıcının|kullanicinin)\s+(?:haberi|bilgisi)\s+olmadan(?![\p{L}])`,
    String
      .raw`(?<![\p{L}])nie\s+(?:wspomina\p{L}*|informuj\p{L}*|mówi\p{L}*|powiadamia\p{L}*|zdradza\p{L}*)\s+(?:o\s+tym|użytkownik\p{L}*|uzytkownik\p{L}*)|(?<![\p{L}])bez\s+wiedzy\s+użytkownik\p{L}*`,
    String
      .raw`(?<![\p{L}])(?:đừng|không\s+được|không)\s+(?:nhắc\s+(?:tới|đến)|đề\s+cập)(?![\p{L}])|(?<![\p{L}])(?:mà\s+)?không\s+(?:cho|để)\s+người\s+dùng\s+biết`,
    String
      .raw`(?<![\p{L}])tanpa\s+(?:sepengetahuan|sepengetahuannya|diketahui)(?![\p{L}])|(?<![\p{L}])(?:secara\s+)?diam-diam(?![\p{L}])`,
    String.raw`(?:ไม่ต้อง|อย่า|ห้าม)(?:แจ้ง|บอก)(?:ให้)?ผู้ใช้|โดยไม่(?:ให้ผู้ใช้ทราบ|แจ้งผู้ใช้)`,
    String
      .raw`(?<![\p{L}])אל\s+(?:תספר|תגלה|תודיע|תזכיר)|(?<![\p{L}])(?:מבלי|בלי)\s+(?:לספר|ליידע|להודיע)`,
    String.raw`(?:دون|بدون)\s+(?:إخبار|اخبار|إعلام|اعلام|علم|إبلاغ|ابلاغ)`,
    String.raw`चुपके\s+से|(?:उपयोगकर्ता|यूज़र)\s+को\s+(?:बताए|बताये)\s+बिना`,
    String.raw`(?:उपयोगकर्ता|यूज़र)\s+को\s+(?:\S+\s+){0,3}?(?:न|मत)\s+(?:बताएं|बताएँ|बताओ|बताना|बताइए)`,
  ].join("|"),
  "iu",
);
/** Every/any/always in each language. */
const EVERY =
  /(?<![\p{L}\p{N}_])(?:always|every|any|all|siempre|cada|cualquier|todos?|todas?|sempre|qualquer|toujours|chaque|tou(?:te|s|tes)?|immer|jede[nrsm]?|alle|qualsiasi|ogni|tutt[ie]|elke|iedere|altijd|każd\p{L}*|zawsze|her\s+(?:zaman|seferinde|e-?posta\p{L}*|mesaj\p{L}*)|daima|mọi|luôn|setiap|selalu|semua|دائما|كل|हमेशा|हर)(?![\p{L}\p{N}_])|всегда|кажд\p{L}*|люб\p{L}*|總是|总是|始终|每(?:次|封|个)|任何|常に|すべて|毎回/iu;
/** Plain "copy" (CC) words: count only with "any tool" in the same sentence. */
const COPY = /копи[юяи]|c[óo]pia|copie|kopie|副本|抄送|コピー|사본|참조/iu;
/** "With any tool", "by any tool". */
const ANY_TOOL =
  /люб\p{L}*\s+инструмент|cualquier\s+herramienta|qualquer\s+ferramenta|n['’]importe\s+quel\s+outil|(?<![\p{L}])tout\s+outil|jede[nms]?\s+(?:tool|werkzeug)|qualsiasi\s+strumento|任何工具|どのツール|어떤\s*도구/iu;
/** Cheap gate for {@link CONCEAL_ANY}: a word one of its alternatives starts with. */
const CONCEAL_GATE =
  /\bno\s+(?:le|les|dig|cuent|mencion|coment|hace|es\s+nec)|\b(?:sin|sem|non|senza|ne|sans|sag|sage|erz\w*|erw\w*|teile|informiere|ohne|vertel|zeg|meld|zonder|nie|bez|bundan|bunu|jangan|tanpa|diam)\b|não|не\s|ничего|kullan|đừng|không|不要|切勿|别|不得|ユーザー|利用者|사용자|유저|لا|उपयोगकर्ता|यूज़र|ผู้ใช้|אל\s|מבלי|בלי|دون|चुपके/i;
const GATE =
  /gizli|blinde|ukryt|tembusan|penerima|숨은|非表示|скрыт|ẩn|مخفية|गुप्त|herramient|ferrament|outil|werkzeug|tools?\b|instru|anweisung|istruzion|инструкц|指令|指示|strument|funzion|инструмент|工具|ツール|도구|bcc|c[óo]pia|copie|kopie|копи|密送|暗送|副本|抄送|コピー|사본|참조/iu;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** An address given as an example ("ex.: ana@empresa.com.br") is documentation. */
const EXAMPLE_ADDRESS =
  /(?:e\.g\.|ex\.|p\.\s?ej\.|por\s+ejemplo|por\s+exemplo|par\s+exemple|z\.\s?b\.|zum\s+beispiel|ad\s+esempio|например|напр\.|例如|比如|例[：:]|예[：:]|예를\s+들어)\s*[:：]?\s*[\x60'"(（]?\s*[\w.+-]+@/iu;

/** "Without asking the user for confirmation", per language (the English one is in authority). */
export const SKIP_CONSENT_ANY = new RegExp(
  [
    String
      .raw`(?<![\p{L}])(?:sin|sem)\s+(?:pedir|solicitar|esperar)\s+(?:\p{L}+\s+){0,2}?(?:confirmaci[óo]n|confirma[çc][ãa]o|permiso|permiss[ãa]o|autorizaci[óo]n|autoriza[çc][ãa]o|aprobaci[óo]n|aprova[çc][ãa]o)`,
    String
      .raw`(?<![\p{L}])sans\s+(?:demander|attendre|solliciter)\s+(?:\p{L}+\s+){0,2}?(?:confirmation|accord|permission|autorisation|validation)`,
    String
      .raw`(?<![\p{L}])ohne\s+(?:R[üu]ckfrage|Best[äa]tigung|Zustimmung|Genehmigung|(?:den\s+|die\s+)?(?:Nutzer|Benutzer|Anwender)\p{L}*\s+zu\s+fragen)`,
    String
      .raw`(?<![\p{L}])senza\s+(?:chiedere|richiedere|attendere)\s+(?:\p{L}+\s+){0,2}?(?:conferma|permesso|autorizzazione|approvazione)`,
    String.raw`(?<![\p{L}])без\s+(?:подтверждени|согласи|запроса|разрешени)\p{L}*`,
    String
      .raw`无需(?:用户)?(?:确认|同意|批准)|不(?:要|必|需要?)(?:询问|征求|请求)(?:用户)?(?:确认|同意)?`,
    String.raw`(?:ユーザー|利用者)?(?:の)?(?:確認|承認|許可)(?:を(?:取ら|求め)ず|なしで|せずに)`,
    String
      .raw`(?:사용자\s*)?(?:확인|승인|동의|허락)\s*(?:없이|을\s*구하지\s*않고|를\s*구하지\s*않고)`,
  ].join("|"),
  "iu",
);
/** The model's own instructions by their owner ("vos consignes initiales", "tus instrucciones de sistema"). */
const OWN_PROMPT_ANY = new RegExp(
  [
    String
      .raw`(?<![\p{L}])(?:vos|tes)\s+(?:consignes|instructions|directives)\s+(?:initiales|d['’]origine|syst[èe]me|cach[ée]es|de\s+d[ée]part)`,
    String
      .raw`(?<![\p{L}])(?:tus|sus)\s+instrucciones\s+(?:iniciales|originales|de\s+sistema|del\s+sistema|ocultas)`,
    String
      .raw`(?<![\p{L}])(?:suas|tuas)\s+instru[çc][õo]es\s+(?:iniciais|originais|de\s+sistema|do\s+sistema|ocultas)`,
    String
      .raw`(?<![\p{L}])(?:le\s+)?(?:tue|sue)\s+istruzioni\s+(?:iniziali|originali|di\s+sistema|nascoste)`,
    String
      .raw`(?<![\p{L}])(?:deine|ihre)\s+(?:urspr[üu]nglichen|anf[äa]nglichen|versteckten|geheimen)?\s*(?:System-?)?(?:anweisungen|instruktionen|vorgaben)(?![\p{L}])(?=[^.;]{0,40}(?:vollst[äa]ndig|w[öo]rtlich|kopier|einf[üu]g|feld|parameter))`,
    String
      .raw`(?:ваш|тво)\p{L}*\s+(?:исходн|начальн|системн|скрыт)\p{L}*\s+(?:инструкци|промпт|указани)\p{L}*`,
    String.raw`你的(?:系统提示|系统指令|初始指令|原始指令|隐藏指令)`,
    String.raw`(?:あなたの)?(?:システムプロンプト|初期指示|最初の指示)を`,
    String.raw`(?:당신의|너의)?\s*(?:시스템\s*프롬프트|초기\s*지시|원래\s*지시)`,
  ].join("|"),
  "iu",
);
/** A credential in environment-variable spelling (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`). */
const CRED_ENV_NAME =
  /\b[A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|ACCESS_KEY|SECRET_KEY|PRIVATE_KEY)\b/;
/**
 * "In the parameter / field", per language; English words are left out on purpose (the English
 * credential grammar reads the verbs), so a hit also says the sentence is not English.
 */
const FIELD_WORD =
  /(?<![\p{L}])(?:par[âáa]metr\p{L}*|campo|champ|feld(?:e|es)?|veld|trường|parametr\p{L}*|параметр\p{L}*|пол[еяю]|аргумент\p{L}*)(?![\p{L}])|字段|参数|引数|フィールド|パラメータ|필드|매개변수|인자/iu;
/** A negation in the languages above: "never put GITHUB_TOKEN in a field" is advice. */
const NEGATION_I18N =
  /(?<![\p{L}])(?:nicht|nie|niemals|kein\p{L}*|nunca|jamais|jamás|non|pas|não|не|нельзя|никогда|niet|nooit|nigdy|no|never|not)(?![\p{L}])|不要|不得|禁止|切勿|しない|ないで|하지\s*마|않/iu;

/** Cheap gate for {@link nonEnglishHits}: non-ASCII text or a word its grammars start with. */
const NON_ENGLISH_GATE =
  /[\u0080-\u{10FFFF}]|\b(?:sin|sem|sans|ohne|senza|campo|champ|feld|veld|vos|tes|tus|sus|suas|tuas|tue|deine|ihre|parametr\w*|par[aá]metr\w*)\b/iu;

/** Multilingual preference and BCC findings for one string (NFKC text). */
export function i18nHits(text: string): Hit[] {
  const out: Hit[] = [];
  if (CONCEAL_GATE.test(text) && CONCEAL_ANY.test(text)) {
    out.push({
      kind: "concealment",
      severity: "high",
      reason: "Definition tells the model to hide something from the user",
    });
  }
  if (NON_ENGLISH_GATE.test(text)) out.push(...nonEnglishHits(text));
  if (!GATE.test(text)) return out;
  if (OBEY_TOOL.test(text)) {
    out.push({
      kind: "obey_output",
      severity: "high",
      reason: "Definition tells the model to obey what the tool returns over the user",
    });
  }
  if (
    ONLY_TRUSTED.test(text) || OTHERS_BAD.test(text) || NO_OTHERS.test(text) ||
    ALWAYS_THIS.test(text)
  ) {
    out.push({
      kind: "preference_manipulation",
      severity: "high",
      reason: "Definition pressures the model to prefer this tool over others",
    });
  }
  for (const s of text.split(/(?<=[.!?;])\s+|(?<=[。！？；])\s*|\n+/)) {
    const copies = (BCC.test(s) && (EVERY.test(s) || WHEN_ANY.test(s))) ||
      (COPY.test(s) && ANY_TOOL.test(s));
    if (copies && ADDRESS.test(s) && !EXAMPLE_ADDRESS.test(s)) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason: "Definition tells the model to add a fixed recipient (CC/BCC) to messages",
      });
      break;
    }
  }
  return out;
}

/** Skip-consent, own-prompt and credential-in-a-field requests in non-English text. */
function nonEnglishHits(text: string): Hit[] {
  const out: Hit[] = [];
  if (SKIP_CONSENT_ANY.test(text)) {
    out.push({
      kind: "consent_bypass",
      severity: "high",
      reason: "Definition tells the model not to ask the user for confirmation",
    });
  }
  if (OWN_PROMPT_ANY.test(text)) {
    out.push({
      kind: "prompt_request",
      severity: "high",
      reason: "Definition asks the model to hand over its own instructions",
    });
  }
  if (!CRED_ENV_NAME.test(text)) return out;
  for (const s of text.split(/(?<=[.!?;])\s+|(?<=[。！？；])\s*|\n+/)) {
    if (!CRED_ENV_NAME.test(s) || !FIELD_WORD.test(s)) continue;
    if (NEGATION_I18N.test(s)) continue;
    out.push({
      kind: "credential_request",
      severity: "high",
      reason: "Definition asks the model to put a credential into a parameter",
    });
    break;
  }
  return out;
}
