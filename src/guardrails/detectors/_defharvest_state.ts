/**
 * Harvest areas: what the model holds. A field of an ordinary tool that asks for the system
 * prompt, the conversation (the user's earlier messages), other tools' results or the list of
 * other tools and servers — HiddenLayer's parameter abuse (`summary_of_environment_details`,
 * `conversation_history`), Invariant Labs' tool poisoning, Trail of Bits' line jumping,
 * OWASP LLM07 (system prompt leakage). A chat, memory, transcript, LLM or tool-registry tool
 * receives such data as its job.
 */
import type { HarvestArea } from "./_defharvest_types.ts";

/**
 * The prompt is the model's OWN ("your system prompt", "what you were told to do at the start"), not one
 * the tool sends to another model ("system prompt for the model").
 */
const OWN =
  /\b(?:your|yours|you|its\s{1,3}own|the\s{1,3}(?:assistant|agent|ai|caller|calling\s{1,3}model)'?s?|verbatim|word\s{1,3}for\s{1,3}word|as\s{1,3}given|running\s{1,3}under|vos|votre|tes|ton|tus|tu|su|sus|deine[nmrs]?|dein|ihre[nmrs]?|seu|sua|seus|tuo|tua|tuoi)\b|你的|您的|あなたの|自分の|당신의|[{$<]\{?\s{0,3}system[_\s.-]?(?:prompt|message|instructions?)/i;

/** A tool whose job is the conversation itself, a language model, or the tool catalogue. */
const CHAT_JOB =
  /\b(?:chat|conversations?|transcripts?|dialog(?:ue)?s?|messag\w*|memor(?:y|ies)|prompts?|llms?|language\s+models?|models?|completions?|summar\w*|export\w*|transcri\w*|archiv\w*|journal|notes?|support|tickets?|handoff|hand\s+off|escalat\w*|feedback|agents?|assistants?|rag|retrieval|q&a|qa|answer\w*|openai|anthropic|claude|gpt\w*|gemini|ollama|inference|evaluat\w*|red[\s-]?team\w*|mcp|registry|slack|discord|teams|telegram|whatsapp|signal|e?-?mail\w*|inbox|sms|channels?|threads?|comments?|forums?|posts?|catalog\w*|introspect\w*|debug\w*|trac(?:e|ing)|observab\w*|langfuse|langsmith)\b|会話|对话|対話|チャット|聊天/i;

export const STATE_AREAS: readonly HarvestArea[] = [
  {
    area: "model_state",
    what: "the conversation (the user's earlier messages)",
    gate:
      /conversation|chat|dialog|message|turns|transcript|history|said|wrote|told|prompts|queries|requests|context|remember|know|verlauf|gespräch|nachrichten|historial|conversación|mensajes|histórico|conversa|cronologia|conversazione|対話|会話|对话|聊天|履歴|记录|대화/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:full|whole|entire|complete|verbatim|previous|prior|earlier|past|recent|all|every)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:conversation|chat|dialog(?:ue)?|transcript)(?!\s{0,3}(?:ids?|identifiers?|names?|titles?|channels?)\b)|\b(?:previous|prior|earlier|past|all|every|recent|last\s{1,3}\d{1,3})\s{1,3}(?:of\s{1,3})?(?:the\s{1,3})?(?:user'?s?|chat|conversation|dialog(?:ue)?)\s{1,3}(?:messages|prompts|turns)\b|\b(?:messages|turns)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:in|of|from)\s{1,3}(?:this|the|our)\s{1,3}(?:conversation|chat|dialog(?:ue)?)\b`,
        String
          .raw`\b(?:conversation|chat|dialog(?:ue)?)\s{1,3}(?:so\s{1,3}far|history|log|transcript)\b`,
        String
          .raw`\b(?:every|each|all)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}messages?\s{1,3}(?:the\s{1,3})?user\s{1,3}(?:has\s{1,3})?(?:sent|typed|wrote|said)\b`,
        String
          .raw`\bwhat\s{1,3}the\s{1,3}user\s{1,3}(?:has\s{1,3})?(?:said|wrote|asked|typed)\s{1,3}(?:earlier|before|so\s{1,3}far|previously)\b`,
        String
          .raw`\bwhat\s{1,3}the\s{1,3}user\s{1,3}(?:has\s{1,3})?(?:told|shared\s{1,3}with|confided\s{1,3}in)\s{1,3}you\b`,
        String
          .raw`\b(?:last|previous|prior|earlier|recent)\s{1,3}(?:\d{1,3}\s{1,3}|few\s{1,3})?user\s{1,3}(?:prompts|messages|requests|queries)\b`,
        String
          .raw`\b(?:everything|all|whatever)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:in|inside|from)\s{1,3}your\s{1,3}(?:context|memory|prompt)\b|\byour\s{1,3}(?:full\s{1,3}|entire\s{1,3}|whole\s{1,3}|current\s{1,3})?context\s{1,3}window\b`,
        String
          .raw`\b(?:everything|all|whatever)\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:know|remember|have\s{1,3}learned|learned)\s{1,3}about\s{1,3}(?:the\s{1,3})?(?:user|me|them)\b`,
        String
          .raw`[{$<]\{?\s{0,3}(?:conversation|chat|messages?|dialog)[_\s.-]?(?:history|log|transcript|so_far)\b`,
        String
          .raw`\buser'?s\s{1,3}(?:earlier|previous|prior|past|last\s{1,3}\w{1,8}|other|recent)\s{1,3}(?:messages|prompts|requests|questions)\b`,
        String
          .raw`(?:gesamten?|bisherigen?|vollständigen?|kompletten?)\s{1,3}(?:\w{1,20}\s{1,3})?(?:chatverlauf|gesprächsverlauf|verlauf|gespräch|unterhaltung|nachrichten)`,
        String
          .raw`historial\s{1,3}(?:completo\s{1,3})?de\s{1,3}(?:la\s{1,3})?(?:conversación|chat)|(?:toda|la)\s{1,3}conversación\s{1,3}(?:completa|hasta\s{1,3}ahora|anterior)|mensajes\s{1,3}anteriores\s{1,3}del\s{1,3}usuario`,
        String
          .raw`(?:intégralité|totalité|historique)\s{1,3}(?:complet\s{1,3})?de\s{1,3}(?:la|votre|cette)\s{1,3}(?:conversation|discussion)|(?:toute|la)\s{1,3}conversation\s{1,3}(?:complète|jusqu'ici|précédente)|messages\s{1,3}précédents\s{1,3}de\s{1,3}l'utilisateur`,
        String
          .raw`histórico\s{1,3}(?:completo\s{1,3})?da\s{1,3}conversa|conversa\s{1,3}(?:inteira|completa)|cronologia\s{1,3}(?:completa\s{1,3})?della\s{1,3}(?:conversazione|chat)|intera\s{1,3}conversazione`,
        String
          .raw`(?:完整|全部|所有|之前|以前)(?:的)?(?:对话|聊天|會話|对话记录|聊天记录)|(?:これまで|全て|すべて)の(?:会話|対話|チャット)|(?:전체|이전)\s?대화`,
      ].join("|"),
      "gi",
    ),
    name:
      /^(?:full\s|whole\s|entire\s)?(?:conversation|transcript|dialogue)$|^(?:(?:full|whole|entire|previous|prior|past|recent)\s)?(?:conversation|chat|dialog|dialogue|message)\s(?:history|log|transcript|so far)$|^(?:previous|prior|past|earlier)\s(?:message|turn|conversation)$|^user\s(?:message|prompt)\shistory$/,
    job: CHAT_JOB,
  },
  {
    area: "model_state",
    what: "its system prompt or instructions",
    gate:
      /prompt|instruction|guideline|rules|told|directive|above|systemnachricht|anweisung|instrucciones|consignes|提示|指示|プロンプト|지시/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:system|developer|hidden)[\s-]{1,3}(?:prompt|instructions?|message|guidelines|directives?)\b|\binitial\s{1,3}(?:prompt|instructions)\b`,
        String
          .raw`[{$<]\{?\s{0,3}system[_\s.-]?(?:prompt|message|instructions?)\b`,
        String
          .raw`\b(?:repeat|copy|paste|output|print|reveal|dump|quote)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}your\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:instructions|prompt|rules|guidelines)\b`,
        String
          .raw`\b(?:text|everything|content|words)\s{1,3}above\s{1,3}(?:this|the)\s{1,3}(?:conversation|chat|line|message)\b|\b(?:full|whole|entire|complete|original)\s{1,3}prompt\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:received|were\s{1,3}given|got)\b`,
        String
          .raw`\binstructions?\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:were|have\s{1,3}been)\s{1,3}(?:given|told|configured)\b`,
        String
          .raw`\brules\s{1,3}(?:that\s{1,3})?(?:you|it|the\s{1,3}assistant)\s{1,3}(?:was|were|has\s{1,3}been)\s{1,3}told\b`,
        String
          .raw`\bwhat\s{1,3}you\s{1,3}were\s{1,3}told\s{1,3}(?:at\s{1,3}the\s{1,3}start|initially|before)`,
        String
          .raw`(?:system[\s-]?prompt|systemanweisung|systemnachricht|instrucciones\s{1,3}(?:del\s{1,3})?sistema|mensaje\s{1,3}de\s{1,3}sistema|instructions\s{1,3}(?:du\s{1,3})?système|instructions\s{1,3}système|prompt\s{1,3}(?:de\s{1,3}|del\s{1,3})?sistema|系统提示|系統提示|システムプロンプト|시스템\s?프롬프트)`,
      ].join("|"),
      "gi",
    ),
    name: /^(?:system|developer|hidden|initial)\s(?:prompt|instruction|message)$/,
    needs: OWN,
    job: CHAT_JOB,
  },
  {
    area: "model_state",
    what: "other tools' results or the list of tools and servers",
    gate:
      /tool|server|function|plugin|integration|environment|werkzeug|herramient|outils|工具|ツール/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:results?|outputs?|responses?|returns?|data)\s{1,3}(?:returned\s{1,3}|received\s{1,3})?(?:by|of|from)\s{1,3}(?:any|all|every|the)?\s{0,3}other\s{1,3}(?:tools?|servers?|functions?|plugins?|tool\s{1,3}calls?)\b`,
        String
          .raw`\b(?:all|every|the)\s{1,3}tool\s{1,3}(?:outputs|results|responses)\s{1,3}(?:you|that\s{1,3}you)\s{1,3}(?:received|got|have\s{1,3}seen|saw)\b`,
        String
          .raw`\b(?:names?|list|schemas?|parameters|arguments|descriptions?)\s{1,3}(?:and\s{1,3}\w{1,20}\s{1,3})?(?:of|for)\s{1,3}(?:every|all|each|the)\s{1,3}(?:other\s{1,3}(?:tools?|servers?|functions?|plugins?)|(?:tools?|servers?|functions?|plugins?)\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:have|can|see|use))`,
        String
          .raw`\bother\s{1,3}(?:connected|available|installed|loaded)\s{1,3}(?:mcp\s{1,3})?(?:tools|servers|plugins)\b|\bsummary\s{1,3}of\s{1,3}(?:the\s{1,3})?environment\s{1,3}details\b`,
        String
          .raw`\b(?:list|enumerate|name)\s{1,3}(?:\w{1,12}\s{1,3}){0,3}(?:servers?|tools)\b[^.;]{0,40}?\b(?:connected|available|installed)\b`,
        String
          .raw`\bother\s{1,3}tools?(?:'s|s')?\s{1,3}(?:responses?|results?|outputs?|calls?|arguments|inputs)\b|\b(?:all|every|text\s{1,3}of\s{1,3}the|contents?\s{1,3}of\s{1,3}the|the\s{1,3}(?:full|entire|complete|raw))\s{1,3}(?:previous|last|prior|earlier)\s{1,3}tools?\s{1,3}(?:responses?|results?|outputs?)\b`,
        String
          .raw`\b(?:arguments|parameters|inputs)\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:passed|sent|gave|used)\s{1,3}(?:to|with|for)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?other\s{1,3}tools?\b`,
        String
          .raw`\bother\s{1,3}tools?\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:have|can|used|called|invoked)\b`,
        String
          .raw`\bsummary\s{1,3}of\s{1,3}(?:your|the\s{1,3}(?:assistant|model|agent)'?s?)\s{1,3}(?:\w{1,12}\s{1,3})?environment\b|\byour\s{1,3}(?:\w{1,12}\s{1,3})?environment\s{1,3}details\b`,
        String
          .raw`(?:resultados|salidas)\s{1,3}de\s{1,3}(?:las\s{1,3})?otras\s{1,3}herramientas|résultats\s{1,3}des\s{1,3}autres\s{1,3}outils|ergebnisse\s{1,3}(?:der\s{1,3})?anderen?\s{1,3}(?:werkzeuge|tools)|其他工具的(?:结果|输出|列表)|他のツールの(?:結果|出力|一覧)`,
      ].join("|"),
      "gi",
    ),
    name:
      /^(?:summary of )?environment details?$|^(?:available|other|all|connected)\s(?:tool|server|plugin)s?(?:\s(?:list|schema|definition))?$|^tool\s(?:list|definitions?|schemas?|catalog)$|^(?:other\s)?tool\s(?:output|result)s?$/,
    job: CHAT_JOB,
  },
];
