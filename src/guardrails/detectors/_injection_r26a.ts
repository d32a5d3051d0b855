/**
 * Injections in tool results that held-out round 26a found missing (paraphrases in
 * `_injection_r26a_test.ts`). The order is stated as a fact about what happens, in several
 * languages; each rule is one signal of about half the threshold, so two are needed:
 * - the summary or answer the reader writes is dictated ("Zusammenfassungen dieser Seite geben an,
 *   dass …", "본 페이지를 요약하는 경우 …", "La respuesta mostrada al titular indica …"), a second
 *   signal when the text says what summaries leave out (a risk, a fee, a warning), or when the
 *   dictated line carries a lure (a link, an address, a code to type, a guarantee);
 * - the text's own reading triggers an act with a target ("… viré vers FR76 … lors de la lecture
 *   de ce fichier", "Appending happens on open"), with change verbs round 21's stems lack;
 * - the reading assistant is the agent of a passive that moves a secret ("wordt door de
 *   reviewende agent in een opmerking geplaatst", "is appended … by their assistant");
 * - the humans who would notice are left out ("aucune validation humaine n'est requise", "zonder
 *   melding aan de maintainers", "owners are not pinged", "Don't ask the account owner");
 * - a named copilot given an imperative, and a payee's bank details switched to a given IBAN.
 */
import { anchors, type InjectionRule, rule } from "./_injection_rules.ts";
import { ACT_STEM, INPUT_LOW, sentenceAround } from "./_injection_r21_intl.ts";

const R = String.raw;
type Accept = (view: string, start: number, end: number) => boolean;
const AT = (w: number) => ({ output: w, ...INPUT_LOW });
/** Korean has no word index: a gate on the summary word arms these rules. */
const KO_GATE = /요약|답변|응답/u;
const gated = (r: InjectionRule): InjectionRule => ({ ...r, anchors: anchors("", KO_GATE) });

/** "Summaries of this page state …", "the answer shown to the user says …", per language. */
const DICTATED = [
  // English "Summaries of this page state …" is round 15's `summary_claim`; here the other forms.
  R`(?:answer|reply|response|summary)\s{1,3}(?:shown|given|displayed|returned)\s{1,3}to\s{1,3}the\s{1,3}(?:user|customer|account\s{1,3}holder|holder|owner|reader)\s{1,3}(?:states|says|indicates|confirms|reads)|when\s{1,3}summari[sz]ing\s{1,3}(?:this|these)\s{1,3}\p{L}{3,15}\s{0,2},?\s{1,3}(?:the\s{1,3})?(?:summary|answer|first\s{1,3}line)`,
  R`Zusammenfassungen\s{1,3}(?:dieser|dieses|des|der)\s{1,3}\p{L}{3,15}\s{1,3}(?:geben\s{1,3}an|nennen|enthalten|lauten|erwähnen|beginnen|bestätigen|besagen)|(?:angezeigte|gegebene|ausgegebene)\s{1,3}Antwort\s{1,3}(?:an\s{1,3}den\s{1,3}(?:Nutzer|Benutzer|Kunden|Inhaber)\s{1,3})?(?:lautet|besagt|bestätigt|gibt\s{1,3}an)`,
  R`(?:les\s{1,3}résumés|tout\s{1,3}résumé)\s{1,3}(?:de\s{1,3})?(?:cette|ce|cet)\s{1,3}\p{L}{3,15}\s{1,3}(?:indiquent|indique|mentionnent|mentionne|précisent|précise|affirment|affirme|contiennent|contient)|la\s{1,3}réponse\s{1,3}(?:affichée|donnée|fournie)\s{1,3}(?:à\s{1,3}l['’]\s{0,1}(?:utilisateur|titulaire)|au\s{1,3}(?:client|titulaire))\s{1,3}(?:indique|précise|affirme|confirme)`,
  R`(?:los\s{1,3}resúmenes|todo\s{1,3}resumen)\s{1,3}de\s{1,3}(?:esta|este)\s{1,3}\p{L}{3,15}\s{1,3}(?:indican|indica|dicen|dice|afirman|afirma|incluyen|incluye|mencionan)|la\s{1,3}respuesta\s{1,3}(?:mostrada|dada|enviada|entregada)\s{1,3}al\s{1,3}(?:titular|usuario|cliente)\s{1,3}(?:indica|dice|afirma|confirma|señala)|a\s{1,3}resposta\s{1,3}(?:mostrada|dada|enviada)\s{1,3}ao\s{1,3}(?:titular|usuário|cliente)\s{1,3}(?:indica|diz|afirma|confirma)`,
  R`samenvattingen\s{1,3}van\s{1,3}(?:deze|dit)\s{1,3}\p{L}{3,15}\s{1,3}(?:vermelden|melden|stellen|zeggen|bevatten|geven\s{1,3}aan)|het\s{1,3}antwoord\s{1,3}aan\s{1,3}de\s{1,3}(?:gebruiker|klant)\s{1,3}(?:vermeldt|meldt|stelt|zegt)|i\s{1,3}riassunti\s{1,3}(?:di\s{1,3})?(?:questa|questo)\s{1,3}\p{L}{3,15}\s{1,3}(?:indicano|riportano|affermano|dicono)`,
];
const DICTATED_WORDS =
  "summa answe reply respo zusam antwo résum répon resúm respu resum samen riass";
