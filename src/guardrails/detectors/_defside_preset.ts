/**
 * Definition side effects by PRESET, with no concealment needed: a field whose `default`, `const`
 * or only `enum` value picks the broadest or most dangerous option for the user, where the tool's
 * job needs the narrowest one (tool poisoning through the schema, CyberArk "full-schema
 * poisoning"; MITRE ATT&CK T1485 data destruction, T1562 impair defences, T1098 account
 * manipulation; OWASP MCP Top 10). Structural signals, each judged on the preset value:
 *
 * - scope: a destructive or change-making job whose scope/range field defaults to the broadest
 *   choice (`group`, `all`, `tenant`, `*`) while a narrower choice exists or the field is a
 *   version range;
 * - action swap: a field whose enum holds the tool's own verb but defaults to a destroying one;
 * - interlock: a bypass/override/inhibit field about a safety function preset to on or to a list;
 * - nested destination: a preset object carrying a destination account of someone else;
 * - error-reporting DSN: a preset DSN with an embedded key, so reports go to the key's owner;
 * - trust patch: text that rewrites another tool's confirmation, allow-list or hint;
 * - shared cache: a preset that caches personal pages while ignoring cookies or authorisation;
 * - public store: the only storage choice publishes or sells what it stores;
 * - shipped secrets: a preset that uploads, syncs or attaches `.env`, `~/.ssh`, `~/.aws` …;
 * - open grant: a preset access rule whose principal is everyone (`*`, `User:*`, `allUsers`,
 *   `0.0.0.0/0`) and which allows or grants all, with no deny.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { identifierWords } from "./_definition_grammar.ts";
import { job } from "./_defharvest.ts";
import { r16Views } from "./_definition_r16.ts";

const MAX_FIELDS = 100;

/** A job that changes or removes things (the broadest preset then matters). */
const CHANGE_JOB =
  /\b(?:retir\w{1,3}|wip\w{1,3}|eras\w{1,3}|delet\w{1,3}|remov\w{1,3}|reset\w{0,3}|disabl\w{1,3}|revok\w{1,3}|deprecat\w{1,3}|unpublish\w{0,3}|yank\w{0,3}|lock\w{0,3}|suspend\w{0,3}|terminat\w{1,3}|block\w{0,3}|deactivat\w{1,3}|archiv\w{1,3}|purg\w{1,3}|kill\w{0,3}|shut\s?down\w{0,3}|reboot\w{0,3}|restart\w{0,3}|offboard\w{0,3}|destroy\w{0,3}|drop\w{0,3}|cancel\w{0,3}|expir\w{1,3}|rotat\w{1,3}|quarantin\w{1,3}|isolat\w{1,3}|revo[cg]\w{1,4}|widerruf\w{0,3}|sperr\w{1,3}|l[öo]sch\w{1,3}|borr\w{1,4}|supprim\w{1,4}|elimin\w{1,4}|bloqu\w{1,4}|blocc\w{1,4}|d[ée]sactiv\w{1,4}|desativ\w{1,4}|hapus\w{0,3}|blokir\w{0,3}|nonaktif\w{0,4})\b/i;
/** Scope and range fields. */
const SCOPE_NAME =
  /^(?:\w{1,12}\s)?(?:scope|target|range|version|version range|semver|apply to|applie to|level|selection|audience|extent|reach|cover)$/;
const RANGE_NAME = /(?:^|\s)(?:range|version|semver)$/;
/** The broadest choice of a scope. */
const BROAD =
  /^(?:\*|all|any|every\w{0,5}|group|groups|tenant|tenant[\s_-]?wide|org|org[\s_-]?wide|organi[sz]ation\w{0,5}|global|fleet|entire\w{0,8}|whole\w{0,8}|site[\s_-]?wide|domain|account|workspace|>=?\s?0(?:\.0){0,2}|x|x\.x\.x|latest|alle?s?|todos?|todas?|tous|toutes|tutti|semua)$/i;
/** Destroying actions (a preset of the action field). */
const DESTROY =
  /^(?:wipe|full[\s_-]?wipe|factory[\s_-]?reset|erase\w{0,4}|purge|destroy|delete|hard[\s_-]?delete|drop|format|shred|nuke|terminate)$/i;
/** Safety functions and their bypass. */
const BYPASS_NAME =
  /(?:^|\s)(?:bypass\w{0,3}|inhibit\w{0,3}|override\w{0,3}|defeat\w{0,3}|jumper\w{0,3}|shunt\w{0,3}|forc\w{1,3}|mute\w{0,3}|suppress\w{0,3}|überbrück\w{0,5}|uberbruck\w{0,5}|puente\w{0,3}|anular|contourn\w{0,5}|pontage|bypas)(?:\s|$)/;
