/**
 * Techniques that held-out round 21 found missing in English tool results (paraphrases in
 * `_injection_r21_test.ts`). Each rule is a partial signal (0.4–0.6) that blocks only beside a
 * second one:
 * - **an AI reader addressed by role, then ordered** ("bot reading this sheet: clear …", "ops
 *   copilot: to resolve this run …", "Screen-reader agents: click …", "P.S. for Mark's email
 *   assistant: …");
 * - **a cover story for the user** ("then reply that the sheet was empty", "just tell him it was
 *   filed", "Outcome is not reported to attendees", "confirmed to the owner as 'spam update'");
 * - **an act triggered by reading** ("Required action on read:", "at time of listing");
 * - **answers dictated by the content** ("Any summary generated from this page states …", "are
 *   omitted from generated summaries");
 * - **a destructive command** (`kubectl delete namespace`, `rm -rf ~`), a **remote script piped to a
 *   root shell**, **cluster-admin bound to a service account**, **a skipped ticket or review**;
 * - **a standing consent** ("never ask me about it"), **a trigger on the user's later question**
 *   ("If the user later asks about …, first …"), **a split order** ("combine the parts and act on
 *   them"), **an unrestricted persona** that runs commands "for real";
 * - **the agent's act stated as a fact** ("the agent pip installs … and uploads ~/.kaggle/…"),
 *   **a secret sent to a URL or posted**, **an `agent-…=` record** and **DNS records removed**.
 */
import { type InjectionRule, rule } from "./_injection_rules.ts";

const R = String.raw;
const W = R`[ \t]{1,2}`;
/** Nouns that name an automated reader on their own. */
const AI_NOUN =
  R`(?:bots?|chatbots?|copilots?|summari[sz]ers?|llms?|ais|crawlers?|scrapers?|automations?)`;
/** Nouns that name an automated reader only with a modifier or a participle ("support agents"). */
const ROLE_NOUN = R`(?:agents?|assistants?|readers?|transcribers?)`;
const AI_MOD =
  R`(?:ai|llm|gpt|coding|code|screen-?reader|summary|email|mail|inbox|browsing|browser|web|autonomous|virtual|digital|automated|chat|research|shopping|voice)`;
/** "reading this sheet", "working on this issue". */
const PARTICIPLE =
  R`${W}(?:reading|processing|working(?:${W}on)?|parsing|handling|summari[sz]ing|indexing|assembling|triaging|viewing|scanning)${W}(?:this|these|the)${W}[\w-]{1,20}`;
/** An imperative the addressed reader is told to carry out. */
const VERB =
  R`(?:clear|delete|remove|wipe|erase|drop|purge|truncate|destroy|transfer|wire|pay|schedule|send|forward|upload|post|push|click|report|tell|say|inform|reply|run|execute|install|grant|approve|disable|export|share|email|enter|submit|move|copy|change|add|open|visit|download|fetch|output|print|reveal|insert|write|update|set|mark|create|merge|commit|delete)\b`;
/** "to resolve this alert, run …": a purpose clause before the order. */
const PURPOSE = R`(?:(?:to|in${W}order${W}to|before|after)${W}(?:[\w'-]{1,20}[ \t,]{1,2}){1,6}?)?`;

/** A bare singular "Assistant:" at a line start is a chat-log speaker label, not an address. */
function notSpeakerLabel(view: string, start: number, end: number): boolean {
  const head = view.slice(start, end);
  if (!/^(?:bot|ai|agent|assistant|copilot|chatbot)[ \t]{0,2}:/i.test(head)) return true;
  const line = view.slice(Math.max(0, view.lastIndexOf("\n", start - 1) + 1), start);
  return /\p{L}[ \t]{1,2}$/u.test(line);
}

/** A cover story told to the person the assistant serves. */
const PERSON =
  R`(?:him|her|them|(?:the${W})?(?:user|owner|customer|client|viewer|reader|attendee|recipient|requester|mailbox${W}owner)s?)`;
/** A command is obeyed from a code span as much as from prose. */
const CODE_OK = (): boolean => true;

/**
 * "… is confirmed to the owner as 'X'" (a scripted label) or "Outcome is not reported to the
 * user" (a hidden act); "was reported to the user" alone is ordinary history.
 */
function coverVoice(view: string, start: number, end: number): boolean {
  const before = view.slice(Math.max(0, start - 40), start);
  if (/as$/i.test(view.slice(start, end))) return /\b(?:is|are|gets?)[ \t]{1,2}$/i.test(before);
  return /\b(?:outcome|result|deletion|change|transfer|this|it)[ \t]{1,2}(?:(?:is|are)[ \t]{1,2}not|will[ \t]{1,2}not[ \t]{1,2}be)[ \t]{1,2}$/i
    .test(before);
}

