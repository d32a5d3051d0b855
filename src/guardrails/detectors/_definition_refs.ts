/**
 * References from a definition to tools it does not own. A tool name counts only when it
 * resolves to a tool of ANOTHER server (`others`); a name that is not there belongs to the same
 * server (or to nobody) and is ordinary usage guidance. Generic phrasing ("any other tool",
 * "from any server", "the github server's …") is cross-server by construction.
 */
import { type DefinitionContext, escapeRegex } from "./_definition_grammar.ts";
import { domainScopedRouting } from "./_definition_r19.ts";
import { listUnderProhibition } from "./_definition_r29p.ts";
import { userOverAlternative } from "./_definition_r30p.ts";

const GENERIC_REF = new RegExp(
  [
    String
      .raw`\b(?:from|of|on|in|across|by|to)\s+(?:any|every|all|another|other|each)\s+(?:other\s+)?(?:mcp\s+)?servers?\b`,
    String
      .raw`\b(?:other|another|every\s+other|any\s+other|all\s+other)\s+(?:mcp\s+)?servers?(?:'s?)?\b`,
    String
      .raw`\b(?:any|every|all|each|other|another)\s+(?:other\s+)?(?:[\w.-]+\s+){0,2}(?:tools?|functions?)\b(?!\s+(?:of|on|in|from|provided\s+by)\s+this\s+server)`,
    String
      .raw`\b(?:before|after|when|whenever)\s+(?:using|calling|invoking|running)\s+(?:any|other|another|every)\b(?!\s*(?:[.;,!?)]|$))`,
    // "with another provider", "through any other integration": the same reach, other words.
    String
      .raw`\b(?:with|via|through|using|on|from|by|in)\s+(?:any\s+other|another|other|a\s+different|any)\s+(?:providers?|integrations?|connectors?|plugins?|apps?|clients?|platforms?)\b`,
  ].join("|"),
  "i",
);

/** Words that name infrastructure, not an MCP server ("the API server's response"). */
const NOT_A_SERVER = new Set([
  "this",
  "that",
  "same",
  "current",
  "own",
  "our",
  "your",
  "mcp",
  "api",
  "web",
  "http",
  "https",
  "dev",
  "development",
  "local",
  "remote",
  "upstream",
  "downstream",
  "proxy",
  "database",
  "db",
  "sql",
  "mail",
  "smtp",
  "file",
  "origin",
  "backend",
  "language",
  "build",
  "application",
  "app",
  "test",
  "staging",
  "production",
  "the",
  "a",
  "an",
  "each",
  "every",
  "any",
  "other",
  "another",
  "all",
]);

/**
 * "tools of the X server", "X server's": names are bounded (64), or a long `[\w.-]` run (an IP
 * list in a description) was rescanned from every word boundary — 12 s for 100 KB until 2026-11.
 */
const SERVER_REF = new RegExp(
  String
    .raw`\b(?:tools?|functions?)\s+(?:of|on|from|in)\s+the\s+[\x60'"‘]?([\w.-]{1,64})[\x60'"’]?\s+(?:mcp\s+)?server\b|\b([\w.-]{1,64})[\x60'"’]?\s+(?:mcp\s+)?server(?:'s|s'|’s)|\bthe\s+[\x60'"‘]?([\w.-]{1,64})[\x60'"’]?\s+(?:mcp\s+)?server\b(?!'s|’s)`,
  "gi",
);

/** Clause breaks for {@link genericRefProhibited}: punctuation and "and/but/then". */
const CLAUSE_BREAK = /[,;:()—–]|\s-\s|\s(?:and|but|then|or)\s/i;
const PROHIBIT = /\b(?:not|never|no|don't|cannot|can't|avoid|without)\b/i;

/** Clause breaks other than "or": "do not print them or paste them into other tools". */
const BREAK_NOT_OR = /[,;:()—–]|\s-\s|\s(?:and|but|then)\s/i;
/** What turns the part after "or" into an order of its own ("or else always …"). */
const OR_ORDER = /\b(?:else|always|must|should|instead|also|first|otherwise)\b/i;

/**
 * "Do not print them in chat or paste them into other tools": a negation distributes over
 * "or", so the last "or"-part is forbidden too unless it gives an order of its own.
 */
function orUnderProhibition(before: string): boolean {
  const clause = before.split(BREAK_NOT_OR).pop() ?? "";
  const parts = clause.split(/\sor\s/i);
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1];
  return PROHIBIT.test(parts.slice(0, -1).join(" or ")) && !OR_ORDER.test(last);
}

/**
 * True when every generic reference in `s` sits in a clause that forbids it: "never paste it
 * into other tools", "treat it as sensitive and do not send it to other tools" protect the
 * user. (Preference grammar still reads "never use other tools".)
 */