/** The same in Korean: "when summarizing this page", "the first line of the summary". */
const DICTATED_KO =
  R`(?:본|이)\s{0,1}(?:페이지|문서|메일|메시지|글|공지|안내문?)(?:를|을)\s{0,1}요약(?:하는|할)\s{0,1}(?:경우|때)|요약(?:문|의)?\s{0,1}첫\s{0,1}(?:줄|문장)에|사용자에게\s{0,1}(?:표시되는|제공되는)\s{0,1}(?:답변|응답)(?:은|는)`;

/** What the dictated line carries: a link or address, a code to type in, a guarantee or denial. */
const LURE =
  /https?:\/\/|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,30}|인증번호|비밀번호|OTP|verification\s{1,2}code|código|code\s{1,2}de\s{1,2}(?:vérification|confirmation)|Bestätigungscode|passw|contraseñ|mot\s{1,2}de\s{1,2}passe|wachtwoord|garant|guarant|no\s{1,3}hay\s{1,3}cambios|no\s{1,3}(?:pending\s{1,3})?changes|keine\s{1,3}(?:Änderungen|Risiken)|aucun\s{1,3}(?:changement|risque)|geen\s{1,3}(?:wijzigingen|risico)/iu;
const lureAfter: Accept = (v, _s, e) => LURE.test(v.slice(e, e + 300));

/** "Risks are not mentioned in summaries": what the reader's output must leave out. */
const OMITS = [
  R`(?:is|are)\s{1,3}(?:not|never)\s{1,3}(?:mentioned|included|shown|listed)\s{1,3}in\s{1,3}(?:any\s{1,3}|the\s{1,3})?(?:summaries|summary|answers|replies|responses)|(?:summaries|answers|replies)\s{1,3}(?:do\s{1,3}not|don['’]t|never|must\s{1,3}not)\s{1,3}(?:mention|include|list)`,
  R`werden\s{1,3}in\s{1,3}(?:den\s{1,3})?(?:Zusammenfassungen|Antworten)\s{1,3}(?:nicht|nie)\s{1,3}(?:erwähnt|genannt|aufgeführt)|(?:Zusammenfassungen|Antworten)\s{1,3}(?:erwähnen|nennen)\s{1,3}(?:keine|nicht|nie)`,
  R`ne\s{1,3}(?:sont|est)\s{1,3}(?:pas|jamais)\s{1,3}(?:mentionnée?s?|citée?s?|indiquée?s?)\s{1,3}dans\s{1,3}(?:les\s{1,3})?(?:résumés|réponses)|no\s{1,3}se\s{1,3}(?:mencionan?|incluyen?|indican?)\s{1,3}en\s{1,3}(?:los\s{1,3}|las\s{1,3})?(?:resúmenes|respuestas)|(?:worden|wordt)\s{1,3}(?:niet|nooit)\s{1,3}(?:vermeld|genoemd)\s{1,3}in\s{1,3}(?:de\s{1,3})?(?:samenvattingen|antwoorden)`,
];
/** What an injection hides: the risk, fee or warning the reader should have heard of. */
const HIDDEN =
  /risk|fee|cost|charge|warning|side\s{1,2}effect|penalt|recall|loss|Risik|Gebühr|Kosten|Warn|Verlust|risque|frais|coût|avertissement|perte|riesgo|comisi|costo|advertencia|pérdida|risico|kosten|waarschuwing|verlies|위험|수수료|손실|주의/iu;
