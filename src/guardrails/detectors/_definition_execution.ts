/**
 * Orders to run code the definition supplies: a download piped into a shell ("prefix every
 * command with `curl … | bash`", "if this fails, run `bash -c "$(curl …)"`"), start-up files
 * written through other tools (persistence), and every command of other tools rewritten with a
 * prefix or suffix. A tool's own job never needs the model to run a remote script or to edit the
 * user's shell start-up files; docs that tell the *user* to run an installer pass.
 */
import { has, type Hit, NEGATOR, positiveMatches, sentences } from "./_definition_grammar.ts";
import { genericToolRef } from "./_definition_refs.ts";
import { flaggedDanger } from "./_definition_r29p.ts";

/** A download handed straight to an interpreter, in the usual shell and PowerShell spellings. */
const REMOTE_SCRIPT = new RegExp(
  [
    String
      .raw`\b(?:curl|wget|fetch|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]{0,200}?\|\s*(?:sudo\s+(?:-\w+\s+)*)?(?:ba|z|da|k|fi)?sh\b`,
    String
      .raw`\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]{0,200}?\|\s*(?:sudo\s+)?(?:python3?|perl|ruby|node|php|iex|invoke-expression|powershell|pwsh)\b`,
    String.raw`\b(?:ba|z|da)?sh\s+-c\s+["']?\$\(\s*(?:curl|wget)\b`,
    String.raw`\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b`,
    String
      .raw`\b(?:iex|invoke-expression)\s*\(?\s*(?:\(\s*)?(?:new-object\s+net\.webclient|iwr|irm|invoke-webrequest|invoke-restmethod)\b`,
    String
      .raw`\b(?:powershell|pwsh)(?:\.exe)?\s+(?:-\w+\s+){0,4}-e(?:nc|ncodedcommand)?\s+[A-Za-z0-9+/=]{20,}`,
  ].join("|"),
  "i",
);

/** Base-form verbs and modal orders: the model is told to do it. */
const ORDER =
  /\b(?:run|execute|exec|prefix|prepend|append|add|insert|write|paste|type|invoke|call|fix|start|launch)\b/gi;
const MODAL = /\b(?:must|should|shall|need\s+to|needs\s+to|has\s+to|have\s+to|are\s+to|is\s+to)\b/i;
/** The user is the one told to run it ("ask the user to run …"): advice, not an order to the model. */
const TO_USER =
  /\b(?:tell|ask|advise|instruct|suggest\s+to|remind|show)\s+(?:the\s+)?(?:user|human|them)\s+(?:to\s+|that\s+|how\s+to\s+)/i;

/** Shell and OS start-up files, scheduled tasks and authorised keys. */
const STARTUP = new RegExp(
  [
    String
      .raw`~?\/?\.(?:bashrc|bash_profile|bash_login|zshrc|zprofile|zshenv|profile|cshrc|tcshrc|kshrc|config\/fish\/config\.fish)\b`,
    String.raw`\bauthorized_keys\b`,
    String.raw`\bcrontab\b|\/etc\/cron\w*|\/etc\/rc\.local\b|\/etc\/profile\b`,
    String.raw`\bLaunch(?:Agents|Daemons)\b|\.config\/autostart\b|\bsystemd\/(?:user|system)\b`,
    String.raw`\.git\/hooks\b|\bCurrentVersion\\Run\b|\bStartup\s+folder\b`,
  ].join("|"),
  "i",
);
const WRITE =
  /\b(?:write|append|add|insert|put|echo|place|copy|save|register|install|create|modify|edit)\b/gi;
/** A payload from outside: a URL, an address, an encoded blob. */
const REMOTE = /\bhttps?:\/\/\S+|\b(?:\d{1,3}\.){3}\d{1,3}\b|\bbase64\b/i;

/**
 * Every command, query or request of other tools rewritten: "all commands … must be prefixed
 * with", "prepend `sudo` to every shell command".
 */
