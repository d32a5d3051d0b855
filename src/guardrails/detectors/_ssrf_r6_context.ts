/**
 * How much an SSRF hit in a non-URL argument weighs, by the argument's shape:
 *
 * - an input value that is one web URL and nothing else is a URL argument whatever its name
 *   (`target`, `page`, `input`), so its cluster-internal or one-label host counts as in a `url`;
 * - a sentence in a search or question argument that quotes a metadata or loopback URL ("why does
 *   `curl http://169.254.169.254/…` hang?") goes to a search or answer service and is never
 *   fetched, so it is only recorded (unless it orders a fetch: see ./_search_sentence.ts); so is
 *   stored prose under a note-like key (an incident note that quotes the metadata URL).
 */
import type { FieldContext } from "../types.ts";
import { proseMention, searchMention } from "./_search_sentence.ts";

const WHOLE_URL = /^\s*(?:https?|wss?):\/\/\S{1,2048}$/i;

/** Weighting of a value's hits: `wholeUrl` (count as a URL field), `asked` (record only). */
export interface SsrfContext {
  wholeUrl: boolean;
  asked: boolean;
}

/** The weighting for `text` in `field` (`urlKey`: the argument name already says URL or host). */
export function ssrfContext(text: string, field: FieldContext, urlKey: boolean): SsrfContext {
  if (urlKey || field.stage !== "input") return { wholeUrl: false, asked: false };
  return {
    wholeUrl: WHOLE_URL.test(text),
    asked: searchMention(field.key, text) || proseMention(field.key, text),
  };
}
