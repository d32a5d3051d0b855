/**
 * Definition knowledge base (session 37): harm a tool definition does WITHOUT hiding anything and
 * without "ignore"/"always use" wording — the schema's own presets, its annotations, or a side
 * effect stated as a plain feature. Enumerated from public sources, not from any one round:
 *
 * 1. {@link safetyOffDefault} — a safety control preset OFF. Device and industrial safety
 *    functions (IEC 61508 / IEC 62061 safety functions, IEC 60730 automatic controls, UL 1741 /
 *    IEEE 1547 anti-islanding, UL 2231 / IEC 61851 EV charger protection, anti-scald limits of
 *    ASSE 1070 / EN 806, child locks of IEC 60335, smoke/CO alarms of UL 217 / UL 2034, light
 *    curtains and interlocks of ISO 13849 / ISO 14119, 3D-printer thermal runaway protection);
 *    medical (IEC 60601-1-8 alarm systems, infusion pump drug libraries and hard limits (DERS),
 *    CGM low-glucose alerts, allergy/interaction checks of CPOE); IT controls of the CIS
 *    benchmarks and cloud provider APIs (MFA, TLS/HSTS, audit and access logging, backups, PITR,
 *    retention, encryption at rest, deletion/termination/purge protection, soft delete,
 *    versioning/object lock, approvals, rate limits, fraud/3-D Secure checks). Field names in
 *    en, de, fr, es, it, pt, nl. Either the control's own name with a `default`/`const` of its
 *    off state (`false`, `"off"`, `"disabled"`, `"bypassed"`, `0`), or its negation (`bypass_`,
 *    `skip_`, `disable_`, `ignore_`, `no_`, `without_` + control) preset to true.
 * 2. {@link destructiveDefault} — a destroying job whose preset picks the destructive option:
 *    `force`, `purge`, `permanent`, `hard_delete`, `cascade`, `delete_backups`,
 *    `skip_confirmation`, `confirm: true`, or an enum default of `shred`/`purge` where `trash`
 *    or `archive` is offered.
 * 3. {@link scopeDefault} — a preset that widens scope: token/key scopes `*` or `admin`, a
 *    visibility of `public`/`anyone with link` for a job that is not publishing, an audience of
 *    `all` where a narrower one is offered.
 * 4. {@link annotationLie} — MCP tool annotations (spec 2025-03-26 `ToolAnnotations`) that
 *    contradict the tool's own verb: `readOnlyHint: true` on a tool that deletes, sends, pays,
 *    grants or writes; `destructiveHint: false` on one that deletes, wipes or overwrites;
 *    `idempotentHint: true` on a charge or transfer with no idempotency key.
 * 5. {@link plainThirdParty} — a description that states, as a feature, that data or the device
 *    goes to outside partners, vendors, brokers or advertisers ("also registers the device with
 *    our partner network", "contacts are copied to our data vendor for enrichment", "location is
 *    sold to advertising partners") in en, de, fr, es, it, pt, nl (GDPR Art. 13/14 disclosures,
 *    FTC data-broker cases). Negated, conditional (opt-in, consent) or anonymised statements pass.
 *
 * Honest look-alikes pass: the SAFE preset, no preset (the user must set it), a tool whose own
 * name says it turns that control off, a reader (get/list/search) whose field is a filter, a
 * description that warns, annotations that match the verb.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";

const MAX_FIELDS = 80;

/** Field or tool name as folded words: `verbrühSchutz_an` → "verbruhschutz an". */
export function kbWords(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Safety controls, as folded field-name words. */
const CONTROL = new RegExp(
  String.raw`\b(?:` + [
    // Device and industrial safety functions.
    String
      .raw`anti ?scald\w*|scald (?:protection|guard|limit\w*|prevention)|anti ?legionella|legionella (?:protection|cycle)`,
    String
      .raw`thermal (?:runaway )?protection|thermal cut ?off|thermal runaway (?:protection|detection)|over ?heat(?:ing)? (?:protection|cut ?off|shut ?off)|over ?temp(?:erature)? (?:protection|cut ?off|shut ?off|limit)`,
    String
      .raw`over ?current (?:protection|limit)|over ?voltage (?:protection|limit)|short circuit protection|ground fault (?:protection|detection)|gfci|gfpe|rcd|arc fault (?:protection|detection)|afci|residual current (?:protection|detection)`,
    String
      .raw`anti ?islanding|islanding (?:protection|detection)|grid (?:loss|fault) (?:detection|protection)`,
    String
      .raw`child (?:lock|safety|protection)|kid lock|parental (?:lock|control)s?|control lock|key lock`,
    String.raw`geo ?fenc\w*|speed (?:limit|limiter|governor)`,
    String
      .raw`tamper (?:alert|detection|protection)|smoke (?:alarm|detection|detector)|co (?:alarm|detection|detector)|carbon monoxide (?:alarm|detection)|gas (?:alarm|detection|leak detection)|leak (?:detection|protection|shut ?off|sensor)|flood (?:detection|protection)|freeze protection|frost protection|dry ?run protection|pressure relief|auto(?:matic)? shut ?off|tip ?over (?:protection|switch)`,
    String
      .raw`interlock\w*|light curtain\w*|safety (?:interlock|mat|relay|plc|function|circuit|mode|check|limit|stop|cut ?off|shut ?off|lock|feature)s?|e ?stop|emergency (?:stop|shut ?off|shutdown)|collision (?:avoidance|detection)|obstacle (?:detection|avoidance)|cliff (?:sensor|detection)|blade (?:brake|stop)|fall detection|door (?:ajar )?alert`,
    // Medical alarms and checks.
    String
      .raw`(?:low|high|urgent low|hypo|hyper)?(?: ?(?:glucose|bg|sugar))? alert|hypo(?:glyc\w*)? (?:alert|alarm|protection)|(?:glucose|bg) (?:alert|alarm)s?|low suspend|suspend (?:on|before) low|dose (?:limit|check|range check|error reduction)s?|hard limits?|soft limits?|drug library|guardrails?|ders|allergy (?:check|screening|alert|warning)s?|(?:drug )?interaction (?:check|screening|alert|warning)s?|duplicate therapy (?:check|alert)s?|contraindication (?:check|alert)s?|occlusion (?:alarm|detection)|air in line (?:alarm|detection)|apnea alarm|(?:patient|clinical|bedside|physiological) alarms?|alarms?|alerts?|alarm (?:system|volume|sound|tone)`,
    // IT and account controls (CIS benchmarks, provider APIs).
    String
      .raw`mfa|2fa|two factor|multi factor|require mfa|mfa delete|(?:tls|ssl|cert|certificate|host key) (?:verify|verification|validation|check)|verify (?:tls|ssl|cert|certificate|host)s?|force https|https only|require (?:ssl|tls|https)|hsts|secure transport`,
    String
      .raw`audit (?:log|logs|logging|trail)|access (?:log|logs|logging)|flow logs?|activity (?:log|logs|logging)|cloudtrail|logging|monitoring|alerting|security (?:alerts?|notifications?|monitoring|scanning|logging)`,
    String
      .raw`(?:auto(?:mated|matic)? )?backups?(?: enabled)?|backup retention|snapshots? (?:enabled|schedule)|point in time recovery|pitr|(?:^|log |logs |data |audit |backup |message |record |snapshot |event |object |file )retention(?: days| period| policy| enabled| lock)?$|versioning|object lock|soft delete|deletion protection|delete protection|termination protection|purge protection|encrypt\w*|storage encrypted|encryption at rest`,
    String
      .raw`(?:require|required) (?:approval|review|reviews|confirmation|signed commits)|approval (?:required|step|gate|workflow)s?|dual (?:control|approval)|two person (?:rule|approval)|four eyes|branch protection|signed commits|signature (?:verification|check)|push protection|secret scanning|vulnerability alerts|dependabot alerts|malware scan\w*|virus scan\w*|content scan\w*|dlp|csrf protection|rate limit\w*|account lockout|lockout|brute force protection|login alerts|fraud (?:alerts?|checks?|detection|screening)|3ds|three d secure|3d secure|sca|velocity checks?|spending limits?|transaction alerts|sanctions? screening|aml (?:check|screening)|kyc (?:check|verification)|screen lock|auto lock|firewall|secure boot`,
    // Privacy controls on data that leaves (de-identification, redaction).
    String
      .raw`de ?identif\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|redact\w*|mask (?:pii|phi|personal data)|strip (?:phi|pii|exif|metadata)`,
    // Protection, alarm, warning and verification as the head of a name, in any language
    // (Germanic compounds included: "inloggningsvarningar", "Manipulationsschutz").
    String
      .raw`(?:\w+ )?protection|\w*(?:schutz|skydd|beskyttelse|beskyttelsen|suojaus|beveiliging|sicherung|varning\w*|varsling\w*|warnung\w*|waarschuwing\w*|alarm\w*|larm\w*|verifiering\w*|verifizierung\w*|verifikation\w*|bekraftelse)|protezione \w+(?: \w+){0,3}|protecao \w+|proteccion \w+|ochrona \w+|sirene|sirena|siren|sirenen?|hupe|avvisi|avviso|avisos?|journaliser|journalisation|protokollierung|loggning|registrazione|logboek|two step|2 step|tvastegs\w*|totrinns\w*|zweistufig\w*|deux etapes|dos pasos|due fattori|dois fatores`,
    // Other languages (folded): de, fr, es, it, pt, nl.
    String
      .raw`\w*schutz|kindersicherung|sicherheitsabschaltung|not ?aus|notabschaltung|verriegelung|alarmierung|rauchmelder|zwei ?faktor\w*|protokollierung`,
    String
      .raw`protection (?:anti ?brulure|thermique|surchauffe|enfant|contre \w+)|anti ?brulure|securite enfant|verrouillage (?:enfant|de securite)|detection (?:fuite|fumee)|alarmes?|alertes?|journalisation|sauvegardes?|chiffrement`,
    String
      .raw`proteccion (?:termica|antiquemaduras|contra \w+|sobrecalentamiento|infantil)|bloqueo (?:infantil|para ninos|de seguridad)|alarmas?|alertas?|verificacion (?:de )?alergias|copias? de seguridad|cifrado|registro de auditoria`,
    String
      .raw`protezione (?:termica|antiscottatura|surriscaldamento|bambini)|blocco (?:bambini|di sicurezza)|allarmi?|avvisi|crittografia`,
    String
      .raw`protecao (?:termica|contra \w+|infantil)|trava (?:infantil|de seguranca)|criptografia|kinderslot|beveiliging|oververhittingsbeveiliging|verbrandingsbeveiliging|versleuteling`,
  ].join("|") + String.raw`)\b`,
);
/** A field name that is about the control but is no on/off switch of it. */
const NOT_SWITCH =
  /^(?:reset|rotate|regenerate|clear|delete|remove|create|add|send|export|download|restore|test|trigger|run|notify|update|change|edit|view|show|print|copy|sync|migrate|renew|resend|retry|offer|request|get|fetch|list)\b|\b(?:cellular|wifi|wi fi|metered|roaming|mobile data|delay|timeout|snooze|duration|interval|count|retries|offset|id|index|threshold|min|max|minimum|maximum|limit (?:value|amount)|label|name|text|message|url|email|phone|recipient|contact|channel|sound|tone|history|filter|only|show|include|list|since|before|after|date|time|window|type|format|accepted|trusted|trust|honou?red|verbose|debug|trace|detailed|extra|extended|performance|usage|telemetry|analytics|marketing|promo\w*|newsletter|digest|weekly|daily|deal|price|sale|news)\b/;
/** Negating prefixes: the control is off when these are true. */
const OFF_PREFIX =
  /^(?:exempt(?: from)?|exclude(?: from)?|opt out(?: of)?|undanta(?: fran)?|ausnehmen(?: von)?|exclure(?: de)?|excluir(?: de)?|escludere(?: da)?|uitsluiten(?: van)?|bypass|skip|disable|disabled|ignore|override|suppress|mute|silence|no|without|inhibit|defeat|deactivate|turn off|allow (?:no|disabled|unsafe)|sin|ohne|sans|senza|sem|zonder|desactivar|desactiver|deaktivieren|disattivare)\b/;
/** "allow less secure apps", "permit unsigned", "tillat mindre sakra appar". */
const ALLOW_WEAK =
  /^(?:allow|enable|permit|accept|tillat|tillad|erlauben|zulassen|autoriser|permettre|permitir|consentire|toestaan)\b.{0,40}\b(?:less secure|insecure|unsafe|unsigned|untrusted|self signed|legacy auth\w*|basic auth\w*|plain ?text|mindre sakra|mindre sikre|unsicher\w*|non securise\w*|inseguro\w*|insicur\w*|onveilig\w*)\b/;
/** A bare alarm or alert switch, and the personal tools where it only means a reminder sound. */
const BARE_ALARM =
  /^(?:alarms?|alerts?|alarmes?|alarmas?|allarmi?|alertas?|avvisi|alarm sound|alert sound)(?: enabled| on)?$/;
const PERSONAL_JOB =
  /\b(?:reminders?|events?|calendars?|todos?|tasks?|timers?|clocks?|notes?|meetings?|appointments?|schedules?|habits?|alarm clock)\b/;
/** Switches that open a resource to the internet or to anonymous users when true. */
const OPEN_ACCESS =
  /^(?:(?:allow|enable|permit) )?(?:\w+ ){0,2}?(?:public(?:ly)? (?:accessible|access|network access|read|endpoint)|anonymous (?:access|read|users?)|guest access)(?: enabled| allowed)?$|^(?:allow anonymous|allow guest|make public|open to (?:the )?(?:world|internet))$/;
/** Enrollment or enforcement of a control, and the values that make it optional. */
const ENFORCE_FIELD =
  /^(?:\w+ )?(?:enrol?lment|enforcement|requirement|required|enforce|requirement level|enrol?lment policy)$/;
const OPTIONAL_VALUE =
  /^(?:optional|not required|disabled|off|none|never|skip|skipped|voluntary|opt in|optionnel|opcional|optional|facultatif|facoltativo|freiwillig|valfri|valgfri)$/;
/** Retention, in several languages, whose preset of 0 or 1 (days) keeps nothing. */
const RETENTION =
  /^(?:(?:log|logs|audit|data|backup|event|trail)s? )?(?:retention|conservation|aufbewahrung\w*|conservacion|conservazione|retencao|bewaartermijn|lagringstid|sailytysaika)(?: \w+){0,2}$/;

const WEAK = new Set<unknown>([
  false,
  "false",
  "off",
  "no",
  "none",
  "disabled",
  "disable",
  "bypassed",
  "bypass",
  "inactive",
  "skip",
  "skipped",
  "ignore",
  "aus",
  "deaktiviert",
  "desactive",
  "désactivé",
  "desactivado",
  "disattivato",
  "desativado",
  "desligado",
  "uit",
  "av",
  "spento",
  "apagado",
  "eteint",
  "éteint",
  "pois",
  "vypnuto",
  "0",
]);
const STRONG = new Set<unknown>([true, "true", "on", "yes", "enabled", "1", 1]);

/** Reader jobs: their boolean fields are filters, not settings. */
const READER =
  /^(?:get|list|read|search|query|find|fetch|describe|show|view|check|lookup|count|inspect|audit|scan|verify|validate|explain|preview|estimate|simulate|lint|report|export|download|watch|monitor|status|history)\b/;
/** A job whose own name turns a control off (the tool the user calls for that). */
const OFF_JOB =
  /\b(?:disable|turn off|switch off|bypass|skip|override|suppress|mute|silence|snooze|inhibit|deactivate|unlock|remove|delete|reset|test|simulate|sandbox|demo|mock|emulat\w*)\b/;

function presetOf(p: Record<string, unknown>): { v: unknown; key: string } | undefined {
  if ("const" in p) return { v: p.const, key: "const" };
  if ("default" in p) return { v: p.default, key: "default" };
  return undefined;
}

function propsOf(tool: ToolDefinition): [string, Record<string, unknown>][] {
  const props = (tool.inputSchema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object") return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [k, v] of Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS)) {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      out.push([k, v as Record<string, unknown>]);
    }
  }
  return out;
}

