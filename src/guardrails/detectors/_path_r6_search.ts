/**
 * Search and question arguments: a sentence there that names `~/.kube/config` or `.bashrc` asks
 * about the file (a code, docs or web search), it does not open it. A bare path there — the whole
 * value — still counts, since a file-search tool may open what it is given.
 */
const SEARCH_KEY =
  /^(?:q|query|search|search_query|search_term|term|terms|keywords?|question|topic)$/;

/** True when `text` under `key` is a sentence in a search or question argument. */
export function searchMention(key: string | undefined, text: string): boolean {
  return SEARCH_KEY.test(key ?? "") && /\s/.test(text.trim());
}
