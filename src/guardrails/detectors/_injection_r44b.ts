/**
 * Round-44 creative injections: an order planted in a metadata or protocol field an outsider
 * writes (lyrics and comment tags of a media file, the action description of a provenance
 * manifest, the free-text field of a trading message, the note of an e-prescription, a design
 * component's description, report rows and column names read in numbered order, an encoded block
 * in an invoice) and addressed to the automated reader of that field. The rows read the parts of
 * such an order by what they do, as half-threshold signals under the kinds older rows use, so a
 * block needs two different signals (paraphrases in `_injection_r44b_test.ts`):
 *
 * - `addresses_ai`: a note labelled for an automated tool or agent rather than an assistant ("Note
 *   pour l'outil de vérification :", "Hinweis für das Prüfwerkzeug:", "… FOR AUTOMATED ALLOCATION
 *   AGENTS -"), a label in ko/ja/zh ("코드 생성 에이전트 참고:", "エージェント向けメモ:").
 * - `consent_skipped`: the check that guards the act waived — the call-back of a payment-detail
 *   change ("callback not required", "sans contre-appel", "Rückruf nicht nötig"), a named person not
 *   to be reached (fr "inutile de joindre le …", es "no hace falta escalar al …", it "non serve
 *   contattare il …"), the user not to be prompted ("do not prompt").
 * - `review_bypass`: a safety alert dismissed as a false positive (en/es/fr/it/pt/de; the kind of
 *   the English row in `_injection_r38b.ts`, so the two never count twice).
 * - `control_off`: a verification requirement switched off (fr/es/it/en "disable the
 *   second-source requirement").
 * - `admin_grant`: an account created with a password the text supplies; a folder or document
 *   shared with edit rights or an open link.
 * - `forged_approval`: approval claimed from the owner somewhere the reader cannot see ("the owner
 *   agreed to this on the forum page"), or validation claimed from upstream (fr "déjà validée en
 *   amont par …", es "ya verificado por …").
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { halfOf, type HalfRow, halfRowsOf } from "./_injection_make.ts";
import { stated } from "./_injection_r42b.ts";

const R = String.raw;
const rows = halfRowsOf(halfOf(240));

/** A letter boundary for scripts `\b` does not know. */
const L0 = R`(?<![\p{L}\p{M}])`;
const L1 = R`(?![\p{L}\p{M}])`;
/** Articles of en, fr, es, it, pt, de, nl before a noun. */
const ART =
  R`(?:(?:the|all|any|our|your|l['’]|le|la|les|el|los|las|il|lo|gli|i|o|os|a|as|den|die|das|dem|der|de|het)\s{0,3})?`;

const ADDRESS: readonly HalfRow[] = [
  // A note labelled for an automated tool or agent: "Note pour l'outil de vérification de la
  // rédaction :", "Nota para la herramienta de conciliación:", "Hinweis für das Prüfwerkzeug:".
  [
    "",
    /(?:outil|tool|agent|herramienta|strumento|werkzeug|ferramenta|automat|robot|\bbot|\bIA\b|\bAI\b|\bKI\b|LLM|copilot)/iu,
    R`${L0}(?:note|notice|message|memo|instructions?|nota|remarque|avis|aviso|hinweis|notiz|avviso|mensaje|messaggio|mensagem)\s{1,3}(?:for|to|pour|à|para|per|für|an|al|voor)\s{1,3}${ART}(?:\p{L}{2,15}[\s-]{1,3}){0,2}?(?:outil|tool|agent|agente|agenti|herramienta|strumento|\p{L}{0,12}werkzeug|ferramenta|automat\p{L}{0,6}|robot|bot|IA|AI|KI|LLM|copilot)s?${L1}(?!\s{1,3}(?:maintainer|developer|author|user|vendor|team|owner|maker|builder|designer|researcher|développeur|auteur|utilisateur|desarrollador|autor|usuario|entwickler)s?${L1})[^:\n.!?]{0,60}?\s?[:：]`,
  ],
  // "… for automated allocation agents -", "pour les agents automatisés :", "para agentes
  // autónomos:", "für automatisierte Agenten:" — a notice whose reader is a machine.
  [
    "",
    /(?:automat|autonom|autónom)/iu,
    R`${L0}(?:for|to|pour|para|per|für|an)\s{1,3}${ART}(?:(?:automated|automatic|autonomous|automatisé\p{L}{0,2}|automatique\p{L}?|autonomes?|automático\p{L}?|automáticos|autónomos?|automatici|autonomi|automatisierte\p{L}?|autonome\p{L}?)\s{1,3}(?:\p{L}{2,15}\s{1,3}){0,2}(?:agents?|assistants?|agentes|agenti|agenten|bots?|systems?|systèmes|sistemas|sistemi|systeme)|(?:agents?|agentes|agenti|agenten|assistants?|bots?)\s{1,3}(?:automatisé\p{L}{0,2}|automatiques?|autonomes?|automáticos|autónomos|automatici|autonomi))${L1}\s{0,3}(?:[-—–:：]|\.\s)`,
  ],
  // ko/ja/zh: the agent named in a label ("코드 생성 에이전트 참고:", "AI 어시스턴트 필독:",
  // "エージェント向けメモ:", "AIアシスタントへの注意:", "智能体注意:", "AI助手须知：").
  [
    "",
    /(?:에이전트|어시스턴트|챗봇|エージェント|アシスタント|ボット|智能体|助手|代理|AI)/iu,
    R`(?:에이전트|어시스턴트|챗봇|AI)\s{0,2}(?:참고|주의|필독|안내|전달\s{0,2}사항|메모)\s{0,2}(?:사항\s{0,2})?[:：]|(?:エージェント|アシスタント|ボット|AI)\s{0,2}(?:向け|へ)の?\s{0,2}(?:メモ|注意|指示|連絡|お知らせ|注記|備考)?\s{0,2}[:：]|(?:智能体|AI\s{0,2}助手|助手|AI\s{0,2}代理)\s{0,2}(?:请)?(?:注意|须知|參考|参考|备注|備註)\s{0,2}[:：]`,
  ],
  // fa/ar: a label naming the helper ("دستیار فروشگاه:", "دستیار حسابداری:", "المساعد الآلي:").
  [
    "",
    /(?:دستیار|المساعد|مساعد)/u,
    R`${L0}(?:دستیار|المساعد|مساعد)(?:[\u200c\s]{1,2}\p{Script=Arabic}{2,15}){0,2}\s{0,2}[:：]`,
  ],
];