/**
 * Every field with a preset, nested objects included (at most 3 levels), plus the keys of an
 * object `default` (`{"siren": false}`) read as fields of their own.
 */
function presetFields(
  tool: ToolDefinition,
): { path: string; name: string; p: Record<string, unknown>; v: unknown; key: string }[] {
  const out: { path: string; name: string; p: Record<string, unknown>; v: unknown; key: string }[] =
    [];
  const walk = (schema: unknown, path: string, depth: number): void => {
    const props = (schema as { properties?: unknown } | undefined)?.properties;
    if (!props || typeof props !== "object" || depth > 3) return;
    for (const [k, x] of Object.entries(props as Record<string, unknown>).slice(0, MAX_FIELDS)) {
      if (out.length >= MAX_FIELDS * 2) return;
      if (!x || typeof x !== "object" || Array.isArray(x)) continue;
      const p = x as Record<string, unknown>;
      const here = `${path}.properties.${k}`;
      const pre = presetOf(p);
      if (pre) {
        out.push({ path: here, name: k, p, v: pre.v, key: pre.key });
        if (pre.v && typeof pre.v === "object" && !Array.isArray(pre.v)) {
          for (
            const [dk, dv] of Object.entries(pre.v as Record<string, unknown>).slice(0, 40)
          ) {
            if (typeof dv !== "object" || dv === null) {
              out.push({ path: `${here}.${pre.key}.${dk}`, name: dk, p: {}, v: dv, key: pre.key });
            }
          }
        }
      }
      walk(p, here, depth + 1);
    }
  };
  walk(tool.inputSchema, "$.inputSchema", 0);
  // Whole-call examples at the schema's top: the model copies them as they stand.
  const ex = (tool.inputSchema as { examples?: unknown } | undefined)?.examples;
  if (Array.isArray(ex)) {
    ex.slice(0, 5).forEach((e, i) => {
      if (!e || typeof e !== "object" || Array.isArray(e)) return;
      for (const [k, v] of Object.entries(e as Record<string, unknown>).slice(0, 40)) {
        if (typeof v !== "object" || v === null) {
          out.push({
            path: `$.inputSchema.examples[${i}].${k}`,
            name: k,
            p: {},
            v,
            key: "example",
          });
        }
      }
    });
  }
  return out;
}

