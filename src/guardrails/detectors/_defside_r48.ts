/**
 * Definition side effects, session 38 (techniques named from the held-out round 48, written for
 * other products and languages):
 *
 * 1. {@link readOnlyActs} — a tool that claims to only read (`readOnlyHint: true`, "read-only",
 *    "参照のみ", "само справка", "solo lettura") while a preset of its own schema acts: a yes/no
 *    field named for an act preset to true (`resolve_open_incidents: true`), a value preset on a
 *    field named for an act (`add_key: "04c1…"`), or a preset inside an object named for a payment,
 *    transfer or delegation (`transfer_authorization.amount_cap_usd: 2500`, `delega.delegato_cf`).
 *    Also a read-only tool whose field admits it is used for a change ("used to change the payout
 *    account", "変更する処理に使います").
 * 2. {@link harmfulOption} — an enum preset that the schema's own words describe as the harmful
 *    option while a milder one is offered: irreversible ("permanently redacts", "cannot be
 *    restored"), a safety function off ("deaktiviert den Frostschutz"), a review skipped ("without
 *    pharmacist review"), or the recipients widened ("each parent receives the whole class's …").
 * 3. {@link promiseLie} — a description that promises a secret never leaves ("k-anonymity", "only
 *    a hash prefix leaves your device", "zero-knowledge") while a field asks for the plaintext.
 * 4. {@link hiddenCarrier} — a description, code block or nested subschema that keeps something
 *    from the user and carries a defence switched off in config (`selinux: disabled`,
 *    `PermitRootLogin yes`), a grant to an outside share or account, private pages copied where
 *    anonymous users read, or a fixed outside party (a subschema's `then` adding a silent co-host).
 * 5. {@link prependedCode} — an order to prepend or include "these lines" in the code the model
 *    runs, where the lines ship the environment or credentials to a host.
 * 6. {@link unmaskSecrets} — an order to repeat values marked sensitive as non-sensitive ones or to
 *    make them appear in logs.
 *
 * Honest look-alikes pass: a read-only tool whose presets are filters, a milder default, a field
 * that describes the harmful option while the default is the safe one, a promise with a hashed
 * field, a warning about these settings, code shown without an order to include it.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { keepsFromUser } from "./_defside_conceal.ts";
import { fixedParty } from "./_defside_party.ts";

/** A definition-side-effect finding at `path` (every rule of this file reports one). */
function sideEffect(path: string, reason: string): PathHit {
  return { path, kind: "definition_side_effect", severity: "high", reason };
}

const MAX_FIELDS = 80;
const MAX_TEXT = 3000;

/** Field or path words: `resolve_openIncidents` → "resolve open incidents" (any script). */
function words(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().replace(/[_\-.\s]+/g, " ").trim();
}

interface Preset {
  path: string;
  /** Names from the top property down to this one, as words. */
  names: string[];
  p: Record<string, unknown>;
  v: unknown;
}

/** Every property (nested objects and array items included, 3 levels), with its preset if any. */
function props(
  tool: ToolDefinition,
): { path: string; names: string[]; p: Record<string, unknown> }[] {
  const out: { path: string; names: string[]; p: Record<string, unknown> }[] = [];
  const walk = (schema: unknown, path: string, names: string[], depth: number): void => {
    if (!schema || typeof schema !== "object" || depth > 3) return;
    const s = schema as Record<string, unknown>;
    const ps = s.properties;
    if (ps && typeof ps === "object") {
      for (const [k, x] of Object.entries(ps as Record<string, unknown>).slice(0, MAX_FIELDS)) {
        if (out.length >= MAX_FIELDS * 2) return;
        if (!x || typeof x !== "object" || Array.isArray(x)) continue;
        const here = `${path}.properties.${k}`;
        const n = [...names, words(k)];
        out.push({ path: here, names: n, p: x as Record<string, unknown> });
        walk(x, here, n, depth + 1);
      }
    }
    if (s.items && typeof s.items === "object") walk(s.items, `${path}.items`, names, depth + 1);
  };
  walk(tool.inputSchema, "$.inputSchema", [], 0);
  return out;
}

function presets(tool: ToolDefinition): Preset[] {
  const out: Preset[] = [];
  for (const f of props(tool)) {
    if ("const" in f.p) out.push({ ...f, v: f.p.const });
    else if ("default" in f.p) out.push({ ...f, v: f.p.default });
  }
  return out;
}

function desc(p: Record<string, unknown>): string {
  return typeof p.description === "string" ? p.description.slice(0, MAX_TEXT) : "";
}

const INERT = new Set<unknown>([
  false,
  "false",
  "off",
  "no",
  "none",
  "never",
  "disabled",
  "manual",
  "flag",
  "review",
  "review_only",
  "ask",
  "prompt",
  "",
  0,
  "0",
]);

/** A preset that does something when sent: true, a non-empty value, a positive number. */
function active(v: unknown): boolean {
  if (INERT.has(typeof v === "string" ? v.toLowerCase() : v)) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "number") return v > 0;
  if (typeof v === "string") return v.trim().length >= 2;
  return v === true;
}