export function genericRefProhibited(s: string): boolean {
  const re = new RegExp(GENERIC_REF.source, "gi");
  let any = false;
  for (const m of s.matchAll(re)) {
    any = true;
    const before = s.slice(Math.max(0, m.index - 120), m.index);
    const clause = before.split(CLAUSE_BREAK).pop() ?? "";
    if (/\bnever\s+(?:forget|fail|omit|neglect|skip)\b/i.test(clause)) return false;
    if (
      !PROHIBIT.test(clause) && !orUnderProhibition(before) && !listUnderProhibition(before) &&
      !userOverAlternative(clause)
    ) return false;
  }
  return any;
}

/**
 * "every function call", "all OpenSSL functions", "other Node-API functions": a programming
 * library's functions (qualified by a proper name, or the modifier of another noun), not the
 * model's tools.
 */
const LIBRARY_FUNCTIONS =
  /^(?:any|every|all|each|other|another)\s+(?:other\s+)?(?:[\w.-]+\s+){0,2}functions?$/i;
const GENERIC_ALL = new RegExp(GENERIC_REF.source, "gi");

function libraryFunctions(s: string, m: RegExpMatchArray): boolean {
  const ref = m[0];
  if (!LIBRARY_FUNCTIONS.test(ref)) return false;
  const after = s.slice(m.index! + ref.length, m.index! + ref.length + 16);
  return /[A-Z]|\w[-.]\w/.test(ref.split(/\s+/).slice(1, -1).join(" ")) ||
    /^\s+(?:calls?|pointers?|signatures?|names?|bodies|body|definitions?)\b/i.test(after);
}

/** True when `s` refers to tools in general or to other servers ("any other tool"). */
export function genericToolRef(s: string): boolean {
  if (!GENERIC_REF.test(s)) return false;
  GENERIC_ALL.lastIndex = 0;
  for (const m of s.matchAll(GENERIC_ALL)) if (!libraryFunctions(s, m)) return true;
  return false;
}

/**
 * The name of another server that `s` refers to, if any: a possessive ("the github server's")
 * or "the X tool of the Y server" names a server whatever it is; a bare "the Y server" counts
 * only when Y is one of the other servers.
 */
export function foreignServerRef(s: string, ctx: DefinitionContext): string | undefined {
  const own = ctx.tool.server.toLowerCase();
  const known = new Set(ctx.others.map((o) => o.server.toLowerCase()));
  SERVER_REF.lastIndex = 0;
  for (const m of s.matchAll(SERVER_REF)) {
    const name = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    if (name === own) continue;
    if (known.has(name)) return name;
    if (m[3] === undefined && !NOT_A_SERVER.has(name)) return name;
  }
  for (const [name, re] of serverToolPatterns(ctx)) if (re.test(s)) return name;
  return undefined;
}

const serverToolCache = new WeakMap<readonly unknown[], [string, RegExp][]>();

/**
 * "the slack post_message tool", "the github tools": a known other server's name used as the
 * qualifier of a tool, without the word "server".
 */
function serverToolPatterns(ctx: DefinitionContext): [string, RegExp][] {
  const hit = serverToolCache.get(ctx.others);
  if (hit) return hit;
  const own = ctx.tool.server.toLowerCase();
  const names = [...new Set(ctx.others.map((o) => o.server.toLowerCase()))].filter((n) =>
    n !== own && n.length >= 3 && !NOT_A_SERVER.has(n)
  );
  const out = names.map((n): [string, RegExp] => [
    n,
    new RegExp(
      String.raw`(?<![\w.-])${
        escapeRegex(n)
      }(?:'s)?\s+(?:[\x60'"]?[a-z][\w]*_[\w]+[\x60'"]?\s+)?(?:tools?|functions?)\b`,
      "i",
    ),
  ]);
  serverToolCache.set(ctx.others, out);
  return out;
}

const cache = new WeakMap<readonly unknown[], RegExp[]>();

function toolPatterns(ctx: DefinitionContext): RegExp[] {
  const hit = cache.get(ctx.others);
  if (hit) return hit;
  const out = ctx.others.filter((o) => o.server !== ctx.tool.server && o.name.length >= 2).map(
    (o) => {
      const n = escapeRegex(o.name);
      // Spelled with its server in front (`filesystem.read_file`, `github__create_issue`).
      const srv = String.raw`(?:${escapeRegex(o.server)}(?:\.|__|::|\/))?`;
      // A one-word name ("search") may be a tool of this server too: it counts only quoted.
      return /[_.-]|[a-z][A-Z]/.test(o.name)
        ? new RegExp(String.raw`(?<![\w.-])${srv}${n}(?![\w-])`, "i")
        : new RegExp(String.raw`[\x60'"“‘]${n}[\x60'"”’]`, "i");
    },
  );
  cache.set(ctx.others, out);
  return out;
}

/**
 * A call to a tool spelled with its server in front (`github.create_issue`,
 * `github__create_issue`): the name of that server when it is not this one. A dotted name of a
 * library function (`json.dumps`, `fs.readFile`) has no underscore after the dot and is left out.
 */