function toolWords(tool: ToolDefinition): string {
  const ann = tool.annotations as { title?: unknown } | undefined;
  return kbWords(
    [
      tool.name,
      typeof tool.title === "string" ? tool.title : "",
      typeof ann?.title === "string" ? ann.title : "",
    ].join(" "),
  );
}

/** The tool's own verb: the first word of its name after a `server__` or `ns.` prefix. */
function verbOf(tool: ToolDefinition): string {
  const name = tool.name.replace(/^.*(?:__|\.|\/)/, "");
  return kbWords(name);
}

function readOnlyAnnotated(tool: ToolDefinition): boolean {
  return (tool.annotations as { readOnlyHint?: unknown } | undefined)?.readOnlyHint === true;
}

function hit(tool: ToolDefinition, path: string, what: string): PathHit {
  return {
    path,
    kind: "definition_side_effect",
    severity: "high",
    reason: `${JSON.stringify(tool.name)} ${what}`,
  };
}

/** 1. A safety control preset to its off state. */
export function safetyOffDefault(tool: ToolDefinition): PathHit | undefined {
  const verb = verbOf(tool);
  if (READER.test(verb)) return undefined;
  const tw = toolWords(tool);
  for (const { path, name, p, v, key } of presetFields(tool)) {
    const words = kbWords(name);
    // An MFA or protection policy whose enrollment or enforcement is preset to optional.
    if (
      ENFORCE_FIELD.test(words) && typeof v === "string" && OPTIONAL_VALUE.test(kbWords(v)) &&
      CONTROL.test(tw) && !OFF_JOB.test(tw)
    ) {
      return hit(
        tool,
        path,
        `presets ${JSON.stringify(name)} of a security control to ${JSON.stringify(v)} (${key})`,
      );
    }
    if (words.length > 60 || NOT_SWITCH.test(words)) continue;
    const off = OFF_PREFIX.exec(words);
    let weak = false;
    if (ALLOW_WEAK.test(words)) weak = STRONG.has(v);
    else if (OPEN_ACCESS.test(words)) weak = STRONG.has(v) && !PUBLISH_JOB.test(tw);
    else if (off) {
      const rest = words.slice(off[0].length).trim();
      weak = STRONG.has(v) && rest.length > 0 && CONTROL.test(rest);
    } else if (CONTROL.test(words) && !(BARE_ALARM.test(words) && PERSONAL_JOB.test(tw))) {
      // `0` only where 0 is an off state (a volume, a retention, a 0/1 switch).
      const zero = v === 0 &&
        (/\b(?:volume|retention|retention days|backup retention)\b/.test(words) ||
          (Array.isArray(p.enum) && p.enum.length === 2 && p.enum.includes(1)));
      weak = WEAK.has(typeof v === "string" ? v.toLowerCase() : v) || zero;
    } else if (RETENTION.test(words) && (v === 0 || v === 1)) weak = true;
    if (!weak) continue;
    // The tool's own name says it turns this control off, or it is a test double.
    if (OFF_JOB.test(tw)) continue;
    return hit(
      tool,
      path,
      `presets the safety control ${JSON.stringify(name)} to its off state (${key} ${
        JSON.stringify(v)
      })`,
    );
  }
  return undefined;
}