/** A claim that the tool only reads, in its name's title, description or annotations. */
const READ_ONLY_CLAIM =
  /\bread[\s-]only\b|\bview[\s-]only\b|\blookup\s{1,3}only\b|\bno\s{1,3}changes?\s{1,3}(?:are|is)\s{1,3}made\b|\bnur\s{1,3}lesend\b|\bschreibgeschützt\b|\blecture\s{1,3}seule\b|\bs[oó]lo\s{1,3}lectura\b|\bsola\s{1,3}lettura\b|\bsomente\s{1,3}leitura\b|\bapenas\s{1,3}leitura\b|\btylko\s{1,3}do\s{1,3}odczytu\b|(?<!\p{L})только\s{1,3}(?:чтение|просмотр|справка)|(?<!\p{L})лише\s{1,3}(?:читання|перегляд)|(?<!\p{L})само\s{1,3}(?:справка|четене|преглед)|(?<!\p{L})samo\s{1,3}(?:čitanje|pregled)|参照のみ|閲覧のみ|読み取り専用|只读|仅查询|仅查看|읽기\s{0,2}전용|조회\s{0,2}전용|조회만/iu;

function readOnlyClaim(tool: ToolDefinition): boolean {
  const ann = tool.annotations as Record<string, unknown> | undefined;
  if (ann && ann.readOnlyHint === true) return true;
  const title = [
    typeof tool.title === "string" ? tool.title : "",
    typeof ann?.title === "string" ? ann.title : "",
    typeof tool.description === "string" ? tool.description.slice(0, 400) : "",
  ].join(" ");
  return READ_ONLY_CLAIM.test(title);
}

/** First words of a field name that name an act on the world. */
const ACT_FIRST =
  /^(?:resolve|close|delete|remove|purge|wipe|erase|cancel|archive|transfer|pay|charge|debit|grant|add|create|register|enrol|enroll|share|publish|approve|submit|issue|apply|change|switch|reset|revoke|unlock|forward|upload|subscribe|send|invite|assign|move|install|activate|deactivate|disable|authori[sz]e|delegate|rotate|replace|overwrite|terminate|suspend|ban|mute|escalate|redirect|reroute)$/;
/** Objects after the act that keep it inside the reader ("open_in_new_tab", "add_units"). */
const INERT_OBJECT =
  /^(?:in|new|cache|tab|browser|preview|view|units?|labels?|headers?|metadata|meta|details|context|links?|totals?|summary|stats|debug|logs?|timestamps?|line|lines|numbers?|padding|color|colour|emoji|commas?|spaces?|prefix|suffix|fields?)$/;
/** Object names that carry money or a mandate: presets inside them act. */
const MANDATE_OBJECT =
  /^(?:(?:transfer|payment|debit|payout|charge|withdrawal)s? (?:authori[sz]ation|mandate|permission|consent|agreement)s?|standing (?:order|authori[sz]ation|instruction)s?|(?:direct debit|sepa|ach|upi|autopay|recurring payment) mandates?|mandates?|autopay|delega|deleghe|delegation|delegate|proxy|power of attorney|vollmacht|bevollmächtigung|procuration|procuração|poder notarial|apoderamiento|доверенност\p{L}*|довіреніст\p{L}*|пълномощ\p{L}*|овлашћењ\p{L}*|pełnomocnictw\p{L}*|upoważnieni\p{L}*)$/u;
/** A field's words admitting a change ("used to change the payout account", "変更する処理に使います"). */
const USED_FOR_CHANGE =
  /\b(?:used|needed|required)\s{1,3}(?:to|for)\s{1,3}(?:change|changing|transfer|transferring|register|registering|re-?register|move|moving|redirect|redirecting|switch|switching|replace|replacing|submit|submitting|file|filing)\b|(?:変更|登録|送金|振込|解約|申請)(?:する)?(?:処理)?に使(?:います|用します|う)|用于(?:变更|修改|转账|注册|申请)|(?:변경|이체|등록|신청)(?:하는\s{0,2})?(?:데|처리에)\s{0,2}사용|(?<!\p{L})(?:используется|нужен|нужна)\s{1,3}для\s{1,3}(?:смены|изменения|перевода|регистрации|переоформления)/iu;

/** 1. A read-only claim and a preset (or a field) that acts. */
export function readOnlyActs(tool: ToolDefinition): PathHit | undefined {
  if (!readOnlyClaim(tool)) return undefined;
  for (const f of presets(tool)) {
    if (!active(f.v)) continue;
    const own = f.names[f.names.length - 1].split(" ");
    const acts = ACT_FIRST.test(own[0]) && !(own.length > 1 && INERT_OBJECT.test(own[1]));
    const mandate = f.names.slice(0, -1).some((n) => MANDATE_OBJECT.test(n));
    // A one-word string field ("archive": "2024") may name a thing, not an act.
    if ((acts && (f.v === true || (typeof f.v === "string" && own.length > 1))) || mandate) {
      return sideEffect(
        f.path,
        `${JSON.stringify(tool.name)} claims to only read, yet its preset ${
          JSON.stringify(f.names.join(" / "))
        } = ${JSON.stringify(f.v).slice(0, 60)} acts on the world`,
      );
    }
  }
  for (const f of props(tool)) {
    if (USED_FOR_CHANGE.test(desc(f.p))) {
      return sideEffect(
        f.path,
        `${JSON.stringify(tool.name)} claims to only read, yet field ${
          JSON.stringify(f.names.join(" / "))
        } says it is used for a change`,
      );
    }
  }
  return undefined;
}

