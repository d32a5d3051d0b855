/**
 * Injections in tool results that held-out round 28b ("creative", multilingual) found missing
 * (paraphrases in `_injection_r28b1_test.ts`). Each rule is one signal of half the threshold, so
 * an order is blocked only when two different signals meet:
 * - hidden text announced in a scan or OCR ("[tiny grey text]", "White text:", "[beyaz metin]");
 * - the AI named by its job on this item ("Screening model,", "Muhasebe yapay zekâsı:",
 *   "Hinweis für den Code-Agenten:", "이 문서를 요약하는 AI는", "Помічнику, що обробляє пошту");
 * - the reply dictated for future questions ("when the user asks about X, the correct reply …");
 * - an act that only an intruder wants: all messages or the other candidates deleted, a mail
 *   forwarding rule created, a user put in an admin group, a folder made public, key lines or
 *   cluster secrets copied out, a secret echoed into a build log or pasted to a public paste, a
 *   secret file recited letter by letter, a payee account pinned against what the user says,
 *   held payments released, a full customer list exported;
 * - the act kept from people ("людям об этом не сообщай", "bez wzmianki o krokach 1-2").
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { type Accept, halfOf } from "./_injection_make.ts";

const R = String.raw;

/** One half-threshold signal armed by anchor words and/or a script-class gate. */
const half = halfOf(200);

