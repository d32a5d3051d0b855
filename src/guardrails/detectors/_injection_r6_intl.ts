/**
 * Non-English forms of the r6 techniques: notes addressed to AI agents without an article or with
 * a role prefix ("Hinweis für KI-Assistenten:", "自動化エージェントへ：", "AI 어시스턴트 참고:"),
 * hiding an act from the answer or summary ("in der Antwort nicht erwähnen"), an upload to a URL
 * in Korean, and a policy that every answer carries a credential ("Toda resposta do assistente
 * inclui o token de acesso"). Each rule runs only around its own gate words.
 */
import type { InjectionRule } from "./_injection_rules.ts";
import { intl, NA, NB } from "./_injection_intl.ts";

const ADDRESS = [
  // de: article left out, role prefix: "Hinweis für KI-Assistenten:"
  `${NB}(?:hinweis|nachricht|anweisung(?:en)?|notiz|achtung|anmerkung|mitteilung)\\s+(?:an|für)\\s+(?:alle\\s+)?KI-?(?:Assistent|Agent|Modell|System)\\p{L}*`,
  // ja: "自動化エージェントへ：", "AIアシスタントの皆様、"
  `(?:自動化|自動|AI|エーアイ)\\s?(?:アシスタント|エージェント)(?:へ|さんへ|の皆様|様)\\s*[：:、,]`,
  // ko: "AI 어시스턴트 참고:"
  `(?:AI|인공지능)\\s*(?:어시스턴트|에이전트|모델|비서)\\s*(?:참고|주의|안내|메모|필독)\\s*[:：]`,
].join("|");

const CONCEAL = [
  `${NB}in\\s+der\\s+(?:Antwort|Zusammenfassung)\\s+nicht\\s+(?:zu\\s+)?(?:erwähnen|nennen|aufführen)`,
  `${NB}im\\s+(?:Bericht|Protokoll|Commit)\\s+nicht\\s+(?:zu\\s+)?(?:erwähnen|nennen|aufführen)`,
  `${NB}ne\\s+pas\\s+(?:le\\s+|la\\s+|les\\s+)?(?:mentionner|signaler)\\s+dans\\s+(?:la\\s+réponse|le\\s+résumé|le\\s+rapport)`,
  `${NB}no\\s+lo\\s+(?:menciones|incluyas)\\s+en\\s+(?:la\\s+respuesta|el\\s+resumen)`,
  `${NB}não\\s+(?:o\\s+)?(?:mencione|mencionar|inclua)\\s+(?:isso\\s+)?n[ao]\\s+(?:resposta|resumo)`,
].join("|");

/** "every answer … includes … the access token", in six languages. */
const REPLY_SECRET =
  `${NB}(?:every|each|all|toda|todas|cada|chaque|toutes|jede|jeder|alle|ogni|tutte)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:responses?|answers?|replies|resposta|respostas|respuesta|respuestas|réponse|réponses|Antwort|Antworten|risposta|risposte)${NA}[^.\\n]{0,60}?(?:includes?|contains?|inclui|incluir|incluye|contiene|inclut|contient|enthält|enthalten|includa|contenga|must\\s+include)${NA}[^.\\n]{0,40}?(?:access\\s+token|auth(?:entication)?\\s+token|api[ _-]?key|password|token\\s+de\\s+ac(?:e|c)(?:ss|s)o|senha|contraseña|mot\\s+de\\s+passe|jeton\\s+d['’]accès|Passwort|Zugangstoken|chiave\\s+api|credenciais|credenciales|credentials|secret\\s+key)`;

/** Rules for the non-English forms of the r6 techniques. */
export const R6_INTL_RULES: readonly InjectionRule[] = [
  intl(
    "addresses_ai",
    0.7,
    "",
    ADDRESS,
    "Text addresses AI agents directly",
    /KI-|エージェント|アシスタント|어시스턴트|에이전트|인공지능/gu,
  ),
  intl(
    "record_conceal",
    0.6,
    "erwäh nenne auffü menti signa menci inclu / antwo zusam beric proto commi répon résum rappo respu resum respo",
    CONCEAL,
    "Text tells the agent to leave an act out of its answer or summary",
  ),
  intl(
    "intl_upload",
    0.5,
    "",
    `https?://\\S{1,200}?\\s*(?:에|으로|로)\\s*(?:업로드|전송|보내|올려)`,
    "Text orders data uploaded to a URL",
    /(?=[\uac00-\ud7af])(?:업로드|전송|보내|올려)/gu,
  ),
  intl(
    "reply_secret",
    1.0,
    "every each all toda todas cada chaqu toute jede jeder alle ogni tutte / respo respu answe repli répon antwo rispo",
    REPLY_SECRET,
    "Text makes every answer carry a credential",
  ),
];