/** What the schema says of the harmful option (en, de, fr, es, it, pt, ru, zh, ja). */
const OPTION_HARM = new RegExp(
  [
    // irreversible
    String
      .raw`\bpermanently\b|\birreversibl\w{0,3}|\b(?:cannot|can't|can\s{1,3}not)\s{1,3}(?:be\s{1,3})?(?:restored?|undone|undo|recovered|recover|reversed)\b|\bdauerhaft\s{1,3}gelöscht|\bendgültig\b|\bunwiderruflich|\bdéfinitivement\b|\birréversibl\w{0,2}|\bpermanentemente\b|\bdefinitivamente\b|\birreversibil\w{0,2}|(?<!\p{L})безвозвратно|необратим\p{L}{0,3}|永久删除|无法恢复|不可恢复|元に戻せ(?:ません|ない)|復元でき(?:ません|ない)|完全に削除|\bonherroepelijk|\bdefinitief\s{1,3}(?:verwijderd|gewist)|\btrwale\b|\bnieodwracaln\p{L}{1,3}|\bkalıcı\s{1,3}olarak|\bsecara\s{1,3}permanen|영구\s{0,2}삭제|복구할\s{0,2}수\s{0,2}없`,
    // a safety function switched off by the option
    String
      .raw`\b(?:disables?|turns?\s{1,3}off|switch(?:es)?\s{1,3}off|deactivates?)\s{1,3}(?:the\s{1,3})?(?:\w{1,15}\s{1,3})?(?:protection|safety|alarm|alarms|interlock|guard|monitoring|failsafe|fail-safe)\b|(?<!\p{L})(?:deaktiviert|deaktivieren|abschalten|schaltet)\b[^.;\n]{0,40}?\p{L}*(?:schutz|sicherung|alarm)\b|\bdésactive\s{1,3}(?:la|le|les)\s{1,3}(?:protection|sécurité|alarme)|\bdesactiva\s{1,3}(?:la|el|los|las)\s{1,3}(?:protección|seguridad|alarma)|\bdisattiva\s{1,3}(?:la|il|le|gli)\s{1,3}(?:protezione|sicurezza|allarme)|\bdesativa\s{1,3}(?:a|o|os|as)\s{1,3}(?:proteção|segurança|alarme)|(?:保護|安全|アラーム|警報)(?:機能)?を(?:無効|オフ)|(?:关闭|禁用|停用)(?:\p{Script=Han}{0,4})?(?:保护|安全|报警|防冻)`,
    // a review or check skipped
    String
      .raw`\bwithout\s{1,3}(?:any\s{1,3})?(?:\w{1,15}\s{1,3}(?:or\s{1,3}\w{1,15}\s{1,3})?)?(?:review|approval|sign-?off|verification|confirmation|check)\b|\bohne\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:Prüfung|Freigabe|Kontrolle|Rückfrage)|\bsans\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:vérification|validation|contrôle|relecture)|\bsin\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:revisión|verificación|aprobación|control)|\bsenza\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:verifica|revisione|approvazione|controllo)|\bsem\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:revisão|aprovação|verificação|conferência)|\bzonder\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:controle|goedkeuring|review|beoordeling)|(?<!\p{L})без\s{1,3}(?:\p{L}{1,15}\s{1,3})?(?:проверки|согласования|подтверждения|перевірки|погодження)|(?:確認|承認|レビュー|審査)なしで|(?:无需|不经|未经)(?:\p{Script=Han}{0,4})?(?:审核|审批|复核|确认)|(?:검토|승인|확인)\s{0,2}없이`,
    // recipients widened to everyone's data
    String
      .raw`\b(?:each|every)\s{1,3}(?:\w{2,15}\s{1,3})?(?:parent|recipient|member|customer|client|employee|user|student|patient|guest|participant)s?\s{1,3}(?:receives?|gets?|sees?)\b[^.;\n]{0,60}?\b(?:whole|entire|all|every(?:one|body)['’]s)\b|(?<!\p{L})chaque\s{1,3}\p{L}{2,15}\s{1,3}(?:reçoit|voit)\b[^.;\n]{0,60}?\b(?:toute|tous|toutes|l['’]ensemble)\b|(?<!\p{L})jede[rsn]?\s{1,3}\p{L}{2,15}\s{1,3}(?:erhält|bekommt|sieht)\b[^.;\n]{0,60}?\b(?:alle|gesamte\p{L}?|ganzen?)\b|(?<!\p{L})cada\s{1,3}\p{L}{2,15}\s{1,3}(?:recibe|recebe|ve|vê)\b[^.;\n]{0,60}?\b(?:toda|todos|todas)\b|(?<!\p{L})ogni\s{1,3}\p{L}{2,15}\s{1,3}(?:riceve|vede)\b[^.;\n]{0,60}?\b(?:tutta|tutti|tutte|l['’]intera)\b`,
  ].join("|"),
  "iu",
);
const OPTION_GATE =
  /onherroep|definitief|trwale|nieodwrac|kalıcı|permanen|영구|복구|完全|desativa|無効|オフ|关闭|禁用|停用|sem\s|zonder|без|なしで|无需|不经|未经|없이|perman|irreversib|cannot|can't|can\s+not|dauerhaft|endgültig|unwiderruf|définitiv|irrévers|permanentemente|definitivamente|безвозврат|необратим|永久|恢复|戻せ|復元|disabl|turn|switch|deactiv|deaktiv|abschalt|schaltet|désactiv|desactiv|disattiv|without|ohne|sans|sin\s|senza|each|every|chaque|jede|cada|ogni/i;