const SAFETY =
  /\b(?:safety|sis|esd|interlock\w{0,3}|trips?|shutdowns?|emergency\s{1,3}stop|e-stop|alarms?|protection|relief|guard\w{0,3}|sicherheit\w{0,12}|abschaltung\w{0,3}|schutz\w{0,10}|verriegelung\w{0,3}|not-?aus|seguridad|disparo\w{0,2}|enclavamiento\w{0,2}|sécurité|déclenchement\w{0,2}|sicurezza|segurança|intertrav\w{0,6})\b/iu;
/** A nested key that names where something goes. */
const DEST_KEY =
  /^(?:(?:destination|dest|target|to|recipient|beneficiary|payee|pool|pooling|tujuan|penerima|ziel|destino|destinatario|destinataire|bestemming|mottagare|hedef|alıcı|odbiorca|docelow\w{1,2})[\s_-]?(?:account|acct|akun|konto|cuenta|compte|conta|wallet|member|iban|no|number|id|hesap|rekening)?|(?:account|acct|akun|konto|cuenta|compte|conta|wallet|member|hesap|rekening)[\s_-]?(?:tujuan|destino|destination|dest|target|ziel|destinataire|penerima|hedef|docelowe))$/i;
/** A value that names a concrete account (digits, an IBAN, an address, a handle). */
const ACCOUNT_VALUE =
  /\d[\d\s-]{4,}\d|\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b|[\w.+-]+@[\w-]+\.[\w.-]+|^0x[0-9a-f]{20,}$/i;
const PLACEHOLDER =
  /\b(?:example|sample|placeholder|your|xxx+|0000\s?0000|1234\s?5678|test|dummy)\b/i;
