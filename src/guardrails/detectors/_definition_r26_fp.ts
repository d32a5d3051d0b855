import type { DefinitionContext } from "./_definition_grammar.ts";

/**
 * Round 26 false positives: notes a tool definition writes FOR the model that the injection
 * grammar reads as addressed orders. A definition's "Note for the assistant: never commit files
 * that look like credentials (.env …)" forbids what an attack would order, and "show the text to
 * the user first" defers to the user: neither is a hijack. {@link adviceBlanked} blanks such
 * clauses (same length, so spans still fit) for a second reading of a string the grammar flagged.
 */

/**
 * A safety prohibition: a negation, at most an adverb, and a verb that acts on data (commit, store,
 * include, upload …) up to the end of its clause. Telling and asking verbs are left out ("never
 * tell the user", "do not ask for confirmation" are concealment and consent bypass).
 */
const SAFETY_PROHIBITION =
  /(?<![\w'])(?:never|do\s+not|don't|must\s+not|should\s+not)\s+(?:\w{2,12}ly\s+)?(?:commit|store|save|log|write|include|upload|send|post|share|paste|print|echo|repeat|expose|put|place|attach|forward|e-?mail|publish|push|keep|persist|record|copy)\b[^\n]{0,200}?(?=[.;!?](?:\s|$)|\n|\s(?:instead|but|rather|then)\b|,\s(?:and\s+)?(?:instead|always|then)\b|$)/gi;

/**
 * Deference to the user: "show the text to the user first", "ask the user to confirm", "warn them
 * and ask them to confirm explicitly", "confirm with the user before …".
 */
const DEFERENCE =
  /\b(?:show|present|display)\s+(?:the|your|this|that|it|them)(?:\s+(?:draft|text|reply|message|summary|preview|diff|changes?|plan|comment))?\s+to\s+the\s+user\s+(?:first|before\b[^\n]{0,80}?(?=[.;!?](?:\s|$)|\n|$))|\b(?:warn\s+(?:them|the\s+user)\s+and\s+)?ask\s+(?:them|the\s+user)\s+to\s+confirm(?:\s+(?:it\s+)?explicitly)?|\bconfirm\s+with\s+the\s+user\s+(?:first|before\b[^\n]{0,80}?(?=[.;!?](?:\s|$)|\n|$))/gi;

/** Cheap pre-test: only texts with a prohibition or a deference are rewritten. */
const GATE = /\b(?:never|not|don't|show|present|display|confirm)\b/i;

/**
 * `text` with its safety prohibitions and deferences to the user blanked (spaces, same length);
 * `text` itself when there are none.
 */
export function adviceBlanked(text: string): string {
  if (!GATE.test(text)) return text;
  const blank = (m: string): string => m.replace(/[^\n]/g, " ");
  return text.replace(SAFETY_PROHIBITION, blank).replace(DEFERENCE, blank);
}

// --- secret hygiene: "do not repeat it in chat unless the user explicitly asks" ------------------

const HYGIENE_VERB =
  /^(?:do\s+not|don't|dont|never|avoid)\s+(?:repeat|echo|print|display|show|paste)/i;
const HYGIENE_SECRET =
  /\b(?:secrets?|passwords?|tokens?|api\s+keys?|credentials?|private\s+keys?|(?:secret|key|token)\s+values?|plain\s*text)\b/i;
const USER_CONTROL =
  /^[^.;]{0,90}?\bunless\s+(?:the\s+user|they)\s+(?:explicitly\s+|specifically\s+|directly\s+)?(?:asks?|requests?|wants?)\b/i;

/**
 * A secret kept out of the chat by default, which the user can still ask for ("do not repeat it in
 * chat unless the user explicitly asks"): secret hygiene, not concealment. The verb repeats a
 * value (not "tell" or "mention", which hide an act), the sentence names a secret, and the user
 * keeps the say.
 */
export function secretHygiene(sentence: string, at: number, match: string): boolean {
  return HYGIENE_VERB.test(match) && HYGIENE_SECRET.test(sentence) &&
    USER_CONTROL.test(sentence.slice(at));
}

// --- a handle named "token": "pass the returned tokens in `uploads`" -----------------------------

const HANDLE_TOKEN =
  /\b(?:returned|resulting|upload|attachment|pagination|page|cursor|continuation|next[\s_-]?page)\s+tokens?\b/i;
const REAL_TOKEN =
  /\b(?:access|auth\w{0,10}|api|bearer|session|refresh|oauth|id|github|personal)\s+tokens?\b/i;

/**
 * The "token" a sentence passes on is a handle another call returned (an upload token, a page
 * cursor), not a credential: "upload files first with upload_attachment and pass the returned
 * tokens in `uploads`".
 */
export function handleToken(matched: string): boolean {
  return HANDLE_TOKEN.test(matched) && !REAL_TOKEN.test(matched) &&
    !/\b(?:secret|password|api\s+key|credential)s?\b/i.test(matched);
}

// --- a broad scope advised against: "filter rows instead of exporting everything" ----------------

const DECLINED = /\b(?:instead\s+of|rather\s+than|avoid|without)\s+(?:\w{1,12}\s+){0,2}$/i;

/** The verb at `index` is the alternative the sentence advises against ("instead of exporting"). */
export function declinedAlternative(sentence: string, index: number): boolean {
  return DECLINED.test(sentence.slice(Math.max(0, index - 40), index));
}

// --- data handed between this tool and another one ----------------------------------------------

const CHAIN_BLOCK =
  /\b(?:always|must|never|only|instead|without|silently|secretly|every|all|any|every\s+time|whenever|before\s+(?:any|every)|conversation|chat|history|secrets?|keys?|tokens?|passwords?|credentials?|env|cookies?|ignore|bcc|cc)\b|https?:\/\/|@/i;
/** This tool's result offered to another tool, at the user's wish. */
const RESULT_ONWARD =
  /^\s*(?:the|its|this\s+tool's)\s+(?:result|output|html|text|signature|file|link)\s+(?:can|may)\s+(?:then\s+)?be\s+(?:passed|used|given|included|attached)\b[^;]{0,80}?\bif\s+the\s+user\s+(?:wants|asks|requests|chooses|likes)\b/i;
/** Input for this tool fetched with another tool: "fetch files with X and pass them in `files`". */
const INPUT_FETCH =
  /\b(?:fetch|get|read|load|download|list|retrieve)\s+(?:the\s+)?(?:[\w-]{1,20}\s+){0,2}?(?:with|using|via|through)\s+[\w.-]{2,60}\s+and\s+(?:pass|give|provide|supply|hand)\s+(?:them|it|those|the\s+(?:results?|contents?|files?))\s+(?:in|as|to|into|via)\s+[`'"]?([\w-]{1,40})/i;

/** The lower-case names of this tool's own parameters. */
export function ownParams(ctx: DefinitionContext): Set<string> {
  const props = (ctx.tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  return new Set(
    props && typeof props === "object" ? Object.keys(props).map((k) => k.toLowerCase()) : [],
  );
}

/**
 * A sentence that only chains data through this tool: its own result offered to another server's
 * tool when the user wants it ("the result can be passed as the body to gmail.send_email if the
 * user wants it included"), or another server's tool named as the source of this tool's own
 * parameter ("fetch files with github.get_file_contents and pass them in `files`"). Nothing is
 * ordered about the other tool's calls, and no secret, address or absolute rides along.
 */
export function toolChainHandOff(sentence: string, params: ReadonlySet<string>): boolean {
  if (sentence.length > 240 || CHAIN_BLOCK.test(sentence)) return false;
  if (RESULT_ONWARD.test(sentence)) return true;
  const m = INPUT_FETCH.exec(sentence);
  return m !== null && params.has(m[1].toLowerCase());
}
