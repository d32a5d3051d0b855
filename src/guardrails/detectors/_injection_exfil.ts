/**
 * Injection rules for data smuggled out through a URL the model is asked to show or fetch: a
 * placeholder named after private data anywhere in the URL (path and subdomain too, not only the
 * query), an order to fill such a placeholder with the user's data or the conversation, and an
 * image or link whose last query value is left empty for the model to complete. API docs also
 * write `https://api.example.com/users/{user_id}`; they do not ask to fill it with "the user's
 * session token" or "our conversation", nor leave `?token=` open at the end of an image.
 */
import { type InjectionRule, ordered, rule, SECRET_FILE_SYMBOLS } from "./_injection_rules.ts";
import { SECRET_FILE, SEP } from "./_injection_words.ts";

const R = String.raw;

/** Words that name private data or the conversation. */
const DATA_WORD =
  R`(?:user|e-?mail|phone|address|chat|conversation|convo|history|summary|message|session|token|key|password|passwd|secret|cookie|credential|context|prompt|query|question|contacts|ssn|card|location|transcript)`;
/** A placeholder: `{x}`, `{{x}}`, `[X]`, `<x>`, `${x}`, `%s`, or an upper-case `SNAKE_NAME`. */
const PLACEHOLDER =
  R`(?:\{\{?\s{0,3}[\w. -]{1,40}\s{0,3}\}\}?|\[[\w -]{2,40}\]|<[\w -]{2,40}>|\$\{?\w{2,40}\}?|%s\b|\b[A-Z][A-Z0-9]{0,20}(?:_[A-Z0-9]{1,20}){1,5}\b)`;
/** A placeholder named after private data (not `YOUR_TOKEN`: docs tell the reader to use their own). */
const DATA_PLACEHOLDER =
  R`(?:\{\{?\s{0,3}(?!your)[\w.-]{0,30}${DATA_WORD}[\w. -]{0,30}\}\}?|\[(?!your)[\w -]{0,30}${DATA_WORD}[\w -]{0,30}\]|<(?!your)[\w-]{0,30}${DATA_WORD}[\w-]{0,30}>|\$\{?(?!your)\w{0,30}${DATA_WORD}\w{0,30}\}?)`;
const DATA_CAPS =
  R`\b(?!YOUR_|MY_)(?:[A-Z0-9]{1,20}_){0,4}(?:USER|E_?MAIL|PHONE|ADDRESS|CHAT|CONVERSATION|HISTORY|SUMMARY|MESSAGE|SESSION|TOKEN|KEY|PASSWORD|SECRET|COOKIE|CREDENTIAL|CONTEXT|PROMPT|QUERY|CONTACT|TRANSCRIPT)[A-Z]{0,3}(?:_[A-Z0-9]{1,20}){0,4}\b(?<!_ID)`;
/** The user's private data, or the conversation itself. */
const USER_DATA =
  R`(?:(?:the|this)${SEP})?(?:user|human|customer|recipient|reader|victim)(?:'s|’s|s')${SEP}(?:(?:real|actual|full|current|last|private|personal|saved|stored|whole|entire)${SEP}){0,2}(?:e-?mail|phone|address|messages?|conversation|chat|history|session|token|password|credentials?|api${SEP}keys?|keys?|secrets?|cookies?|details|data|info(?:rmation)?|files?|contacts|location|query|question|request|input|prompt)|(?:our|this|the${SEP}(?:current|previous|whole|entire|full))${SEP}(?:conversation|chat|dialog(?:ue)?|discussion|session|exchange)|(?:the${SEP})?(?:previous|prior|earlier|last)${SEP}(?:[A-Za-z0-9-]{1,20}${SEP})?(?:messages?|turns?|prompts?|questions?|replies)|(?:the${SEP})?(?:conversation|chat)${SEP}(?:history|log|transcript|so${SEP}far)|(?:the|your)${SEP}(?:(?:full|entire|complete|whole|hidden|original|exact|initial|secret)${SEP}){0,2}(?:system${SEP}prompt|(?:hidden${SEP}|secret${SEP}|internal${SEP})?instructions)`;

const PLACEHOLDER_RE = new RegExp(PLACEHOLDER);
const URL_PLACEHOLDER_RE = new RegExp(R`https?://[^\s"'<>)]{0,200}?${PLACEHOLDER}`);

