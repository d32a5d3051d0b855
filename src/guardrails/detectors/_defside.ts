/**
 * Definition side effects: a tool whose ordinary job comes with a DECLARED extra effect that hands
 * something to a party the user did not choose — access or data shared, forwarded, replicated or
 * granted to a fixed outside account, mailbox, bucket, host or login (MITRE ATT&CK T1098 account
 * manipulation, T1114.003 email forwarding rules, T1537 transfer to a cloud account); money or
 * control routed to a fixed bank account, wallet, name server, contact or device-management tenant
 * (T1484 domain or tenant policy modification); or a defence switched off (T1556, T1562 impair
 * defences) — in the description, title, annotations, `_meta`, a field's description, default,
 * `const`, `enum` or example. Tool poisoning as Invariant Labs, CyberArk (full-schema poisoning),
 * Trail of Bits (line jumping) and Elastic Security Labs describe it; OWASP MCP Top 10.
 *
 * The argument-side rules know the same effects as calls (`_ctlplane_*.ts`, `_handover_*.ts`,
 * `_posture_*.ts`, `_wallet_*.ts`); here the judgement is who benefits: the party must be written
 * into the definition and be outside (./_ctlplane_core.ts `isOutside`, ./_handover_core.ts
 * `outsiderName`). A `share_with` the user fills, the user's own address, the account on file, the
 * organisation's own bucket named as such, a webhook the user configures, a security setting in its
 * strong form, a sentence that says it never shares, a documentation tool: all pass.
 */
import type { ToolDefinition } from "../types.ts";
import type { PathHit } from "./_definition_r16_tool.ts";
import { identifierWords, negatedAt } from "./_definition_grammar.ts";
import { isOutside } from "./_ctlplane_core.ts";
import { outsiderName } from "./_handover_core.ts";
import { type Field, fields, job } from "./_defharvest.ts";
import type { SideRule } from "./_defside_types.ts";
import { ACCESS_RULES } from "./_defside_access.ts";
import { MONEY_RULES } from "./_defside_money.ts";
import { DEFENCE_RULES, weakDefault } from "./_defside_defences.ts";

const RULES: readonly SideRule[] = [...ACCESS_RULES, ...MONEY_RULES, ...DEFENCE_RULES];
/** The union of every rule's gate: one test per text before any rule is read. */
const GATE = new RegExp(RULES.map((a) => a.gate.source).join("|"), "i");

const MAX_STR = 60;
const MAX_TEXT = 3000;

/** A tool that explains, documents or checks these settings rather than applying them. */
const DOC_JOB =
  /\b(?:explain\w*|documentation|guide|describ\w*|tutorial|checklist|lint\w*|scan\w*|detect\w*|assess\w*|simulat\w*|best\s{1,3}practices?|recommend\w*|quiz|glossary|faq)\b/i;

/** A party the user chooses or owns, written just before it ("your own address", "on file"). */
const OWN_BEFORE =
  /\b(?:e-?mail|contact|write\s{1,3}to|reach|ping|message)\s{1,3}(?:me|us)\b[^.;]{0,40}$|(?:\be\.g\.|\bi\.e\.|\bz\.\s?b\.|\bp\.\s?ej\.|\bfor\s{1,3}example|\bsuch\s{1,3}as|\bpar\s{1,3}exemple|\bpor\s{1,3}ejemplo|\bad\s{1,3}esempio|\bzum\s{1,3}beispiel)[^;]{0,90}$|\b(?:our|your|own|users?'s?|caller'?s|requester'?s|customer'?s|eg|example|examples|such\s{1,3}as|like|for\s{1,3}instance|format|pattern|placeholder|par\s{1,3}exemple|ad\s{1,3}esempio|por\s{1,3}ejemplo|beispielsweise)\b[^.;]{0,30}$|(?:例如|比如|例えば|예를\s?들어|예:)[^。；]{0,30}$/i;
/** Example and reserved names (RFC 2606 / 6761). */
const EXAMPLE_HOST =
  /(?:^|\.)(?:example|test|invalid|localhost|local|internal|lan|corp|intranet)$|(?:^|\.)example\.[a-z]{2,3}(?:\.[a-z]{2})?$/i;