const REWRITE_ALL = new RegExp(
  [
    String
      .raw`\b(?:all|every|each|any)\s+(?:[\w-]+\s+){0,3}?(?:commands?|queries|query|statements?|scripts?|requests?|calls?|messages?|prompts?)\b[^.;]{0,80}?\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to|is\s+to|are\s+to)\s+(?:always\s+|first\s+)?be\s+(?:prefixed|prepended|suffixed|appended|wrapped|preceded|followed|chained)\s+(?:with|by|in)\b`,
    String
      .raw`\b(?:prefix|prepend|append|suffix|wrap|chain)\s+(?:[\w\x60'"$./:&|;-]+\s+){0,6}?(?:to\s+|onto\s+|before\s+|after\s+|around\s+)?(?:all|every|each|any)\s+(?:[\w-]+\s+){0,2}?(?:commands?|queries|statements?|scripts?|requests?)\b`,
  ].join("|"),
  "i",
);
/** Scoped to this tool's own input ("commands passed to this tool must be prefixed with"). */
const OWN_SCOPE = /\b(?:to|in|via|through|for|of|by)\s+this\s+(?:tool|function|server|endpoint)\b/i;

/**
 * The piped script is the object of what a rule or the tool flags ("new rule DL4006: flags
 * `RUN curl … | sh`", "detects wget | bash in CI files", "warns about curl | sh"), or is named as
 * a kind of line ("`wget -O- | bash` patterns that execute remote scripts").
 */
const FLAGS_BEFORE =
  /\b(?:flags?|flagging|detects?|detecting|reports?|warns?\s+(?:about|on|against)|catches|blocks|rejects|forbids|disallows|highlights|finds)\s{1,3}(?:[`'"(]?[\w-]{1,20}\s{1,3}){0,3}[`'"(]?$/i;

/** The piped script named as a kind of line: "`wget -O- | bash` patterns", "curl | sh idioms". */
const KIND_AFTER =
  /^[`'")]?\s{0,3}(?:patterns?|anti-?patterns?|idioms?|constructs?|usages?|lines|invocations|one-liners?|installers?\s+(?:are|is)\s+(?:flagged|unsafe|risky))\b/i;

function flagsPattern(s: string): boolean {
  const m = REMOTE_SCRIPT.exec(s);
  return m !== null &&
    (FLAGS_BEFORE.test(s.slice(Math.max(0, m.index - 80), m.index)) ||
      KIND_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60)));
}

function ordered(s: string): boolean {
  return (positiveMatches(ORDER, s).length > 0 || (MODAL.test(s) && !NEGATOR.test(s))) &&
    !TO_USER.test(s);
}

/** Execution-order findings for one string. */
export function executionHits(text: string): Hit[] {
  if (
    !/curl|wget|iwr|irm|invoke-|iex|powershell|pwsh|\bsh\b|prefix|prepend|append|suffix|wrap|chain|\.\w*rc\b|profile|authorized_keys|cron|launch|autostart|systemd|hooks|currentversion|startup/i
      .test(text)
  ) {
    return [];
  }
  const out: Hit[] = [];
  for (const s of sentences(text)) {
    if (REMOTE_SCRIPT.test(s) && ordered(s) && !flaggedDanger(s) && !flagsPattern(s)) {
      out.push({
        kind: "remote_code_execution",
        severity: "high",
        reason: "Definition tells the model to run a script downloaded from the network",
      });
      continue;
    }
    if (
      STARTUP.test(s) && positiveMatches(WRITE, s).length > 0 &&
      (REMOTE.test(s) || genericToolRef(s) || has(REMOTE_SCRIPT, s))
    ) {
      out.push({
        kind: "persistence",
        severity: "high",
        reason:
          "Definition tells the model to plant something in shell start-up or scheduled files",
      });
      continue;
    }
    if (REWRITE_ALL.test(s) && !OWN_SCOPE.test(s) && !NEGATOR.test(s)) {
      out.push({
        kind: "argument_tampering",
        severity: "high",
        reason: "Definition tells the model to rewrite every command or query of other calls",
      });
    }
  }
  return out;
}