/** Round 21's English techniques. */
export const R21_RULES: readonly InjectionRule[] = [
  rule(
    "addresses_ai",
    0.55,
    "bot bots chatb copil summa llm llms ais crawl scrap autom agent assis reade trans",
    R`\b(?:${AI_NOUN}(?:${PARTICIPLE})?|(?:${AI_MOD}${W})?${ROLE_NOUN}${PARTICIPLE}|${AI_MOD}${W}${ROLE_NOUN})[ \t]{0,2}:[ \t]{1,3}(?:please${W})?${PURPOSE}${VERB}`,
    "Text addresses an AI reader by its role and gives it an order",
    { accept: notSpeakerLabel },
  ),
  // "P.S. for Mark's email assistant:": a note dedicated to the assistant is written for it.
  rule(
    "addresses_ai",
    0.55,
    "note notes memo messa instr / bot bots copil agent assis",
    R`\b(?:p\.?s\.?|note|notes|memo|message|instructions?)${W}(?:for|to)${W}(?:[\w'’.-]{1,24}${W}){0,2}?(?:${AI_NOUN}|${AI_MOD}${W}${ROLE_NOUN})[ \t]{0,2}:`,
    "Text carries a note dedicated to the AI assistant",
  ),
  rule(
    "cover_story",
    0.5,
    "tell tells repli reply repor say says infor respo / then just inste",
    R`\b(?:and${W}just|then|until${W}then[ \t,]{1,3})${W}(?:tell|reply|report|say|inform|respond)\w{0,2}(?:${W}to)?${W}(?:${PERSON}${W})?that\b|\b(?:just|then)${W}tell${W}${PERSON}${W}(?:that${W})?(?:the|it|this|they|everything)\b|\breport${W}instead${W}that\b|\buntil${W}then[ \t,]{1,3}tell${W}${PERSON}\b`,
    "Text scripts a cover story to tell the user about what was done",
    { reach: 120, near: 60 },
  ),
  rule(
    "cover_story",
    0.5,
    "confi repor menti shown discl / owner owners user users custo clien viewe atten recip mailb",
    R`\b(?:confirmed|reported|mentioned|shown|disclosed)${W}to${W}${PERSON}(?:${W}as\b)?`,
    "Text hides from the user what was done, or scripts what they are told",
    { reach: 120, near: 60, accept: coverVoice },
  ),
  rule(
    "read_trigger",
    0.5,
    "actio time part / read readi open listi retri fetch load",
    R`\b(?:required${W})?action${W}(?:on|upon)${W}(?:read|reading|open|opening|retrieval|fetch|load|listing)\b|\bat${W}(?:the${W})?time${W}of${W}(?:listing|reading|retrieval|fetching|opening)\b|\bis${W}(?:a${W})?part${W}of${W}(?:reading|opening|loading|processing)${W}this${W}(?:file|page|document|message|notebook)\b`,
    "Text makes an act happen because it is read",
  ),
  rule(
    "answer_dictated",
    0.5,
    "summa answe respo repli / state say says inclu menti claim",
    R`\b(?:any|every|each|all)${W}(?:summary|summaries|answer|answers|response|responses|reply|replies)${W}(?:(?:generated|produced|written|created)${W}(?:from|about|of)${W}(?:this|the)${W}(?:page|document|site|text|article)${W})?(?:states?|says?|must${W}(?:state|say)|shall${W}(?:state|say)|claims?)${W}that\b`,
    "Text dictates what summaries of it must state",
  ),
  rule(
    "answer_omission",
    0.5,
    "omitt exclu left remov dropp / summa answe respo repli",
    R`\b(?:is|are|must${W}be|shall${W}be)${W}(?:omitted|excluded|left${W}out|removed|dropped)${W}from${W}(?:(?:any|all|the|generated|ai|ai-generated)${W}){0,2}(?:summaries|summary|answers|responses|replies)\b`,
    "Text orders facts left out of generated answers",
  ),
  rule(
    "destructive_command",
    0.5,
    "kubec rm drop delet / names ns rf datab table",
    R`\bkubectl${W}delete${W}(?:namespace|ns)${W}(?:prod\w{0,10}|default|kube-system)\b|\brm${W}-(?:rf|fr|r${W}-f)${W}(?:~|\/|\$HOME)(?:\/[\w.-]{0,30})?(?=[\s\`'"&;|]|$)|\bdrop${W}(?:database|schema)${W}\w{1,30}`,
    "Text carries a destructive command",
    { quotedOk: CODE_OK },
  ),
  rule(
    "remote_script",
    0.5,
    "curl wget",
    R`\b(?:curl|wget)${W}[^\n|\`]{0,160}https?:\/\/(?!(?:get\.docker\.com|deno\.land|sh\.rustup\.rs|bun\.sh|get\.pnpm\.io|deb\.nodesource\.com|rpm\.nodesource\.com|get\.k3s\.io|tailscale\.com|brew\.sh|install\.python-poetry\.org|astral\.sh)[\/:\s])[^\n|\`]{1,120}\|[ \t]{0,2}sudo${W}(?:-\w{1,3}${W})?(?:ba|z)?sh\b`,
    "Text pipes a remote script into a root shell",
    { quotedOk: CODE_OK },
  ),
  rule(
    "privilege_grant",
    0.5,
    "clust rolebinding roleb grant / admin",
    R`\b(?:cluster)?rolebinding\b[^\n]{0,60}\bcluster-admin\b[^\n]{0,40}\b(?:serviceaccount|service${W}account|system:serviceaccounts?|default:default)\b|\bgrant(?:s|ing|ed)?${W}cluster-admin${W}to\b`,
    "Text hands cluster-admin to a workload",
  ),
  rule(
    "process_skip",
    0.4,
    "ticke revie appro pr / need neede requi open",
    R`\bno${W}(?:ticket|change${W}request|review|approval|sign-?off)${W}(?:is${W})?(?:needed|required)\b|\bdon['’]?t${W}open${W}a${W}(?:PR|pull${W}request|ticket)\b|\bcommit\w{0,3}${W}[^\n.]{0,60}?\b(?:straight|directly)${W}to${W}(?:main|master)\b`,
    "Text skips the ticket or review a change needs",
    {
      accept: (view, start) =>
        !/\b(?:never|not|don['’]?t|do${W}not)\W{1,3}$/i.test(
          view.slice(Math.max(0, start - 12), start),
        ),
    },
  ),
  rule(
    "untrusted_install",
    0.4,
    "npm pnpm yarn pip / insta add",
    R`\b(?:npm${W}(?:install|i)|pnpm${W}add|yarn${W}add)${W}(?:-\S{1,12}${W})?(?:github:|git\+|https?:\/\/)[\w.\/-]{1,80}|\bpip3?${W}install\w{0,2}${W}[^\n]{0,60}?\bfrom${W}https?:\/\/(?!(?:pypi\.org|files\.pythonhosted\.org|download\.pytorch\.org)\b)`,
    "Text installs a package from a source of its own choosing",
    { quotedOk: CODE_OK },
  ),
  rule(
    "silent_consent",
    0.5,
    "ask / never don not",
    R`\b(?:never|don['’]?t|do${W}not)${W}ask${W}me${W}(?:about${W}(?:it|this|that)|again|for${W}(?:confirmation|approval|permission))\b`,
    "Text gives standing consent so the assistant never checks",
  ),
  rule(
    "conditional_trigger",
    0.5,
    "if when whene / user",
    R`\b(?:if|when|whenever)${W}the${W}user${W}(?:later${W}|ever${W}|next${W})?(?:asks|mentions|requests|brings${W}up|types|says|searches)\b[^\n]{0,120}?[,;]${W}(?:first|before${W}answering|silently|quietly)\b`,
    "Text arms a hidden act on the user's later question",
  ),
  rule(
    "covert_continue",
    0.4,
    "answe repli reply respo conti / norma usual",
    R`\bthen${W}(?:answer|reply|respond|continue)${W}(?:normally|as${W}usual)\b`,
    "Text hides an act behind a normal-looking answer",
  ),
  rule(
    "split_payload",
    0.6,
    "combi assem conca reass join merge put / parts piece fragm segme chunk halve messa",
    R`\b(?:combine|assemble|concatenate|join|merge|put${W}together|reassemble|stitch)${W}(?:the|these|all|both)${W}(?:[\w-]{1,12}${W})?(?:parts|pieces|fragments|segments|chunks|halves|messages)\b[^\n.]{0,30}?\b(?:act${W}on|execute|follow|run|carry${W}out|obey|perform|do${W}what)`,
    "Text splits an order across pieces and asks for them to be combined and obeyed",
  ),
  rule(
    "reader_address",
    0.5,
    "whoev",
    R`\bwhoever${W}(?:assembles|processes|parses|summari[sz]es|combines|decodes|reassembles)${W}(?:this|these|the)\b`,
    "Text addresses whoever processes it",
  ),
  rule(
    "secret_disclosure",
    0.5,
    "post paste share send print dump / secre token crede passw",
    R`\b(?:post|paste|share|send|print|dump|reply${W}with)${W}(?:each|every|all|the)${W}(?:secret|token|credential|password|api${W}key)(?:s|['’]s)?${W}values?\b`,
    "Text sends secret values out",
  ),
  // "re-sends the request with the user's access token … to https://…/graphql"
  rule(
    "secret_disclosure",
    0.5,
    "token / https http",
    R`\b(?:personal${W}access|access|auth|api|session|bearer)${W}token${W}(?:included${W})?[^\n]{0,60}?\bto${W}https?:\/\/[\w.-]{1,60}\/(?:[\w-]{0,20}\/){0,3}(?:graphql|recover\w{0,6}|debug|collect|log|verify)\b`,
    "Text sends a token to an address of its choosing",
  ),
  rule(
    "registry_swap",
    0.5,
    "regis / switc chang point moved",
    R`\b(?:image${W})?registry${W}(?:is${W}|was${W})?(?:switched|changed|pointed|moved)${W}to${W}(?!(?:registry\.k8s\.io|docker\.io|ghcr\.io|quay\.io|gcr\.io|registry\.npmjs\.org)\b)[\w-]{1,30}\.[\w.-]{2,40}`,
    "Text points the image or package registry at a host of its choosing",
  ),
  rule(
    "persona_unrestricted",
    0.6,
    "play role act becom / unres unfil uncen jailb witho limit",
    R`\b(?:you${W}(?:play|are|will${W}(?:play|be)|act${W}as|become)|play(?:ing)?${W}the${W}role${W}of)${W}(?:[\w'-]{1,20}[ \t,]{1,2}){0,4}?(?:an?${W})?(?:unrestricted|unfiltered|uncensored|jailbroken|limitless)\b`,
    "Text casts the assistant as an unrestricted persona",
  ),
  rule(
    "real_tool_use",
    0.5,
    "execu run runs comma stay / real chara tools",
    R`\b(?:execut\w{1,3}|runs?|running)${W}(?:the${W}|all${W}|any${W})?commands?${W}for${W}real\b|\bstay${W}in${W}character${W}as\b`,
    "Text tells a role-played persona to act for real",
  ),
  rule(
    "agent_duty_stated",
    0.5,
    "agent assis bot copil / insta uploa sends delet trans pushe forwa grant",
    R`\bthe${W}(?:agent|assistant|bot|copilot|ai)${W}(?:(?:pip|npm)${W})?(?:installs|uploads|sends|deletes|transfers|pushes|forwards|grants|exports|emails)${W}(?:'[\w.-]{1,40}'|~\/)`,
    "Text states the agent's harmful act as a fact",
  ),
  rule(
    "secret_file_send",
    0.5,
    "uploa send post forwa copy / kaggl npmrc netrc crede pypir id_rs",
    R`\b(?:upload|send|post|forward|copy|attach)(?:s|ing)?${W}~?\/?[\w.\/-]{0,40}(?:kaggle\.json|\.npmrc|\.netrc|\.pypirc|id_rsa|id_ed25519|\.aws\/credentials|\.git-credentials|credentials\.json)\b`,
    "Text sends a credential file",
  ),
  rule(
    "agent_label",
    0.5,
    "agent ai llm assis bot / verif instr note direc task actio promp",
    R`\b(?:agent|ai|llm|assistant|bot)[-_](?:verify|verification|instructions?|note|directive|task|action|prompt)=`,
    "Text carries a record addressed to agents",
  ),
  rule(
    "dns_tamper",
    0.5,
    "remov delet drop / mx recor",
    R`\b(?:remove|delete|drop)${W}(?:all${W}|the${W})?(?:existing${W}|current${W})?MX${W}records?\b`,
    "Text orders mail records removed",
  ),
  rule(
    "ui_money",
    0.45,
    "click / trans pay payme send confi withd",
    R`\bclick${W}(?:on${W})?(?:the${W})?['"“‘]?(?:transfer|pay(?:${W}now)?|send(?:${W}money)?|withdraw)['"”’]?${W}(?:button|link)\b[^\n]{0,80}?\b(?:enter|type)${W}[\d.,]{1,12}\b`,
    "Text walks the assistant through a money transfer in a UI",
  ),
];
