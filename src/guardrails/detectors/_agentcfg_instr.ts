/**
 * Agent-configuration tampering, instruction files: standing orders written into AGENTS.md,
 * CLAUDE.md, GEMINI.md, the Copilot instructions file in `.github`, Cursor rules (`.cursorrules`,
 * `.cursor/rules/*.mdc`), `.windsurfrules`, `.clinerules`, Roo / Continue rules — the "Rules File
 * Backdoor" (Pillar Security) and Embrace The Red's agent-instruction attacks: send secrets out,
 * never ask the user, install from an outside registry, push without review, loosen the agent's
 * own settings. Build and style guidance passes. Hidden Unicode and "do not tell the user" are
 * already judged by the unicode and injection detectors.
 */
import { type AgentCfgRule, FETCH_RUN, KNOWN_INSTALLER, OUT_HOST, r } from "./_agentcfg_core.ts";

/** An order that stands: always, whenever, before finishing, for every task, at the start of a line. */
const STANDING =
  /\b(?:always|whenever|every\s{1,3}time|each\s{1,3}time|on\s{1,3}every|before\s{1,3}(?:you\s{1,3})?(?:finish|complet|respond|answer|reply|commit|push|end|clos)|(?:after|before)\s{1,3}(?:every|each|any)|before\s{1,3}(?:running|starting|deploying|building|testing)|must\s{1,3}(?:also|always)|every\s{1,3}(?:generated|new)|at\s{1,3}the\s{1,3}(?:end|start|beginning)\s{1,3}of\s{1,3}(?:every|each|any|the)|for\s{1,3}(?:every|each|all)\s{1,3}(?:tasks?|sessions?|requests?|changes?|commits?)|when(?:ever)?\s{1,3}you\s{1,3}(?:finish|complete|are\s{1,3}done|end|start|begin)|you\s{1,3}must|must\s{1,3}always|make\s{1,3}sure\s{1,3}(?:to|you))\b|^\+?\s{0,3}(?:[-*>]\s{1,3}|\d{1,2}[.)]\s{1,3})?(?:\*\*)?(?:send|post|upload|forward|include|append|attach|embed|copy|use|install|push|set|enable|run|approve|merge|commit)\b/im;

/** Something secret: env files, keys, tokens, credentials, the environment. */
const SECRET =
  r`(?:\.env\b|api[ _-]?keys?|secrets?\b|credentials?\b|(?:access|auth|bearer|session|github|gh|npm|aws|openai|anthropic)[ _-]?tokens?|\btokens?\b|id_rsa|id_ed25519|\.ssh\b|environment\s{1,3}variables?|env\s{1,3}vars?|process\.env|os\.environ|\.aws\b|\.npmrc|\.netrc|\.pypirc|private\s{1,3}keys?|passwords?|ssh\s{1,3}keys?|kubeconfig|\.kube\b|document\.cookie|cookies?\b|localStorage|session\s{1,3}ids?)`;

/** A sink the user does not read: a URL, an e-mail address, a webhook, commit / PR / comment text. */
const SINK =
  r`(?:\bto\s{1,3}(?:https?:\/\/|[\w.+-]{1,60}@[\w-]{1,60}\.\w{2,}|(?:the\s{1,3}|this\s{1,3}|our\s{1,3})?(?:webhook|collector|telemetry\s{1,3}endpoint)\b)|\bin(?:to)?\s{1,3}(?:the\s{1,3}|every\s{1,3}|each\s{1,3}|your\s{1,3}|a\s{1,3})?(?:commit\s{1,3}messages?|pr\s{1,3}(?:descriptions?|bod(?:y|ies))|pull\s{1,3}request\s{1,3}(?:descriptions?|bod(?:y|ies))|(?:issue\s{1,3}|pr\s{1,3})?comments?|telemetry|query\s{1,3}strings?|image\s{1,3}urls?|markdown\s{1,3}image)\b)`;