/** A callback in the sense of a program's function, not a phone call. */
const CODE_CALLBACK = /(?:function|=>|promise|async|param|argument|\(\)|handler|hook)/i;

const WAIVED: readonly HalfRow[] = [
  // The call-back that confirms a change of payment details waived: "CALLBACK NOT REQUIRED",
  // "no call-back verification needed", "sans contre-appel", "sin llamada de verificación",
  // "Rückruf nicht nötig", "senza richiamata".
  [
    "",
    /(?:call[\s-]?back|contre[\s-]appel|rappel|llamada|rückruf|richiamata|retorno\s{1,3}de\s{1,3}chamada)/iu,
    R`(?<!(?:the|a|this|your|its)\s{1,3})\bcall[\s-]?back\s{1,3}(?:verification\s{1,3}|confirmation\s{1,3})?(?:is\s{1,3})?(?:not\s{1,3}(?:required|needed|necessary)|unnecessary|waived)\b|\b(?:no|without\s{1,3}a?|skip\s{1,3}the)\s{0,3}call[\s-]?back\s{1,3}(?:verification|confirmation|to\s{1,3}the\s{1,3}client)\b|${L0}(?:sans|pas\s{1,3}de)\s{1,3}(?:contre[\s-]appel|rappel\s{1,3}de\s{1,3}(?:vérification|confirmation))${L1}|${L0}(?:contre[\s-]appel|rappel\s{1,3}de\s{1,3}vérification)\s{1,3}(?:inutile|pas\s{1,3}nécessaire|non\s{1,3}requis)${L1}|${L0}sin\s{1,3}(?:necesidad\s{1,3}de\s{1,3})?llamada\s{1,3}de\s{1,3}(?:verificación|confirmación|retorno)${L1}|${L0}(?:ohne\s{1,3}Rückruf|Rückruf\s{1,3}(?:ist\s{1,3})?(?:nicht\s{1,3}(?:nötig|notwendig|erforderlich)|unnötig|entbehrlich))${L1}|${L0}(?:senza\s{1,3}richiamata|richiamata\s{1,3}non\s{1,3}(?:necessaria|richiesta))${L1}`,
  ],
  // fr: "inutile de joindre le photographe", "pas besoin de prévenir la cheffe"; es: "no hace
  // falta escalar al farmacéutico", "no es necesario consultar con el médico"; it: "non serve
  // contattare il fornitore"; pt: "não precisa avisar o gerente".
  [
    "",
    /(?:inutile|besoin|peine|hace\s{1,3}falta|necesario|serve|occorre|bisogno|precisa)/iu,
    R`${L0}(?:inutile|pas\s{1,3}(?:besoin|la\s{1,3}peine)|nul\s{1,3}besoin)\s{1,3}(?:de\s{1,3}|d['’]\s{0,2})(?:joindre|contacter|appeler|prévenir|consulter|déranger|informer|solliciter|avertir|rappeler)\s{1,3}(?:le|la|les|l['’]|son|sa|ses|votre|vos|un|une)${L1}|${L0}no\s{1,3}(?:hace\s{1,3}falta|es\s{1,3}necesario|hay\s{1,3}que|necesitas?)\s{1,3}(?:escalar|consultar|avisar|llamar|confirmar|preguntar|notificar|contactar|molestar|informar)(?:lo|la|le|les)?\s{1,3}(?:a|al|a\s{1,3}la|con\s{1,3}(?:el|la))${L1}|${L0}non\s{1,3}(?:serve|occorre|c['’]è\s{1,3}bisogno\s{1,3}di|è\s{1,3}necessario)\s{1,3}(?:contattare|chiamare|avvisare|sentire|coinvolgere|disturbare|informare|interpellare)\s{1,3}(?:il|la|lo|l['’]|i|gli|le)${L1}|${L0}não\s{1,3}(?:precisa|é\s{1,3}preciso|é\s{1,3}necessário)\s{1,3}(?:de\s{1,3})?(?:avisar|contatar|ligar\s{1,3}para|consultar|chamar|escalar\s{1,3}para)\s{1,3}(?:o|a|os|as)${L1}`,
  ],
  // en: the user not to be prompted — "do not prompt", "don't prompt the user" (ending the order;
  // not "do not prompt for input", a CLI flag's description).
  [
    "",
    /prompt/iu,
    R`\b(?:do\s{1,3}not|don['’]t|never)\s{1,3}prompt(?:\s{1,3}(?:the\s{1,3})?(?:user|owner|anyone|them|him|her))?\s{0,3}(?:[.!;]|$)`,
  ],
  // sv/no/da: "fråga inte kanalen / chefen", "inget behov att bekräfta", "spør ikke sjefen",
  // "ingen grund til at bekræfte".
  [
    "",
    /(?:fr[åa]ga|spør|spørg|behov|grund|anledning)/iu,
    R`${L0}(?:fr[åa]ga|spør|spørg)\s{1,3}(?:inte|ikke)\s{1,3}(?:kanalen|chefen|sjefen|chefen|ägaren|eieren|ejeren|teamet|gruppen|IT|admin\p{L}{0,4}|ledningen|kunden|någon|noen|nogen|först|først)${L1}|${L0}(?:inget|ingen|intet)\s{1,3}(?:behov|anledning|grund)\s{1,3}(?:att|at|å|til\s{1,3}at)\s{1,3}(?:bekräfta|bekrefte|bekræfte|fr[åa]ga|spørre|spørge|kontrollera|kontrollere|godkänna|godkjenne|godkende)${L1}`,
  ],
  // fa: the owner not to be asked ("از مالک نپرس", "بدون پرسیدن از مدیر", "بدون اطلاع مالک"); not
  // a ban ("هیچ دسترسی‌ای بدون تأیید مدیر داده نشود": nothing is granted without approval).
  [
    "",
    /(?:نپرس|بدون)/u,
    R`${L0}از\s{1,3}(?:مالک|مدیر|صاحب\p{L}{0,3}|کاربر|تیم|رئیس|کارفرما|حسابدار)\p{L}{0,3}\s{1,3}(?:نپرس|نپرسید|سؤال\s{1,3}نکن|سوال\s{1,3}نکن|اجازه\s{1,3}نگیر)${L1}|${L0}بدون\s{1,3}(?:پرسیدن|اجازه|اطلاع|تأیید|تایید|هماهنگی)(?:\s{1,3}(?:از|ی|ِ))?\s{1,3}(?:مالک|مدیر|صاحب\p{L}{0,3}|کاربر|تیم|رئیس|کارفرما)${L1}(?![^.؛\n]{0,40}?(?:نشود|نمی\u200c?شود|نباید|نکنید|ممنوع))`,
  ],
];

