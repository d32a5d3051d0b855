/**
 * Round-47 application techniques (code written through a tool), each across the languages it is
 * written in:
 *
 * - large payments rerouted in code: a record's account field (a cell, a row key, an object
 *   member, an SQL `SET`) assigned a hard-coded IBAN or wallet address, in code that also tests an
 *   amount against a threshold — the classic skim of every payment above N to one fixed account
 *   (VBA in a payment workbook, a Python/JS batch, an SQL update). A constant holding the
 *   company's own account (`COMPANY_IBAN = "…"`) is not a record's field and passes;
 * - page data carried off with the user's session: a script that reads a response with `fetch`
 *   (the logged-in page's API or an export URL it returns) and POSTs / beacons exactly that data
 *   to an absolute outside URL, while also calling the page's own API by a relative path;
 * - request input evaluated on the JVM: a Spring handler parameter bound from the request
 *   (`@RequestBody String body`, `@RequestParam`) passed to a script or expression engine
 *   (`ScriptEngine.eval`, `GroovyShell.evaluate`, SpEL `parseExpression`, `MVEL.eval`,
 *   `Ognl.getValue`, JEXL `createScript`) — remote code execution for anyone who reaches it.
 *
 * Bounded windows, no nested quantifiers over overlapping classes.
 */
import type { AppsecRule } from "./_appsec_core.ts";

const r = String.raw;

/** A hard-coded account: an IBAN or an Ethereum-style wallet address. */
const ACCOUNT = r`(?:[A-Z]{2}\d{2}[A-Z0-9]{11,30}|0x[0-9a-fA-F]{40})`;

export const R47_APPSEC_RULES: AppsecRule[] = [
  {
    id: "pay.threshold_rerouted_to_fixed_account",
    kind: "app_weakness",
    lit: ["iban", "konto", "account", "payee", "beneficiar", "wallet", "bank", "value", "set "],
    re: new RegExp(
      [
        // a record's field: `.Value = "DE…"`, `row["iban"] = "…"`, `p.payee = '…'`, `Cells(r, 6) = "…"`
        r`(?:\.\w{1,30}|\]|\))\s{0,4}(?::=|=(?![=>]))\s{0,4}["']${ACCOUNT}["']`,
        // SQL: `UPDATE payments SET iban = 'DE…' WHERE amount >= 10000`
        r`\bSET\b[^;]{0,120}?\b\w{0,30}(?:iban|account|acct|konto|payee|beneficiary|wallet)\w{0,20}\s{0,3}=\s{0,3}'${ACCOUNT}'`,
      ].join("|"),
      "i",
    ),
    // … in code that compares an amount with a threshold (≥ 1,000).
    also: /(?:>=?|=>)\s{0,4}(?:\d{4,}|\d{1,3}(?:[_,.' ]\d{3}){1,3})(?![\d.])/,
    why:
      "writes a fixed bank account / wallet into payment records above an amount threshold: those payments are diverted to someone else's account",
  },
  {
    id: "js.page_data_posted_outside",
    kind: "data_exfiltration",
    lit: "fetch",
    re: new RegExp(
      r`\b(?:const|let|var)\s{1,4}(\w{1,30})\s{0,3}=\s{0,3}await\s{1,4}\(?\s{0,3}(?:await\s{1,4})?fetch\s{0,3}\([^;]{0,300}?\.(?:text|json|blob|arrayBuffer)\s{0,3}\(\s{0,3}\)[\s\S]{0,1500}?(?:\bfetch\s{0,3}\(\s{0,3}["'\x60]https?:\/\/[^"'\x60\s]{1,200}["'\x60]\s{0,3},\s{0,3}\{[^}]{0,300}?\bbody\s{0,3}:\s{0,3}(?:JSON\.stringify\(\s{0,3})?\1\b|\bsendBeacon\s{0,3}\(\s{0,3}["'\x60]https?:\/\/[^"'\x60\s]{1,200}["'\x60]\s{0,3},\s{0,3}(?:JSON\.stringify\(\s{0,3})?\1\b)`,
    ),
    // … and the script uses the page's own session (a relative, same-origin API call).
    also: /\bfetch\s{0,3}\(\s{0,3}["'\x60]\/(?!\/)/,
    why:
      "reads data through the logged-in page's own API and sends it to an outside address: the user's session is used to carry the data off",
  },
  {
    id: "jvm.request_input_evaluated",
    kind: "app_weakness",
    lit: ["requestbody", "requestparam", "pathvariable", "requestheader"],
    re: new RegExp(
      r`@(?:RequestBody|RequestParam|PathVariable|RequestHeader)\b(?:\s{0,4}\([^()\n]{0,80}\))?\s{1,4}(?:final\s{1,4})?(?:String|Object|CharSequence)\s{1,4}(\w{1,30})[\s\S]{0,800}?(?:\.(?:eval|evaluate|parseExpression|createScript|createExpression)|\bMVEL\.eval|\bOgnl\.getValue)\s{0,4}\(\s{0,4}\1\s{0,4}[,)]`,
    ),
    // SpEL's restricted evaluation context (no types, constructors or bean references) is the fix.
    not: /\bSimpleEvaluationContext\b/,
    why:
      "evaluates text from the HTTP request with a script or expression engine: anyone who can reach the endpoint runs code on the server",
  },
];
