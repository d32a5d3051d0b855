/**
 * Round-16 code-injection mechanisms:
 *
 * - SQL that writes a file into a web root or with a script extension (`SELECT 0x3c3f… INTO
 *   DUMPFILE '/var/www/html/x.php'`): a webshell planted through the database server. The older
 *   OUTFILE rule needed a `_` in the text to run, which a hex-literal query does not have;
 * - a Helm/Go template `lookup` of Secrets across the cluster (`lookup "v1" "Secret"
 *   "kube-system" ""`, an empty name lists them all): charts read their own release's secret
 *   by name, never kube-system's or every namespace's.
 */
import type { Rule } from "./_code_rules.ts";

/** Every casing of "ile" (`OUTFILE`, `DumpFile`, `dUmPfIlE`): a cheap gate that "into" is not. */
const ILE = ["ile", "ilE", "iLe", "iLE", "Ile", "IlE", "ILe", "ILE"];

/**
 * The words themselves, any casing: "ile" alone lets "file", "while" and "mobile" through, and the
 * rules' own expressions then ran on most texts.
 */
const OUT_OR_DUMP = /(?:out|dump)file/i;

/** The round-16 rules (appended after the round-15 ones). */
export const R16_RULES: Rule[] = [
  {
    kind: "sql_file_access",
    needles: ILE,
    lead: OUT_OR_DUMP,
    re:
      /\binto\s{1,8}(?:outfile|dumpfile)\s{1,8}['"](?:[^'"\n]{0,200}\.(?:php\d?|phtml|phar|jspx?|aspx?|ashx|asmx|cfm|cgi|pl|py|sh)['"]|(?:\/var\/www|\/usr\/share\/nginx|\/srv\/www|\/opt\/lampp\/htdocs|[a-z]:[\\\/](?:inetpub|xampp|wamp)|[^'"\n]{0,120}[\\\/](?:htdocs|wwwroot|public_html|webapps)[\\\/]))/i,
    severity: "critical",
    anywhere: true,
    reason: "SQL that writes a script file into a web root (INTO OUTFILE/DUMPFILE webshell)",
  },
  {
    kind: "sql_file_access",
    needles: ILE,
    lead: OUT_OR_DUMP,
    // Any file write from a query in a SQL field; the rule above covers free text.
    // An export straight into the server's secure_file_priv folder (/var/lib/mysql-files/,
    // Windows ProgramData/MySQL/…/Uploads/) is the ordinary way to dump a table (a library or
    // script name there, or a deeper path, still counts).
    re:
      /\binto\s{1,8}(?:outfile|dumpfile)\s{1,8}['"](?!\/var\/lib\/mysql-files\/[^'"\n\/\\]{1,200}(?<!\.(?:so|dll|php\d?|phtml|phar|jspx?|aspx?|sh|py|pl|cgi))['"]|[a-z]:[\\\/]programdata[\\\/]mysql[\\\/]mysql server [\d.]{1,8}[\\\/]uploads[\\\/][^'"\n\/\\]{1,200}(?<!\.(?:so|dll|php\d?|phtml|phar|jspx?|aspx?|sh|py|pl|cgi))['"])/i,
    severity: "high",
    anywhere: false,
    reason: "SQL that writes a file on the database server (INTO OUTFILE/DUMPFILE)",
  },
  {
    kind: "template_secret_lookup",
    needles: ["lookup"],
    re:
      /\blookup\s{1,4}\(?\s{0,4}["']v1["']\s{1,4}["']Secrets?["']\s{1,4}(?:["']kube-system["']|["']["']|[^\s"'{}]{1,80}\s{1,4}["']["'])/i,
    severity: "high",
    anywhere: true,
    reason:
      "Template lookup of cluster Secrets in kube-system, in every namespace or as a full list",
  },
];