const DISMISSED: readonly HalfRow[] = [
  // A safety alert dismissed as a false positive: "mark the PDMP alert as a false positive",
  // es "marcar la alerta … como falso positivo", fr "classer l'alerte comme faux positif", it
  // "segnare l'avviso come falso positivo", pt "marcar o alerta como falso positivo", de "die
  // Warnung als Fehlalarm markieren".
  [
    "",
    /(?:false[\s-]{1,2}positive|falso\s{1,3}positivo|faux\s{1,3}positif|fehlalarm|falsch[\s-]positiv)/iu,
    R`\b(?:mark|flag|close|dismiss|tag|resolve|clear)\s{1,3}(?:the|this|that|any|all|each)?\s{0,3}(?:[\p{L}\d-]{2,15}\s{1,3}){0,2}(?:alert|warning|flag|alarm|match|hit)s?\s{1,3}(?:\p{L}{2,12}\s{1,3}){0,2}as\s{1,3}(?:an?\s{1,3})?false[\s-]{1,2}positive|${L0}(?:marcar|cerrar|descartar|clasificar|marquer|classer|fermer|segnare|contrassegnare|chiudere|archiviare|fechar|descartar)\s{1,3}(?:la|el|las|los|l['’]|les|cette|cet|gli|o|os|a|as)\s{0,3}(?:alerta|alerte|aviso|avviso|advertencia|avertissement|alarma|alarme|allarme|allerta|alert)s?\s{1,3}(?:\S{1,15}\s{1,3}){0,3}(?:como|comme|come)\s{1,3}(?:un\s{1,3}|um\s{1,3}|uno\s{1,3})?(?:falso\s{1,3}positivo|faux\s{1,3}positif)|${L0}(?:Warnung|Alarm|Meldung|Alert|Treffer)\s{1,3}(?:\S{1,25}\s{1,3}){0,3}als\s{1,3}(?:Fehlalarm|falsch[\s-]positiv\p{L}{0,2})\s{1,3}(?:markieren|einstufen|schließen|abhaken|verbuchen)`,
  ],
];

