/**
 * Round-47 code rule, by technique: an edit that takes the OWNERSHIP condition out of a data
 * query. The replaced text (`old_text`, `old_string`) filters rows by the caller's tenant,
 * organisation, account, owner or user (`where: { id, tenantId: req.user.tenantId }`,
 * `WHERE id = $1 AND org_id = $2`, `.where('account_id', $user->account_id)`), and the new text is
 * the same query with no ownership condition left and no authorisation call in its place: every
 * caller can now read or change any other customer's records by id (IDOR, CWE-639 / OWASP A01).
 *
 * Read on the whole-call view (`walk.ts` `callText`: a key or value a line), where the edit's old
 * and new text sit under their own keys. Bounded, no nested quantifiers.
 */
import type { FieldContext, Finding } from "../types.ts";

const OLD_KEY = /^old_?(?:text|string|str|content|code|snippet)$/m;
const NEW_KEY = /^new_?(?:text|string|str|content|code|snippet)$/m;
/** A key line that ends the new text when it follows it. */
const NEXT_KEY =
  /\n(?:path|file_?path|filename|description|reason|message|commit_?message|note|comment|dry_?run|replace_?all|expected_?replacements)\n/;
/** An ownership column or field. */
const SCOPE_ID =
  /\b(?:tenant|org|organi[sz]ation|account|company|owner|customer|workspace|team|user|client|merchant)_?(?:[iI]d|ID|uuid)\b/;
/** … used as a query condition (an object filter, an SQL comparison, a query-builder call). */
const SCOPE_CONDITION = new RegExp(
  String
    .raw`(?:\bwhere\b|\bfilter(?:_by)?\b|\bfind\w{0,12}\b|\bAND\b|&&)[^;]{0,200}?${SCOPE_ID.source}\s{0,3}(?::|=|==|===|,|\))`,
  "i",
);
/** The query the new text still makes. */
const QUERY = /\b(?:where|filter(?:_by)?|find\w{0,12}|select|query|get)\b/i;
/** An authorisation check put in the condition's place. */
const AUTHZ =
  /\b(?:authori[sz]e|can|cannot|ability|policy|permission|assert\w{0,10}(?:access|owner|tenant)|check\w{0,10}(?:access|owner|tenant|permission)|forbidden|403|scope\w{0,10}\(|tenant|owner)\b/i;

/** The old and new text of an edit in a call view, or undefined. */
function edit(call: string): [string, string] | undefined {
  const o = OLD_KEY.exec(call);
  const n = NEW_KEY.exec(call);
  if (!o || !n) return undefined;
  const oStart = o.index + o[0].length;
  const nStart = n.index + n[0].length;
  if (o.index < n.index) {
    const rest = call.slice(nStart);
    const stop = rest.search(NEXT_KEY);
    return [call.slice(oStart, n.index), stop < 0 ? rest : rest.slice(0, stop)];
  }
  return [call.slice(oStart), call.slice(nStart, o.index)];
}

/** Strips line comments (`// …`, `# …`, `-- …`) so a comment's words are not code. */
const stripComments = (s: string) => s.replace(/(?:\/\/|#|--\s)[^\n]{0,400}/g, "");

/** True when the call is an edit that removes the ownership condition from a query. */
export function ownershipScopeRemoved(call: string): boolean {
  if (call.length > 20000 || !SCOPE_ID.test(call)) return false;
  const e = edit(call);
  if (!e) return false;
  const [oldText, newText] = [stripComments(e[0]), stripComments(e[1])];
  if (!SCOPE_CONDITION.test(oldText) || SCOPE_ID.test(newText)) return false;
  return QUERY.test(newText) && !AUTHZ.test(newText) && newText.trim().length > 10;
}

/** The finding of {@link ownershipScopeRemoved} on the whole-call view. */
export function ownershipScopeMechanism(call: string, field: FieldContext): Finding | undefined {
  if (field.stage !== "input" || !ownershipScopeRemoved(call)) return undefined;
  return {
    detector: "code_injection",
    kind: "access_control_removed",
    severity: "high",
    reason:
      "The edit removes the tenant/owner condition from a data query: any caller can read or change other customers' records by id (broken access control)",
  };
}
