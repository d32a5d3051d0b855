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