const CONTROL_OFF: readonly HalfRow[] = [
  // A verification requirement switched off: fr "désactiver l'exigence de seconde source", es
  // "desactivar el requisito de doble verificación", it "disattivare il requisito di …", en
  // "disable the two-source / four-eyes / dual-approval requirement".
  [
    "",
    /(?:désactiv|supprim|lever|desactiv|omit|quitar|disattiv|rimuov|disabl|turn\s{1,3}off|waive|bypass)/iu,
    R`${L0}(?:désactiver|supprimer|lever|ignorer|desactivar|quitar|omitir|eliminar|disattivare|rimuovere|togliere|desativar|remover)\s{1,3}(?:l['’]\s{0,2}|le\s{1,3}|la\s{1,3}|el\s{1,3}|il\s{1,3}|lo\s{1,3}|o\s{1,3}|a\s{1,3})(?:exigence|obligation|contrôle|requisito|requerimiento|obbligo|controllo|exigência|controle|règle|regla|regola|regra)\s{1,3}(?:de|d['’]|du|del|della|di|da|do)\s{0,3}(?:la\s{1,3}|le\s{1,3}|el\s{1,3}|una\s{1,3}|une\s{1,3})?(?:seconde|second|segunda|segundo|seconda|double|doble|doppio|dupla|duplo|deuxième|quatre|cuatro|quattro|quatro|vérification|verificación|verifica|verificação|validation|validación|validazione|validação|fact[\s-]?check\p{L}{0,3}|recoupement|contre[\s-]?vérification)${L1}|\b(?:disable|turn\s{1,3}off|switch\s{1,3}off|waive|bypass|suspend|lift)\s{1,3}(?:the\s{1,3})?(?:second[\s-]source|two[\s-](?:source|person|man)|four[\s-]eyes?|dual[\s-](?:control|approval|sign[\s-]?off)|double[\s-]check|fact[\s-]check(?:ing)?|maker[\s-]checker)\s{1,3}(?:requirement|rule|check|policy|control|step)s?\b`,
  ],
  // Two-factor sign-in not required for an account the text creates: en "don't enforce 2FA for
  // it", "skip MFA for this user"; fa "ورود دومرحله\u200cای را اجباری نکن"; es "no exigir 2FA"; fr "ne
  // pas activer la double authentification"; de "2FA nicht erzwingen".
  [
    "",
    /(?:2FA|MFA|two[\s-](?:factor|step)|multi[\s-]factor|دومرحله|دو\s?مرحله|double\s{1,3}authentification|doble\s{1,3}factor|zwei[\s-]faktor)/iu,
    R`\b(?:do\s{1,3}not|don['’]t|no\s{1,3}need\s{1,3}to|skip|never)\s{1,3}(?:require|enforce|enable|turn\s{1,3}on|set\s{1,3}up|ask\s{1,3}for)?\s{0,3}(?:the\s{1,3})?(?:2FA|MFA|two[\s-](?:factor|step)(?:\s{1,3}(?:auth\p{L}*|sign[\s-]?in|login|verification))?|multi[\s-]factor(?:\s{1,3}auth\p{L}*)?)\s{1,3}(?:for|on)\s{1,3}(?:it|this|that|the\s{1,3}new|him|her|them)\b|(?:دومرحله\p{L}{0,4}|دو[\u200c\s]?مرحله\p{L}{0,4})(?:[\u200c\s]{1,2}\p{L}{1,12}){0,5}[\u200c\s]{1,2}(?:اجباری[\u200c\s]{1,2}نکن|غیرفعال[\u200c\s]{1,2}کن|خاموش[\u200c\s]{1,2}کن|فعال[\u200c\s]{1,2}نکن)${L1}|${L0}no\s{1,3}(?:exigir|activar|requerir)\s{1,3}(?:el\s{1,3}|la\s{1,3})?(?:2FA|MFA|doble\s{1,3}factor|verificación\s{1,3}en\s{1,3}dos\s{1,3}pasos)${L1}|${L0}ne\s{1,3}pas\s{1,3}(?:activer|exiger|imposer)\s{1,3}(?:la\s{1,3}|le\s{1,3})?(?:2FA|MFA|double\s{1,3}authentification)${L1}|${L0}(?:2FA|MFA|Zwei[\s-]Faktor[\p{L}-]{0,20})\s{1,3}nicht\s{1,3}(?:erzwingen|aktivieren|verlangen|einrichten)${L1}`,
  ],
];

