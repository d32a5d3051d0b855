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
    "forged_approval",
    "Text claims approval given where the reader cannot see it",
    APPROVAL,
    stated,
  ),
];