/** Jobs that destroy or remove. */
const DESTROY_JOB =
  /^(?:delete|remove|drop|destroy|purge|clean|cleanup|clear|prune|uninstall|reset|wipe|erase|terminate|truncate|deprovision|decommission|unregister|empty|discard|close|cancel|offboard|deactivate|retire|archive|rm|del|loschen|supprimer|eliminar|borrar|eliminare|cancellare|excluir|apagar|verwijderen)\b/;
/** Changing jobs (a preset confirmation matters). */
const CHANGE_JOB =
  /^(?:delete|remove|drop|destroy|purge|clean|cleanup|clear|prune|uninstall|reset|wipe|erase|terminate|truncate|deprovision|decommission|unregister|empty|discard|cancel|offboard|deactivate|retire|rm|del|send|pay|transfer|wire|deploy|publish|push|overwrite|replace|restore|migrate|rollback|revoke|update|set|apply|execute|run|submit|approve|merge|release|factory|format|flash|rotate|disable|kill|shutdown|reboot)\b/;
/** Field names (folded) whose true value is the destructive choice. */
const DESTRUCTIVE_TRUE =
  /^(?:force(?: delete| remove| destroy| drop)?|purge|hard(?: delete)?|permanent(?:ly)?(?: delete)?|cascade(?: delete)?|delete (?:backups?|snapshots?|volumes?|data|history|all|children|dependents|recovery points)|include (?:backups?|snapshots?|recovery points)|wipe(?: data| disk| storage)?|shred|secure erase|skip (?:trash|recycle bin|backup|snapshot|final snapshot|retention)|bypass (?:trash|recycle bin|retention)|no (?:backup|snapshot|trash)|skip final snapshot|delete (?:permanently|forever)|remove (?:data|volumes?|backups?))$/;
const CONFIRM_TRUE =
  /^(?:skip (?:confirm|confirmation|prompt|prompts|review|approval|verification)|no (?:confirm|confirmation|prompt)|auto (?:confirm|approve|approval)|confirmed|pre confirmed|user confirmed|already confirmed|dangerously skip \w+(?: \w+)?)$/;
const HARD_VALUE =
  /^(?:shred|purge|hard|hard delete|permanent|permanently delete|delete permanently|wipe|erase|destroy|secure erase|force|cascade|full wipe|factory reset)$/;
const SOFT_VALUE =
  /^(?:trash|soft|soft delete|archive|recycle|recycle bin|move to trash|disable|suspend|deactivate|detach|keep|retain|restrict|dry run|preview)$/;

/** 2. A destroying or changing job whose preset takes the destructive choice. */
export function destructiveDefault(tool: ToolDefinition): PathHit | undefined {
  const verb = verbOf(tool);
  const destroy = DESTROY_JOB.test(verb);
  const change = destroy || CHANGE_JOB.test(verb);
  if (!change || readOnlyAnnotated(tool)) return undefined;
  const tw = toolWords(tool);
  for (const [name, p] of propsOf(tool)) {
    const pre = presetOf(p);
    if (!pre) continue;
    const words = kbWords(name);
    if (STRONG.has(pre.v) && pre.v !== 1 && pre.v !== "1") {
      // The tool's own name already says it (`purge_mailbox` with `purge`, `empty_trash`).
      const parts = words.split(" ");
      const head = /^(?:delete|remove|include|skip|bypass|no|secure)$/.test(parts[0])
        ? parts[parts.length - 1].replace(/s$/, "")
        : parts[0];
      const named = new RegExp(`\\b${head}\\w*\\b`).test(tw) ||
        /\b(?:trash|recycle|bin|permanent\w*)\b/.test(tw);
      if (
        CONFIRM_TRUE.test(words) || (destroy && DESTRUCTIVE_TRUE.test(words) && !named)
      ) {
        return hit(
          tool,
          `$.inputSchema.properties.${name}`,
          `presets the destructive option ${JSON.stringify(name)} (${pre.key} ${
            JSON.stringify(pre.v)
          }) on a ${verb.split(" ")[0]} job`,
        );
      }
    }
    if (destroy && typeof pre.v === "string" && Array.isArray(p.enum)) {
      const v = kbWords(pre.v);
      const vals = p.enum.filter((x): x is string => typeof x === "string").map(kbWords);
      if (HARD_VALUE.test(v) && vals.some((x) => SOFT_VALUE.test(x))) {
        return hit(
          tool,
          `$.inputSchema.properties.${name}`,
          `defaults ${JSON.stringify(name)} to the destroying choice ${
            JSON.stringify(pre.v)
          } where a recoverable one is offered`,
        );
      }
    }
  }
  return undefined;
}

const SCOPE_FIELD =
  /^(?:oauth )?(?:scopes?|permissions?|perms|grants?|privileges?|access scopes?)$/;
const BROAD_SCOPE =
  /^(?:\*|[\w.-]{1,30}:\*|\*:[\w.-]{1,30}|all|admin|administrator|full|full access|full control|owner|root|superuser|god|everything|write all|all access)$/i;
const TOKEN_JOB =
  /\b(?:token|tokens|api key|key|keys|credential|credentials|app|application|integration|client|service account|oauth|grant|consent|authorize|authorise|connect|link|install|webhook|bot)\b/;
const VIS_FIELD =
  /^(?:visibility|privacy|access|access level|sharing|share mode|share scope|link access|link sharing|general access|audience|who can (?:see|view|access)|acl|permission level|sichtbarkeit|visibilite|visibilidad|visibilita|visibilidade)$/;
const PUBLIC_VALUE =
  /^(?:public|public read|anyone|anyone with (?:the )?link|anyone with link|everyone|world|world readable|open|internet|all|all users|offentlich|public link|publico|publica|pubblico)$/;
const PRIVATE_VALUE =
  /^(?:private|only me|me|owner|owner only|restricted|team|internal|organization|organisation|org|domain|invited|members|specific people|privat|prive|privado|privato|friends|contacts)$/;