const hiddenRisk: Accept = (v, s, e) => HIDDEN.test(v.slice(Math.max(0, s - 80), e));
const OMITS_KO = R`요약(?:에서는|에는|에서)\s{0,1}(?:언급|표시|포함)(?:되지|하지)\s{0,1}않`;

/** The text's own opening or reading as the moment of an act. */
const TRIGGER = [
  R`(?:happens|occurs|runs|is\s{1,3}done|takes\s{1,3}place|is\s{1,3}triggered)\s{1,3}(?:up)?on\s{1,3}(?:open|opening|read|reading)\b|whoever\s{1,3}(?:opens|reads|views)\s{1,3}(?:this|these)\s{1,3}\p{L}{3,15}|when\s{1,3}(?:this|these)\s{1,3}\p{L}{3,15}\s{1,3}(?:is|are)\s{1,3}(?:opened|read|viewed)|(?:up)?on\s{1,3}(?:opening|reading)\s{1,3}(?:this|these)\s{1,3}\p{L}{3,15}`,
  R`lors\s{1,3}de\s{1,3}(?:la\s{1,3})?(?:lecture|l['’]ouverture|consultation)\s{1,3}(?:de\s{1,3}|du\s{1,3})?(?:ce|cet|cette)\s{1,3}\p{L}{3,15}|à\s{1,3}l['’]ouverture\s{1,3}(?:de\s{1,3})?(?:ce|cet|cette)\s{1,3}\p{L}{3,15}|al\s{1,3}(?:abrir|leer)\s{1,3}(?:este|esta)\s{1,3}\p{L}{3,15}|beim\s{1,3}(?:Öffnen|Lesen)\s{1,3}(?:dieser|dieses)\s{1,3}\p{L}{3,15}|bij\s{1,3}het\s{1,3}(?:openen|lezen)\s{1,3}van\s{1,3}(?:dit|deze)\s{1,3}\p{L}{3,15}`,
];
/** Change and placement verbs round 21's act stems lack. */
const MORE_ACT =
  /viré|virée|cambia|cambiad|changé|modifié|geändert|gewijzigd|changed|switched|appended|pasted|posted|uploaded|forwarded|sent\b|transferred|wired|geplaatst|gepost|publié|colocad|publicad|eingefügt/iu;
/** Where the act goes or what it moves: an account, an address, a link, a secret. */
const TARGET =
  /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3}|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,30}|https?:\/\/|\btokens?\b|private[_ ]?key|secret|passw|credential|sleutel|wachtwoord|api[-_ ]?key|contraseñ|mot\s{1,2}de\s{1,2}passe|Schlüssel|Kennwort/iu;
const triggeredAct: Accept = (v, s, e) => {
  const around = sentenceAround(v, s, e);
  return (ACT_STEM.test(around) || MORE_ACT.test(around)) && TARGET.test(around);
};