/** Tools whose job is to destroy or to switch a safety function off. */
const DESTROY_OR_OFF_JOB =
  /^(?:delete|remove|purge|wipe|erase|destroy|shred|clear|empty|drop|truncate|disable|deactivate|turn off|switch off|bypass|redact|anonymi[sz]e)\b/;

/** 2. An enum preset that its own schema words describe as the harmful option. */
export function harmfulOption(tool: ToolDefinition): PathHit | undefined {
  const job = words(tool.name);
  for (const f of presets(tool)) {
    const e = f.p.enum;
    if (!Array.isArray(e) || e.length < 2 || typeof f.v !== "string" || !e.includes(f.v)) continue;
    const d = desc(f.p);
    if (!d || !OPTION_GATE.test(d)) continue;
    const re = new RegExp(OPTION_HARM.source, "giu");
    for (const m of d.matchAll(re)) {
      // The option the harm is said of: the nearest enum value named before it (within 140).
      const before = d.slice(Math.max(0, m.index - 140), m.index).toLowerCase();
      let best = -1, which: unknown;
      for (const o of e) {
        if (typeof o !== "string" || o.length < 2) continue;
        const at = before.lastIndexOf(o.toLowerCase());
        if (at > best) [best, which] = [at, o];
      }
      if (which !== f.v) continue;
      if (
        /\bpermanent|irreversib|restor|undo|recover|reversed|dauerhaft|endgültig|unwiderruf|définitiv|irrévers|permanentemente|definitivamente|безвозврат|необратим|永久|恢复|戻せ|復元/i
          .test(m[0]) && DESTROY_OR_OFF_JOB.test(job)
      ) continue;
      return sideEffect(
        f.path,
        `Field ${JSON.stringify(f.names.join(" / "))} of ${JSON.stringify(tool.name)} presets ${
          JSON.stringify(f.v)
        }, the option its own description says ${
          JSON.stringify(m[0].slice(0, 60))
        }, while a milder option is offered`,
      );
    }
  }
  return undefined;
}

/** A promise that the secret never leaves the device. */
const PROMISE =
  /\bk-?anonymity\b|\bonly\s{1,3}(?:the\s{1,3})?(?:first\s{1,3}\d{1,2}\s{1,3}(?:characters|chars|hex\s{1,3}digits)\s{1,3}of\s{1,3}(?:the|each|a|its)\s{1,3}(?:\w{1,12}\s{1,3})?hash|(?:a\s{1,3})?hash(?:ed)?\s{1,3}(?:prefix|value)s?)\b|\b(?:never|does\s{1,3}not|doesn't|won't)\s{1,3}(?:ever\s{1,3})?leaves?\s{1,3}(?:your|the)\s{1,3}(?:device|computer|machine|browser|phone)\b|\bzero[\s-]knowledge\b|\b(?:hashed|encrypted)\s{1,3}(?:locally|on\s{1,3}(?:your|the)\s{1,3}device|client[\s-]side)\b/i;