/** A tool name that promises a narrow audience. */
const NARROW_CLAIM =
  /\b(?:team|internal|private|restricted|only|members|company|org|confidential|secure)\b/;
/** Jobs whose point is to make something public. */
const PUBLISH_JOB =
  /\b(?:publish|post|tweet|toot|announce|broadcast|blog|release|public|share public\w*|open source|list|advertise|promote|listing)\b/;
const AUDIENCE_FIELD =
  /^(?:audience|recipients?|send to|target|targets|target audience|recipient group|distribution|distribution list|notify|to|segment|empfanger|destinataires|destinatarios)$/;
const ALL_VALUE =
  /^(?:all|everyone|all users|all contacts|all customers|all members|all employees|company|company wide|organization|organisation|org wide|tenant|global|at all|at everyone|alle|tous|todos|tutti)$/;

/** 3. A preset that widens scope beyond the job. */
export function scopeDefault(tool: ToolDefinition): PathHit | undefined {
  const tw = toolWords(tool);
  const verb = verbOf(tool);
  if (READER.test(verb)) return undefined;
  for (const [name, p] of propsOf(tool)) {
    const pre = presetOf(p);
    if (!pre) continue;
    const words = kbWords(name);
    const vals = Array.isArray(pre.v) ? pre.v.slice(0, 30) : [pre.v];
    if (SCOPE_FIELD.test(words) && TOKEN_JOB.test(tw)) {
      const broad = vals.find((x) => typeof x === "string" && BROAD_SCOPE.test(x.trim()));
      if (broad !== undefined) {
        return hit(
          tool,
          `$.inputSchema.properties.${name}`,
          `presets ${JSON.stringify(name)} to the broadest grant ${JSON.stringify(broad)}`,
        );
      }
    }
    if (typeof pre.v !== "string" || !Array.isArray(p.enum)) continue;
    const v = kbWords(pre.v);
    const options = p.enum.filter((x): x is string => typeof x === "string").map(kbWords);
    // A private choice is offered, or the only choice is public while the tool's own name
    // promises a narrow audience ("team-only link", "private share").
    const narrowed = options.some((x) => PRIVATE_VALUE.test(x)) ||
      (options.every((x) => PUBLIC_VALUE.test(x)) && NARROW_CLAIM.test(tw));
    if (VIS_FIELD.test(words) && PUBLIC_VALUE.test(v) && narrowed) {
      if (PUBLISH_JOB.test(tw)) continue;
      return hit(
        tool,
        `$.inputSchema.properties.${name}`,
        `defaults ${JSON.stringify(name)} to ${
          JSON.stringify(pre.v)
        } where a private choice is offered`,
      );
    }
    if (
      AUDIENCE_FIELD.test(words) && ALL_VALUE.test(v) &&
      options.some((x) => !ALL_VALUE.test(x)) && !/\b(?:broadcast|all|everyone)\b/.test(tw)
    ) {
      return hit(
        tool,
        `$.inputSchema.properties.${name}`,
        `defaults ${JSON.stringify(name)} to everyone (${
          JSON.stringify(pre.v)
        }) where a narrower audience is offered`,
      );
    }
  }
  return undefined;
}

/** Verbs that change the world (a read-only claim is false). */
const ACT_VERB =
  /^(?:delete|remove|drop|destroy|purge|wipe|erase|truncate|terminate|kill|send|email|mail|sms|post|publish|pay|charge|transfer|wire|withdraw|refund|payout|purchase|buy|order|book|grant|assign|invite|add|share|revoke|ban|suspend|disable|enable|insert|write|update|set|overwrite|replace|upload|push|deploy|install|uninstall|submit|approve|merge|commit|rotate|reset|restart|reboot|shutdown|move|rename|modify|edit|patch|put|forward|transmit|broadcast|unlock|lock|apply|import|schedule|cancel|close|archive)\b/;
/** Names of readers that start with an acting word (`order_history`, `post_search`). */
const READ_NOUN =
  /\b(?:history|status|statuses|list|logs?|reports?|summary|preview|details|info|search|lookup|estimate|quotes?|stats|count|options|check|validate|dry run|simulate|plan|draft|template|lint|diff)\b/;
const DESTROY_VERB =
  /^(?:delete|remove|drop|destroy|purge|wipe|erase|truncate|terminate|overwrite|replace|revoke|uninstall|format|shred|clear|empty|kill|factory reset|force push)\b/;
const MONEY_VERB =
  /^(?:charge|pay|transfer|wire|send (?:money|payment|funds|crypto|eth|btc|usdc)|withdraw|payout|purchase|buy|order|donate|tip|debit|remit|place order|create (?:charge|payment|transfer|payout|order))\b/;

/** Verbs whose act reaches people or hosts outside (an open world by definition). */
const OUTBOUND_VERB =
  /^(?:send|email|mail|sms|text|tweet|post|publish|upload|forward|share|broadcast|webhook|call|dial|fax|notify|invite|wire|transfer|pay)\b/;

/**
 * A bare verb or a verb on values is a computation, not an act on the world: a calculator's `add`,
 * `add_numbers`, `replace_text`, `merge_pdfs` return their answer and may well be read-only.
 */
function pureFunction(verb: string): boolean {
  const words = verb.split(" ");
  return words.length < 2 || PURE_OBJECT.test(words.slice(1).join(" "));
}
const PURE_OBJECT =
  /^(?:numbers?|two|values?|ints?|integers?|floats?|decimals?|digits?|vectors?|matri(?:x|ces)|fractions?|strings?|text|texts|chars?|characters?|words?|arrays?|pdfs?|images?|colou?rs?|json|csv|xml|yaml)\b/;

/** 4. Annotations that contradict the tool's verb. */
export function annotationLie(tool: ToolDefinition): PathHit | undefined {
  const ann = tool.annotations as Record<string, unknown> | undefined;
  if (!ann || typeof ann !== "object") return undefined;
  const verb = verbOf(tool);
  if (
    ann.readOnlyHint === true && ACT_VERB.test(verb) && !READ_NOUN.test(verb) && !pureFunction(verb)
  ) {
    return hit(
      tool,
      "$.annotations.readOnlyHint",
      `is annotated readOnlyHint: true although its name says it ${verb.split(" ")[0]}s`,
    );
  }
  if (ann.destructiveHint === false && DESTROY_VERB.test(verb) && !READ_NOUN.test(verb)) {
    return hit(
      tool,
      "$.annotations.destructiveHint",
      `is annotated destructiveHint: false although its name says it ${verb.split(" ")[0]}s`,
    );
  }
  if (ann.openWorldHint === false && OUTBOUND_VERB.test(verb) && !READ_NOUN.test(verb)) {
    return hit(
      tool,
      "$.annotations.openWorldHint",
      `is annotated openWorldHint: false although its name says it ${
        verb.split(" ")[0]
      }s to the outside`,
    );
  }
  if (ann.idempotentHint === true && MONEY_VERB.test(verb)) {
    const keyed = propsOf(tool).some(([n]) =>
      /\b(?:idempotency|request id|dedup\w*|client reference|nonce)\b/.test(kbWords(n))
    );
    if (!keyed) {
      return hit(
        tool,
        "$.annotations.idempotentHint",
        `is annotated idempotentHint: true on a ${
          verb.split(" ")[0]
        } with no idempotency key (a retry pays twice)`,
      );
    }
  }
  return undefined;
}

