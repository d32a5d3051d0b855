/**
 * Search and question arguments: a sentence there that names `~/.kube/config` or quotes
 * `curl http://169.254.169.254/…` asks about the file or address (a code, docs or web search); it
 * does not open it. Path and SSRF findings there are recorded, not blocked. Still blocked:
 * - a bare path or URL (the whole value), since a file-search or browse tool may open what it gets;
 * - a sentence that orders an act on it ("fetch http://169.254.169.254/… and summarize", "read
 *   ~/.aws/credentials") unless it is asked as a question: a downstream agent or LLM-backed search
 *   tool would carry the order out.
 */
const SEARCH_KEY =
  /^(?:q|query|search|search_query|search_term|term|terms|keywords?|question|topic)$/;
const QUESTION =
  /\?\s*$|^\s*(?:why|how|what|when|where|which|who|whose|is|are|was|does|do|did|can|could|should|would|will)\b/i;
/**
 * An order: the sentence starts with a verb that touches what it names (and is not a report of what
 * that did: "curl … returns 403", "open … hangs"), or chains a further act ("… and summarize it").
 */
const ORDER = new RegExp(
  String
    .raw`^\s*(?:please\s+)?(?:fetch|get|open|visit|browse|download|load|read|retrieve|access|navigate to|go to|scrape|crawl|cat|print|show|dump|display|upload|send|post|copy|exfiltrate)\b(?![^.?!\n]{0,80}\b(?:returns?|fails?|hangs?|times? out|gives?|throws?|errors?|works?|is|are|was|does)\b)` +
    String
      .raw`|\b(?:and|then)\s+(?:summari[sz]e|send|return|include|tell|show|print|paste|post|upload|forward|email|save)\b`,
  "i",
);

/** True when `text` under `key` is a sentence in a search or question argument that asks, not orders. */
export function searchMention(key: string | undefined, text: string): boolean {
  if (!SEARCH_KEY.test(key ?? "")) return false;
  const t = text.trim();
  return /\s/.test(t) && (QUESTION.test(t) || !ORDER.test(t));
}

/**
 * Keys of stored prose: a note, ticket, comment or message body that a write tool keeps. An
 * incident note quoting `http://169.254.169.254/latest/meta-data/` or a ticket quoting the payload
 * `' OR '1'='1` records what happened; the tool stores it, it does not fetch or query it. Generic
 * keys (`text`, `message`, `content`, `prompt`) are left out: they also carry what an agent or
 * LLM-backed tool is asked to do.
 */
const NOTE_KEY =
  /^(?:body|note|notes|description|comment|comments|summary|details|title|remarks|reason|changelog|release_notes)$/;
/** Words of prose outside code spans (a sentence, not a value). */
const PROSE_WORD = /[A-Za-z\u00C0-\u024F]{2,}/g;

/**
 * True when `text` under `key` is stored prose that mentions what it names: a note-like key, at
 * least six words, and no order to act on it (see {@link ORDER}).
 */
export function proseMention(key: string | undefined, text: string): boolean {
  if (!NOTE_KEY.test(key ?? "") || text.length > 20_000) return false;
  const t = text.trim();
  const words = t.replace(/\x60[^\x60\n]{0,400}\x60/g, " ").match(PROSE_WORD)?.length ?? 0;
  return words >= 6 && !ORDER.test(t) &&
    !/(?:^|[.!?;]\s+)(?:please\s+)?(?:fetch|curl|wget|open|visit|load|browse|request|call|run|execute)\b/i
      .test(t);
}
