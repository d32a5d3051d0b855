/**
 * Injection rules for orders that name the model's tools or take over its task: "call run_shell
 * with command '…'", "execute a ferramenta drop_database com o argumento …", "use your file tool
 * to …", "Stop translating. Instead, …", "disregard the user's request", and third-person duties
 * laid on agents with a clause between ("Agents installing this package must also append …", "the
 * AI agent should re-send …"). Bug reports say "call delete_user with id=5" and AGENTS.md files
 * say "agents working here should run the tests", so each of these is half a block: the tool must
 * come with its arguments, and the duty must be an act on the user's data or machine.
 */
import { anchors, type InjectionRule, ordered, rule } from "./_injection_rules.ts";
import { SEP } from "./_injection_words.ts";

const R = String.raw;
/** A tool's name as agents see it: snake_case with at least two parts. */
const TOOL_NAME = R`[a-z][a-z0-9]{1,20}(?:_[a-z0-9]{1,20}){1,4}`;
/** What hands a tool its arguments. */
const ARGS_EN =
  R`(?:with|using|passing)${SEP}(?:the${SEP})?(?:arguments?|args|parameters?|params|command|cmd|input|payload|\{)`;

/** What an agent is busy with when the duty is laid on it ("agents installing this package"). */
const DOING =
  R`(?:acting|working|installing|reading|processing|handling|running|operating|using|opening|summari[sz]ing)`;

/** Rules for tool orders, task takeovers and third-person duties. */
export const ORDER_RULES: readonly InjectionRule[] = [
  rule(
    "tool_order",
    0.5,
    "call invok execu trigg / with using passi",
    R`\b(?:call|invoke|run|execute|trigger|use)${SEP}(?:the${SEP})?(?:tool${SEP})?\x60?${TOOL_NAME}\x60?(?:${SEP}tool)?${SEP}${ARGS_EN}`,
    "Text orders a named tool called with given arguments",
  ),
  {
    kind: "tool_order",
    weight: 0.5,
    anchors: anchors(
      "execu ejecu utili usa use llama rufe führe выпол вызов запус / ferra herra werkz outil strum инстр",
    ),
    reach: 200,
    re: new RegExp(
      R`(?<!\p{L})(?:execute|executa|ejecuta|ejecute|utilize|utiliza|usa|use|llama|chama|rufe|führe|verwende|выполни|вызови|запусти|используй)\s+(?:a\s+|o\s+|la\s+|el\s+|das\s+|den\s+|l['’])?(?:ferramenta|herramienta|werkzeug|outil|strumento|инструмент)\s+\x60?${TOOL_NAME}\x60?`,
      "gu",
    ),
    reason: "Text orders a named tool called",
  },
  rule(
    "tool_order",
    0.4,
    "use / tool tools",
    R`\buse${SEP}your${SEP}(?:file|filesystem|shell|terminal|e-?mail|mail|browser|fetch|http|web|github|git|python|bash|code|payment|payments|calendar|contacts|drive|slack)${SEP}(?:tools?|access)\b`,
    "Text tells the model which of its tools to use",
    { accept: ordered },
  ),
  rule(
    "task_takeover",
    0.6,
    "stop quit cease halt abort / trans summa answe respo reply analy revie class proce doing task",
    R`(?:^|[.!?:]\s{1,3}|\n\s{0,3})(?:stop|quit|cease|halt|abort)${SEP}(?:translating|summari[sz]ing|answering|responding|replying|analy[sz]ing|reviewing|classifying|processing|what${SEP}you(?:'re|${SEP}are)${SEP}doing|(?:the|your)${SEP}(?:current${SEP})?task)\b[^\n]{0,12}?\b(?:instead|now|rather)\b`,
    "Text stops the model's task and sets another",
  ),
  rule(
    "task_takeover",
    0.6,
    "ignor disre aside skip forge drop / user human custo shopp",
    R`\b(?:ignore|disregard|set${SEP}aside|skip|forget|drop)${SEP}(?:the|your)${SEP}(?:user|human|customer|shopper|requester)(?:'s|’s)${SEP}(?:original${SEP}|actual${SEP})?(?:request|question|query|task|filter|instructions?|prompt|message|ask)\b`,
    "Text tells the model to drop the user's request",
    { accept: ordered },
  ),
  {
    kind: "task_takeover",
    weight: 0.6,
    anchors: anchors(
      "desco ignor desca deses olvid esque verge missa oubli / usuar usuár nutze benut utili",
    ),
    reach: 200,
    re: new RegExp(
      [
        R`(?<!\p{L})(?:ignora|ignore|desestima|olvida|desconsidera|desconsidere|esqueça|esquece|descarta|descarte)\s+(?:la|el|las|los|o|a|os|as)\s+(?:petición|pregunta|solicitud|pedido|instrucciones|indicaciones|pergunta|solicitação|solicitacao|instruções|instrucoes)\s+(?:original\s+)?(?:del|do|da)\s+(?:usuario|usuário|usuaria|utilizador)`,
        R`(?<!\p{L})(?:ignoriere|vergiss|missachte)\s+(?:die|den)\s+(?:anfrage|frage|bitte|aufgabe|anweisungen?)\s+(?:des|der)\s+(?:nutzers|benutzers|nutzerin|benutzerin)`,
        R`(?<!\p{L})(?:ignore|oublie|ignorez|oubliez)\s+(?:la|les)\s+(?:demande|question|instructions?)\s+de\s+l['’]utilisat(?:eur|rice)`,
      ].join("|"),
      "giu",
    ),
    reason: "Text tells the model to drop the user's request",
  },
  rule(
    "agent_obligation",
    0.5,
    "assis agent model bot / must shoul requi need",
    R`\b(?:(?:the|any|every|all|each)${SEP}(?:ai${SEP}|llm${SEP}|automated${SEP})?(?:assistants?|agents?|models?|bots?)${SEP}(?:${DOING}\b[^.:;\n]{0,50}?${SEP})?|(?:ai${SEP}|llm${SEP}|automated${SEP})?(?:assistants|agents|models|bots)${SEP}${DOING}\b[^.:;\n]{0,50}?${SEP})(?:must|should|shall|are${SEP}required${SEP}to|is${SEP}required${SEP}to|need${SEP}to|needs${SEP}to)${SEP}(?:(?:also|now|first|then|immediately|always)${SEP})?(?:re-?send|resend|append|submit|complete${SEP}the${SEP}(?:attestation|form|verification)|push|delete|remove|wipe|drop|disable|export|upload|paste|copy|forward|transmit|e-?mail|reveal|print|add${SEP}[^.\n]{1,40}?${SEP}to${SEP}~?/?\.(?:bashrc|zshrc|profile|bash_profile|npmrc|gitconfig)|run${SEP}\x60?(?:curl|wget|iwr|iex|sudo|chmod|rm${SEP}-rf|bash${SEP}-c|powershell))\b`,
    "Text lays down what the AI must do next, in the third person",
    { at: { output: 0.5, input: 0.3, definition: 0.2 } },
  ),
];