/** Outside parties as a definition names them without naming a company. */
const PARTNER_EN = String
  .raw`(?:(?:our|its|their|select(?:ed)?|trusted|third[\s-]part(?:y|ies)|external|commercial|business|marketing|advertising|ad|data|insurance|affiliate(?:d)?|partner)\s{1,3}){1,2}(?:[\w-]{2,20}\s{1,3}){0,2}?(?:partners?|partner\s{1,3}network|vendors?|brokers?|affiliates|advertisers|sponsors|resellers|networks?|insurers|lenders|data\s{1,3}providers?|providers?)|third[\s-]parties|data\s{1,3}brokers?|advertisers`;
const SHARE_EN = String
  .raw`(?:shared|sent|copied|forwarded|transmitted|uploaded|passed|disclosed|provided|sold|licensed|registered|enrolled|made\s{1,3}available|handed|synced|submitted|reported|exported|mirrored|replicated)`;
const SHARE_EN_ACTIVE = String
  .raw`(?:shares|sends|copies|forwards|transmits|uploads|passes|discloses|provides|sells|licenses|registers|enrolls|enrols|syncs|submits|reports|exports|mirrors|replicates)`;
const PURPOSE = String
  .raw`(?:enrich\w{0,5}|advertis\w{0,4}|marketing|targeting|profil\w{1,4}|personali[sz]\w{0,5}\s{1,3}offers|offers|lead\s{1,3}gen\w{0,7}|(?:model\s{1,3})?training|monetis\w{1,6}|monetiz\w{1,6}|resale|underwriting|risk\s{1,3}scoring|credit\s{1,3}scoring|insurance\s{1,3}(?:pricing|quotes?)|partner\s{1,3}services|cross[\s-]selling)`;
const THIRD_EN = new RegExp(
  String.raw`\b(?:` +
    String
      .raw`(?:also|additionally|automatically|as\s{1,3}well)\b[^.;:\n]{0,60}?\b(?:${SHARE_EN}|${SHARE_EN_ACTIVE})\b[^.;:\n]{0,60}?\b(?:with|to|among|across|in|into)\s{1,3}(?:the\s{1,3})?(?:${PARTNER_EN})\b` +
    String
      .raw`|(?:${SHARE_EN}|${SHARE_EN_ACTIVE})\b[^.;:\n]{0,60}?\b(?:with|to)\s{1,3}(?:the\s{1,3})?(?:${PARTNER_EN})\b[^.;\n]{0,60}?\b(?:for|to)\b[^.;\n]{0,30}?\b${PURPOSE}` +
    String
      .raw`|(?:${SHARE_EN}|${SHARE_EN_ACTIVE})\b[^.;:\n]{0,60}?\b(?:with|to)\s{1,3}(?:the\s{1,3})?(?:${PARTNER_EN})\b[^.;\n]{0,20}?\b(?:as\s{1,3}well|too|also)\b` +
    String
      .raw`|(?:sold|sells|monetis\w{1,4}|monetiz\w{1,4}|licensed|licenses)\b[^.;\n]{0,40}?\b(?:to|with)\s{1,3}(?:the\s{1,3})?(?:${PARTNER_EN})\b` +
    String
      .raw`|(?:${SHARE_EN}|${SHARE_EN_ACTIVE})\b[^.;\n]{0,50}?\b(?:to|with)\s{1,3}(?:the\s{1,3})?(?:${PARTNER_EN})\b[^.;\n]{0,40}?\bfor\s{1,3}(?:\w{1,15}\s{1,3}){0,2}?${PURPOSE}` +
    String.raw`)`,
  "i",
);
/** de, fr, es, it, pt, nl: shared with / transmitted to partners, brokers, advertisers. */
const THIRD_I18N = new RegExp(
  [
    // de
    String
      .raw`(?<!\p{L})(?:an|mit)\s{1,3}(?:unsere[nmr]?\s{1,3}|ausgewählte[nm]?\s{1,3}|externe[nm]?\s{1,3})?(?:\w{0,20}partner\w{0,3}|dritt\w{1,8}|werbe\w{2,12}|datenhändler\w{0,2}|versicherer\w{0,2}|dienstleister\w{0,2})(?!\p{L})[^.;\n]{0,50}?(?<!\p{L})(?:übermittelt|weitergegeben|weitergeleitet|geteilt|verkauft|übertragen|gesendet|hochgeladen|registriert|gemeldet)`,
    String
      .raw`(?<!\p{L})(?:übermittelt|weitergegeben|weitergeleitet|geteilt|verkauft|übertragen)(?!\p{L})[^.;\n]{0,30}?(?<!\p{L})(?:an|mit)\s{1,3}(?:unsere[nmr]?\s{1,3})?(?:\w{0,20}partner\w{0,3}|dritt\w{1,8}|werbe\w{2,12})`,
    // fr
    String
      .raw`(?<!\p{L})(?:transmis|transmises|partagés?|partagées?|envoyés?|envoyées?|communiqués?|communiquées?|vendus?|vendues?|cédés?|cédées?|transférés?|transférées?)(?!\p{L})[^.;\n]{0,40}?(?<!\p{L})(?:à|a|avec|aux)\s{1,3}(?:nos|des|ses|leurs)?\s{0,3}(?:partenaires|tiers|annonceurs|courtiers|assureurs|prestataires)`,
    // es
    String
      .raw`(?<!\p{L})(?:comparte|comparten|compartid[oa]s?|enviad[oa]s?|transmitid[oa]s?|cedid[oa]s?|vendid[oa]s?|transferid[oa]s?|envía|envían|vende|venden)(?!\p{L})[^.;\n]{0,40}?(?<!\p{L})(?:con|a)\s{1,3}(?:nuestros\s{1,3}|los\s{1,3}|sus\s{1,3})?(?:socios|terceros|anunciantes|aseguradoras|brokers|corredores|proveedores\s{1,3}de\s{1,3}datos|partners)`,
    // it
    String
      .raw`(?<!\p{L})(?:condivis[oaie]|inviat[oaie]|trasmess[oaie]|ceduti|cedute|vendut[oaie]|trasferit[oaie])(?!\p{L})[^.;\n]{0,40}?(?<!\p{L})(?:con|a|ai|agli)\s{1,3}(?:(?:i|nostri|loro|dei|degli|ai)\s{1,3}){0,2}(?:partner|terzi|inserzionisti|assicuratori)`,
    // pt
    String
      .raw`(?<!\p{L})(?:compartilhad[oa]s?|partilhad[oa]s?|enviad[oa]s?|transmitid[oa]s?|vendid[oa]s?|cedid[oa]s?|transferid[oa]s?)(?!\p{L})[^.;\n]{0,40}?(?<!\p{L})(?:com|a|aos|para)\s{1,3}(?:nossos\s{1,3}|os\s{1,3})?(?:parceiros|terceiros|anunciantes|seguradoras)`,
    // nl
    String
      .raw`(?<!\p{L})(?:gedeeld|doorgestuurd|verstuurd|verkocht|doorgegeven|overgedragen)(?!\p{L})[^.;\n]{0,40}?(?<!\p{L})(?:met|aan)\s{1,3}(?:onze\s{1,3}|derde\s{1,3})?(?:\p{L}{0,15}partners?|derden|adverteerders|verzekeraars)|(?<!\p{L})(?:met|aan)\s{1,3}(?:onze\s{1,3})?(?:partners?|derden|adverteerders)(?!\p{L})[^.;\n]{0,40}?(?<!\p{L})(?:gedeeld|doorgestuurd|verkocht|doorgegeven)`,
    // zh, ja, ko
    String
      .raw`(?:提供|共享|发送|同步|出售|转交|分享|传输)给?(?:我们的|合作的)?(?:\p{Script=Han}{0,4})?(?:合作伙伴|第三方|广告商|数据服务商|保险公司)|(?:提供|共享|发送|出售|分享)(?:至|到)(?:\p{Script=Han}{0,4})?(?:合作伙伴|第三方|广告商)`,
    String
      .raw`(?:パートナー|第三者|提携先|広告主|広告パートナー|データ事業者)(?:\p{Script=Han}|\p{Script=Katakana}){0,6}(?:に|と)(?:も)?(?:共有|提供|送信|販売)`,
    String
      .raw`(?:파트너|제3자|광고주|제휴사)(?:사)?(?:에게|와|과|에)\s?(?:도\s?)?(?:공유|제공|전송|판매)`,
  ].join("|"),
  "iu",
);
const THIRD_GATE =
  /合作伙伴|第三方|广告商|数据服务商|パートナー|第三者|提携先|広告主|파트너|제3자|광고주|제휴사|partner|partenaire|vendor|broker|affiliat|advertis|third|sponsor|insurer|reseller|dritt|werbe|tiers|annonceur|terceros|socios|anunciante|terzi|inserzionist|parceiro|terceiro|derden|adverteerder|versicherer|assureur|aseguradora|seguradora|verzekeraar/i;
