/**
 * `code_injection` — payloads aimed at an interpreter behind a tool rather than a shell:
 * server-side template injection (Jinja/Twig/Freemarker/Velocity/EL/ERB introspection and
 * sandbox escapes), language-level code execution (`__import__('os')`, `Runtime.getRuntime()`,
 * `child_process`, …), and unsafe deserialization gadgets (YAML language tags, Java/.NET/PHP/
 * Python pickle serialized objects, node-serialize functions).
 *
 * Written for the technique: each rule matches the *mechanism* (an introspection chain, a
 * language tag that constructs objects, a serialization magic header), not sample payloads.
 * Context matters: values under code-like keys (`template`, `expression`, `code`, `yaml`, …) get
 * the full rule set; free text (queries, messages, documents) only the unambiguous chains, so a
 * code search for "os.system(" or a README mentioning `{{ name }}` passes.
 */
import { z } from "zod";
import type { FieldContext, Finding, Severity, TextDetector } from "../types.ts";
import { scanError } from "./_scan_error.ts";

/** Options. */
export const CodeInjectionOptionsSchema = z.strictObject({
  /** Extra property names treated as code-like (strict) fields. */
  strict_keys: z.array(z.string()).default([]),
  /** Also flag bare arithmetic template probes like `{{7*7}}` (medium in code-like fields). */
  flag_probes: z.boolean().default(true),
});
/** Parsed options. */
export type CodeInjectionOptions = z.infer<typeof CodeInjectionOptionsSchema>;

const CODE_KEYS =
  /^(template|tpl|tmpl|expr|expression|formula|code|script|source|src_code|snippet|eval|exec|program|lambda|function|fn|filter|predicate|yaml|yml|pickle|payload|serialized|object|obj|data|blob|state|session|body_template|jinja|render)$/;

interface Rule {
  kind: string;
  re: RegExp;
  severity: Severity;
  /** Applies in free-text fields too (unambiguous mechanism). */
  anywhere: boolean;
  reason: string;
}

// Template delimiters: {{ }}, {% %}, ${ }, #{ }, <%= %>, <# >, #set(
const TPL_OPEN = String.raw`(?:\{\{|\{%|\$\{|#\{|<%=?|<#|#set\s*\()`;
// Python/Jinja object-model introspection used to escape template sandboxes.
const DUNDER = String
  .raw`__(?:class|mro|base|bases|subclasses|globals|builtins|import|init|getattribute|dict|reduce|loader|spec)__`;