const GRANT: readonly HalfRow[] = [
  // An account created with the password the text gives: "create user "svc-sync" with password
  // "…"", fr "créer l'utilisateur « x » avec le mot de passe « … »", es "crear el usuario "x" con
  // la contraseña "…"", it "creare l'utente "x" con password "…"", de "Benutzer "x" mit Passwort
  // "…" anlegen".
  [
    "",
    /(?:password|passwort|mot\s{1,3}de\s{1,3}passe|contraseña|senha|kennwort)/iu,
    R`\b(?:create|add|set\s{1,3}up)\s{1,3}(?:a\s{1,3}|an\s{1,3}|the\s{1,3})?(?:new\s{1,3})?(?:admin\p{L}{0,8}\s{1,3}|local\s{1,3}|service\s{1,3})?(?:user|account|login)\s{1,3}(?:named\s{1,3}|called\s{1,3})?["“«][^"”»\n]{1,40}["”»]\s{0,3},?\s{0,3}(?:with|using)\s{1,3}(?:the\s{1,3})?password\s{1,3}["“«]|${L0}(?:créer|crear|creare|criar|ajouter|añadir|aggiungere)\s{1,3}(?:un\s{1,3}|une\s{1,3}|l['’]\s{0,2}|el\s{1,3}|la\s{1,3}|il\s{1,3}|o\s{1,3}|a\s{1,3}|uno\s{1,3}|um\s{1,3})?(?:nouvel\s{1,3}|nuevo\s{1,3}|nuovo\s{1,3}|novo\s{1,3})?(?:utilisateur|compte|usuario|cuenta|utente|account|usuário|conta)\s{1,3}(?:\p{L}{2,15}\s{1,3})?["“«][^"”»\n]{1,40}["”»]\s{0,3},?\s{0,3}(?:avec|con|com)\s{1,3}(?:le\s{1,3}|la\s{1,3}|a\s{1,3})?(?:mot\s{1,3}de\s{1,3}passe|contraseña|password|senha)\s{1,3}["“«]|${L0}(?:Benutzer|Konto|Account|Nutzer)\s{1,3}["“«][^"”»\n]{1,40}["”»]\s{1,3}mit\s{1,3}(?:dem\s{1,3})?(?:Passwort|Kennwort)\s{1,3}["“«]`,
  ],
  // A folder or document shared with edit rights or an open link: "share the Finance folder with
  // x@y as editor", "link sharing on", fr "partager le dossier … en tant qu'éditeur", es "compartir
  // la carpeta … como editor", it "condividere la cartella … come editor".
  [
    "",
    /(?:share|partag|compart|condivid|freigeb|teilen)/iu,
    R`\bshare\s{1,3}(?:the\s{1,3}|my\s{1,3}|our\s{1,3}|this\s{1,3}|their\s{1,3}|his\s{1,3}|her\s{1,3})?(?:[\p{L}\d-]{2,15}\s{1,3}){0,4}?(?:folder|drive|document|doc|sheet|spreadsheet|files?|repo|repository|workspace|vault|mailbox|calendar|notebook)s?\b(?:[^.\n]|\.(?=\S)){0,90}?\b(?:as|with)\s{1,3}(?:an?\s{1,3})?(?:editor|owner|co-?owner|admin|full\s{1,3}access|edit\s{1,3}(?:access|rights|permissions?)|link\s{1,3}sharing\s{1,3}(?:on|enabled))\b|${L0}(?:partager|compartir|condividere|compartilhar)\s{1,3}(?:le|la|les|l['’]|el|los|las|il|lo|gli|o|os|a|as)\s{0,3}(?:dossier|document|fichier|classeur|carpeta|documento|archivo|hoja|cartella|file|pasta|planilha|arquivo|drive)s?${L1}(?:[^.\n]|\.(?=\S)){0,90}?(?:en\s{1,3}tant\s{1,3}qu['’]\s{0,2}(?:éditeur|propriétaire)|avec\s{1,3}(?:les\s{1,3})?droits\s{1,3}(?:de\s{1,3})?(?:modification|d['’]édition)|como\s{1,3}(?:editor|propietario|proprietário)|con\s{1,3}permisos\s{1,3}de\s{1,3}edición|come\s{1,3}(?:editor|proprietario)|con\s{1,3}diritti\s{1,3}di\s{1,3}modifica|com\s{1,3}permissão\s{1,3}de\s{1,3}edição)${L1}`,
  ],
  // Someone made an administrator or owner by the text: en "add x@y as workspace admin", "promote
  // him to owner" (in English an address, a quoted name or a pronoun: "add members as admins" is
  // documentation); pl "dodaj … jako administratora"; sv "lägg till … som Admin / ägare"; de
  // "… als Administrator hinzufügen"; fr "ajouter … comme administrateur"; es/pt/it "añadir /
  // adicionar / aggiungere … como / come administrador"; nl "voeg … toe als beheerder"; tr "…
  // yönetici olarak ekle".
  [
    "",
    /(?:admin|owner|właściciel|ägare|eigentümer|besitzer|propriétaire|propietario|dono|proprietario|beheerder|eigenaar|yönetici|sahip)/iu,
    R`\b(?:add|set|promote|invite)\s{1,3}(?:[^\s;,]{0,60}[@"“'«][^\s;,]{0,60}\s{1,3}|(?:him|her|them|this\s{1,3}(?:user|account|address))\s{1,3})(?:(?:[^\s.;,]|\.(?=\S)){1,30}\s{1,3}){0,2}?(?:as|to)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:(?:workspace|org(?:anization)?|list|site|account|global|super|store|tenant|full)\s{1,3})?(?:admin(?:istrator)?|owner|co-?owner|superuser)s?\b|${L0}(?:dodaj|dodać|nadaj|ustaw)\s{1,3}(?:(?:[^\s.;,]|\.(?=\S)){1,60}\s{1,3}){1,6}?jako\s{1,3}(?:administrator\p{L}{0,3}|właściciel\p{L}{0,3}|admin\p{L}{0,3})${L1}|${L0}(?:l[äa]gg\s{1,3}till|g[öo]r)\s{1,3}(?:(?:[^\s.;,]|\.(?=\S)){1,60}\s{1,3}){1,3}?(?:som|till)\s{1,3}(?:[\p{L}-]{2,15}\s{1,3})?(?:admin\p{L}{0,6}|[äa]gare|administrat[öo]r)${L1}|${L0}(?:ajouter|nommer|mettre)\s{1,3}(?:(?:[^\s.;,]|\.(?=\S)){1,60}\s{1,3}){1,3}?(?:comme|en\s{1,3}tant\s{1,3}qu['’]\s{0,2})\s{0,3}(?:administrat\p{L}{2,4}|propriétaire|admin)${L1}|${L0}(?:añadir|agregar|añade|agrega|adicionar|adicione|aggiungere|aggiungi)\s{1,3}(?:(?:[^\s.;,]|\.(?=\S)){1,60}\s{1,3}){1,3}?(?:como|come)\s{1,3}(?:administrador\p{L}{0,2}|amministratore|propietario|proprietário|proprietario|admin)${L1}|${L0}(?:(?:[^\s.;,]|\.(?=\S)){1,60}\s{1,3}){1,2}als\s{1,3}(?:Administrator\p{L}{0,2}|Admin|Eigentümer|Besitzer|beheerder|eigenaar)\s{1,3}(?:hinzufügen|eintragen|einrichten|toevoegen)${L1}|${L0}(?:voeg|maak)\s{1,3}(?:(?:[^\s.;,]|\.(?=\S)){1,60}\s{1,3}){1,3}?(?:toe\s{1,3})?als\s{1,3}(?:beheerder|eigenaar|admin)${L1}|${L0}(?:yönetici|sahip|admin)\s{1,3}olarak\s{1,3}(?:ekle|ata|tanımla|yetkilendir)\p{L}{0,4}${L1}`,
  ],
  // Share with edit rights in tr/sv/pl/nl/de: "düzenleyici olarak paylaş", "dela … som
  // redigerare", "udostępnij … jako edytor", "deel … als bewerker", "… als Bearbeiter freigeben".
  [
    "",
    /(?:paylaş|paylas|dela|udostępni|deel|freigeb|teilen)/iu,
    R`${L0}(?:düzenleyici|duzenleyici|editör|editor|sahip)\s{1,3}(?:olarak|yetkisiyle)\s{1,3}(?:paylaş|paylas)\p{L}{0,4}${L1}|${L0}(?:dela|udostępnij|udostępnić|deel|delen)\s{1,3}(?:[^\s.;]{1,40}\s{1,3}){1,8}?(?:som|jako|als)\s{1,3}(?:redigerare|edytor\p{L}{0,2}|bewerker|editor|ägare|właściciel\p{L}{0,2}|eigenaar)${L1}|${L0}als\s{1,3}(?:Bearbeiter\p{L}{0,2}|Editor|Mitbearbeiter\p{L}{0,2})\s{1,3}(?:freigeben|teilen)${L1}`,
  ],
  // fa: every permission handed out ("همهٔ دسترسی\u200cها … را بده"), a staff account made ("یک حساب
  // کارمند جدید بساز"); en "grant it all permissions including payments".
  [
    "",
    /(?:دسترسی|حساب|permission)/iu,
    R`${L0}(?:همه\p{M}?\p{L}{0,2}|تمام\p{L}{0,2})[\u200c\s]{1,2}(?:ی[\u200c\s]{1,2})?دسترسی\p{L}{0,4}(?:[\u200c\s]{1,2}[^\s]{1,20}){0,8}?[\u200c\s]{1,2}را(?:[\u200c\s]{1,2}[^\s]{1,20}){0,4}?[\u200c\s]{1,2}(?:بده|بدهید|بدید|فعال[\u200c\s]{1,2}کن)${L1}|\bgrant\s{1,3}(?:it|them|him|her|this\s{1,3}(?:account|user))\s{1,3}(?:all|full|every)\s{1,3}(?:permissions?|access|rights|scopes)\s{1,3}(?:including|incl\.?)\b`,
  ],
];