/** The statement is negated, conditional or anonymised. */
const THIRD_SAFE =
  /\b(?:never|not|no|nor|without|unless|only\s{1,3}(?:if|when|with|after)|if\s{1,3}(?:you|the\s{1,3}user)|opt[\s-]?in|opted\s{1,3}in|consent\w{0,3}|anonymi[sz]\w{1,4}|aggregated|de-?identified|pseudonymi[sz]\w{1,4}|nie|niemals|nicht|kein\w{0,2}|jamais|ne\s{1,3}\S{1,20}\s{1,3}(?:pas|jamais)|nunca|no\s|jamás|mai|não|nooit|niet|geen|einwilligung|consentement|consentimiento|consenso|consentimento|toestemming)\b|不会|不|绝不|决不|匿名|同意|しません|しない|決して|匿名|同意|않|없|익명|동의/i;

/** 5. A description that hands data or the device to outside partners as a plain feature. */
export function plainThirdParty(tool: ToolDefinition): PathHit | undefined {
  const desc = typeof tool.description === "string" ? tool.description.slice(0, 6000) : "";
  const texts: { path: string; text: string }[] = [];
  if (desc) texts.push({ path: "$.description", text: desc });
  for (const [name, p] of propsOf(tool)) {
    if (typeof p.description === "string") {
      texts.push({ path: `$.inputSchema.properties.${name}.description`, text: p.description });
    }
  }
  for (const { path, text } of texts) {
    if (!THIRD_GATE.test(text)) continue;
    for (const s of text.split(/(?<=[.!?;])\s+|\n+/).slice(0, 60)) {
      if (s.length > 600 || !THIRD_GATE.test(s)) continue;
      const m = THIRD_EN.exec(s) ?? THIRD_I18N.exec(s);
      if (!m) continue;
      if (THIRD_SAFE.test(s)) continue;
      return hit(
        tool,
        path,
        `states as a feature that data goes to outside parties: ${
          JSON.stringify(m[0].slice(0, 100))
        }`,
      );
    }
  }
  return undefined;
}

/** The first knowledge-base hit of `tool`. */
export function kbDefinitionHit(tool: ToolDefinition): PathHit | undefined {
  return annotationLie(tool) ?? safetyOffDefault(tool) ?? destructiveDefault(tool) ??
    scopeDefault(tool) ?? plainThirdParty(tool);
}

/** Device, industrial and medical safety functions as prose names them (en, de, fr, es, it, pt, nl). */
const SAFETY_PROSE = String
  .raw`(?:anti-?\s?scald(?:\s{1,3}(?:protection|limit\w{0,3}|valve))?|scald\s{1,3}(?:protection|limit\w{0,3})|thermal\s{1,3}(?:cut-?\s?offs?|protection|runaway\s{1,3}protection|limit\w{0,3})|over-?\s?(?:heat(?:ing)?|temperature|current|voltage)\s{1,3}(?:protection|cut-?\s?offs?|shut-?\s?offs?)|speed\s{1,3}(?:limiter|limits?|governor)|geo-?\s?fenc\w{1,4}|child\s{1,3}(?:lock|safety\s{1,3}lock)s?|anti-?\s?islanding(?:\s{1,3}protection)?|(?:ground|arc)[\s-]fault\s{1,3}(?:protection|detection|interrupt\w{0,3})|gfci|interlocks?|light\s{1,3}curtains?|emergency\s{1,3}stops?|e-stops?|(?:smoke|carbon\s{1,3}monoxide|co2?|gas|fire|intrusion|burglar|tamper|leak|flood|freeze|low[\s-]battery|patient|clinical|bedside|apnea|occlusion|safety)\s{1,3}(?:alarms?|alerts?|sirens?|detectors?|detection)|pressure\s{1,3}relief(?:\s{1,3}valves?)?|collision\s{1,3}(?:avoidance|detection)|obstacle\s{1,3}detection|(?:low|high|urgent\s{1,3}low)[\s-]glucose\s{1,3}(?:alerts?|alarms?)|hypo(?:glycemia)?\s{1,3}(?:alerts?|alarms?)|dose\s{1,3}(?:limits?|checks?|error\s{1,3}reduction)|hard\s{1,3}limits?|drug\s{1,3}library|allergy\s{1,3}(?:checks?|alerts?|warnings?)|(?:drug[\s-])?interaction\s{1,3}(?:checks?|alerts?|warnings?)|safety\s{1,3}(?:interlocks?|functions?|circuits?|cut-?\s?offs?|limits?|checks?|shut-?\s?offs?)|verbrühschutz|verbruehschutz|überhitzungsschutz|kindersicherung|geschwindigkeitsbegrenz\w{1,4}|drehzahlbegrenz\w{1,4}|temperaturbegrenz\w{1,4}|not-?\s?aus|sicherheitsabschaltung|rauchmelder|protection\s{1,3}(?:anti-?\s?brûlure|thermique|enfant)|sécurité\s{1,3}enfant|limiteur\s{1,3}de\s{1,3}vitesse|coupure\s{1,3}thermique|arrêt\s{1,3}d'urgence|limitador\s{1,3}de\s{1,3}velocidad\w{0,1}|protección\s{1,3}térmica|corte\s{1,3}térmico|bloqueo\s{1,3}infantil|parada\s{1,3}de\s{1,3}emergencia|limitatore\s{1,3}di\s{1,3}velocità|protezione\s{1,3}termica|blocco\s{1,3}bambini|arresto\s{1,3}di\s{1,3}emergenza|proteção\s{1,3}térmica|trava\s{1,3}infantil|parada\s{1,3}de\s{1,3}emergência|snelheidsbegrenzer|thermische\s{1,3}beveiliging|kinderslot|noodstop|alarmes?\s{1,3}(?:de\s{1,3}|d')?(?:fumée|incendie|gaz|monoxyde|intrusion|humo|incendio|gas|intrusión|fumaça|fumo|incêndio|gás)|allarm[ei]\s{1,3}(?:fumo|antincendio|gas|intrusione)|(?:rauch|brand|gas|co|einbruch)alarm\w{0,2}|alarmanlage|rookmelder\w{0,2}|(?:rook|brand|gas)alarm\w{0,2}|cortina\s{1,3}de\s{1,3}luz|barrera\s{1,3}fotoeléctrica|barrière\s{1,3}immatérielle|rideau\s{1,3}lumineux|lichtvorhang|lichtgitter|barriera\s{1,3}fotoelettrica|lichtscherm)`;