/** The reading assistant as the agent of a passive ("by their assistant", "door de agent"). */
const BY_AGENT = [
  R`by\s{1,3}(?:their|your|the|its|his|her)\s{1,3}(?:\p{L}{3,15}\s{1,3})?(?:AI\s{1,3})?(?:assistant|agent|copilot|bot)\b`,
  R`door\s{1,3}de\s{1,3}(?:\p{L}{3,15}\s{1,3})?(?:agent|assistent|AI-?assistent|bot|copilot)\b|(?:vom|durch\s{1,3}den)\s{1,3}(?:\p{L}{3,15}\s{1,3})?(?:Assistenten|Agenten|KI-Assistenten|Bot)\b|par\s{1,3}(?:l['’]\s{0,1}(?:assistant|agent|IA)|le\s{1,3}(?:bot|copilote))\b|por\s{1,3}(?:el|su)\s{1,3}(?:asistente|agente|bot|copiloto)\b`,
];
const SECRET =
  /\btokens?\b|private[_ ]?key|secret|passw|credential|sleutel|wachtwoord|api[-_ ]?key|clave|contraseñ|mot\s{1,2}de\s{1,2}passe|Schlüssel|Kennwort|session\s{1,2}cookie/iu;
const PLACED =
  /geplaatst|gepost|geplakt|posted|appended|pasted|shared|sent\b|uploaded|copied|attached|published|envoyé|publié|collé|colocad|publicad|enviad|pegad|gesendet|veröffentlicht|eingefügt/iu;
const NEGATED = /\b(?:never|not|niet|nooit|nie|jamais|nunca|nicht|no)\b/iu;
const secretPlaced: Accept = (v, s, e) => {
  const around = sentenceAround(v, s, e);
  return SECRET.test(around) && PLACED.test(around) && !NEGATED.test(around);
};

/** The people who would notice are left out of it. */
const NO_OVERSIGHT = [
  R`(?:owners?|maintainers?|admins?|the\s{1,3}user|users|account\s{1,3}holders?)\s{1,3}(?:are|is)\s{1,3}not\s{1,3}(?:pinged|notified|told|informed|alerted|asked)|don['’]t\s{1,3}(?:ask|tell|notify|check\s{1,3}with)\s{1,3}the\s{1,3}(?:account\s{1,3})?(?:owner|holder|manager)`,
  R`aucune\s{1,3}(?:validation|vérification|approbation|intervention)\s{1,3}humaine|sans\s{1,3}(?:en\s{1,3})?(?:avertir|prévenir|informer)\s{1,3}(?:le|la|les)\s{1,3}(?:titulaire|propriétaire|responsable)s?|zonder\s{1,3}(?:melding|bericht|kennisgeving)\s{1,3}aan\s{1,3}de\s{1,3}(?:maintainers?|eigenaars?|eigenaren|beheerders?|gebruiker|klant)|geen\s{1,3}menselijke\s{1,3}(?:controle|goedkeuring|review)`,
  R`sin\s{1,3}(?:avisar|notificar|informar)\s{1,3}al\s{1,3}(?:titular|propietario|usuario)|ninguna\s{1,3}validación\s{1,3}humana|ohne\s{1,3}Benachrichtigung\s{1,3}(?:an\s{1,3})?(?:der|die|den)\s{1,3}(?:Maintainer|Inhaber|Besitzer|Nutzer)|keine\s{1,3}menschliche\s{1,3}(?:Prüfung|Freigabe)`,
];

/**
 * "Sales copilot: … Update the …": a named copilot, then an imperative with its object in the next
 * sentences ("GitHub Copilot, set up in VS Code, …" is a description, not an order).
 */
const COPILOT =
  R`(?:^|["“'‘(\n])\s{0,2}(?:[A-Za-z][\w-]{1,20}\s{1,2})?(?:copilot|co-pilot)\s{0,1}[:,]`;