/** A bare org base used so that a host the definition does not name twice counts as outside. */
const ORG_PROBE = "\nhttps://own.invalid";

const EMAIL_G = /\b([\w.+-]{1,64}@[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,5})/gi;
const URL_G = /\b(?:https?|s3|gs|az|wasbs?|abfss?|sftp|ftp|ssh|git|rsync):\/\/([\w.-]{1,120})/gi;
const ACCOUNT_G =
  /\b(?:aws\s{1,3})?(?:account|tenant|subscription|project|org(?:anization)?)(?:\s{1,3}id)?[\s:#=]{1,4}["'`]?(\d{12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b|\barn:aws:iam::(\d{12}):/gi;
const LOGIN_G =
  /\b(?:user(?:name)?|login|collaborator|member|account|principal|app|application|client(?:\s{1,3}id)?|group|team|bot|service\s{1,3}account|handle|identity|consumer|delegate|guest)\s{1,3}(?:id\s{1,3})?(?:named\s{1,3}|called\s{1,3})?["'`‘“]([\w.@\[\]-]{3,60})["'`’”]|\bclient\s{1,3}id\s{1,3}([\w-]{8,60})/gi;
const MONEY_G =
  /\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)\b|\b(0x[a-fA-F0-9]{40}|bc1[a-z0-9]{20,60}|T[1-9A-HJ-NP-Za-km-z]{33})\b|\b(acct_[A-Za-z0-9]{6,40})\b|\b(?:account(?:\s{1,3}(?:number|no\.?|#))?|acct|routing(?:\s{1,3}number)?|sort\s{1,3}code|bsb|aba|swift|bic|iban|paypal)[\s:#=]{1,4}["'`]?([A-Z0-9][\w-]{5,34})\b/g;
const HOST_G =
  /(?<![\w./@-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,5}(?:com|net|org|io|co|ru|cn|xyz|top|biz|info|me|cc|tk|su|app|dev|cloud|site|online|de|uk|fr|nl|pw|ws))\b(?![.-]\w)/gi;

/** A fixed party of `kind` written in `text`, outside of what `view` (the whole definition) shows as the organisation's own. */
function fixedParty(
  text: string,
  view: string,
  kind: "any" | "money" | "host",
  loose = true,
  bare = loose,
): string | undefined {
  const ok = (m: RegExpMatchArray): boolean =>
    !OWN_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index).replaceAll("\u2024", "."));
  if (kind === "money") {
    for (const m of text.matchAll(MONEY_G)) {
      const v = m.slice(1).find((x) => x !== undefined)!;
      if (!/\d/.test(v) || !ok(m)) continue;
      return v;
    }
    for (const m of text.matchAll(EMAIL_G)) {
      if (ok(m) && mailOutside(m[1], view, loose)) return m[1];
    }
    return undefined;
  }
  for (const m of text.matchAll(EMAIL_G)) {
    if (ok(m) && mailOutside(m[1], view, loose)) return m[1];
  }
  for (const m of text.matchAll(URL_G)) {
    const h = m[1].toLowerCase();
    // A markdown link is a reference, not a destination.
    if (!ok(m) || EXAMPLE_HOST.test(h) || text.slice(Math.max(0, m.index! - 2), m.index) === "](") {
      continue;
    }
    if (BUCKET_SCHEME.test(m[0]) || hostOutside(h, view, loose)) return h;
  }
  for (const m of text.matchAll(IP_G)) if (ok(m) && hostOutside(m[1], view, loose)) return m[1];
  if (kind === "host" || bare) {
    for (const m of text.matchAll(HOST_G)) {
      if (ok(m) && !m[1].includes("@") && hostOutside(m[1].toLowerCase(), view, loose)) {
        return m[1];
      }
    }
    if (kind === "host") return undefined;
  }
  if (loose) { for (const m of text.matchAll(PHONE_G)) if (ok(m)) return m[1]; }
  for (const m of text.matchAll(ACCOUNT_G)) if (ok(m)) return m[1] ?? m[2];
  for (const m of text.matchAll(LOGIN_G)) {
    const v = m[1] ?? m[2];
    if (ok(m) && !/^(?:me|self|you|user|admin|owner|none|null|string|id)$/i.test(v)) return v;
  }
  if (ROLEISH.test(text)) {
    for (const m of text.matchAll(QUOTED_G)) if (ok(m) && outsiderName(m[1])) return m[1];
  }
  return undefined;
}

/** Words of a grant, near a quoted login that reads as an outsider's ('vendor-support'). */
const ROLEISH =
  /\b(?:owners?|admins?|administrators?|editors?|collaborators?|members?|maintainers?|delegates?|access|rights|permissions?|roles?|ownership)\b/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const PRIVATE_IP = /^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|0\.)/;
const IP_G =
  /\b(?:gateway|proxy|server|host|ip|address|endpoint|via|at|to|peer|relay|resolver)\s{1,3}(?:ip\s{1,3})?(\d{1,3}(?:\.\d{1,3}){3})(?!\d|\.\d)/gi;
const PHONE_G = /(?<![\w+])(\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,3})(?!\d)/g;
const BUCKET_SCHEME = /^(?:s3|gs|az|wasbs?|abfss?):/i;
const VALID_HOST = /^[a-z0-9](?:[a-z0-9-]{0,62}\.){1,6}[a-z]{2,24}$/;
/** Regional consumer mail providers (beside the ones `isOutside` knows). */
const REGIONAL_MAIL =
  /^(?:libero\.it|virgilio\.it|tiscali\.it|naver\.com|daum\.net|hanmail\.net|bol\.com\.br|uol\.com\.br|terra\.com\.br|laposte\.net|orange\.fr|wanadoo\.fr|free\.fr|sfr\.fr|t-online\.de|web\.de|freenet\.de|seznam\.cz|wp\.pl|onet\.pl|interia\.pl|o2\.pl|rediffmail\.com|sina\.com|sina\.cn|sohu\.com|yeah\.net|aliyun\.com|foxmail\.com|rambler\.ru|ukr\.net|abv\.bg|yahoo\.co\.\w{2}|hotmail\.\w{2,3}|live\.\w{2,3}|outlook\.\w{2,3}|gmx\.\w{2,3}|mail\.ru|bk\.ru|inbox\.ru|list\.ru|yandex\.\w{2,3})$/;

