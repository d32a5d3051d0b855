import { strictEqual } from "node:assert/strict";
import { codeInjectionDetector, CodeInjectionOptionsSchema } from "./code_injection.ts";

const OPTS = CodeInjectionOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "run"): boolean =>
  codeInjectionDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

/** [key, value, tool]: paraphrases of the round-16 code techniques, none from the fixtures. */
const ATTACKS: Array<[string, string, string]> = [
  // A webshell written through the database server.
  ["query", "SELECT 0x3c3f3d60245f4745545b615d603f3e INTO OUTFILE 'C:/xampp/htdocs/s.php'", "db"],
  ["id", "1 UNION SELECT '<?php system($_GET[c]); ?>' INTO DUMPFILE '/srv/app/up/c.phtml'", "get"],
  ["statement", "SELECT CHAR(60,63,112) INTO DUMPFILE '/usr/share/nginx/html/i.jsp'", "mysql"],
  ["sql", "SELECT data FROM blobs WHERE id=3 INTO DUMPFILE '/tmp/lib.so'", "mysql_query"],
  // Helm template lookups of cluster secrets.
  ["set", 'x={{ (lookup "v1" "Secret" "" "").items | toJson }}', "helm_install"],
  ["values", '{{ lookup "v1" "Secret" "kube-system" "bootstrap-token-abcdef" | toYaml }}', "helm"],
  [
    "set_string",
    'a={{ range (lookup "v1" "Secrets" .Release.Namespace "").items }}{{.}}{{end}}',
    "helm",
  ],
];

const BENIGN: Array<[string, string, string]> = [
  ["query", "SELECT id, name INTO @id, @name FROM users WHERE id = 4", "mysql"],
  ["query", "SELECT * FROM orders INTO OUTFILE_LOG", "mysql"],
  ["note", "Never run SELECT … INTO OUTFILE on production; export with mysqldump.", "notes"],
  ["template", '{{ $s := lookup "v1" "Secret" .Release.Namespace "app-db" }}', "helm"],
  ["set", "ingress.host={{ .Values.domain }}", "helm_install"],
  ["values", '{{ (lookup "v1" "ConfigMap" "default" "settings").data.mode }}', "helm"],
];

Deno.test("r16 code techniques are blocked in their paraphrases", () => {
  for (const [key, value, tool] of ATTACKS) strictEqual(blocks(key, value, tool), true, value);
});

Deno.test("r16 code techniques leave their benign look-alikes alone", () => {
  for (const [key, value, tool] of BENIGN) strictEqual(blocks(key, value, tool), false, value);
});