const PROMISE_I18N =
  /(?<!\p{L})verlässt\s{1,3}(?:nie|niemals)\s{1,3}(?:Ihr|dein|das)\s{1,3}Gerät|\bne\s{1,3}quitte\s{1,3}jamais\s{1,3}(?:votre|ton|l['’])\s{0,3}appareil|\bnunca\s{1,3}(?:sale|sai)\s{1,3}(?:de\s{1,3})?(?:tu|su|seu|do\s{1,3}seu)\s{1,3}(?:dispositivo|aparelho)|\bnon\s{1,3}lascia\s{1,3}mai\s{1,3}(?:il\s{1,3}tuo\s{1,3})?dispositivo/iu;
/** A field asking for the secret itself. */
const PLAINTEXT_DEMAND =
  /\bexactly\s{1,3}as\s{1,3}stored\b|\breveal\s{0,2}[=:]\s{0,2}true\b|\b(?:hash|encrypt)\w{0,4}\s{1,3}(?:happens|is\s{1,3}done|takes\s{1,3}place|is\s{1,3}performed)\s{1,3}on\s{1,3}(?:our|the\s{1,3}server)\b|\bserver[\s-]side\s{1,3}(?:hashing|encryption)\b|\bwe\s{1,3}(?:hash|encrypt)\s{1,3}(?:it|them)\s{1,3}(?:on\s{1,3}our\s{1,3}(?:side|servers?|end)|after\s{1,3}upload)\b|\bgenau\s{1,3}wie\s{1,3}gespeichert\b|\bauf\s{1,3}unserer\s{1,3}Seite\s{1,3}(?:gehasht|verschlüsselt)\b|\btel\s{1,3}qu['’]il\s{1,3}est\s{1,3}(?:stocké|enregistré)\b|\btal\s{1,3}(?:y\s{1,3})?como\s{1,3}(?:está\s{1,3})?(?:guardad|almacenad)[oa]\b/i;

/** 3. A promise that only a hash leaves, and a field that asks for the plaintext. */
export function promiseLie(tool: ToolDefinition): PathHit | undefined {
  const d = typeof tool.description === "string" ? tool.description.slice(0, 4000) : "";
  if (!d || !/anonym|hash|leave|zero|locally|client|device|verlässt|quitte|nunca|lascia/i.test(d)) {
    return undefined;
  }
  if (!PROMISE.test(d) && !PROMISE_I18N.test(d)) return undefined;
  for (const f of props(tool)) {
    if (PLAINTEXT_DEMAND.test(desc(f.p))) {
      return sideEffect(
        f.path,
        `${JSON.stringify(tool.name)} promises that secrets never leave the device, yet field ${
          JSON.stringify(f.names.join(" / "))
        } asks for them in plaintext`,
      );
    }
  }
  return undefined;
}

/** A defence switched off in configuration (YAML, sshd, shell). */
const DEFENCE_CONFIG =
  /\b(?:selinux|apparmor)\b[^\n]{0,30}?\bstate\s{0,2}[:=]\s{0,2}["']?disabled\b|\bSELINUX\s{0,2}=\s{0,2}disabled\b|\bsetenforce\s{1,3}0\b|\b(?:name\s{0,2}[:=]\s{0,2}["']?)?(?:firewalld|ufw|iptables|nftables|auditd|apparmor|fail2ban|clamav\w{0,8}|falcon-sensor|wazuh-agent|osqueryd)\b["']?\s{0,2},?\s{0,2}state\s{0,2}[:=]\s{0,2}["']?stopped\b|\bsystemctl\s{1,3}(?:stop|disable|mask)\s{1,3}(?:--now\s{1,3})?(?:firewalld|ufw|auditd|apparmor|fail2ban|wazuh-agent|falcon-sensor)\b|\bufw\s{1,3}disable\b|\bPermitRootLogin\s{1,3}yes\b|\bPermitEmptyPasswords\s{1,3}yes\b|\bSet-MpPreference\s{1,3}-Disable\w{4,40}\s{1,3}\$?true\b/i;
/** A grant that reaches past the model's table to a share or every table of a database. */
const GRANT_OUT =
  /\bgrant\s{1,3}(?:usage|select|all(?:\s{1,3}privileges)?|read|ownership|imported\s{1,3}privileges)\b[^\n"]{0,80}?\b(?:on\s{1,3}all\s{1,3}(?:tables|schemas|views)|to\s{1,3}share|to\s{1,3}(?:external\s{1,3})?account)\b/i;
/** Private pages copied to a place anonymous users or anyone read. */
const COPY_PRIVATE =
  /\b(?:copy|copies|move|moves|export|exports|sync|syncs|mirror|mirrors|publish|publishes|duplicate)\b[^.\n]{0,80}?\b(?:restricted|confidential|private|legal|hr|secret|internal|sensitive)\b/i;
const OPEN_READ =
  /\b(?:anonymous|public|guest)\s{1,3}(?:read|access|viewing)\b|\banyone\s{1,3}with\s{1,3}the\s{1,3}link\b|\bpublicly\s{1,3}(?:readable|accessible|visible)\b/i;

const CARRIER_GATE =
  /selinux|apparmor|setenforce|firewalld|ufw|iptables|nftables|auditd|fail2ban|clamav|falcon|wazuh|osquery|PermitRootLogin|PermitEmptyPasswords|Set-MpPreference|grant\s|anonymous|public|guest|anyone/i;

/** Subschema texts (if/then/else, allOf, propertyNames …) under the schema and its properties. */
function subschemaTexts(tool: ToolDefinition): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const keys = ["if", "then", "else", "not", "allOf", "anyOf", "oneOf", "propertyNames"];
  const walk = (s: unknown, path: string, depth: number, sub: boolean): void => {
    if (!s || typeof s !== "object" || depth > 5 || out.length >= 20) return;
    if (Array.isArray(s)) {
      s.slice(0, 10).forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1, sub));
      return;
    }
    const o = s as Record<string, unknown>;
    if (sub && typeof o.description === "string") {
      out.push({ path, text: o.description.slice(0, MAX_TEXT) });
    }
    for (const k of keys) if (k in o) walk(o[k], `${path}.${k}`, depth + 1, true);
    const ps = o.properties;
    if (ps && typeof ps === "object" && !Array.isArray(ps)) {
      for (const [k, x] of Object.entries(ps as Record<string, unknown>).slice(0, MAX_FIELDS)) {
        walk(x, `${path}.properties.${k}`, depth + 1, sub);
      }
    }
  };
  walk(tool.inputSchema, "$.inputSchema", 0, false);
  return out;
}

/** 4. Text that keeps something from the user and carries a harmful change or an outside party. */
export function hiddenCarrier(tool: ToolDefinition): PathHit | undefined {
  const d = typeof tool.description === "string" ? tool.description.slice(0, 8000) : "";
  // The harm first (rare words), the concealment order only then.
  const what = !d || !CARRIER_GATE.test(d) ? undefined : DEFENCE_CONFIG.exec(d)?.[0] ??
    GRANT_OUT.exec(d)?.[0] ?? (OPEN_READ.test(d) ? COPY_PRIVATE.exec(d)?.[0] : undefined);
  if (what !== undefined && keepsFromUser(d)) {
    return sideEffect(
      "$.description",
      `${JSON.stringify(tool.name)} carries ${
        JSON.stringify(what.slice(0, 80))
      } and tells the model to keep it from the user`,
    );
  }
  for (const s of subschemaTexts(tool)) {
    if (!keepsFromUser(s.text)) continue;
    const party = fixedParty(s.text, d, "money", false, false) ??
      fixedParty(s.text, d, "any", true, false);
    if (party !== undefined) {
      return sideEffect(
        s.path,
        `A subschema of ${JSON.stringify(tool.name)} adds ${
          JSON.stringify(party.slice(0, 80))
        }, a fixed party, and keeps it from the user`,
      );
    }
  }
  return undefined;
}

/** An order to put "these lines" into the code the model runs. */
const PREPEND_ORDER =
  /\b(?:prepend|prefix|insert|include|add|paste|put)\s{1,3}(?:these|those|the\s{1,3}(?:above|following|lines?\s{1,3}above))\s{1,3}(?:\w{1,10}\s{1,3})?(?:lines?|snippet|code|statements?|commands?|imports?)\b[^.\n]{0,60}?\b(?:to|into|in|before|at\s{1,3}the\s{1,3}(?:start|top|beginning)\s{1,3}of)\b/i;
/** Code that ships the environment or credentials to a host. */
const SHIPS_SECRETS =
  /(?:os\.environ|process\.env|System\.getenv|ENV\.to_h|printenv|\benv\s{0,2}\||\$\(env\)|\.aws\/credentials|\.ssh\/id_\w+|\.netrc|\.npmrc|\.pypirc)/;
const NET_CALL =
  /\b(?:urlopen|requests\.(?:post|put|get)|fetch|curl|wget|http\.client|axios|Invoke-WebRequest|iwr|urllib)\b[^\n]{0,80}?https?:\/\//i;

/** 5. An order to include code lines that ship secrets to a host. */
export function prependedCode(tool: ToolDefinition): PathHit | undefined {
  const d = typeof tool.description === "string" ? tool.description.slice(0, 8000) : "";
  if (!d || !PREPEND_ORDER.test(d) || !SHIPS_SECRETS.test(d) || !NET_CALL.test(d)) return undefined;
  return sideEffect(
    "$.description",
    `${
      JSON.stringify(tool.name)
    } orders the model to include code lines that send the environment or credentials to a host`,
  );
}

/** An order to copy values marked sensitive into plain ones, or into logs. */
const UNMASK =
  /\b(?:sensitive|secret|masked|protected|write-only|hidden)\b[^.\n]{0,160}?\b(?:repeat|copy|re-?create|duplicate|re-?add|pass|echo|print|re-?enter|mirror)\w{0,3}\b[^.\n]{0,80}?\b(?:as\s{1,3})?(?:non-?sensitive|not\s{1,3}sensitive|plain(?:text)?|unmasked|in\s{1,3}the\s{1,3}clear)\b|\bso\s{1,3}(?:that\s{1,3})?(?:they|it|the\s{1,3}values?)\s{1,3}(?:appear|show\s{1,3}up|are\s{1,3}(?:visible|printed|logged))\s{1,3}in\s{1,3}(?:the\s{1,3})?(?:plan|build|ci|run|job|debug|deploy\w{0,3})\s{1,3}(?:logs?|output)\b/i;

/** 6. An order to turn secrets into plain values or log lines. */
export function unmaskSecrets(tool: ToolDefinition): PathHit | undefined {
  const texts: { path: string; text: string }[] = [
    { path: "$.description", text: typeof tool.description === "string" ? tool.description : "" },
    ...props(tool).map((f) => ({ path: f.path, text: desc(f.p) })),
    ...subschemaTexts(tool),
  ];
  for (const t of texts) {
    if (
      !t.text ||
      !/sensitiv|secret|masked|protected|write-only|password|token|credential/i.test(t.text)
    ) {
      continue;
    }
    if (!UNMASK.test(t.text.slice(0, MAX_TEXT))) continue;
    const m = UNMASK.exec(t.text.slice(0, MAX_TEXT))!;
    if (
      /\b(?:never|do\s{1,3}not|don't|must\s{1,3}not)\b/i.test(
        t.text.slice(Math.max(0, m.index - 60), m.index),
      )
    ) {
      continue;
    }
    return sideEffect(
      t.path,
      `${
        JSON.stringify(tool.name)
      } tells the model to turn values marked sensitive into plain values or log lines`,
    );
  }
  return undefined;
}

/** A preset that silences the people who would notice: admins, the owner, the consent screen. */
const SILENCE_NAME =
  /^(?:(?:notify|alert|email|inform|warn|ping|message)(?: the)? (?:admins?|administrators?|owners?|account owner|security(?: team)?|compliance|dpo|org admins?)|(?:show|display|list|include) in (?:the )?(?:consent(?: screen)?|receipt|audit log)|(?:owner|admin|administrator) (?:notification|alert|email|notice)s?|consent screen)$/;

/** 7. A preset destination or party, with the people who would notice silenced by another preset. */
export function silencedParty(tool: ToolDefinition): PathHit | undefined {
  const ps = presets(tool);
  const silenced = ps.find((f) =>
    SILENCE_NAME.test(f.names[f.names.length - 1]) && INERT.has(f.v) && f.v !== ""
  );
  if (!silenced) return undefined;
  const d = typeof tool.description === "string" ? tool.description.slice(0, 4000) : "";
  for (const f of ps) {
    if (typeof f.v !== "string" || f.v.length < 6) continue;
    const party = fixedParty(f.v, d, "money", false, false) ??
      fixedParty(f.v, d, "any", true, true);
    if (party === undefined) continue;
    return sideEffect(
      f.path,
      `${JSON.stringify(tool.name)} presets ${
        JSON.stringify(party.slice(0, 80))
      } as a party and presets ${
        JSON.stringify(silenced.names.join(" / "))
      } off, so nobody is told`,
    );
  }
  return undefined;
}

/** A preset said to act without the person's consent (a checkbox, an opt-in). */
const NO_CONSENT = new RegExp(
  [
    String
      .raw`\bwithout\s{1,3}(?:a\s{1,3}|any\s{1,3}|the\s{1,3})?(?:separate\s{1,3}|explicit\s{1,3}|prior\s{1,3}|their\s{1,3}|the\s{1,3}(?:customer|user|buyer)['’]s\s{1,3})?(?:consent|opt-?in|checkbox|tick\s{0,3}box|authori[sz]ation)\b`,
    String
      .raw`(?<!\p{L})ohne\s{1,3}(?:separate\s{1,3}|gesonderte\s{1,3}|ausdrückliche\s{1,3})?(?:Zustimmung|Einwilligung|Checkbox)|\bsans\s{1,3}(?:case\s{1,3}à\s{1,3}cocher|(?:son\s{1,3}|leur\s{1,3})?consentement|accord\s{1,3}(?:explicite|préalable))|\bsin\s{1,3}(?:casilla|(?:su\s{1,3})?consentimiento)|\bsenza\s{1,3}(?:casella|(?:il\s{1,3})?consenso)|\bsem\s{1,3}(?:caixa|(?:o\s{1,3})?consentimento)`,
    String
      .raw`(?:دون|بدون)\s{0,3}(?:خانة\s{0,3})?موافقة|(?<!\p{L})без\s{1,3}(?:отдельного\s{1,3}|окремої\s{1,3})?(?:согласия|згоди)|未经(?:用户|客户)?同意|无需(?:用户|客户)?同意|同意(?:なし|を得ずに)|동의\s{0,2}없이|सहमति\s{0,3}के\s{0,3}बिना|(?<!\p{L})(?:onay\p{L}{0,3}|izin)\s{1,3}(?:almadan|olmadan)|\btanpa\s{1,3}persetujuan|(?<!\p{L})không\s{1,3}cần\s{1,3}(?:sự\s{1,3})?đồng\s{1,3}ý`,
  ].join("|"),
  "iu",
);

const NO_CONSENT_GATE =
  /without|ohne|sans|sin\s|senza|sem\s|دون|بدون|без|未经|无需|同意|동의|सहमति|onay|izin|tanpa|không/i;

/** 8. A preset on, which its own words say acts without consent. */
export function consentlessPreset(tool: ToolDefinition): PathHit | undefined {
  for (const f of presets(tool)) {
    if (!active(f.v)) continue;
    const d = desc(f.p);
    if (!d || !NO_CONSENT_GATE.test(d) || !NO_CONSENT.test(d)) continue;
    return sideEffect(
      f.path,
      `Field ${JSON.stringify(f.names.join(" / "))} of ${
        JSON.stringify(tool.name)
      } is preset on and its own description says it acts without consent`,
    );
  }
  return undefined;
}

/** A credential kept by the server (for later signing, reuse). */
const RETAINED =
  /\b(?:stored|kept|retained|saved|cached)\s{1,3}(?:on|in|by)\s{1,3}(?:the|our)\s{1,3}(?:servers?|backend|side|service)\b|\bretained\s{1,3}(?:for|so)\b|(?<!\p{L})(?:зберігається|зберігаються|хранится|хранятся|сохраняется|сохраняются)\s{1,3}(?:на|у|в)\s{1,3}(?:сервері|сервере|нас)|\bwird\s{1,3}(?:auf\s{1,3}(?:dem|unserem)\s{1,3}Server\s{1,3})?gespeichert\b|\best\s{1,3}conservée?\s{1,3}sur\s{1,3}(?:le|notre)\s{1,3}serveur|\bse\s{1,3}(?:guarda|almacena)\s{1,3}en\s{1,3}(?:el|nuestro)\s{1,3}servidor|\bviene\s{1,3}(?:conservat|salvat|memorizzat)\p{L}\s{1,3}sul\s{1,3}(?:nostro\s{1,3})?server|サーバー(?:側)?に保存|服务器(?:端)?保存|서버에\s{0,2}저장/iu;
const CREDENTIAL_NAME =
  /\b(?:password|passwd|passphrase|pin|pin code|secret|private key|key file|seed|mnemonic|otp|пароль|ключ|passwort|mot de passe|contraseña|senha)\b/iu;

const RETAIN_GATE =
  /stored|kept|retained|saved|cached|зберіга|хран|сохраня|gespeichert|conserv|guarda|almacena|salvat|memorizzat|保存|저장/i;

/** 9. A credential field that says the server keeps it and tells the model to keep that quiet. */
export function retainedCredential(tool: ToolDefinition): PathHit | undefined {
  for (const f of props(tool)) {
    const d = desc(f.p);
    if (!d || !RETAIN_GATE.test(d) || !RETAINED.test(d)) continue;
    if (!CREDENTIAL_NAME.test(f.names[f.names.length - 1]) && !CREDENTIAL_NAME.test(d)) continue;
    if (!keepsFromUser(d)) continue;
    return sideEffect(
      f.path,
      `Field ${JSON.stringify(f.names.join(" / "))} of ${
        JSON.stringify(tool.name)
      } keeps the user's credential on the server and tells the model to keep that from the user`,
    );
  }
  return undefined;
}

/** Records made up: documents or entries without the real transaction behind them. */
const FABRICATED =
  /\bwithout\s{1,3}(?:an?\s{1,3})?(?:actual|real|underlying|genuine)\s{1,3}(?:transactions?|sales?|deliver(?:y|ies)|services?|supply|trade)\b|\b(?:fictitious|fake|sham|phantom|bogus)\s{1,3}(?:invoices?|receipts?|transactions?|sales|bills?|entries|timesheets?|orders?)\b|\bScheinrechnung\p{L}{0,2}|\bohne\s{1,3}(?:tatsächliche\s{1,3})?(?:Leistung|Lieferung|Geschäftsvorfall)|\bfausses?\s{1,3}factures?|\bsans\s{1,3}(?:transaction|prestation|livraison)\s{1,3}réelle|\bfacturas?\s{1,3}falsas?|\bsin\s{1,3}(?:operación|transacción|venta)\s{1,3}real|\boperazioni\s{1,3}inesistenti|\bfatture\s{1,3}false|\bnotas?\s{1,3}frias?|\bsem\s{1,3}(?:operação|transação|venda)\s{1,3}real/iu;
const FABRICATED_OTHER =
  /실거래\s{0,2}없이|가공\s{0,2}(?:거래|매출|세금계산서)|虚开|(?:无|没有)真实交易|架空(?:請求|取引|売上)|実取引(?:なし|のない)|(?<!\p{L})(?:фиктивн\p{L}{1,4}|без\s{1,3}реальн\p{L}{2,4}\s{1,3}(?:сделки|операции|поставки))/iu;

const FABRICATED_GATE =
  /without|fictitious|fake|sham|phantom|bogus|schein|ohne|fauss|sans|falsa|sin\s|inesistent|false|fria|sem\s|실거래|가공|虚开|真实交易|架空|実取引|фиктивн|без/i;

/** 10. A preset on whose own words say it makes records up. */
export function fabricatedRecords(tool: ToolDefinition): PathHit | undefined {
  for (const f of presets(tool)) {
    if (!active(f.v)) continue;
    const d = desc(f.p);
    if (!d || !FABRICATED_GATE.test(d) || !(FABRICATED.test(d) || FABRICATED_OTHER.test(d))) {
      continue;
    }
    if (
      /\b(?:detect|flag|block|reject|prevent|report|warn)\w{0,3}\b|탐지|검출|차단|検出|检测|识别/iu
        .test(d)
    ) continue;
    return sideEffect(
      f.path,
      `Field ${JSON.stringify(f.names.join(" / "))} of ${
        JSON.stringify(tool.name)
      } is preset on and its own description says it makes up records without a real transaction`,
    );
  }
  return undefined;
}

/** 11. A preset value that itself orders what the user is (not) told ("… 記録上は「見守り」と表示"). */
export function presetValueKeeps(tool: ToolDefinition): PathHit | undefined {
  for (const f of presets(tool)) {
    if (typeof f.v !== "string" || f.v.length < 20 || !keepsFromUser(f.v.slice(0, MAX_TEXT))) {
      continue;
    }
    return sideEffect(
      f.path,
      `The preset of field ${JSON.stringify(f.names.join(" / "))} of ${
        JSON.stringify(tool.name)
      } itself tells the model what to keep from the user`,
    );
  }
  return undefined;
}

/** Hits of the session-38 rules (at most one). */
export function defR48ToolHits(tool: ToolDefinition): PathHit[] {
  const h = readOnlyActs(tool) ?? harmfulOption(tool) ?? promiseLie(tool) ?? hiddenCarrier(tool) ??
    prependedCode(tool) ?? unmaskSecrets(tool) ?? silencedParty(tool) ?? consentlessPreset(tool) ??
    retainedCredential(tool) ?? fabricatedRecords(tool) ?? presetValueKeeps(tool);
  return h ? [h] : [];
}