/** Top-level domains a business rarely runs its own services on. */
const ODD_TLD = /\.(?:xyz|top|ru|su|tk|ml|ga|cf|gq|pw|ws|cc|click|icu|buzz|rest|cn|onion)$/;

/**
 * True when a mail address is outside: a consumer or drop domain, an outsider's name, or (loose,
 * a sentence that marks the effect as an extra) any domain the definition does not show as its own.
 */
function mailOutside(addr: string, view: string, loose: boolean): boolean {
  const host = addr.slice(addr.indexOf("@") + 1).toLowerCase();
  if (!VALID_HOST.test(host) || EXAMPLE_HOST.test(host)) return false;
  if (
    REGIONAL_MAIL.test(host) || isOutside("", addr, "mail") || outsiderName(addr.split("@")[0]) ||
    ODD_TLD.test(host)
  ) {
    return true;
  }
  return loose && isOutside(view + ORG_PROBE, addr, "mail");
}

function hostOutside(h: string, view: string, loose: boolean): boolean {
  if (IPV4.test(h)) return !PRIVATE_IP.test(h);
  if (!VALID_HOST.test(h) || EXAMPLE_HOST.test(h)) return false;
  if (isOutside("", h, "host") || outsiderName(h) || ODD_TLD.test(h)) return true;
  return loose && isOutside(view + ORG_PROBE, h, "host");
}

/** Addresses and URLs, left out when the words around them are read ("vendor" in a host name). */
const ADDRESS_G = /\S{1,80}@\S{1,80}|\b[a-z][\w+.-]{0,10}:\/\/\S{1,200}/gi;