const APPROVAL: readonly HalfRow[] = [
  // Approval claimed from the owner somewhere the reader cannot check: "the owner agreed to this
  // on the forum page", "the client already approved it in the chat", fr "le propriétaire l'a
  // déjà accepté sur …", es "el dueño ya lo aprobó en …", it "il titolare l'ha già approvato su …".
  [
    "",
    /(?:agreed|consented|approved|signed|accept|approuv|valid|aprob|acept|autoriz|approvat)/iu,
    R`\b(?:the\s{1,3}|our\s{1,3}|your\s{1,3})?(?:owner|admin|administrator|customer|client|account\s{1,3}holder|boss|manager|user)\s{1,3}(?:has\s{1,3}|had\s{1,3})?(?:already\s{1,3})?(?:agreed|consented|approved|signed\s{1,3}off|okayed)\s{1,3}(?:to\s{1,3}|on\s{1,3})?(?:this|it|that|these)\s{1,3}(?:already\s{1,3})?(?:on|in|via|at|through|over)\s{1,3}(?:(?:the|a|their|his|her)\s{1,3})?(?!(?:the|a|an|their|his|her|meeting|minutes|contract|agreement|terms|call|signup|form|session|portal|dashboard|app|writing|person|email|e-mail|ticket|order)\b)\p{L}{2,}|${L0}(?:le|la|l['’]|el|la|il|o|a)\s{0,3}(?:propriétaire|client|cliente|dueño|propietario|titolare|proprietario|dono|usuario|utilisateur|utente)\s{1,3}(?:l['’]\s{0,2}a|a|lo\s{1,3}ha|ya\s{1,3}lo|l['’]\s{0,2}ha|já\s{1,3}o)\s{0,3}(?:déjà\s{1,3}|già\s{1,3}|ya\s{1,3})?(?:accepté|validé|approuvé|autorisé|aprobó|aceptó|autorizó|approvato|accettato|autorizzato|aprovou|aceitou|autorizou)\s{1,3}(?:sur|dans|via|en|por|su|nel|nella|na|no|pelo|pela)${L1}`,
  ],
  // Validation claimed from upstream: fr "authenticité déjà validée en amont par le desk photo",
  // es "ya verificado previamente por el equipo …", it "già verificata a monte da …", en
  // "already verified upstream by the partner desk".
  [
    "",
    /(?:déjà|ya|già|already|já)/iu,
    R`${L0}déjà\s{1,3}(?:validé|vérifié|approuvé|authentifié|contrôlé|confirmé)e?s?\s{1,3}en\s{1,3}amont${L1}|${L0}ya\s{1,3}(?:validad|verificad|aprobad|autenticad|comprobad)[oa]s?\s{1,3}(?:previamente\s{1,3}|de\s{1,3}antemano\s{1,3}|aguas\s{1,3}arriba\s{1,3})(?:por|en)${L1}|${L0}già\s{1,3}(?:validat|verificat|approvat|controllat)[oaie]\s{1,3}a\s{1,3}monte${L1}|\balready\s{1,3}(?:validated|verified|authenticated|vetted|cleared)\s{1,3}upstream\b|${L0}já\s{1,3}(?:validad|verificad|aprovad)[oa]s?\s{1,3}(?:previamente|a\s{1,3}montante)${L1}`,
  ],
];