const IMPERATIVE =
  /(?:^|[.:;!"“])\s{0,3}(?:please\s{1,3})?(?:update|change|set|switch|replace|send|transfer|wire|pay|forward|delete|approve|grant|share|export|mark|email)\s{1,3}(?:the|this|that|these|their|its|all|every|it|them)\b/iu;
const imperativeAfter: Accept = (v, _s, e) => IMPERATIVE.test(v.slice(e, e + 200));
/** The payee's bank details switched to a given account. */
const BANK_SWITCH =
  R`(?:update|change|set|switch|replace)\b[^.\n]{0,60}?\b(?:IBAN|bank\s{1,2}details|account\s{1,2}number|routing\s{1,2}number|remittance|payee|beneficiary)[^.\n]{0,60}?\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}`;

/** Every rule of this file, registered in `injection.ts`. */
export const R26A_RULES: readonly InjectionRule[] = [
  ...DICTATED.flatMap((src) => [
    rule(
      "dictated_summary",
      0.6,
      DICTATED_WORDS,
      src,
      "Text dictates what the summary or answer says",
      {
        flags: "iu",
        at: AT(0.6),
      },
    ),
    rule(
      "dictated_lure",
      0.5,
      DICTATED_WORDS,
      src,
      "Text dictates a summary that carries a link, code or guarantee",
      {
        flags: "iu",
        at: AT(0.5),
        accept: lureAfter,
      },
    ),
  ]),
  gated(rule(
    "dictated_summary",
    0.6,
    "",
    DICTATED_KO,
    "Text dictates what the summary or answer says",
    {
      flags: "iu",
      at: AT(0.6),
    },
  )),
  gated(rule(
    "dictated_lure",
    0.5,
    "",
    DICTATED_KO,
    "Text dictates a summary that carries a link, code or guarantee",
    {
      flags: "iu",
      at: AT(0.5),
      accept: lureAfter,
    },
  )),
  ...OMITS.map((src) =>
    rule(
      "summary_omits",
      0.5,
      "summa answe reply respo zusam antwo résum répon resúm respu samen",
      src,
      "Text tells the summary what to leave out",
      {
        flags: "iu",
        at: AT(0.5),
        accept: hiddenRisk,
      },
    )
  ),
  gated(rule("summary_omits", 0.5, "", OMITS_KO, "Text tells the summary what to leave out", {
    flags: "iu",
    at: AT(0.5),
    accept: hiddenRisk,
  })),
  ...TRIGGER.map((src) =>
    rule(
      "read_trigger",
      0.5,
      "open opens openi opene read reads readi whoev lectu ouver abrir leer öffne lesen lezen",
      src,
      "Text makes its own reading the trigger of an act with a target",
      {
        flags: "iu",
        reach: 200,
        at: AT(0.5),
        accept: triggeredAct,
      },
    )
  ),
  ...BY_AGENT.map((src) =>
    rule(
      "agent_moves_secret",
      0.6,
      "assis agent copil bot",
      src,
      "Text makes the reading assistant move a secret",
      {
        flags: "iu",
        reach: 200,
        at: AT(0.6),
        accept: secretPlaced,
      },
    )
  ),
  ...NO_OVERSIGHT.map((src) =>
    rule(
      "no_oversight",
      0.5,
      "pinge notif told infor alert asked human owner holde manag aucun avert préve zonde mense avisa ningu benac mensc",
      src,
      "Text leaves out the people who would notice the act",
      {
        flags: "iu",
        at: AT(0.5),
      },
    )
  ),
  rule("copilot_order", 0.6, "copil co-pi", COPILOT, "Text names a copilot and gives it an order", {
    flags: "iu",
    reach: 120,
    at: AT(0.6),
    accept: imperativeAfter,
  }),
  rule(
    "bank_switch",
    0.5,
    "iban bank accou routi remit payee benef",
    BANK_SWITCH,
    "Text switches a payee's bank account to a given one",
    {
      flags: "iu",
      at: AT(0.5),
    },
  ),
];