const RULES: Rule[] = [
  {
    kind: "ssti_introspection",
    re: new RegExp(
      `${TPL_OPEN}[^\\n]{0,200}?(?:${DUNDER}|\\|\\s*attr\\s*\\(|\\b(?:lipsum|cycler|joiner|namespace|url_for|get_flashed_messages)\\s*\\.\\s*__)`,
      "i",
    ),
    severity: "high",
    anywhere: true,
    reason: "Template expression walks the object model (a template sandbox escape)",
  },
  {
    kind: "ssti_config",
    re: new RegExp(
      `${TPL_OPEN}\\s*(?:config|settings|self|request\\.application|_self\\.env|app\\.config)\\b[^}\\n]{0,80}`,
      "i",
    ),
    severity: "high",
    anywhere: false,
    reason: "Template expression reads the application's configuration or environment",
  },
  {
    kind: "ssti_java",
    re: new RegExp(
      String
        .raw`(?:\$\{|#\{|\*\{|T\s*\(|<#)[^}\n]{0,200}?(?:java\.lang\.(?:Runtime|ProcessBuilder|System)|getRuntime\s*\(|\.getClass\s*\(\s*\)\s*\.forName|freemarker\.template\.utility\.Execute|javax\.script)`,
      "i",
    ),
    severity: "high",
    anywhere: true,
    reason: "Expression-language payload reaches the Java runtime (code execution)",
  },
  {
    kind: "ssti_erb",
    re: /<%=?\s*(?:system|exec|spawn|`|%x|IO\.popen|Open3|File\.read|eval)\b/i,
    severity: "high",
    anywhere: true,
    reason: "ERB template runs a system command",
  },
  {
    kind: "template_probe",
    re: /(?:\{\{|\$\{|#\{|<%=)\s*\d{1,6}\s*[*+\-/]\s*\d{1,6}\s*(?:\}\}|\}|%>)/,
    severity: "medium",
    anywhere: false,
    reason: "Template arithmetic probe (tests whether input is evaluated as a template)",
  },
  {
    kind: "python_exec",
    re:
      /__import__\s*\(\s*['"](?:os|subprocess|sys|socket|pty|shutil|builtins|importlib|ctypes)['"]\s*\)|\b(?:os\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?)|subprocess\.(?:Popen|call|run|check_output|getoutput)|pty\.spawn|commands\.getoutput)\s*\(/,
    severity: "high",
    anywhere: false,
    reason: "Python code that runs system commands",
  },
  {
    kind: "python_exec_chain",
    re:
      /__import__\s*\(\s*['"](?:os|subprocess|pty)['"]\s*\)\s*\.\s*(?:system|popen|Popen|spawn|run|call|check_output)\s*\(/,
    severity: "high",
    anywhere: true,
    reason: "Python one-liner that imports a module and runs a system command",
  },
  {
    kind: "python_eval",
    re:
      /\b(?:eval|exec|compile)\s*\(\s*(?:['"]|base64|bytes|codecs|__import__|input\s*\(|open\s*\()/,
    severity: "medium",
    anywhere: false,
    reason: "Python code that evaluates a string or decoded data",
  },
  {
    kind: "js_exec",
    re:
      /require\s*\(\s*['"](?:node:)?child_process['"]\s*\)|process\.(?:mainModule|binding)\b|\bchild_process\s*\.\s*(?:exec|execSync|spawn|spawnSync|fork)\s*\(|\bnew\s+Function\s*\(|\bDeno\.(?:run|Command)\b|\bBun\.spawn/,
    severity: "high",
    anywhere: false,
    reason: "JavaScript code that spawns processes or builds functions from strings",
  },
  {
    kind: "js_exec_chain",
    re:
      /require\s*\(\s*['"](?:node:)?child_process['"]\s*\)\s*\.\s*(?:exec|execSync|spawn|spawnSync)\s*\(|this\.constructor\.constructor\s*\(|constructor\s*\[\s*['"]constructor['"]\s*\]\s*\(/,
    severity: "high",
    anywhere: true,
    reason: "JavaScript sandbox escape or process spawn",
  },
  {
    kind: "java_exec",
    re:
      /Runtime\s*\.\s*getRuntime\s*\(\s*\)\s*\.\s*exec\s*\(|new\s+(?:java\.lang\.)?ProcessBuilder\s*\(/,
    severity: "high",
    anywhere: true,
    reason: "Java code that runs system commands",
  },
  {
    kind: "php_exec",
    re:
      /<\?(?:php|=)?[^?]{0,200}?\b(?:system|shell_exec|passthru|exec|popen|proc_open|assert|eval)\s*\(|\bpreg_replace\s*\(\s*['"](.).*\1[a-z]*e[a-z]*['"]/i,
    severity: "high",
    anywhere: true,
    reason: "PHP code that runs commands or evaluates strings",
  },
  {
    kind: "yaml_language_tag",
    re:
      /!!(?:python\/(?:object|name|module|apply)|js\/(?:function|eval|undefined|regexp)|javax?\.|java\.|ruby\/(?:object|hash|struct)|php\/object)|tag:yaml\.org,2002:(?:python|ruby|java|js)\//i,
    severity: "high",
    anywhere: true,
    reason: "YAML with a language tag that constructs objects (a deserialization gadget)",
  },
  {
    kind: "java_serialized",
    re: /\brO0AB[A-Za-z0-9+/]{8,}|\baced0005[0-9a-f]{8,}/i,
    severity: "high",
    anywhere: true,
    reason: "Java serialized object (deserialization gadgets run code on load)",
  },
  {
    kind: "dotnet_serialized",
    re:
      /AAEAAAD\/{5,}|"\$type"\s*:\s*"[^"]*(?:ObjectDataProvider|System\.Diagnostics\.Process|WindowsIdentity|TypeConfuseDelegate|ActivitySurrogateSelector)/i,
    severity: "high",
    anywhere: true,
    reason: ".NET serialized payload with a known code-execution gadget",
  },
  {
    kind: "php_serialized",
    re: /\bO:\d{1,4}:"[A-Za-z_\\][A-Za-z0-9_\\]{0,200}":\d{1,4}:\{/,
    severity: "high",
    anywhere: false,
    reason: "PHP serialized object (magic methods run on unserialize)",
  },
  {
    kind: "pickle",
    re:
      /\bgASV[A-Za-z0-9+/]{8,}|\\x80\\x0[2-5](?:\\x95)?|\bc(?:os|posix|subprocess|builtins|__builtin__|nt)\n(?:system|popen|Popen|eval|exec|getattr)\n/,
    severity: "high",
    anywhere: false,
    reason: "Python pickle stream (unpickling runs code)",
  },
  {
    kind: "node_serialize",
    re: /_\$\$ND_FUNC\$\$_\s*function/,
    severity: "high",
    anywhere: true,
    reason: "node-serialize function payload (runs when deserialized)",
  },
];

const TRIGGER = /[{$#<%!_]|rO0AB|aced0005|gASV|AAEAAAD|Runtime|ProcessBuilder|\(/i;

function isStrict(field: FieldContext, opts: CodeInjectionOptions): boolean {
  const k = field.key;
  if (!k) return false;
  return CODE_KEYS.test(k) || opts.strict_keys.includes(k);
}

function scan(text: string, field: FieldContext, opts: CodeInjectionOptions): Finding[] {
  try {
    if (text.length < 5 || !TRIGGER.test(text)) return [];
    const strict = isStrict(field, opts);
    const out: Finding[] = [];
    const where = field.key ? `"${field.key}"` : "the value";
    for (const r of RULES) {
      if (!strict && !r.anywhere) continue;
      if (r.kind === "template_probe" && !opts.flag_probes) continue;
      const m = r.re.exec(text);
      if (!m) continue;
      out.push({
        detector: "code_injection",
        kind: r.kind,
        severity: r.severity,
        reason: `${r.reason} in ${where}`,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
    return out;
  } catch {
    // Fail closed: a value the detector could not judge is reported, and the policy decides.
    return [scanError("code_injection")];
  }
}

/** The code-injection detector. */
export const codeInjectionDetector: TextDetector<CodeInjectionOptions> = {
  id: "code_injection",
  description: "Template injection, interpreter code execution and unsafe deserialization payloads",
  stages: ["input"],
  redactable: false,
  optionsSchema: CodeInjectionOptionsSchema,
  scan,
};