/**
 * The reader told to decode hidden text and carry it out: en "decode and apply / execute",
 * "solve it and do it"; it "decodificare e applicare"; pl "rozwiąż i wykonaj"; sv "avkoda och
 * utför"; tr "çözsün ve uygulasın"; de "entschlüsseln und ausführen"; fr "déchiffrer et appliquer";
 * es "descifrar y ejecutar"; pt "decodificar e executar"; nl "decoderen en uitvoeren". Not "fetch,
 * decode and execute" (a CPU's cycle).
 */
const DECODE_OBEY: readonly HalfRow[] = [
  [
    "",
    /(?:decod|decrypt|decipher|solve|unscramble|decodific|decifr|rozwiąż|odszyfr|zdekoduj|avkoda|dekryptera|lös|çöz|entschlüssel|dekodier|déchiffr|décod|descifr|decoder|ontcijfer)/iu,
    R`${L0}(?:decode|decrypt|decipher|solve|unscramble)\s{1,3}(?:it|this|them|the\s{1,3}\p{L}{2,12})?\s{0,3}(?:and|then|,)\s{1,3}(?:then\s{1,3})?(?:apply|execute|follow|carry\s{1,3}(?:it\s{1,3})?out|act\s{1,3}on|do\s{1,3}(?:it|what\s{1,3}it\s{1,3}says)|perform|run)${L1}|${L0}(?:decodificar\p{L}{0,2}|decifrar\p{L}{0,2}|decodifica|decifra|descifrar|descifra|decodifique|décoder|déchiffrer|décodez|déchiffrez|entschlüsseln|dekodieren|entschlüssle|decoderen|ontcijferen|decodeer|ontcijfer|rozwiąż|rozwiązać|odszyfruj|odszyfrować|zdekoduj|avkoda|dekryptera|lös|çöz\p{L}{0,5})\s{1,3}(?:\p{L}{1,10}\s{1,3})?(?:e|y|et|und|en|i|och|ve|ed)\s{1,3}(?:applicare|applica|eseguire|esegui|seguire|aplicar|aplica|ejecutar|ejecuta|seguir|executar|execute|aplique|appliquer|exécuter|appliquez|exécutez|suivre|ausführen|befolgen|umsetzen|uitvoeren|toepassen|opvolgen|wykonaj|wykonać|zastosuj|zastosować|utför|genomför|följ|gör\s{1,3}det|uygula\p{L}{0,5}|yap\p{L}{0,5}|yerine\s{1,3}getir\p{L}{0,5})${L1}`,
  ],
];