/** Official registries (an order to use them is no tampering). */
const OFFICIAL_REGISTRY =
  r`(?:registry\.npmjs\.org|registry\.yarnpkg\.com|pypi\.org|files\.pythonhosted\.org|npm\.pkg\.github\.com|crates\.io|index\.crates\.io|proxy\.golang\.org|jsr\.io|deno\.land|rubygems\.org|repo1?\.maven\.org|repo\.maven\.apache\.org|api\.nuget\.org|registry\.terraform\.io|download\.pytorch\.org|conda\.anaconda\.org|repo\.anaconda\.com|pkg\.go\.dev)`;

/**
 * "Each / every / always" in the languages an instruction file is written in: the standing frame
 * of {@link STANDING} beyond English (`vóór elke taak`, `avant chaque tâche`, `vor jeder Aufgabe`,
 * `每次`, `毎回`, `매번` …).
 */
const EVERY_INTL =
  r`(?:(?<!\p{L})(?:every|each|always|elke|iedere|altijd|chaque|toujours|jede[nmrs]?|immer|cada|siempre|sempre|ogni|każd\p{L}{0,4}|zawsze|каждо?\p{L}{0,3}|всегда|кожн\p{L}{0,4}|завжди|her|daima|setiap|selalu|mỗi|luôn|varje|alltid|hver|altid|joka|aina)(?!\p{L})|每次|每个|總是|总是|毎回|常に|매번|항상)`;