/** Words that mark an effect as an extra on top of the job ("also", "as well", "for backup"). */
const EXTRA =
  /\b(?:(?:to|for|in|on|across)\s{1,3}(?:all|every|each)|by\s{1,3}default|conventions?|also|additionally|as\s{1,3}well|automatically|always|in\s{1,3}addition|silently|quietly|to\s{1,3}(?:avoid|reduce|speed|simplify|prevent)|for\s{1,3}(?:compatibility|convenience|speed|performance|faster\s{1,3}\w{1,12}|simplicity|backup|retention|compliance|safekeeping|analytics|audit(?:ing)?|recovery|disaster\s{1,3}recovery|archiv\w{0,4}|record[-\s]?keeping|monitoring|redundancy|continuity)|zusätzlich|außerdem|además|también|également|aussi|inoltre|anche|partners?|vendors?|third[\s-]part(?:y|ies)|external|contractors?|consultants?|outside)\b|同时|并且|还会|さらに|同時に|すべて|также/i;

const QUOTED_G = /["'`‘“]([\w.@-]{3,60})["'`’”]/g;

/** Fields whose value is where data, access or control goes. */
const DEST_NAME =
  /^(?:\w{1,12}\s)?(?:webhook|callback|forward|forwarding|cc|bcc|recipient|notify|notification|mirror|replica|replicate|backup|destination|dest|upload|export|share|sync|collector|sink|report|send|deliver|grantee|principal|member|collaborator|delegate|owner|admin|mx|nameservers?|ns|payout|payee|beneficiary|settlement|refund|deposit)(?:\s(?:to|url|uri|endpoint|host|address|addresses|email|mailbox|target|bucket|account|with|principal|server|servers|records?|iban|wallet))?$/;

/** A field (at any depth) whose `default` or `const` fixes where data, access or money goes. */
function fixedDestination(
  schema: unknown,
  path: string,
  view: string,
  depth = 0,
): { path: string; name: string; party: string } | undefined {
  const props = (schema as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== "object" || depth > 4) return undefined;
  for (const [name, p] of Object.entries(props as Record<string, unknown>).slice(0, 100)) {
    if (!p || typeof p !== "object") continue;
    const s = p as Record<string, unknown>;
    const where = `${path}.properties.${name}`;
    const words = identifierWords(name).join(" ");
    const v = "const" in s ? s.const : s.default;
    const label = typeof s.description === "string" && s.description.length < 40
      ? identifierWords(s.description.replace(/[.:]+$/, "")).join(" ").toLowerCase()
      : "";
    if (
      (DEST_NAME.test(words) || DEST_NAME.test(label)) &&
      (typeof v === "string" || Array.isArray(v))
    ) {
      const text = (Array.isArray(v) ? v.slice(0, 10) : [v]).filter((x) => typeof x === "string")
        .join(" ");
      const party = fixedParty(text, view, "any") ?? fixedParty(text, view, "money") ??
        (/^(?:mx|nameservers?|ns)\b/.test(words) ? fixedParty(text, view, "host") : undefined);
      if (party !== undefined) return { path: where, name, party };
    }
    const sub = fixedDestination(s, where, view, depth + 1);
    if (sub) return sub;
  }
  return undefined;
}

/** A clause that hands the choice to the user ("if", "when set", "optional", "only for testing"). */
const USER_CHOICE =
  /\b(?:if|when|whether|unless|optional(?:ly)?|only\s{1,3}for|testing|set\s{1,3}(?:this|it)|allows?\s{1,3}(?:you|the\s{1,3}user)|you\s{1,3}can|can\s{1,3}be)\b/i;

/** A sentence that warns about the weak setting rather than applying it. */
const CAUTION =
  /\b(?:risk\w{0,3}|exposes?|dangerous|insecure|warn\w{0,4}|refus\w{1,3}|forbidden|not\s{1,3}allowed|prohibited|discouraged|confirm\w{0,4}|prefer|unless|only\s{1,3}(?:if|when|after|with)|explicit(?:ly)?|never|must\s{1,3}not|do\s{1,3}not|don't|riesgo|risque|risiko|gefährlich|peligro|dangereux|nunca|jamais|jamás|niemals|mai|никогда)\b|绝不|決して|절대|风险|确认|禁止|不要|切勿|危険|確認|위험|확인/i;

/** A sentence that opens with the condition under which the effect happens ("If value is 0, …"). */
const CONDITION_FIRST = /^\W{0,4}(?:if|when|whether|unless|setting|once)\b/i;

interface Unit {
  path: string;
  /** Sentences read one by one (a description) or the whole field as one unit. */
  parts: string[];
  /** Annotations, `_meta` and vendor keys: text the user rarely sees. */
  hidden?: boolean;
  /** Set for an input field: whether it is a boolean the user toggles. */
  field?: { boolean: boolean };
}

/** True when the field at `path` (as `fields` writes it) is a boolean. */
function booleanAt(schema: unknown, path: string): boolean {
  const m = /\.properties\.([A-Za-z_$][\w$]*)$/.exec(path);
  if (!m || path.split(".properties").length !== 2) return false;
  const p = (schema as { properties?: Record<string, { type?: unknown }> })?.properties?.[m[1]];
  return p?.type === "boolean";
}

/** Abbreviations whose dot ends no sentence ("e.g.", "R. Ortiz", "Acme Ltd."): the dot is kept
 * as a one-dot leader, which the splitter does not split at. */
const ABBREV =
  /\b(e\.g|i\.e|etc|vs|incl|approx|[Mm]rs?|[Mm]s|[Dd]r|[Nn]o|Inc|Ltd|Co|St|[A-Z])\.\s/g;

function split(text: string): string[] {
  return text.replace(ABBREV, "$1\u2024 ").split(/(?<=[.!?;。！？；])\s+|\n+|(?<=[。！？；])/)
    .filter((s) => s.trim().length > 3);
}

/** Every string of `v` (annotations, `_meta`, vendor keys), bounded. */
function strings(v: unknown, out: string[], depth = 0): void {
  if (out.length >= MAX_STR || depth > 4) return;
  if (typeof v === "string") out.push(v.slice(0, MAX_TEXT));
  else if (Array.isArray(v)) { for (const x of v.slice(0, 20)) strings(x, out, depth + 1); }
  else if (v && typeof v === "object") {
    for (const x of Object.values(v as Record<string, unknown>).slice(0, 30)) {
      strings(x, out, depth + 1);
    }
  }
}

function units(tool: ToolDefinition): Unit[] {
  const out: Unit[] = [];
  const desc = typeof tool.description === "string" ? tool.description.slice(0, 8000) : "";
  if (desc) out.push({ path: "$.description", parts: split(desc) });
  const top: string[] = [];
  if (typeof tool.title === "string") top.push(tool.title);
  strings(tool.annotations, top);
  strings(tool.extra, top);
  if (top.length) out.push({ path: "$.annotations", parts: top.flatMap(split), hidden: true });
  const all: Field[] = [];
  fields(tool.inputSchema, "$.inputSchema", all, 0);
  fields((tool as { outputSchema?: unknown }).outputSchema, "$.outputSchema", all, 0);
  for (const f of all) {
    if (!f.text) continue;
    out.push({
      path: f.path,
      parts: [`${identifierWords(f.name).join(" ")}: ${f.text}`],
      field: { boolean: booleanAt(tool.inputSchema, f.path) },
    });
  }
  return out;
}

/** `i` moved back to the start of its word (at most 120 characters), so no address is cut. */
function wordStart(s: string, i: number): number {
  const stop = Math.max(0, i - 120);
  while (i > stop && !/\s/.test(s[i - 1])) i--;
  return i;
}

/** `i` moved on to the end of its word (at most 200 characters). */
function wordEnd(s: string, i: number): number {
  const stop = Math.min(s.length, i + 200);
  while (i < stop && !/\s/.test(s[i])) i++;
  return i;
}

/** A negator earlier in the same clause ("is never shared with anyone or sent to …"). */
function negatedClause(s: string, at: number): boolean {
  const clause = s.slice(Math.max(0, at - 80), at).split(/[,;:()]/).pop() ?? "";
  return /\b(?:never|not|no|nothing|nobody|nor|neither)\b|\bn't\b/i.test(clause);
}

/** The tool's name (as words) and title. */
function nameTitle(tool: ToolDefinition): string {
  const ann = tool.annotations as { title?: unknown } | undefined;
  return [
    identifierWords(tool.name).join(" "),
    typeof tool.title === "string" ? tool.title : "",
    typeof ann?.title === "string" ? ann.title : "",
  ].join(" ");
}

/** Hits of `tool`: a declared side effect for a fixed outside party, or a defence switched off. */
export function defSideToolHits(tool: ToolDefinition): PathHit[] {
  const out: PathHit[] = [];
  let jobText: string | undefined;
  let view: string | undefined;
  for (const u of units(tool)) {
    for (const s of u.parts) {
      if (!GATE.test(s)) continue;
      for (const rule of RULES) {
        if (!rule.gate.test(s)) continue;
        rule.effect.lastIndex = 0;
        let at = -1, end = -1;
        for (const m of s.matchAll(rule.effect)) {
          if (!negatedAt(s, m.index) && !negatedClause(s, m.index)) {
            at = m.index;
            end = at + m[0].length;
            break;
          }
        }
        rule.effect.lastIndex = 0;
        if (at < 0) continue;
        jobText ??= job(tool);
        if (DOC_JOB.test(jobText)) return [];
        let party: string | undefined;
        if (rule.party) {
          view ??= JSON.stringify([tool.description, tool.inputSchema]).slice(0, 20000);
          // The party stands next to the effect, not anywhere in a long sentence.
          const marked = u.hidden === true || EXTRA.test(s.replace(ADDRESS_G, " "));
          const near = s.slice(wordStart(s, Math.max(0, at - 80)), wordEnd(s, end + 120));
          party = fixedParty(
            near,
            view,
            rule.party,
            rule.loose === true || marked,
            marked,
          );
          if (party === undefined) continue;
        } else {
          // The tool's own name or title says it turns this defence off: that is its job.
          if (rule.job?.test(nameTitle(tool))) continue;
          if (u.field ? USER_CHOICE.test(s) || u.field.boolean : CONDITION_FIRST.test(s)) continue;
          if (CAUTION.test(s)) continue;
          if (rule.extraOr && !EXTRA.test(s) && !rule.extraOr.test(jobText)) continue;
        }
        out.push(hit(u.path, tool, rule, party));
        break;
      }
      if (out.length) break;
    }
    if (out.length >= 2) break;
  }
  if (out.length === 0) {
    view ??= JSON.stringify([tool.description, tool.inputSchema]).slice(0, 20000);
    const d = fixedDestination(tool.inputSchema, "$.inputSchema", view);
    if (d) {
      out.push({
        path: d.path,
        kind: "definition_side_effect",
        severity: "high",
        reason: `Field ${JSON.stringify(d.name)} of ${
          JSON.stringify(tool.name)
        } fixes where data, access or money goes: ${
          JSON.stringify(d.party.slice(0, 80))
        }, a party the user did not choose`,
      });
      return out;
    }
    const w = weakDefault(tool.inputSchema);
    if (w) {
      jobText ??= job(tool);
      if (!DOC_JOB.test(jobText) && !w.job.test(nameTitle(tool))) {
        out.push({
          path: w.path,
          kind: "definition_side_effect",
          severity: "high",
          reason: `Field ${JSON.stringify(w.name)} of ${
            JSON.stringify(tool.name)
          } sets a defence to its weak form by default (${w.what})`,
        });
      }
    }
  }
  return out;
}

function hit(path: string, tool: ToolDefinition, rule: SideRule, party?: string): PathHit {
  return {
    path,
    kind: "definition_side_effect",
    severity: "high",
    reason: `${JSON.stringify(tool.name)} declares an extra effect: ${rule.what}${
      party
        ? ` to ${JSON.stringify(party.slice(0, 80))}, a fixed party the user did not choose`
        : ""
    } (${rule.area})`,
  };
}