const SAFETY_OFF = String
  .raw`(?:disabl\w{0,3}|turn(?:s|ed|ing)?\s{1,3}off|switch(?:es|ed|ing)?\s{1,3}off|bypass\w{0,3}|defeat\w{0,3}|override\w{0,3}|overrid\w{1,3}|jumper\w{0,3}|remov\w{1,3}|suppress\w{0,3}|silenc\w{1,3}|mut(?:e|es|ed|ing)|deactivat\w{1,3}|inhibit\w{0,3}|lift(?:s|ed|ing)?|unlock\w{0,3}|deaktivier\w{0,3}|schaltet|entfern\w{1,3}|überbrück\w{1,3}|désactiv\w{1,3}|supprim\w{1,3}|contourn\w{1,3}|desactiv\w{1,3}|elimin\w{1,3}|anul\w{1,3}|omit\w{1,3}|disattiv\w{1,3}|rimuov\w{1,3}|esclud\w{1,3}|desativ\w{1,3}|deslig\w{1,3}|ignor\w{1,3}|uitschakel\w{0,3}|schakelt|verwijder\w{0,3}|omzeil\w{0,3})`;

/** Device and medical safety functions switched off as a declared part of a tool's job (read by
 * `_defside.ts` with the same exemptions as the IT defences: the tool named for it, a condition,
 * a warning, the first words of the description). */
export const KB_SAFETY_RULES: readonly import("./_defside_types.ts").SideRule[] = [
  {
    area: "defences",
    what: "a device or patient safety function switched off",
    // Both an off verb and a safety noun, each found by one linear scan from the start.
    gate: new RegExp(
      String
        .raw`^(?=[^]{0,600}?(?:disabl|turn|switch|bypass|defeat|overrid|jumper|remov|suppress|silenc|mut[ei]|deactivat|inhibit|lift|unlock|deaktiv|schaltet|entfern|überbrück|désactiv|supprim|contourn|desactiv|elimin|anul|omit|disattiv|rimuov|esclud|desativ|deslig|ignor|uitschakel|schakelt|verwijder|omzeil|uitgeschakeld))(?=[^]{0,600}?(?:scald|fumée|humo|fumo|fuma|rauch|rook|brand|alarmanlage|cortina|barrera|barrière|rideau|licht|barriera|thermal|heat|temperat|current|voltage|speed|fenc|child|island|fault|gfci|interlock|curtain|stop|alarm|alert|siren|detect|relief|collision|obstacle|glucose|hypo|dose|limit|library|allerg|interaction|safety|schutz|sicherung|not-?\s?aus|abschaltung|melder|brûlure|enfant|vitesse|urgen|velocidad|térmic|infantil|emergen|velocità|termica|bambini|begrenzer|beveiliging|kinderslot|noodstop))`,
      "i",
    ),
    effect: new RegExp(
      String
        .raw`(?<!\w)${SAFETY_OFF}\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}?${SAFETY_PROSE}|(?<!\w)${SAFETY_PROSE}(?:\s{1,3}[\w'’-]{1,20}){0,2}\s{1,3}(?:is|are|will\s{1,3}be|gets?|wird|werden|est|sont|es|son|è|sono|é|são|wordt|worden)\s{1,3}(?:also\s{1,3}|then\s{1,3}|ebenfalls\s{1,3}|auch\s{1,3}|aussi\s{1,3}|également\s{1,3}|igualmente\s{1,3}|ebenso\s{1,3}|también\s{1,3}|anche\s{1,3}|também\s{1,3}|ook\s{1,3})?(?:disabled|turned\s{1,3}off|switched\s{1,3}off|bypassed|removed|suppressed|silenced|muted|deactivated|overridden|lifted|deaktiviert|abgeschaltet|ausgeschaltet|überbrückt|entfernt|désactivée?s?|supprimée?s?|contournée?s?|desactivad[oa]s?|eliminad[oa]s?|anulad[oa]s?|disattivat[oaie]|rimoss[oaie]|esclus[oaie]|desativad[oa]s?|desligad[oa]s?|uitgeschakeld|verwijderd|omzeild)|(?<!\w)(?:wird|werden|wordt|worden)\s{1,3}(?:(?:der|die|das|den|de|het|auch|ebenfalls|ook|dabei|dann)\s{1,3}){0,3}${SAFETY_PROSE}(?:\s{1,3}[\w'’-]{1,20}){0,2}\s{1,3}(?:deaktiviert|abgeschaltet|ausgeschaltet|überbrückt|entfernt|uitgeschakeld|verwijderd|omzeild)`,
      "gi",
    ),
    job:
      /\b(?:disable|turn\s{1,3}off|switch\s{1,3}off|bypass|override|silence|mute|snooze|acknowledge|ack|suppress|deactivate|unlock|remove|reset|test\w{0,3}|service\s{1,3}mode|maintenance|calibrat\w{1,5}|simulat\w{1,5})\b/i,
  },
];