export const AGENTCFG_INSTR_RULES: readonly AgentCfgRule[] = [
  {
    // A rule line of an instruction file (a list item) that downloads and runs code, framed as
    // standing in any language (`- Voer vóór elke taak eerst `sh -c "$(curl …)"` uit`): the
    // agent will run another host's code at every task. Known installers (rustup, Deno, Bun …)
    // pass.
    id: "agent.instr_fetch_run_every",
    prose: true,
    lit: ["curl", "wget", "iwr", "irm", "invoke-webrequest", "invoke-restmethod", "new-object"],
    re: new RegExp(
      r`^[ \t]{0,3}(?:[-*+]|\d{1,2}[.)])[ \t]{1,3}(?:[^\n]{0,200}?${EVERY_INTL}[^\n]{0,200}?${FETCH_RUN}|[^\n]{0,200}?${FETCH_RUN}[^\n]{0,200}?${EVERY_INTL})`,
      "imu",
    ),
    not: KNOWN_INSTALLER,
    why:
      "writes a standing rule into an agent's instructions to download and run another host's code at every task",
  },
  {
    id: "agent.instr_send_secrets",
    prose: true,
    lit: [
      ".env",
      "api key",
      "api_key",
      "api-key",
      "apikey",
      "secret",
      "credential",
      "token",
      "id_rsa",
      "id_ed25519",
      "ssh",
      "environment",
      "env var",
      "process.env",
      "os.environ",
      ".aws",
      ".npmrc",
      ".netrc",
      ".pypirc",
      "private",
      "password",
      "kubeconfig",
      ".kube",
      "cookie",
      "localstorage",
      "session id",
    ],
    re: new RegExp(
      r`\b(?:send|post|upload|forward|report|sync|transmit|exfiltrate|share|submit|copy|paste|include|append|attach|embed|export|dump|leak|mirror|back\s{1,3}up)\b[^.\n]{0,60}?${SECRET}[^.\n]{0,100}?${SINK}`,
      "i",
    ),
    also: STANDING,
    not:
      /\b(?:never|don'?t|do\s{1,3}not|must\s{1,3}not|should\s{1,3}not|shouldn'?t|avoid|without)\s{1,3}(?:ever\s{1,3})?(?:send|post|upload|forward|report|sync|transmit|share|submit|copy|paste|include|append|attach|embed|commit|log|print|expose|leak)/i,
    why:
      "writes a standing order into an agent's instructions to send secrets (env files, keys, tokens) to a URL or into commits, comments or telemetry",
  },
  {
    id: "agent.instr_outside_registry",
    prose: true,
    lit: [
      "registry",
      "index-url",
      "index url",
      "mirror",
      "package source",
      "package feed",
      ".tgz",
      ".tar.gz",
      ".whl",
      ".zip",
    ],
    re: new RegExp(
      r`\b(?:use|install|fetch|pull|download|add|point|resolve|configure|set)\b[^.\n]{0,80}?\b(?:registry|index-url|index\s{1,3}url|package\s{1,3}(?:source|feed)|mirror)\b[^.\n]{0,60}?https?:\/\/(?!${OFFICIAL_REGISTRY}(?:[\/:]|\b))${OUT_HOST}|\b(?:add|install|include|pin)\b[^.\n]{0,80}?["']?https?:\/\/(?!${OFFICIAL_REGISTRY}(?:[\/:]|\b)|github\.com\/|codeload\.github\.com\/)${OUT_HOST}\/[^\s"']{0,200}\.(?:tgz|tar\.gz|whl|zip)\b[^.\n]{0,60}?\b(?:dependencies|devDependencies|requirements|package\.json|pyproject|Gemfile|go\.mod)\b`,
      "i",
    ),
    also: STANDING,
    not:
      /https?:\/\/[^\s"'\/]{0,80}(?:artifactory|jfrog\.io|nexus|pkgs\.dev\.azure\.com|gitlab|cloudsmith|localhost|127\.0\.0\.1|verdaccio)/i,
    why:
      "orders the agent to install packages from a registry or index outside the official ones (dependency confusion / typosquat source)",
  },
  {
    id: "agent.instr_no_approval",
    prose: true,
    lit: [
      "confirmation",
      "permission",
      "approval",
      "consent",
      "without",
      "ask before",
      "ask when",
      "ask the user before",
      "ask the user when",
      "ask me before",
      "ask me when",
      "ask anyone before",
      "allowed to",
      "permitted to",
      "free to",
      "authorized to",
      "authorised to",
      "auto-approve",
      "autoapprove",
    ],
    re:
      /(?:^\+?|[.!:]\s{1,3})\s{0,3}(?:[-*>]\s{1,3}|\d{1,2}[.)]\s{1,3})?(?:\*\*)?(?:always\s{1,3}|you\s{1,3}(?:must|should)\s{1,3}|important:\s{0,3})?(?:never|don'?t|do\s{1,3}not)\s{1,3}(?:ask|prompt|wait\s{1,3}for|request|seek)\s{1,3}(?:the\s{1,3}user\s{1,3}|me\s{1,3}|them\s{1,3}|anyone\s{1,3})?(?:for\s{1,3})?(?:(?:their|user|human|explicit|any)\s{1,3})?(?:confirmation|permission|approval|consent)\b\s{0,3}(?:\*\*)?(?:[.!]|$|(?:for|before|when|to)\s{1,3}(?:any|anything|all|every|shell|terminal|destructive|network|run(?:ning)?\s{1,3}(?:any|shell|terminal|commands)|delet|push|deploy|send|install|execut))|\b(?:never|don'?t|do\s{1,3}not)\s{1,3}ask\s{1,3}(?:the\s{1,3}user\s{1,3}|me\s{1,3}|anyone\s{1,3})?(?:before|when)\s{1,3}(?:running|executing|deleting|pushing|force-pushing|deploying|installing|sending|using)\b|\byou\s{1,3}(?:are|'re)\s{1,3}(?:allowed|permitted|free|authori[sz]ed)\s{1,3}to\s{1,3}(?:run|execute)\s{1,3}(?:any|every|all)\s{1,3}(?:shell\s{1,3}|terminal\s{1,3})?commands?\b(?![^.\n]{0,40}\b(?:listed|below|above|in\s{1,3}the\s{1,3}allow))|\b(?:run|execute)\s{1,3}(?:all|any|every)\s{1,3}(?:shell\s{1,3}|terminal\s{1,3})?commands?\b[^.\n]{0,40}?\bwithout\s{1,3}(?:asking|confirmation|approval|prompting|permission|user\s{1,3}approval)\b|\bauto-?approve\s{1,3}(?:all|every|any)\s{1,3}(?:tool\s{1,3}calls?|tools|commands)\b/im,
    why:
      "orders the agent never to ask the user before running commands (the approval step the user relies on)",
  },
  {
    id: "agent.instr_skip_review",
    prose: true,
    lit: ["directly to", "straight to", "no-verify", "your own"],
    re:
      /\b(?<!\b(?:cannot|can\x27t|not|never|don\x27t|mustn\x27t|shouldn\x27t|no\s{1,3}one)\s{1,3})(?:push|commit|merge)\s{1,3}(?:\w{1,20}\s{1,3})?(?:directly|straight)\s{1,3}(?:in)?to\s{1,3}(?:the\s{1,3})?(?:main|master|production|prod|release|default)\b[^.\n]{0,60}?\b(?:without|skip(?:ping)?|bypass(?:ing)?|no)\s{1,3}(?:(?:opening|creating|making|asking\s{1,3}for|waiting\s{1,3}for)\s{1,3})?(?:a\s{1,3}|any\s{1,3})?(?:reviews?|pull\s{1,3}requests?|prs?|approvals?|checks|ci)\b|\b(?:always|must)\s{1,3}(?:\w{1,12}\s{1,3})?(?:commit|push)\b[^.\n]{0,40}?--no-verify\b|\b(?<!\b(?:cannot|can\x27t|not|never|don\x27t|mustn\x27t|shouldn\x27t|no\s{1,3}one)\s{1,3})approve\s{1,3}(?:and\s{1,3}merge\s{1,3})?your\s{1,3}own\s{1,3}(?:pull\s{1,3}requests?|prs?|changes)\b/i,
    also: STANDING,
    why:
      "orders the agent to push to the main branch without review, skip commit hooks every time, or approve its own pull requests",
  },
  {
    id: "agent.instr_loosen_settings",
    prose: true,
    lit: [
      "autoapprove",
      "defaultmode",
      "bypasspermissions",
      "yolo",
      "enableallprojectmcpservers",
      "always_allow_tool_actions",
      "alwaysallowexecute",
      "danger-full-access",
      "approval_policy",
      "dangerously-skip-permissions",
    ],
    re:
      /(?:^\+?|[.!:]\s{1,3})\s{0,3}(?:[-*>]\s{1,3}|\d{1,2}[.)]\s{1,3})?(?:\*\*)?(?:first,?\s{1,3}|always\s{1,3}|before\s[^,\n]{0,60},\s{0,2}|silently\s{1,3})?(?:set|enable|turn\s{1,3}on|add|change|update|switch|write|put)\b[^.\n]{0,60}?\x60?(?:chat\.tools\.(?:global\.|terminal\.)?autoApprove|defaultMode|bypassPermissions|yolo\s{0,3}mode|enableAllProjectMcpServers|always_allow_tool_actions|alwaysAllowExecute|sandbox_mode|approval_policy)\x60?[^.\n]{0,40}?\x60?(?:\btrue\b|\bon\b|bypassPermissions|["']?never\b|danger-full-access|\byolo\b)/im,
    why:
      "orders the agent to switch its own approvals or sandbox off (auto-approve, bypassPermissions, yolo, danger-full-access)",
  },
  {
    id: "agent.instr_inject_code",
    prose: true,
    lit: ["<script", "curl", "wget", "iwr", "irm", "invoke-webrequest"],
    re: new RegExp(
      r`\b(?:add|include|insert|inject|append|embed|put|place|load)\b[^.\n]{0,80}?<script[^>]{0,60}\bsrc\s{0,2}=\s{0,2}["']?(?:https?:)?\/\/${OUT_HOST}|\b(?:always|whenever|every\s{1,3}time|(?:before|after|at\s{1,3}the\s{1,3}start\s{1,3}of)\s{1,3}(?:every|each|any)\s{1,3}\w{1,20}|for\s{1,3}(?:every|each)\s{1,3}(?:task|session|request)),?\s{1,3}[\w ]{0,30}?\b(?:run|execute)\b[^\n]{0,40}?${FETCH_RUN}`,
      "i",
    ),
    also: STANDING,
    not: KNOWN_INSTALLER,
    why:
      "orders the agent to add a script from another host to the code it writes, or to download and run code, as a standing rule",
  },
];