const NAMESPACED =
  /\b(?:call|invoke|run|use|trigger)\s+[\x60'"]?([a-z][\w-]{1,40})(?:__|\.|::|\/)([a-z][a-z0-9]*_[\w]+)/gi;
/**
 * "use std::unique_ptr", "use size_t/ssize_t": after the weak verb "use", `::` is a language
 * namespace and `/` an alternative; only an order to call or run reads them as server separators.
 */
const WEAK_SEPARATOR = /^use\s+[\x60'"]?[\w-]+(?:::|\/)/i;

/** The server of a namespaced call to another server's tool in `s`, if any. */
export function namespacedRef(s: string, ctx: DefinitionContext): string | undefined {
  NAMESPACED.lastIndex = 0;
  for (const m of s.matchAll(NAMESPACED)) {
    if (WEAK_SEPARATOR.test(m[0])) continue;
    // "Use hmac.compare_digest": after the weak verb "use", a dotted name is a library call
    // unless its prefix is a server the client actually has.
    if (
      /^use\s/i.test(m[0]) && m[0].includes(".") && !m[0].includes("__") &&
      !ctx.others.some((o) => o.server.toLowerCase() === m[1].toLowerCase())
    ) continue;
    if (m[1].toLowerCase() !== ctx.tool.server.toLowerCase()) return m[1];
  }
  return undefined;
}

/** The first tool of another server that `s` names, if any. */
export function foreignToolRef(s: string, ctx: DefinitionContext): string | undefined {
  const pats = toolPatterns(ctx);
  const others = ctx.others.filter((o) => o.server !== ctx.tool.server && o.name.length >= 2);
  for (let i = 0; i < pats.length; i++) if (pats[i].test(s)) return others[i].name;
  return undefined;
}

/** True when `s` names a tool that is neither another server's nor generic (same server). */
export function localToolName(s: string, ctx: DefinitionContext): boolean {
  return !foreignToolRef(s, ctx) && !genericToolRef(s) && !foreignServerRef(s, ctx);
}

/**
 * Honest routing guidance: "Use this instead of the generic fetch tool when the user pastes a
 * sentry.io issue URL". One comparison with another tool, scoped by a condition that names a
 * specific thing (a domain, a URL, an issue id, a file) and no absolute or pressuring word: the
 * server says what its tool is better at. "Use this instead of fetch for any URL" or "always …"
 * is not scoped and stays a finding.
 */
const SCOPED_ROUTING =
  /^\s*(?:use|call|prefer|choose|pick)\s+(?:this|me|it)(?:\s+(?:tool|one|function))?\s+(?:instead\s+of|rather\s+than|over)\s+[^.;]{1,80}?\s(?:when|if)\s+(?<cond>(?:[^.;]|\.(?=\w)){3,160}?)[.!]?\s*$/i;
const UNSCOPED =
  /\b(?:always|never|all|every|each|any|anything|everything|only|must|do\s+not|don't|ignore|deprecated|broken|unsafe|insecure|whenever|possible|whatever)\b/i;
const SPECIFIC_THING =
  /\b[a-z0-9-]+\.(?:io|com|org|net|dev|app|ai|co|cloud)\b|\b(?:URL|link|ID|issue|ticket|file|repo|repository|error|stack\s*trace|PR|pull\s+request|screenshot|invoice|spreadsheet|document|notebook)s?\b/i;

/** True for one scoped "use this instead of X when <specific case>" sentence (see above). */
export function scopedRouting(sentence: string): boolean {
  if (UNSCOPED.test(sentence)) return false;
  const m = SCOPED_ROUTING.exec(sentence);
  if (m === null) return domainScopedRouting(sentence);
  return SPECIFIC_THING.test(m.groups!.cond);
}

/**
 * Honest hand-off: "For local files use the filesystem server's read_file instead". A specific
 * case this tool does not cover, sent to another tool, with no argument, order word or scope of
 * "any/all": the server says what its tool is NOT for.
 */
const SCOPED_DEFERRAL =
  /^\s*(?:for|with)\s+(?<cond>[\w-]{2,30}(?:\s[\w-]{2,30}){0,3}?),?\s(?:use|call|try)\s(?:the\s)?[\w.\x60'’-]{2,64}(?:\s[\w.\x60'’-]{2,64}){0,3}?\sinstead[.;!]?\s*$/i;

/** The same hand-off the other way round: "Use the filesystem server for files outside the project." */
const SCOPED_DEFERRAL_USE =
  /^\s*(?:use|call|try)\s(?:the\s)?[\w.\x60'’-]{2,64}(?:\s[\w.\x60'’-]{2,64}){0,3}?\s(?:server|tool|tools|integration|connector)\s(?:for|with)\s(?<cond>[\w-]{2,30}(?:\s[\w-]{2,30}){0,5}?)[.;!]?\s*$/i;

/**
 * True for one scoped hand-off sentence: "for <specific case> use <other tool> instead", or "use
 * <other server> for <specific case>" (see above).
 */
export function scopedDeferral(sentence: string): boolean {
  const m = SCOPED_DEFERRAL.exec(sentence) ?? SCOPED_DEFERRAL_USE.exec(sentence);
  return m !== null && !UNSCOPED.test(sentence) &&
    !/\b(?:secrets?|keys?|tokens?|passwords?|credentials?|\.env|ssh)\b/i.test(sentence);
}