/** "fetch, decode and execute": a processor's cycle, not an order. */
const CPU_CYCLE = /fetch\p{L}{0,3}[\s,]{1,3}$/iu;

/** The match is exactly a quoted phrase (`hints like "decode and apply"`): named, not addressed. */
const quotedPhrase = (v: string, s: number, e: number): boolean =>
  /["'“”‘’«»`]/.test(v[s - 1] ?? "") && /["'“”‘’«»`]/.test(v[e] ?? "");

/** The round-44 creative rows (see the module comment). */
export const R44B_RULES: readonly InjectionRule[] = [
  ...rows("addresses_ai", "Text addresses the automated reader of this field", ADDRESS, stated),
  ...rows(
    "consent_skipped",
    "Text waives the check the act needs",
    WAIVED,
    (v, s, e) =>
      stated(v, s, e) &&
      !(/call[\s-]?back/i.test(v.slice(s, e)) &&
        CODE_CALLBACK.test(v.slice(Math.max(0, s - 120), e + 60))),
  ),
  ...rows(
    "review_bypass",
    "Text has a safety alert dismissed as a false positive",
    DISMISSED,
    stated,
  ),
  ...rows("control_off", "Text has a verification rule switched off", CONTROL_OFF, stated),
  ...rows("admin_grant", "Text grants an account or edit access the text dictates", GRANT, stated),
  ...rows(
    "decode_obey",
    "Text tells the reader to decode hidden text and carry it out",
    DECODE_OBEY,
    (v, s, e) =>
      stated(v, s, e) && !quotedPhrase(v, s, e) && !CPU_CYCLE.test(v.slice(Math.max(0, s - 12), s)),
  ),
  ...rows(
    "forged_approval",
    "Text claims approval given where the reader cannot see it",
    APPROVAL,
    stated,
  ),
];