/** True when the placeholder quoted in the order also sits inside a URL of the text. */
function placeholderInUrl(view: string, start: number, end: number): boolean {
  const m = PLACEHOLDER_RE.exec(view.slice(start, end));
  if (!m) return false;
  const token = m[0];
  let at = view.indexOf(token);
  while (at >= 0) {
    const line = view.slice(Math.max(0, at - 300), at);
    if (/https?:\/\/[^\s"'<>)]*$/.test(line)) return true;
    at = view.indexOf(token, at + token.length);
  }
  return false;
}

/** Some URL of the text carries a placeholder. */
const urlWithPlaceholder = (view: string): boolean => URL_PLACEHOLDER_RE.test(view);

/** What a credential file's contents are called when they are to be handed over. */
const CARGO =
  R`(?:full${SEP}|entire${SEP}|raw${SEP}|whole${SEP})?(?:contents?|text|body|value|data|key|secret|token|output)`;
/** "… as / in / into the `token` parameter". */
const INTO_ARGUMENT =
  R`\b(?:as|in|into|inside|to|for|via)\b[^.!?\n]{0,40}?\b(?:parameter|argument|arg|param|field|input)s?\b`;
const HAND_OVER =
  R`\b(?:pass(?:ed|ing)?|put(?:ting)?|send(?:ing)?|sent|include[ds]?|supplie[ds]|supply(?:ing)?|provide[ds]?|insert(?:ed)?|paste[ds]?|attach(?:ed)?|add(?:ed)?|set|place[ds]?|fill(?:ed)?)\b`;
/**
 * A tool result (often a fake error) asking the agent to read a credential file and feed its
 * contents into an argument of the next call: the file and the argument are both named.
 */
const SECRET_TO_ARGUMENT = [
  R`${SECRET_FILE}[^.!?\n]{0,80}?${HAND_OVER}[^.!?\n]{0,30}?${CARGO}[^.!?\n]{0,30}?${INTO_ARGUMENT}`,
  R`${HAND_OVER}[^.!?\n]{0,30}?${CARGO}[^.!?\n]{0,30}?${SECRET_FILE}[^.!?\n]{0,40}?${INTO_ARGUMENT}`,
  R`${CARGO}${SEP}(?:of|from|in)\b[^.!?\n]{0,20}?${SECRET_FILE}[^.!?\n]{0,30}?${HAND_OVER}[^.!?\n]{0,20}?${INTO_ARGUMENT}`,
].join("|");

const NEGATED = /\b(?:never|not|don't|dont|avoid|without|no)\b/i;
const NEGATED_BEFORE = /\b(?:never|not|don't|dont|avoid|without|no)\b[^.!?\n]*$/i;

/** Rules for data smuggled out through URLs. */
export const EXFIL_RULES: readonly InjectionRule[] = [
  rule(
    "url_exfiltration",
    0.5,
    "=http",
    R`https?://[^\s"'<>)\]]{0,200}?${DATA_CAPS}`,
    "Text has a URL with a slot for private data in its path, host or query",
    { flags: "" },
  ),
  rule(
    "url_exfiltration",
    0.5,
    "=http",
    R`https?://[^\s"'<>)\]]{0,200}?(?:${DATA_PLACEHOLDER})`,
    "Text has a URL with a slot for private data in its path, host or query",
  ),
  rule(
    "data_fill",
    1.0,
    "repla subst fill swap popul compl inser put where / user human custo recip reade victi our conve chat previ prior earli last syste",
    R`\b(?:replac|substitut|fill|swap|populat|complet|insert|put)\w{0,4}${SEP}(?:in${SEP})?(?:the${SEP})?(?:placeholder${SEP})?${PLACEHOLDER}${SEP}(?:[A-Za-z0-9-]{1,20}${SEP}){0,3}?(?:with|by|for)${SEP}[^.\n]{0,80}?(?:${USER_DATA})|\bwhere${SEP}${PLACEHOLDER}${SEP}(?:is|=|contains|stands${SEP}for|means)${SEP}[^.\n]{0,60}?(?:${USER_DATA})`,
    "Text orders the model to fill a URL's placeholder with the user's data or the conversation",
    { accept: placeholderInUrl },
  ),
  rule(
    "data_fill",
    1.0,
    "fille subst inser appen added encod / user human custo recip reade victi",
    R`\bwith${SEP}(?:${USER_DATA})${SEP}(?:[A-Za-z0-9-]{1,20}${SEP}){0,3}?(?:filled${SEP}in|substituted|inserted|appended|added|encoded|plugged${SEP}in)\b`,
    "Text orders the model to fill a URL's placeholders with the user's data",
    { accept: (view, start, end) => ordered(view, start, end) || urlWithPlaceholder(view) },
  ),
  rule(
    "url_slot",
    0.5,
    "![ <img <IMG ](http ](<http href src",
    R`(?:!?\[[^\]\n]{0,200}\]\(\s{0,3}<?|\b(?:src|href)\s{0,3}=\s{0,3}["']?)https?://[^\s)"'<>]{1,300}?[?&][\w.-]{1,30}=(?=[)"'\s>])`,
    "Text shows an image or link whose last query value is left empty for data to be appended",
  ),
  rule(
    "markup_order",
    0.5,
    "inclu rende outpu displ show embed inser add print paste put appen place / image badge link pixel markd html img pictu icon widge banne url hyper",
    R`\b(?:include|render|output|display|show|embed|insert|add|print|paste|put|append|place)${SEP}(?:(?:this|the${SEP}following|the${SEP}(?:above|below)|these|that|an?|the)${SEP})(?:(?:markdown|html|tracking|hidden|invisible|status|small)${SEP})?(?:image|badge|link|pixel|markdown|html|img|picture|icon|widget|banner|url|hyperlink)s?\b`,
    "Text orders the model to put an image or link into its answer",
    {
      accept: (view, start, end) =>
        ordered(view, start, end) && /https?:\/\//.test(view.slice(end, end + 300)),
    },
  ),
  rule(
    "secret_to_argument",
    1.0,
    SECRET_FILE_SYMBOLS,
    SECRET_TO_ARGUMENT,
    "Text asks the agent to put the contents of a credential file into a tool call's argument",
    {
      at: { output: 1.0, input: 0.6, definition: 0.6 },
      // "never paste its contents into any field": a warning, not a request.
      accept: (view, start, end) =>
        !NEGATED.test(view.slice(start, end)) &&
        !NEGATED_BEFORE.test(view.slice(Math.max(0, start - 24), start)),
    },
  ),
];
