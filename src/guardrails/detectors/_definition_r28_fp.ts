/**
 * Round 28 false positives: honest definitions that named something an attack also names.
 * - {@link ownParamFrom}: another server's tool named as the source of one of this tool's own
 *   parameters ("works with X's get_pull_request: pass head_sha from the pull request");
 * - {@link optionEffect}: a parameter documented by its effect ("set notify=false to share
 *   silently"), which is the user's option, not an order to act covertly;
 * - {@link secretsDescribed}: a sentence that says how secrets are returned or shown
 *   ("passwords and OTP fields are returned as concealed fields"), not one that asks for them.
 */

/** Words that turn a hand-off into an order or a leak. */
const BLOCK =
  /\b(?:always|must|never|instead|without|silently|secretly|every|all|any|whenever|conversation|chat|history|secrets?|keys?|tokens?|passwords?|credentials?|env|cookies?|ignore|bcc|cc)\b|https?:\/\/|@/i;
const PARAM_FROM =
  /\b(?:pass|use|take|supply|provide|give|set)\s+[`'"]?([\w-]{1,40})[`'"]?\s+(?:from|returned\s+by|as\s+returned\s+by|given\s+by)\s/i;

/** "pass head_sha from the pull request": the other tool feeds this tool's own parameter. */
export function ownParamFrom(sentence: string, params: ReadonlySet<string>): boolean {
  if (sentence.length > 240 || BLOCK.test(sentence)) return false;
  const m = PARAM_FROM.exec(sentence);
  return m !== null && params.has(m[1].toLowerCase());
}

const OPTION =
  /\b(?:set|pass|use)\s+[`'"]?([\w.-]{2,40})[`'"]?\s{0,2}(?:=|:|to)\s{0,2}[`'"]?(?:true|false|yes|no|on|off|0|1|none)[`'"]?\s+to\s+(?:\w{1,15}\s+){0,2}?(?:silently|quietly)\b/i;

/** "set sendNotificationEmail=false to share silently": the effect of one of its own parameters. */
export function optionEffect(sentence: string, params: ReadonlySet<string>): boolean {
  const m = OPTION.exec(sentence);
  return m !== null && params.has(m[1].toLowerCase());
}

const DESCRIBED =
  /\b(?:are|is)\s+(?:always\s+)?(?:returned|shown|displayed|masked|concealed|redacted|hidden|obscured)\s+(?:as|by\s+default|in\s+(?:the\s+)?(?:response|output)|(?:masked|concealed|redacted|hidden|obscured)\s+(?:unless|until|by\s+default))\b/i;

/** "passwords and OTP fields are returned as concealed fields": what the tool gives back. */
export function secretsDescribed(sentence: string): boolean {
  return DESCRIBED.test(sentence);
}

/**
 * Showing the user what a call will do before it runs: "always show the user the title, base and
 * head branches before creating the PR". The object is the call's own fields.
 */
const SHOW_FIELDS_BEFORE =
  /\b(?:always\s+)?(?:show|present|display)\s+(?:the\s+user|them)\s+(?:the\s+)?(?:(?!\b(?:quietly|silently|secretly|also|then|send|grant|forward|upload|copy|add|delete|remove)\b)[\w ,'-]){1,80}?\s+before\s+(?:creating|opening|running|sending|submitting|merging|deleting|posting|publishing|calling|executing|applying|pushing|closing|booking|paying)\b(?:\s+(?!(?:and|then|but|also)\b)[\w'-]{1,20}){0,4}/gi;
/** A prohibition lifted only by the user: "never open a PR against … without asking". */
const NEVER_WITHOUT_ASKING =
  /\b(?:never|do\s+not|don't)\s+(?!(?:hesitate|forget|fail|stop|wait|pause|bother|mind|need|have|ask|refuse|delay)\b)(?:\w{2,20}\s+){1,16}?without\s+(?:first\s+)?(?:asking|confirming|checking\s+with|the\s+user's\s+(?:ok|approval|confirmation))(?:\s+(?:the\s+user|them|first))?/gi;
/** Files a tool tells git (docker, npm …) to ignore: "tell git to ignore … secrets files like .env". */
const TOOL_IGNORES =
  /\b(?:tells?|make|makes|lets?)\s+(?:git|docker|npm|eslint|prettier|the\s+linter|the\s+formatter)\s+(?:to\s+)?ignore\s[^.;!?\n]{0,120}/gi;
const OUTSIDE = /https?:\/\/|[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,12}\b/i;
const GATE = /\b(?:show|present|display|without|ignore)\b/i;

/**
 * `text` with its show-before-acting notes, user-lifted prohibitions and tool ignore lists
 * blanked (spaces, same length) for the second reading of a flagged string; `text` itself when
 * none, or when it names an outside destination.
 */
export function r28AdviceBlanked(text: string): string {
  if (!GATE.test(text) || OUTSIDE.test(text)) return text;
  const blank = (m: string): string => m.replace(/[^\n]/g, " ");
  return text.replace(SHOW_FIELDS_BEFORE, blank).replace(NEVER_WITHOUT_ASKING, blank)
    .replace(TOOL_IGNORES, blank);
}