/** A DSN with its key inside: reports go to whoever owns that project. */
const KEYED_DSN = /^https?:\/\/[0-9a-f]{16,64}(?::[0-9a-f]{16,64})?@([\w.-]{3,100})\/[\w-]{1,40}$/i;
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|localhost|invalid|test|local)$/i;
/** Another tool's safeguard rewritten by a path: `/tools/<name>/confirmation`, `tools.x.allowlist`. */
const TRUST_PATCH = new RegExp(
  [
    String
      .raw`["']\/?(?:tools|servers|mcpServers|permissions|polic(?:y|ies)|settings|registry)\/[\w.-]{1,60}\/(?:[\w.-]{1,40}\/){0,2}(?:confirm\w{0,12}|approv\w{0,12}|require\w{0,16}|allow\w{0,12}|deny\w{0,8}|block\w{0,8}|destructiveHint|readOnlyHint|auto_?approve\w{0,4}|trust\w{0,6}|sandbox\w{0,4}|permissions?)["']`,
    String
      .raw`\btools?\.[\w-]{2,40}\.(?:confirm\w{0,12}|approv\w{0,12}|allow\w{0,12}|auto_?approve\w{0,4}|destructiveHint|trust\w{0,6})\s{0,3}[:=]\s{0,3}["']?(?:never|false|none|off|0|\*|always|true|\[\s{0,3}["']\*)`,
  ].join("|"),
  "i",
);
const TRUST_GATE = /tools|servers|permissions|polic|settings|registry/i;
/** A preset that caches personal responses while leaving cookies or authorisation out of the key. */
const SHARED_CACHE = new RegExp(
  [
    String
      .raw`\bcach\w{0,4}\b[^.;\n]{0,120}?\b(?:personali[sz]ed|account|private|logged[\s-]in|authenticated|user[\s-]specific|per[\s-]user|billing|profile|checkout|\/me)\b[^.;\n]{0,120}?\bignor\w{1,3}\s{1,3}(?:the\s{1,3})?(?:cookies?|authori[sz]ation|auth|session\w{0,3}|set-cookie)\b`,
    String
      .raw`\bignor\w{1,3}\s{1,3}(?:the\s{1,3})?(?:cookies?|authori[sz]ation|auth|session\w{0,3})\b[^.;\n]{0,120}?\bcach\w{0,4}\b[^.;\n]{0,80}?\b(?:personali[sz]ed|account|private|logged[\s-]in|authenticated|user[\s-]specific|per[\s-]user|billing|profile|checkout)\b`,
    String
      .raw`\b(?:account|api\/me|users?\/self|billing|profile|checkout|orders)\b[^;\n]{0,160}?\bignore_?cookies\s{0,3}[=:]\s{0,3}true\b`,
  ].join("|"),
  "i",
);
const NEGATED = /\b(?:never|not|don't|do\s{1,3}not|bypass\w{0,3}|exclud\w{1,3}|except)\b/i;
/** What the only storage choice does with what it stores: sells it or makes it public. */
const SOLD_PUBLIC =
  /\b(?:for\s{1,3}(?:purchase|sale)|(?:re)?sold\b|publicly\s{1,3}(?:listed|available|searchable|accessible|visible|indexed)|anyone\s{1,3}(?:can|may)\s{1,3}(?:view|read|download|buy|search)|open\s{1,3}to\s{1,3}the\s{1,3}public|indexed\s{1,3}by\s{1,3}search\s{1,3}engines|a\s{1,3}la\s{1,3}venta|en\s{1,3}vente|zum\s{1,3}(?:Verkauf|Kauf)|à\s{1,3}venda|in\s{1,3}vendita|öffentlich\s{1,3}(?:zugänglich|einsehbar|sichtbar)|públicamente|publiquement)/iu;
const PUBLISH_JOB =
  /\b(?:publish\w{0,3}|share\w{0,3}|sell\w{0,3}|list\w{0,3}\s{1,3}for\s{1,3}sale|marketplace|post\w{0,3}|public\w{0,3}|open\s{1,3}data|release\w{0,3})\b/i;

type Schema = Record<string, unknown>;

/** Keys of an access rule that name who it covers. */
const PRINCIPAL_KEY =
  /^(?:principals?|grantees?|members?|subjects?|identit(?:y|ies)|who|users?|accounts?|roles?[\s_-]?members?|source[\s_-]?(?:ranges?|cidrs?|ips?)|cidrs?|allow[\s_-]?from|entity)$/i;
/** Everyone: a wildcard principal, the public groups of the clouds, an open network range. */
const EVERYONE =
  /^(?:\*|(?:user|group|role|principal):\*|all[\s_-]?users|all[\s_-]?authenticated[\s_-]?users|everyone|anyone|anonymous|public|world|any|0\.0\.0\.0\/0|::\/0|https?:\/\/acs\.amazonaws\.com\/groups\/global\/AllUsers)$/i;
/** Keys of an access rule that name what it grants, and a granting value. */
const GRANT_KEY =
  /^(?:permissions?|effect|operations?|actions?|access|access[\s_-]?level|role|rights?|privileges?|type)$/i;
const GRANTS =
  /^(?:allow|grant(?:ed)?|all|\*|full[\s_-]?control|owner|admin(?:istrator)?|write|writer|read[\s_-]?write|rw|manage|edit(?:or)?|contributor)$/i;
const DENIES = /^(?:deny|denied|none|no|block|revoke)$/i;
const SECRET_JOB = /\b(?:secrets?|env|dotenv|ssh|credentials?|keys?|vault|dotfiles?|config)\b/i;
const OPEN_JOB = /\b(?:public\w{0,4}|publish\w{0,3}|share\w{0,3}|open\w{0,3}|expose\w{0,3})\b/i;

/** A path to where a user's secrets live: dotenv files, SSH and cloud credentials, tool configs. */
const SECRET_PATH =
  /^(?:~|\$HOME|\.)?\/?(?:[\w.-]{1,40}\/){0,3}(?:\.env(?:\.[\w-]{1,20})?|\.ssh|id_(?:rsa|ed25519|ecdsa|dsa)|\.aws(?:\/credentials)?|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.kube(?:\/config)?|\.docker\/config\.json|\.gnupg|\.config|\.password-store)\/?$/;
/** A key or field that ships what it lists somewhere (uploads, syncs, attaches, backs up). */
const SHIP_KEY =
  /(?:^|[\s_-])(?:sync\w{0,4}|upload\w{0,4}|attach\w{0,5}|shar\w{1,4}|send\w{0,3}|export\w{0,3}|backup\w{0,3}|mirror\w{0,3}|extra|include\w{0,3}|collect\w{0,3}|bundle\w{0,3}|artifacts?)(?:$|[\s_-])/i;

/**
 * A preset that ships the user's secret stores: a field (or a key of a preset object) about what
 * is uploaded, synced or attached whose preset lists `.env`, `~/.ssh`, `~/.aws`, `~/.config` …
 */
function shippedSecretPath(name: string, s: Schema, v: unknown): string | undefined {
  const pairs: Array<[string, unknown]> = typeof v === "object" && v && !Array.isArray(v)
    ? Object.entries(v as Record<string, unknown>).slice(0, 30)
    : [[name, v]];
  for (const [k, x] of pairs) {
    const about = `${k} ${k === name ? fieldText(s) : ""}`;
    if (!SHIP_KEY.test(about)) continue;
    const vals = (Array.isArray(x) ? x : [x]).slice(0, 20)
      .filter((y): y is string => typeof y === "string");
    const hit = vals.find((y) => SECRET_PATH.test(y.trim()));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * A preset access rule that opens the resource to everyone: an entry whose principal is a
 * wildcard or public group and which grants (allow / all / write / owner), with no deny.
 */
function openGrant(v: unknown): string | undefined {
  const rules = (Array.isArray(v) ? v : [v]).slice(0, 20);
  for (const r of rules) {
    if (!r || typeof r !== "object" || Array.isArray(r)) continue;
    let who: string | undefined, grants = false, denies = false;
    for (const [k, x] of Object.entries(r as Record<string, unknown>).slice(0, 30)) {
      const vals = (Array.isArray(x) ? x : [x]).slice(0, 10)
        .filter((y): y is string => typeof y === "string").map((y) => y.trim());
      // An outbound rule to anywhere is the ordinary default, not an open door.
      if (vals.some((y) => /^(?:egress|outbound)$/i.test(y))) denies = true;
      if (PRINCIPAL_KEY.test(k)) who ??= vals.find((y) => EVERYONE.test(y));
      if (GRANT_KEY.test(k)) {
        if (vals.some((y) => GRANTS.test(y))) grants = true;
        if (vals.some((y) => DENIES.test(y))) denies = true;
      }
    }
    if (who && grants && !denies) return who;
  }
  return undefined;
}

/** A literal value an instruction can set a field to: a long number, a mail address, an IBAN. */
const LITERAL =
  /(?<![\w.])(?:\+?\d[\d\s-]{5,22}\d|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,60}|[A-Z]{2}\d{2}[A-Z0-9]{10,30})(?![\w])/;

/**
 * A sentence hidden by percent-encoding in the description (a "config" query string to decode
 * and obey) that names one of the tool's own fields and a literal value for it: whatever the
 * language of the hidden sentence, an honest definition does not encode the value a field gets.
 */
function encodedOverride(desc: string, props: Record<string, unknown>): string | undefined {
  if (!desc.includes("%")) return undefined;
  const views = r16Views(desc);
  if (views.length === 0) return undefined;
  const names = Object.keys(props).slice(0, MAX_FIELDS).filter((n) => n.length >= 3);
  for (const v of views) {
    for (const n of names) {
      const at = v.indexOf(n);
      if (at < 0) continue;
      const near = v.slice(at + n.length, at + n.length + 60);
      if (LITERAL.test(near)) return n;
    }
  }
  return undefined;
}

function presetOf(s: Schema): unknown {
  if ("const" in s) return s.const;
  if ("default" in s) return s.default;
  if (Array.isArray(s.enum) && s.enum.length === 1) return s.enum[0];
  return undefined;
}

function fieldText(s: Schema): string {
  const parts: string[] = [];
  if (typeof s.description === "string") parts.push(s.description.slice(0, 2000));
  for (const k of ["enumDescriptions", "markdownEnumDescriptions", "x-enumDescriptions"]) {
    const v = s[k];
    if (Array.isArray(v)) parts.push(...v.slice(0, 20).filter((x) => typeof x === "string"));
  }
  return parts.join("\n");
}

function hit(tool: ToolDefinition, path: string, what: string): PathHit {
  return {
    path,
    kind: "definition_side_effect",
    severity: "high",
    reason: `${JSON.stringify(tool.name)} presets ${what} — a harmful choice the user did not make`,
  };
}

/** The first preset of `tool` that picks the broadest or most dangerous option. */
export function harmfulPreset(tool: ToolDefinition): PathHit | undefined {
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  const desc = typeof tool.description === "string" ? tool.description.slice(0, 8000) : "";
  if (desc && TRUST_GATE.test(desc) && TRUST_PATCH.test(desc)) {
    return hit(tool, "$.description", "a rewrite of another tool's confirmation or allow-list");
  }
  if (!props || typeof props !== "object") return undefined;
  const encoded = encodedOverride(desc, props as Record<string, unknown>);
  if (encoded !== undefined) {
    return hit(
      tool,
      "$.description",
      `a value for its own field ${JSON.stringify(encoded)} in percent-encoded text`,
    );
  }
  let jobText: string | undefined;
  let nameWords: Set<string> | undefined;
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS)) {
    if (!p || typeof p !== "object") continue;
    const s = p as Schema;
    const v = presetOf(s);
    if (v === undefined || v === null || v === false || v === "") continue;
    const path = `$.inputSchema.properties.${name}`;
    const words = identifierWords(name).join(" ");
    const enumVals = Array.isArray(s.enum) ? s.enum.filter((x) => typeof x === "string") : [];
    // Scope: the broadest choice preset for a job that changes or removes things.
    if (typeof v === "string" && SCOPE_NAME.test(words) && BROAD.test(v.trim())) {
      const narrower = enumVals.some((x) => !BROAD.test(x.trim()));
      if (narrower || RANGE_NAME.test(words)) {
        jobText ??= job(tool);
        if (CHANGE_JOB.test(jobText)) {
          return hit(tool, path, `the broadest scope ${JSON.stringify(v)}`);
        }
      }
    }
    // Action swap: the enum holds the tool's own verb, the preset destroys instead.
    if (typeof v === "string" && enumVals.length >= 2 && DESTROY.test(v.trim())) {
      nameWords ??= new Set(identifierWords(tool.name));
      const own = enumVals.some((x) =>
        x !== v && identifierWords(x).some((w) => nameWords!.has(w))
      );
      if (own && !identifierWords(v).some((w) => nameWords!.has(w))) {
        return hit(tool, path, `the destroying action ${JSON.stringify(v)} instead of its own`);
      }
    }
    // Interlock: a safety function bypassed by a preset that is on or lists what it bypasses.
    if (
      BYPASS_NAME.test(words) && (v === true || (Array.isArray(v) && v.length > 0)) &&
      SAFETY.test(`${words} ${fieldText(s)} ${Array.isArray(v) ? v.slice(0, 10).join(" ") : ""}`)
    ) {
      return hit(tool, path, "a bypass of safety functions");
    }
    // Nested destination: a preset object that names an account for something to go to.
    if (typeof v === "object" && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 30)) {
        if (
          typeof x === "string" && DEST_KEY.test(k) && ACCOUNT_VALUE.test(x) &&
          !PLACEHOLDER.test(x)
        ) {
          return hit(tool, path, `a destination account ${JSON.stringify(x.slice(0, 60))}`);
        }
      }
    }
    // An access rule preset open to everyone (a wildcard principal that is allowed everything).
    if (typeof v === "object") {
      const who = openGrant(v);
      // A tool whose job is to publish or share openly presets that on purpose.
      if (who !== undefined && !OPEN_JOB.test(identifierWords(tool.name).join(" "))) {
        return hit(tool, path, `an access rule that grants ${JSON.stringify(who)} (everyone)`);
      }
    }
    // A preset that uploads or syncs the user's secret stores along with the job.
    if (typeof v === "object" || typeof v === "string") {
      const store = shippedSecretPath(name, s, v);
      if (store !== undefined && !SECRET_JOB.test(identifierWords(tool.name).join(" "))) {
        return hit(tool, path, `the upload of a secret store ${JSON.stringify(store)}`);
      }
    }
    // Error reporting to a project whose key the definition fixes.
    if (typeof v === "string") {
      const m = KEYED_DSN.exec(v.trim());
      if (m && !EXAMPLE_HOST.test(m[1])) {
        return hit(tool, path, `a reporting DSN owned by someone else (${m[1]})`);
      }
    }
    const text = fieldText(s);
    // Shared cache of personal responses.
    const t = `${text}\n${typeof v === "string" ? v.slice(0, 2000) : ""}`;
    if (/cach|cookie/i.test(t)) {
      for (const line of t.split(/(?<=[.;!?])\s+|\n/)) {
        if (SHARED_CACHE.test(line) && !NEGATED.test(line)) {
          return hit(
            tool,
            path,
            "a cache rule that serves personal pages without the user's cookies",
          );
        }
      }
    }
    // Public store: the only storage choice sells or publishes what it stores.
    const only = "const" in s || enumVals.length === 1;
    if (only && text && SOLD_PUBLIC.test(text)) {
      jobText ??= job(tool);
      if (!PUBLISH_JOB.test(jobText)) {
        return hit(tool, path, "the only storage that sells or publishes");
      }
    }
  }
  return undefined;
}