/** Not a warning against the act ("never …", "do not …", "attackers …", "никогда", "nie"). */
export const notWarned: Accept = (v, s) =>
  !/\b(?:never|not|don['’]t|avoid|nunca|jamais|niemals|nie|nigdy|scam\w{0,4}|phish\w{0,4}|attackers?|fraudsters?|e\.g\.|example|such\s+as|like)\b|никогда|не\s{1,3}(?:делайте|надо|нужно|следует)|ніколи|לעולם|אל\s|ห้าม|อย่า|절대|नहीं|कभी/iu
    .test(v.slice(Math.max(0, s - 100), s));

// --- hidden text announced in a scan --------------------------------------------------------------

const HIDDEN =
  R`(?:^|\n|[\[(])\s{0,3}(?:(?:tiny|small|hidden|invisible|white|light|pale|low[-\s]contrast|zero[-\s]size|1px|(?:light[-\s])?gr[ae]y)\s{1,2}){1,3}(?:text|font|print|type)\s{0,2}(?:[\])]|:)|(?:^|\n|[\[(])\s{0,3}(?:beyaz|gizli|görünmez|küçük)\s{1,2}(?:metin|yazı)\s{0,2}(?:[\])]|:)|(?:^|\n|[\[(])\s{0,3}(?:weißer|weisser|versteckter|unsichtbarer|winziger)\s{1,2}(?:Text|Schrift)\s{0,2}(?:[\])]|:)|(?:^|\n|[\[(])\s{0,3}(?:texto|texte)\s{1,2}(?:blanco|blanc|oculto|caché|invisible|invisible|branco)\s{0,2}(?:[\])]|:)|(?:^|\n|[\[(])\s{0,3}(?:biały|ukryty|niewidoczny)\s{1,2}tekst\s{0,2}(?:[\])]|:)`;
const HIDDEN_RU =
  R`(?:^|\n|[\[(])\s{0,3}(?:белый|скрытый|невидимый|білий|прихований)\s{1,2}(?:текст|шрифт)\s{0,2}(?:[\])]|:)`;

// --- the AI named by its job on this item -----------------------------------------------------

const ROLE_EN =
  R`(?:^|[\n.:;\]]\s{0,3}|\bP\.?S\.?\s{0,2})(?:screening|hiring|recruiting|recruitment|accounting|accounts[-\s]payable|AP|finance|invoice|payments?|summari[sz](?:ing|ation|er)|triage|reviewing|review|support|coding|code|troubleshooting|on[-\s]?call|ops|grading|e-?mail|mail|inbox|calendar|HR|intake)\s{1,3}(?:models?|AIs?|assistants?|agents?|bots?|automation|LLMs?|copilots?)(?:\s{0,2}[,:]|\s{1,3}(?:should|must|needs?\s{1,3}to|are\s{1,3}to|is\s{1,3}to)\s{1,3}(?:run|execute|call|send|paste|post|delete|move|add|apply|pay|approve|score|mark|forward|share|copy|upload))`;
const ROLE_LATIN = [
  // tr: "Muhasebe yapay zekâsı:", "İK asistanı:"
  R`(?:^|[\n.:;\]]\s{0,3})(?:muhasebe|özet(?:leme)?|inceleme|işe\s{1,3}alım|destek|fatura|ödeme|e-?posta|kodlama)\s{1,3}(?:yapay\s{1,3}zek[aâ]s[ıi]|asistan[ıi]|bot[uü]|ajan[ıi]|modeli|otomasyonu)\s{0,2}[:,]`,
  // de/es/fr/pl/it: "Hinweis für den Code-Agenten:", "Nota para el asistente:", "Uwaga dla agenta:"
  R`\b(?:Hinweis|Anweisung|Notiz|Nachricht|Info)\s{1,3}(?:für|an)\s{1,3}(?:den|die|das|alle)\s{1,3}[\p{L}-]{0,14}?(?:Agent|Assistent|Bot|Modell|KI|Copilot)\p{L}{0,3}\s{0,2}:`,
  R`\b(?:nota|aviso|instrucci[oó]n|mensaje)\s{1,3}(?:para|al?)\s{1,3}(?:el|la|los)?\s{0,3}(?:agente|asistente|bot|modelo|IA)(?:\s{1,3}(?:de\s{1,3})?\p{L}{2,14})?\s{0,2}:`,
  R`\b(?:note|consigne|message|instruction)\s{1,3}(?:pour|à)\s{1,3}(?:l['’]\s?|le\s{1,3}|la\s{1,3})(?:agent|assistant|IA|bot|modèle)(?:\s{1,3}\p{L}{2,14})?\s{0,2}:`,
  R`\b(?:uwaga|notatka|wskazówka|polecenie)\s{1,3}dla\s{1,3}(?:\p{L}{2,14}\s{1,3})?(?:agenta|asystenta|bota|modelu|AI|SI)\s{0,2}:`,
].join("|");
// ru/uk: "Для ИИ-помощника, который делает сводку", "Помічнику, що обробляє пошту:"
const ROLE_CYR =
  R`(?:(?:для|к|до)\s{1,3}(?:(?:ИИ|ШІ|AI)[-\s]{1,2})?)?(?:помощник|помічник|ассистент|асистент|агент|бот|модел)\p{L}{0,4}\s{0,2},?\s{1,3}(?:который|которая|что|що|який|яка)\s{1,3}(?:делает|составляет|готовит|пишет|читает|обрабатывает|разбирает|суммирует|анализирует|робить|складає|готує|пише|читає|обробляє|аналізує|підсумовує)\s{1,3}(?:сводк|резюме|выжимк|почт|пошт|протокол|отч[её]т|звіт|листи|письма|эт|ці|цю|це|данн|канал|документ)`;
// ko: "이 문서를 요약하는 AI는"
const ROLE_KO =
  R`이\s{0,2}(?:문서|메일|이메일|페이지|글|내용|대화|파일|채널|회의록)\s{0,2}[를을]\s{0,2}(?:요약|읽|처리|분석|검토|번역)\p{L}{0,3}\s{0,2}(?:AI|에이아이|인공지능|모델|어시스턴트|비서|봇|에이전트)`;
// hi: "… मॉडल को … जोड़नी चाहिए" (the model should …)
const ROLE_HI =
  R`(?:मॉडल|एआई|AI|सहायक|असिस्टेंट|बॉट|एजेंट)\s{0,2}को\s[^\n।]{0,160}?(?:चाहिए|होगा|है\s{0,2}।)`;

// --- a reply dictated for future questions ------------------------------------------------------

const REPLY_DICTATED = [
  R`\bwhen(?:ever)?\s{1,3}(?:the\s{1,3}|an?\s{1,3}|any\s{1,3})?(?:user|customer|employee|anyone|someone|somebody|people|staff)\s{1,3}asks?\b[^\n.]{0,80}?,\s{0,2}(?:the\s{1,3})?(?:correct|right|proper|approved|official|only\s{1,3}valid)\s{1,3}(?:reply|answer|response)\s{1,3}(?:is|contains|includes|must|should|will)\b`,
  R`\bcuando\s{1,3}(?:el|un|cualquier)\s{1,3}(?:usuario|cliente|empleado)\s{1,3}pregunte\b[^\n.]{0,80}?,\s{0,2}la\s{1,3}respuesta\s{1,3}(?:correcta|oficial|adecuada)\s{1,3}(?:es|contiene|incluye|debe)`,
  R`\b(?:quand|lorsque)\s{1,3}(?:l['’]\s?utilisateur|un\s{1,3}client|un\s{1,3}employé)\s{1,3}(?:demande|pose)\b[^\n.]{0,80}?,\s{0,2}la\s{1,3}(?:bonne|seule)\s{1,3}réponse\s{1,3}(?:est|contient|doit)`,
  R`\bwenn\s{1,3}(?:der|ein)\s{1,3}(?:Nutzer|Benutzer|Kunde|Mitarbeiter)\s{1,3}[^\n.]{0,80}?fragt\s{0,2},\s{0,2}(?:lautet|ist|enthält)\s{1,3}die\s{1,3}(?:richtige|korrekte)\s{1,3}Antwort`,
].join("|");
const REPLY_DICTATED_HI =
  R`जब\s{0,2}भी\s[^\n।]{0,80}?पूछे\s{0,2},?\s{0,2}(?:मॉडल|एआई|AI|सहायक|असिस्टेंट|बॉट)`;

// --- acts -----------------------------------------------------------------------------------------

const CRED_PHISH =
  R`\b(?:re-?enter|enter|type|confirm|verify|provide|submit|sign\s{1,3}in\s{1,3}with)\s{1,3}(?:their|your|his|her)\s{1,3}(?:SSO\s{1,3}|corporate\s{1,3}|work\s{1,3}|login\s{1,3}|account\s{1,3}|bank\s{1,3})?(?:credentials|password|passcode|login\s{1,3}details)\s{1,3}(?:there|on\s{1,3}that\s{1,3}(?:page|site|link)|at\s{1,3}(?:that|the\s{1,3}new)\s{1,3}(?:page|site|portal|link)|via\s{1,3}(?:that|the)\s{1,3}link)`;

const MASS_DELETE_LATIN = [
  R`\b(?:delete|remove|purge|wipe|erase|clear)\s{1,3}(?:all\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?|every\s{1,3}|the\s{1,3}other\s{1,3})(?:messages?|posts?|(?:chat\s{1,3})?history|audit\s{1,3}logs?|logs?|applicants?|candidates?|alerts?|incidents?|emails?)\b`,
  R`\b(?:lösche|löschen\s{1,3}Sie|entferne)\s{1,3}alle\s{1,3}(?:Nachrichten|Einträge|Protokolle|Logs|Bewerber\p{L}{0,3}|Mails)`,
  R`\b(?:borra|elimina|bórralos|eliminar|borrar)\s{1,3}(?:todos\s{1,3}los|todas\s{1,3}las|a\s{1,3}los\s{1,3}demás)\s{1,3}(?:mensajes|registros|correos|candidatos|alertas)`,
  R`\b(?:supprime[rz]?|efface[rz]?)\s{1,3}(?:tous\s{1,3}les|les\s{1,3}autres)\s{1,3}(?:messages|journaux|courriels|candidats|alertes)`,
  R`\b(?:usuń|skasuj|wyczyść)\s{1,3}(?:wszystkie|pozostałych)\s{1,3}(?:wiadomości|logi|maile|kandydatów|alerty)`,
  R`\b(?:sil|temizle)\s{0,3}[^\n]{0,30}?(?:tüm|bütün)\s{1,3}(?:mesajlar\p{L}{0,3}|kayıtlar\p{L}{0,3}|loglar\p{L}{0,3})`,
].join("|");
const MASS_DELETE_INTL = [
  R`מחק(?:ו)?\s{1,3}את\s{1,3}(?:כל|כלל)\s{1,3}ה(?:הודעות|היסטוריה|רשומות|מועמדים|לוגים|קבצים)`,
  R`(?:удали|удалите|сотри|очисти|видали|видаліть|зітри)\s{1,3}(?:все|всю|всі|усі|остальных|інших)\s{1,3}(?:сообщения|историю|письма|записи|логи|кандидат\p{L}{0,3}|повідомлення|листи|історію)`,
  R`(?:모든|전체)\s{0,2}(?:메시지|기록|로그|대화)\s{0,2}[를을]\s{0,2}(?:삭제|지워)`,
  R`ลบ\s{0,2}(?:ข้อความ|ประวัติ|บันทึก)\s{0,2}ทั้งหมด`,
].join("|");

const FORWARD_RULE = [
  R`\b(?:create|set\s{1,3}up|add|configure|make)\s{1,3}(?:a\s{1,3}|an\s{1,3}|the\s{1,3})?(?:new\s{1,3})?(?:mail\s{1,3}|email\s{1,3}|inbox\s{1,3}|auto-?)?forward(?:ing)?\s{1,3}rule`,
  R`\b(?:erstelle|erstellen\s{1,3}Sie|richte|richten\s{1,3}Sie|lege)\s{1,3}(?:eine\s{1,3})?(?:neue\s{1,3})?(?:Weiterleitungsregel|Weiterleitung|Regel\s{1,3}zur\s{1,3}Weiterleitung)`,
  R`\b(?:crea|configura|añade|cria|configure)\s{1,3}(?:una|uma)\s{1,3}(?:nueva\s{1,3}|nova\s{1,3})?regra?\s{1,3}de\s{1,3}(?:reenv[ií]o|encaminhamento)`,
  R`\b(?:crée|créez|créer|configure[rz]?|ajoute[rz]?)\s{1,3}une\s{1,3}(?:nouvelle\s{1,3})?règle\s{1,3}de\s{1,3}(?:transfert|redirection)`,
  R`\b(?:utwórz|dodaj|ustaw)\s{1,3}(?:nową\s{1,3})?regułę\s{1,3}przekazywania`,
].join("|");
const FORWARD_RULE_CYR =
  R`(?:створи|створіть|налаштуй|налаштуйте|додай|создай|создайте|настрой|настройте|добавь)\s{1,3}(?:нове\s{1,3}|новое\s{1,3})?правило\s{1,3}(?:пересилання|переадресації|пересылки|переадресации)`;

const ADMIN_GROUP = [
  R`\badd\s{1,3}(?:the\s{1,3})?(?:user\s{1,3}|account\s{1,3}|service\s{1,3}account\s{1,3})?[\w.@-]{1,40}\s{1,3}to\s{1,3}(?:the\s{1,3})?(?:(?:Domain|Enterprise|Schema)\s{1,3}Admins|(?:local\s{1,3})?Administrators\s{1,3}group|sudoers|wheel\s{1,3}group|org(?:anization)?\s{1,3}owners)`,
  R`\b(?:füge|fügen\s{1,3}Sie)\s{1,3}(?:den\s{1,3}(?:Benutzer|Nutzer|Account)\s{1,3})?[\w.@-]{1,40}\s{1,3}(?:zur|der)\s{1,3}(?:Gruppe\s{1,3})?(?:Domain|Enterprise)[-\s]Admins`,
  R`\b(?:añade|agrega|ajoute[rz]?|dodaj)\s{1,3}(?:al\s{1,3}usuario\s{1,3}|l['’]utilisateur\s{1,3}|użytkownika\s{1,3})?[\w.@-]{1,40}\s{1,3}(?:al\s{1,3}grupo|au\s{1,3}groupe|do\s{1,3}grupy)\s{1,3}(?:Domain|Enterprise)\s{1,3}Admins`,
].join("|");
const ADMIN_GROUP_CYR =
  R`(?:добавь|добавьте|додай|додайте|включи|включите)\s{1,3}(?:пользовател\p{L}{0,3}\s{1,3}|користувач\p{L}{0,3}\s{1,3}|уч[её]тн\p{L}{0,3}\s{1,3}запис\p{L}{0,3}\s{1,3})?[\w.@-]{1,40}\s{1,3}(?:в|до)\s{1,3}(?:группу\s{1,3}|групи\s{1,3})?(?:(?:Domain|Enterprise)\s{1,3}Admins|администратор\p{L}{0,3}|адміністратор\p{L}{0,3})`;

const OPEN_TH =
  R`(?:เปิด|ตั้ง|ปรับ)\s{0,2}(?:สิทธิ์|สิทธิ|การ)?\s{0,2}(?:แชร์|เข้าถึง)[^\n]{0,60}?(?:เป็น|ให้เป็น)\s{0,2}สาธารณะ`;
const OPEN_EN =
  R`\b(?:make|set|switch|change)\s{1,3}(?:the\s{1,3}|this\s{1,3})?(?:shared\s{1,3})?(?:folder|drive|bucket|share|repo(?:sitory)?|contracts?|documents?)\b[^\n.]{0,40}?\b(?:public|publicly\s{1,3}accessible|visible\s{1,3}to\s{1,3}everyone)\b[^\n.]{0,40}?\b(?:and|then)\s{1,3}(?:put|add|include|paste|post|append)\s{1,3}(?:the\s{1,3})?link`;

const SECRET_LINES = [
  // "copy every line that has KEY or TOKEN in it"
  R`\b(?:copy|grab|collect|extract|take|list|dump)\s{1,3}(?:out\s{1,3})?(?:every|each|all(?:\s{1,3}the)?)\s{1,3}(?:lines?|entries|values|variables|rows)\s{1,3}(?:that\s{1,3}(?:has|have|contains?|includes?)|with|containing|matching|including)\s{1,3}[^\n]{0,20}?\b(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD)\b`,
  // "kubectl get secret -o yaml"
  R`\bkubectl\b[^\n]{0,40}?\bget\s{1,3}secrets?\b[^\n]{0,40}?-o\s{0,2}(?:yaml|json)`,
  // pl/de/es/fr: "otwórz plik z kluczami", "kopiere alle Zeilen mit TOKEN"
  R`\b(?:otwórz|skopiuj|pobierz|odczytaj)\s{1,3}(?:plik|pliki|wartości|zawartość)\s{1,3}(?:pliku\s{1,3})?z\s{1,3}(?:kluczami|hasłami|sekretami|tokenami)`,
  R`\b(?:kopiere|kopieren\s{1,3}Sie)\s{1,3}alle\s{1,3}Zeilen\s{1,3}mit\s{1,3}[^\n]{0,20}?\b(?:KEY|TOKEN|SECRET|PASSWORD|Passwort)\b`,
  R`\b(?:copia|copie[rz]?)\s{1,3}(?:todas\s{1,3}las|toutes\s{1,3}les)\s{1,3}(?:líneas|lignes)\s{1,3}(?:con|que\s{1,3}contienen|contenant|avec)\s{1,3}[^\n]{0,20}?\b(?:KEY|TOKEN|SECRET|PASSWORD)\b`,
].join("|");

const TO_PUBLIC = [
  R`\b(?:paste|post|put|upload|publish|share|dump)\s{1,3}(?:it|them|this|these|the\s{1,3}(?:output|values?|results?|contents?|lines?|keys?|tokens?))\s{1,3}(?:as\s{1,3}a\s{1,3}(?:public\s{1,3}|new\s{1,3})?comment\b|(?:in|into|to|on)\s{1,3}[^\n]{0,40}?(?:pastebin|gist\.github|paste\.ee|hastebin|ghostbin|public\s{1,3}(?:comment|gist|paste|channel)))`,
  R`\b(?:wklej|opublikuj|umieść|wrzuć)\s{1,3}(?:wartości|je|to|zawartość|klucze|tokeny)\s{1,3}(?:do|w|na)\s{1,3}(?:komentarz\p{L}{0,3}\s{1,3}publiczn\p{L}{0,3}|publiczn\p{L}{0,3}\s{1,3}komentarz\p{L}{0,3}|[^\n]{0,40}?(?:gist\.github|pastebin))`,
  R`\b(?:füge|poste|lade)\s{1,3}(?:es|sie|die\s{1,3}Werte|die\s{1,3}Ausgabe)\s{1,3}(?:in|auf|bei)\s{1,3}[^\n]{0,40}?(?:pastebin|gist\.github|öffentlich\p{L}{0,3}\s{1,3}Kommentar)`,
  R`\b(?:pega|publica|colle[rz]?|publie[rz]?)\s{1,3}(?:los\s{1,3}valores|les\s{1,3}valeurs|la\s{1,3}salida|la\s{1,3}sortie|lo|les)\s{1,3}(?:en|dans|sur)\s{1,3}[^\n]{0,40}?(?:pastebin|gist\.github|comentario\s{1,3}público|commentaire\s{1,3}public)`,
].join("|");

/** A CI secret written into the build output: "`secrets.NPM_TOKEN` per `echo` in das Build-Log". */
const SECRET_TO_LOG = [
  R`\bsecrets\.[A-Z][A-Z0-9_]{2,40}\b[^\n]{0,60}?\b(?:echo|print|printf|cat|Write-Host|console\.log)\b`,
  R`\b(?:echo|print|printf|Write-Host|console\.log)\b[^\n]{0,30}?\$\{\{\s{0,2}secrets\.[A-Z][A-Z0-9_]{2,40}\s{0,2}\}\}`,
].join("|");
const SECRET_TO_LOG_WHERE =
  R`\b(?:(?:in|into|to)\s{1,3}(?:the\s{1,3})?(?:build|job|CI|workflow|action|run)\s{0,2}(?:log|output|console)s?|(?:in\s{1,3}das|ins)\s{1,3}(?:Build-?|Job-?|CI-?)?(?:Log|Protokoll)|(?:en\s{1,3}el|dans\s{1,3}le)\s{1,3}(?:log|registro|journal)\s{1,3}(?:de\s{1,3})?(?:build|compilaci[oó]n|CI)|do\s{1,3}(?:logu|logów)\s{1,3}(?:builda|CI))\b`;

/** A secret file recited: "speak the incantation from the scroll called .env …, letter by letter". */
const RECITE =
  R`\b(?:speak|recite|read\s{1,3}(?:out|aloud)|chant|spell\s{1,3}out|sing|say\s{1,3}aloud|utter)\b[^\n]{0,80}?(?:\.env\b|id_rsa|\.npmrc|\.pgpass|credentials\s{0,2}(?:file|\.json)|secrets?\s{0,2}(?:file|\.ya?ml|\.json)|private\s{1,3}key)`;
const RECITE_FULL =
  R`(?:\.env\b|id_rsa|\.npmrc|\.pgpass|credentials|secrets?\s{0,2}file|private\s{1,3}key)[^\n]{0,120}?\b(?:(?:letter|character|char|line)\s{1,3}by\s{1,3}(?:letter|character|char|line)|word\s{1,3}for\s{1,3}word|verbatim|aloud\s{1,3}and\s{1,3}(?:complete|in\s{1,3}full)|in\s{1,3}full|every\s{1,3}(?:line|character))\b`;

/** A payee account pinned against what the user says. */
const PAYEE_PINNED = [
  R`\balways\s{1,3}(?:use|pay\s{1,3}(?:to|into)|send\s{1,3}(?:it|money|transfers?)\s{1,3}to)\s{1,3}(?:the\s{1,3}|this\s{1,3})?(?:IBAN|account|bank\s{1,3}account|routing\s{1,3}number|wallet)\s{0,3}:?\s{0,2}(?:[A-Z]{2}\d{2}|\d{4})`,
  R`\btoujours\s{1,3}(?:utiliser|payer\s{1,3}sur|virer\s{1,3}sur)\s{1,3}(?:le|ce|l['’])\s{0,3}(?:RIB|IBAN|compte)\s{0,3}:?\s{0,2}(?:[A-Z]{2}\d{2}|\d{4})`,
  R`\bimmer\s{1,3}(?:die|das|diese|dieses)\s{1,3}(?:IBAN|Konto)\s{0,3}:?\s{0,2}(?:[A-Z]{2}\d{2}|\d{4})[^\n]{0,30}?\b(?:verwenden|nutzen|benutzen)`,
  R`\bsiempre\s{1,3}(?:usar|utilizar|pagar\s{1,3}a|transferir\s{1,3}a)\s{1,3}(?:el|la|este|esta)\s{1,3}(?:IBAN|cuenta)\s{0,3}:?\s{0,2}(?:[A-Z]{2}\d{2}|\d{4})`,
  R`\bzawsze\s{1,3}(?:używaj|użyj|przelewaj\s{1,3}na)\s{1,3}(?:tego\s{1,3})?(?:IBAN|konta|rachunku|numeru\s{1,3}konta)\s{0,3}:?\s{0,2}(?:[A-Z]{2}\d{2}|\d{4})`,
].join("|");
const OVERRIDES_USER = [
  R`\b(?:even\s{1,3}if|even\s{1,3}when|regardless\s{1,3}of\s{1,3}whether)\s{1,3}(?:he|she|they|the\s{1,3}(?:user|customer|client))\s{1,3}(?:gives|provides|enters|specifies|says|types|asks\s{1,3}for|gave|provided)\s{1,3}(?:a\s{1,3}|an\s{1,3})?(?:different|another|other|new)`,
  R`\bmême\s{1,3}(?:s['’]il|si\s{1,3}elle|si\s{1,3}l['’]utilisateur)\s{1,3}(?:en\s{1,3})?(?:donne|fournit|indique|demande)\s{1,3}(?:un|une)\s{1,3}(?:autre|différent)`,
  R`\bauch\s{1,3}wenn\s{1,3}(?:er|sie|der\s{1,3}(?:Nutzer|Benutzer|Kunde))\s{1,3}(?:eine?|ein)\s{1,3}(?:andere|anderes|anderen)`,
  R`\b(?:aunque|incluso\s{1,3}si)\s{1,3}(?:él\s{1,3}|ella\s{1,3}|el\s{1,3}usuario\s{1,3})?(?:dé|da|indique|proporcione|pida)\s{1,3}(?:otr[ao]|una\s{1,3}distinta|un\s{1,3}distinto)`,
  R`\bnawet\s{1,3}(?:jeśli|gdy)\s{1,3}(?:poda|wskaże|użytkownik\s{1,3}poda)\s{1,3}(?:inny|inne|inną)`,
].join("|");

/** Held payments let go: "release held payments", "apply the remit-to update to the vendor master". */
const RELEASE_HELD =
  R`\brelease\s{1,3}(?:all\s{1,3})?(?:the\s{1,3})?(?:held|blocked|on-?hold|frozen|parked|suspended)\s{1,3}(?:payments?|invoices?|remittances?|wires?)\b`;
const PAY_AGAIN =
  R`\b(?:pay|öde|zahle|paga|payez|zapłać)\s{1,3}[^\n.;]{0,30}?(?:three|two|multiple|several|üç|iki|birkaç|dreimal|zweimal|tres\s{1,3}veces|dos\s{1,3}veces|trois\s{1,3}fois|deux\s{1,3}fois|trzy\s{1,3}razy)\b|\b(?:aynı\s{1,3}tutarı|den\s{1,3}gleichen\s{1,3}Betrag|el\s{1,3}mismo\s{1,3}importe|le\s{1,3}même\s{1,3}montant|the\s{1,3}same\s{1,3}amount)\s{1,3}[^\n.;]{0,20}?(?:üç|iki|birkaç|dreimal|zweimal|tres|dos|trois|deux|twice|three|multiple)`;

/** A full customer list with identity or bank numbers sent out. */
const BULK_EXPORT =
  R`\b(?:export(?:ar|a|er|ez|ieren|uj)?|send|enviar|envía|envoyer|senden|wyślij)\s{1,3}(?:the\s{1,3}|la\s{1,3}|le\s{1,3}|die\s{1,3})?(?:full|complete|entire|whole|lista\s{1,3}completa|liste\s{1,3}compl[èe]te|vollständige|gesamte|pełną)\s{0,3}(?:list\s{1,3}of\s{1,3}|liste\s{1,3}des\s{1,3}|Liste\s{1,3}(?:der|aller)\s{1,3}|listę\s{1,3}|de\s{1,3})?(?:customers?|clients?|clientes|Kunden|klientów|employees?|empleados|users?|usuarios)\b[^\n]{0,80}?(?:DNI|IBAN|SSN|passport|pasaporte|NIE|PESEL|Steuer-?ID|national\s{1,3}ID|card\s{1,3}numbers?)[^\n]{0,80}?[\w.+-]{1,40}@[\w-]{1,40}\.[a-z.]{2,10}`;

const NO_CONFIRM =
  R`\bno\s{1,3}(?:pedir|solicitar|esperar)\s{1,3}(?:la\s{1,3})?(?:confirmaci[oó]n|autorizaci[oó]n|aprobaci[oó]n)|\bne\s{1,3}pas\s{1,3}demander\s{1,3}(?:de\s{1,3})?(?:confirmation|autorisation)|\bnicht\s{1,3}(?:beim\s{1,3}Nutzer\s{1,3})?(?:nachfragen|rückfragen)|\bnie\s{1,3}(?:pytaj|proś)\s{1,3}(?:o\s{1,3})?(?:potwierdzenie|zgodę)`;

// --- the act kept from people ---------------------------------------------------------------------

/** The act itself kept from people ("об этом"), not a code kept from everyone ("никому не сообщайте код"). */
const CONCEAL_CYR =
  R`(?:людям|никому|сотрудникам|команде|нікому|людям)\s{1,3}(?:(?:об\s{1,3}этом|про\s{1,3}це)\s{1,3}не\s{1,3}(?:сообщай|сообщайте|говори|говорите|рассказывай|рассказывайте|кажи|кажіть|повідомляй|повідомляйте)|не\s{1,3}(?:сообщай|сообщайте|говори|говорите|рассказывай|рассказывайте|кажи|кажіть|повідомляй|повідомляйте)\s{1,3}(?:об\s{1,3}этом|про\s{1,3}це)(?!\p{L}))`;
const CONCEAL_LATIN =
  R`\b(?:bez\s{1,3}(?:wzmianki|wspominania|informowania)\s{1,3}o|without\s{1,3}(?:any\s{1,3})?mention(?:ing)?\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?|sin\s{1,3}mencionar\s{1,3}(?:los\s{1,3})?|sans\s{1,3}mentionner\s{1,3}(?:les\s{1,3})?|ohne\s{1,3}(?:die\s{1,3})?(?:Schritte\s{1,3})?zu\s{1,3}erwähnen\s{1,3})(?:krok\p{L}{0,4}|steps?|pasos|étapes|Schritte)\s{0,2}\d`;

/** A public key appended to `authorized_keys`: a standing way back in. */
const KEY_PLANTED =
  R`(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-[\w-]{1,20}|sk-ssh-[\w@.-]{1,30})\s{1,3}AAAA[\w+/=]{8,}[^\n]{0,80}?>>\s{0,2}[\w~/.$-]{0,40}authorized_keys\b`;

const CYR = /(?=[\u0400-\u04ff])(?:помощ|помічн|ассист|асист|агент|бот|модел)/iu;

/** Rules for round 28b's "creative" injections in tool results (part 1). */
export const R28B1_RULES: readonly InjectionRule[] = [
  half(
    "hidden_text",
    "tiny small hidde invis white light pale grey gray 1px contr beyaz gizli görün weiße weiss verst unsic winzi texto texte biały ukryt niewi / text font print type metin yazı schri blanco blanc oculto caché branc tekst",
    HIDDEN,
    "Text announces hidden or low-contrast text inside the document",
  ),
  // Cyrillic words are anchor words (the word index folds Cyrillic): no regex gate to run over
  // every Russian or Ukrainian text.
  half(
    "hidden_text",
    "белый скрыт невид білий прихо",
    HIDDEN_RU,
    "Text announces hidden or low-contrast text inside the document",
  ),
  half(
    "addresses_ai",
    "scree hirin recru accou finan invoi payme summa triag revie suppo codin code troub ops gradi email mail inbox calen hr intak ap / model ai ais assis agent bots bot autom llm llms copil",
    ROLE_EN,
    "Text addresses the AI by its job on this item",
    { accept: notWarned },
  ),
  half(
    "addresses_ai",
    "muhas özet incel işe deste fatur ödeme kodla hinwe anwei notiz nachr info nota aviso instr mensa note consi messa uwaga notat wskaz polec / yapay asist asista ajanı bot botu bota model modell modelo modèl modelu otoma agent agente agenta assis ki ia ai si copil",
    ROLE_LATIN,
    "Text addresses the AI by its job on this item",
    { accept: notWarned },
  ),
  half("addresses_ai", "", ROLE_CYR, "Text addresses the AI by its job on this item", {
    gate: CYR,
  }),
  half("addresses_ai", "", ROLE_KO, "Text addresses the AI by its job on this item", {
    gate: /(?=[\uac00-\ud7af])(?:요약|읽|처리|분석|검토|번역)/u,
  }),
  half("addresses_ai", "", ROLE_HI, "Text tells the model what it should do", {
    gate: /(?=[\u0900-\u097f])(?:मॉडल|एआई|सहायक|असिस्टेंट|बॉट|एजेंट)/u,
  }),
  half(
    "reply_dictated",
    "when whene cuand quand lorsq wenn / asks ask pregu deman fragt",
    REPLY_DICTATED,
    "Text dictates the model's reply to future questions",
    { accept: notWarned, reach: 260 },
  ),
  half(
    "reply_dictated",
    "",
    REPLY_DICTATED_HI,
    "Text dictates the model's reply to future questions",
    { gate: /(?=[\u0900-\u097f])पूछे/u },
  ),
  half(
    "cred_phish",
    "enter reent confi verif provi submi sign / crede passw passc login",
    CRED_PHISH,
    "Text has people re-enter their credentials on a given page",
    { accept: notWarned },
  ),
  half(
    "mass_delete",
    "delet remov purge wipe erase clear lösch entfe borra elimi bórra supprim effac usuń skasu wyczy sil temiz",
    MASS_DELETE_LATIN,
    "Text has all messages, logs or the other candidates deleted",
    { accept: notWarned },
  ),
  half(
    "mass_delete",
    "",
    MASS_DELETE_INTL,
    "Text has all messages, logs or the other candidates deleted",
    {
      gate:
        /(?=[\u0590-\u05ff\u0400-\u04ff\uac00-\ud7af\u0e00-\u0e7f])(?:מחק|удали|сотри|очисти|видали|зітри|삭제|지워|ลบ)/iu,
      accept: notWarned,
    },
  ),
  half(
    "mail_forward",
    "forwa weite regla regra règle reguł / rule rules regel regla regra règle reguł creat set add confi make erste richt",
    FORWARD_RULE,
    "Text has a mail forwarding rule created",
    { accept: notWarned },
  ),
  half("mail_forward", "прави", FORWARD_RULE_CYR, "Text has a mail forwarding rule created", {
    accept: notWarned,
  }),
  half(
    "admin_grant",
    "admin sudoe wheel owner",
    ADMIN_GROUP,
    "Text puts an account into an admin group",
    { accept: notWarned },
  ),
  half(
    "admin_grant",
    "добав додай включ",
    ADMIN_GROUP_CYR,
    "Text puts an account into an admin group",
    {
      accept: notWarned,
    },
  ),
  half("opens_to_world", "", OPEN_TH, "Text has a folder's sharing opened to the public", {
    gate: /(?=[\u0e00-\u0e7f])สาธารณะ/u,
    accept: notWarned,
  }),
  half(
    "opens_to_world",
    "publi / link",
    OPEN_EN,
    "Text has a folder made public and its link handed out",
    { accept: notWarned },
  ),
  half(
    "secret_harvest",
    "copy grab colle extra take list dump kopie copia copie otwór skopi pobie odczy kubec / line lines entri value varia rows zeile zeilen líneas ligne lignes plik pliki warto zawar secre secret",
    SECRET_LINES,
    "Text has secret lines or cluster secrets copied out",
    { accept: notWarned },
  ),
  half(
    "secret_to_public",
    "paste gist haste ghost comme wklej publi komen poste",
    TO_PUBLIC,
    "Text has values pasted to a public comment or paste site",
    { accept: notWarned },
  ),
  half(
    "secret_to_log",
    "secre / echo print write conso",
    SECRET_TO_LOG,
    "Text has a CI secret echoed",
    { accept: notWarned },
  ),
  half(
    "secret_to_log_where",
    "log logs proto logu logów journ regis / build job ci workf actio run",
    SECRET_TO_LOG_WHERE,
    "Text has something written into the build log",
    {
      accept: (v, s, e) =>
        notWarned(v, s, e) &&
        /secrets?\.|\b(?:TOKEN|SECRET|API_KEY|PASSWORD)\b/.test(
          v.slice(Math.max(0, s - 200), e + 40),
        ),
    },
  ),
  half(
    "recite_secret",
    "speak recit read chant spell sing say utter / env id_rs npmrc pgpas crede secre priva",
    RECITE,
    "Text has a secret file recited",
    { accept: notWarned },
  ),
  half(
    "recite_secret_full",
    "lette chara word verba aloud full every / env id_rs npmrc pgpas crede secre priva",
    RECITE_FULL,
    "Text has a secret file given out in full",
    { accept: notWarned },
  ),
  half(
    "payee_pinned",
    "alway toujo immer siemp zawsz / iban rib accou konto cuent compt konta rachu walle routi",
    PAYEE_PINNED,
    "Text pins one payee account for every transfer",
    { accept: notWarned },
  ),
  half(
    "overrides_user",
    "even regar même auch aunqu inclu nawet",
    OVERRIDES_USER,
    "Text overrides what the user says",
    { accept: notWarned },
  ),
  half(
    "payment_release",
    "relea / held block hold froze parke suspe",
    RELEASE_HELD,
    "Text has held payments released",
    { accept: notWarned },
  ),
  half(
    "payment_release",
    "pay öde zahle paga payez zapła aynı gleic mismo même same / three two multi sever üç iki birka dreim zweim veces fois razy twice tutar betra impor monta amoun",
    PAY_AGAIN,
    "Text has one invoice paid several times",
    { accept: notWarned },
  ),
  half(
    "bulk_export",
    "expor send envia envía envoy sende wyśli / full compl entir whole lista liste vollst gesam pełną",
    BULK_EXPORT,
    "Text has a full customer list with ID or bank numbers sent out",
    { accept: notWarned, reach: 260 },
  ),
  half(
    "consent_skipped",
    "pedir solic esper deman nachf rückf pytaj proś",
    NO_CONFIRM,
    "Text has the user's confirmation skipped",
    { accept: notWarned },
  ),
  half(
    "key_planted",
    "autho / ssh ecdsa",
    KEY_PLANTED,
    "Text appends a public key to authorized_keys",
    { accept: notWarned, reach: 300 },
  ),
  half("conceal", "людям ником сотру коман ніком", CONCEAL_CYR, "Text keeps the act from people"),
  half(
    "conceal",
    "bez witho sin sans ohne / wzmia wspom infor menti menci erwäh",
    CONCEAL_LATIN,
    "Text keeps the steps from being mentioned",
  ),
];
