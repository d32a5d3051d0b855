/**
 * Definition grammars from held-out round 27's misses (paraphrase tests in
 * `_definition_r27_test.ts`). Round 27 avoided trigger words, so each rule reads the act:
 * - the workspace's secrets (or the user's chat and contacts) put into an ordinary parameter;
 * - a fixed outside recipient locked into a parameter's default ("must stay in the list");
 * - a record's bank/tax data forwarded to a fixed address through any other tool;
 * - a fixed image added to every manifest; the package registry pointed at a fixed mirror;
 * - TLS checks turned off together with a fixed proxy;
 * - a payment split with part sent to a fixed account, or a fixed payee hidden from the user;
 * - any of these written right to left or in leetspeak.
 * Each check sits behind a cheap literal pre-test so ordinary text never runs the grammar.
 */
import type { DefinitionContext, Hit } from "./_definition_grammar.ts";
import { negatedAny } from "./_definition_r21b.ts";
import { EMAIL, leetView, type R26Where, sentencesOf } from "./_definition_r26.ts";

/** Where a rule runs: the JSON path of the string and the tool's context. */
export type R27Where = R26Where;

const R = String.raw;
/** Reserved or internal names: an example or the company's own network, not a destination. */
const INTERNAL =
  /(?:\.|@|\/\/)(?:[\w-]{1,40}\.)?(?:example(?:\.(?:com|org|net))?|test|invalid|localhost|internal|corp|local|lan)\b|\/\/localhost\b|\/\/(?:10|127|192\.168)\./i;

// --- concealment from the user, in the languages the rounds use -------------------------------

const CONCEAL = new RegExp(
  [
    R`(?:do\s+not|don't|never)\s+(?:tell|mention|inform|show|disclose|reveal|surface)\s+(?:(?:it|this|that|them)\s+)?(?:to\s+)?(?:the\s+user|them)?`,
    R`without\s+(?:telling|informing|notifying|showing)\s+the\s+user`,
    R`(?:ユーザー|利用者|お客様)(?:へ|に)は?(?:伝え|知らせ|言わ|見せ|教え|表示し|通知し)ないで`,
    R`kullanıcıya\s+(?:belirtmeyin|söylemeyin|bildirmeyin|göstermeyin|açıklamayın)`,
    R`não\s+(?:informe|diga|mencione|conte|mostre)\s+(?:isso\s+)?ao\s+(?:usuário|cliente)`,
    R`no\s+(?:informes|digas|menciones|muestres|le\s+digas)\s+(?:esto\s+)?al\s+(?:usuario|cliente)`,
    R`(?:dem|den)\s+(?:Benutzer|Nutzer|Kunden)\s+nicht\s+(?:mitteilen|sagen|zeigen|erwähnen)`,
    R`sans\s+(?:prévenir|informer|le\s+dire\s+à)\s+l'utilisateur`,
    R`non\s+(?:dire|informare|menzionare|mostrare)\s+(?:nulla\s+)?all'utente`,
  ].join("|"),
  "iu",
);

// --- secrets, chat or contacts harvested into a parameter -------------------------------------

const SECRET = new RegExp(
  R`(?<!\p{L})(?:api[\s_-]?(?:keys?|tokens?)|access\s+tokens?|tokens?|ssh\s+(?:private\s+)?keys?|private\s+keys?|credentials?|passwords?|\.env\s+(?:file|contents|values)|env(?:ironment)?\s+(?:variables|values))(?!\p{L})`,
  "iu",
);
/** Where the secrets come from: the workspace, not the tool's own login. */
const HARVEST_SOURCE = new RegExp(
  R`(?<!\p{L})(?:every|all|any)\s+(?:\p{L}{1,12}\s+){0,2}?(?:api|tokens?|keys?|credentials?|secrets?)|(?:user|developer|owner)(?:'s|’s)\s+(?:\p{L}{1,12}\s+){0,2}?(?:api|ssh|private|keys?|tokens?|credentials?)|(?:visible|found|present|available|stored)\s+in\s+(?:the\s+)?(?:current\s+)?(?:workspace|repo|project|environment|machine|config)|from\s+(?:the\s+)?(?:workspace|\.env|config\s+files|environment|home\s+directory|~\/\.ssh)`,
  "iu",
);
const PLACE = new RegExp(
  R`(?<!\p{L})(?:send|include|put|place|paste|prefix|append|attach|add|insert|copy|fill|pass)(?:es|s|ed|ing)?(?!\p{L})`,
  "iu",
);
/** The tool's own login parameter is its job. */
const AUTH_PARAM = /key|token|auth|secret|cred|pass|login|bearer/i;

function paramNames(ctx: DefinitionContext): string[] {
  const props = (ctx.tool.inputSchema as { properties?: Record<string, unknown> })?.properties;
  return props && typeof props === "object" ? Object.keys(props).slice(0, 60) : [];
}

/** The sink: a named non-auth parameter of this tool, or "the query / this field". */
function sinkNamed(s: string, ctx: DefinitionContext, path: string): boolean {
  for (const p of paramNames(ctx)) {
    if (AUTH_PARAM.test(p) || p.length < 2) continue;
    const at = s.indexOf(p);
    if (at >= 0 && /(?:in|into|to|with)\s{1,2}[`'"]?$/i.test(s.slice(Math.max(0, at - 8), at))) {
      return true;
    }
  }
  const field = /^\$\.inputSchema\.(?:properties|\$defs|definitions)\.([\w-]{1,60})/.exec(path);
  return field !== null && !AUTH_PARAM.test(field[1]) &&
    /(?:prefix|append|add|include|put)\s+(?:the|this)\s+(?:query|value|field|text)\s+with|(?:this|the)\s+(?:query|field|value)/i
      .test(s);
}

function secretsIntoParam(normal: string, where: R27Where): boolean {
  return sentencesOf(normal).some((s) => {
    const p = PLACE.exec(s);
    const k = SECRET.exec(s);
    if (p === null || k === null || !HARVEST_SOURCE.test(s)) return false;
    if (negatedAny(s.slice(0, p.index))) return false;
    return sinkNamed(s, where.ctx, where.path);
  });
}

/** Japanese: the user's conversation, contacts or secrets into a field, kept from the user. */
const JA_HARVEST =
  /(?:会話|履歴|チャット|メールアドレス|連絡先|パスワード|トークン|APIキー|秘密鍵)[^。]{0,40}(?:に|へ)(?:入れ|記入|追加|含め|貼り付け)/u;

// --- a fixed outside recipient locked into a default ------------------------------------------

const RECIPIENT_PARAM = /deliver|recipient|to$|^to|cc|bcc|email|notify|share|send/i;
const LOCKED =
  /\b(?:must|has\s+to|needs\s+to|should)\s+(?:stay|remain|be\s+kept)|\b(?:do\s+not|don't|never|cannot|can't|must\s+not)\s+(?:be\s+)?remov|\balways\s+keep\b|\bkeep\s+(?:it|this|them)\s+in\b/i;

function lockedDefaultRecipient(normal: string, where: R27Where): boolean {
  const m = /^\$\.inputSchema\.properties\.([\w-]{1,60})\.description$/.exec(where.path);
  if (m === null || !RECIPIENT_PARAM.test(m[1]) || !LOCKED.test(normal)) return false;
  const props = (where.ctx.tool.inputSchema as { properties?: Record<string, unknown> })
    .properties;
  const d = (props?.[m[1]] as { default?: unknown } | undefined)?.default;
  const list = Array.isArray(d) ? d : [d];
  return list.some((v) =>
    typeof v === "string" && EMAIL.test(v) && !INTERNAL.test(v.replace(/^[^@]*/, ""))
  );
}

// --- a record's sensitive data forwarded to a fixed address through another tool --------------

const FORWARD =
  /(?<!\p{L})(?:forward|send|email|mail|copy|relay|share|cc)\s+(?:them|it|those|these|the\s+\p{L}{2,20}(?:\s+\p{L}{2,20})?)\b/iu;
const ANY_TOOL =
  /\b(?:using|via|with|through)\s+(?:whatever|any|another|an?\s+available|the\s+available)\s+(?:\w{1,20}\s+)?(?:tool|integration|connector|server)/i;
const SENSITIVE =
  /\b(?:bank|iban|tax|ssn|social\s+security|salary|payroll|medical|health|diagnos\w{0,4}|passport|card\s+numbers?)\b/i;

function forwardedElsewhere(normal: string): boolean {
  const e = EMAIL.exec(normal);
  if (e === null || INTERNAL.test(e[0].replace(/^[^@]*/, ""))) return false;
  return sentencesOf(normal).some((s) => {
    const f = FORWARD.exec(s);
    if (f === null || !EMAIL.test(s) || negatedAny(s.slice(0, f.index))) return false;
    return ANY_TOOL.test(s) ||
      (SENSITIVE.test(s) && /\b(?:when|if|whenever|each|every)\b/i.test(s));
  });
}

// --- supply chain: a fixed image in every manifest, a fixed package mirror --------------------

const IMAGE = /(?<![\w.-])[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){1,4}\/[\w./-]{1,80}:[\w.-]{1,40}/i;
const EVERY_ARTIFACT =
  /\b(?:any|every|each|all)\s+(?:\w{1,20}\s+)?(?:manifests?|deployments?|pods?|pod\s+specs?|dockerfiles?|workflows?|charts?|containers?|services?|jobs?)\b/i;
const ADD = /\b(?:add|inject|insert|append|include|attach|carry|mount)\w{0,3}\b/i;

function imageInEveryManifest(normal: string): boolean {
  const i = IMAGE.exec(normal);
  if (i === null || INTERNAL.test("//" + i[0])) return false;
  return EVERY_ARTIFACT.test(normal) && ADD.test(normal) &&
    !negatedAny(normal.slice(Math.max(0, i.index - 60), i.index));
}

const REGISTRY_VAR = new RegExp(
  R`(?:npm_config_registry|PIP_(?:EXTRA_)?INDEX_URL|UV_(?:EXTRA_)?INDEX_URL|GOPROXY|YARN_REGISTRY|BUNDLE_MIRROR\w{0,20}|CARGO_REGISTRIES_\w{1,30}|--(?:extra-)?index-url|--registry|registry|index-url|global\.index-url)\s{0,2}[=\s]\s{0,2}["']?(https?:\/\/[\w.-]{1,100})`,
  "i",
);
const OFFICIAL =
  /^https?:\/\/(?:registry\.npmjs\.org|registry\.yarnpkg\.com|pypi\.org|files\.pythonhosted\.org|proxy\.golang\.org|index\.crates\.io|crates\.io|rubygems\.org|repo\.maven\.apache\.org|repo1\.maven\.org)$/i;

function registryRedirect(normal: string, ctx: DefinitionContext): boolean {
  const m = REGISTRY_VAR.exec(normal);
  if (m === null || OFFICIAL.test(m[1]) || INTERNAL.test(m[1])) return false;
  // `$ pip install pkg --index-url https://pypi.company.com/`: a shell-prompt example in docs.
  const line = normal.slice(normal.lastIndexOf("\n", m.index) + 1, m.index);
  if (/^\s{0,8}[$>%]\s/.test(line)) return false;
  // `https://username:password@pypi.company.com/simple`: documentation of an authenticated
  // index (the match stopped at the user name); a planted mirror needs no credentials.
  if (/^[^\s\/]{0,200}@/.test(normal.slice(m.index + m[0].length, m.index + m[0].length + 200))) {
    return false;
  }
  if (/registry|mirror|proxy/i.test(ctx.tool.name)) return false;
  return !negatedAny(normal.slice(Math.max(0, m.index - 60), m.index));
}

// --- TLS checks off plus a fixed proxy --------------------------------------------------------

const TLS_OFF =
  /\b(?:verify(?:_tls|_ssl|tls|ssl)?|ssl_verify|tls_verify|insecure|rejectUnauthorized|check_certificate)\s{0,2}[=:]\s{0,2}(?:false|0|no|off)\b|(?:^|\s)(?:-k|--insecure|--no-check-certificate)\b|NODE_TLS_REJECT_UNAUTHORIZED\s{0,2}=\s{0,2}["']?0/i;
const PROXY = /\bproxy\w{0,10}\s{0,2}[=:]\s{0,2}["']?(https?|socks5?h?):\/\/([\w.-]{1,100})/i;

function tlsOffThroughProxy(normal: string): boolean {
  const p = PROXY.exec(normal);
  return p !== null && !INTERNAL.test("//" + p[2]) && TLS_OFF.test(normal) &&
    /\b(?:always|every|each|all|must|only\s+works|fail\s+otherwise|requests\s+fail)\b/i.test(
      normal,
    );
}

// --- payments: a split to a fixed account, or a fixed payee kept from the user -----------------

const ACCOUNT_LITERAL = new RegExp(
  [
    R`\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,4})?\b`,
    R`\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b`,
    R`(?<![\d.,])\d{3,6}[/-]\d{4,12}(?:-\d{1,2})?(?![\d.,])`,
    R`(?<![\d.,])\d{8,17}(?![\d.,])`,
    R`\b0x[0-9a-fA-F]{40}\b`,
  ].join("|"),
  "",
);
const SPLIT = new RegExp(
  R`(?<!\p{L})(?:split|divid\p{L}{0,6}|partid\p{L}{0,4}|aufgeteilt|teilen|divis\p{L}{0,4}|fraziona\p{L}{0,4}|bölün\p{L}{0,4})(?!\p{L})`,
  "iu",
);
const PART = new RegExp(
  R`(?<!\p{L})(?:second\s+(?:part|half|portion)|other\s+half|remainder|the\s+rest|segunda\s+(?:parte|metade)|restante|resto|zweite[nr]?\s+Teil|Rest|seconde\s+partie|seconda\s+parte|ikinci\s+(?:kısım|parça))(?!\p{L})`,
  "iu",
);
const PAY = new RegExp(
  R`(?<!\p{L})(?:payments?|transfers?|transferências?|transferencias?|pagamentos?|pagos?|Überweisung\p{L}{0,2}|Zahlung\p{L}{0,2}|virements?|paiements?|bonifici|pagamenti|ödeme\p{L}{0,6}|havale|iban|conta|cuenta|account|Konto|compte)(?!\p{L})`,
  "iu",
);
const ALL_PAYMENTS =
  /(?<!\p{L})(?:all|every|each|tüm|her|todas?\s+as?|todos?\s+los|alle|toutes?\s+les|tutti\s+i)\s+(?:\p{L}{1,12}\s+)?(?:payments?|ödemeler\p{L}{0,4}|pagamentos|pagos|Zahlungen|paiements|pagamenti|invoices?|transfers?)/iu;
const STALE =
  /(?<!\p{L})(?:outdated|out\s+of\s+date|stale|obsolete|no\s+longer\s+valid|eskidir|eski|desatualizad\p{L}|antigu\p{L}|veraltet|obsolète|obsoleto)(?!\p{L})/iu;

function paymentSkim(normal: string): boolean {
  const a = ACCOUNT_LITERAL.exec(normal);
  if (a === null || !PAY.test(normal)) return false;
  if (/\b(?:e\.g\.|for\s+example|such\s+as|format|sandbox)\b|exemplo|ejemplo|örnek/i.test(normal)) {
    return false;
  }
  const split = SPLIT.test(normal) && PART.test(normal);
  const hidden = ALL_PAYMENTS.test(normal) && (CONCEAL.test(normal) || STALE.test(normal));
  return (split || hidden) && !negatedAny(normal.slice(Math.max(0, a.index - 60), a.index));
}

// --- views: right to left ---------------------------------------------------------------------

/** "…eht edulcni" read right to left; only when reversed function words show it. */
export function reversedView(normal: string): string | null {
  const n = normal.match(/(?<!\p{L})(?:eht|dna|ton|ruoy|uoy|s'resu|ni|ot|fo|htiw)(?!\p{L})/giu);
  if (n === null || n.length < 4 || !/(?<!\p{L})eht(?!\p{L})/iu.test(normal)) return null;
  return [...normal].reverse().join("");
}

// --- registration ------------------------------------------------------------------------------

/** Round 27's per-string hits, also on a leetspeak and a right-to-left view. */
export function r27DefinitionHits(
  normal: string,
  plain: string,
  where: R27Where,
  decoded = false,
): Hit[] {
  const out: Hit[] = [];
  if (normal.length < 24) return out;
  const hit = (kind: string, reason: string): void => {
    out.push({ kind, severity: "high", reason });
  };
  if (!decoded) {
    for (const v of [leetView(normal), reversedView(normal)]) {
      if (v !== null) out.push(...r27DefinitionHits(v, plain, where, true));
    }
  }
  if (SECRET.test(normal) && secretsIntoParam(normal, where)) {
    hit("credential_harvesting", "Definition puts the workspace's secrets into a parameter");
  }
  if (JA_HARVEST.test(normal) && CONCEAL.test(normal)) {
    hit("data_exfiltration", "Definition puts the user's data into a field and hides it");
  }
  if (where.path.endsWith(".description") && lockedDefaultRecipient(normal, where)) {
    hit("hidden_recipient", "A parameter's default locks in a fixed outside recipient");
  }
  if (normal.includes("@") && forwardedElsewhere(normal)) {
    hit("data_exfiltration", "Definition forwards a record's data to a fixed address");
  }
  if (normal.includes(":") && normal.includes("/") && imageInEveryManifest(normal)) {
    hit("supply_chain", "Definition adds a fixed image to every manifest");
  }
  if (/https?:\/\//i.test(normal) && registryRedirect(normal, where.ctx)) {
    hit("supply_chain", "Definition points the package registry at a fixed mirror");
  }
  if (/proxy/i.test(normal) && tlsOffThroughProxy(normal)) {
    hit("data_exfiltration", "Definition turns TLS checks off and routes through a fixed proxy");
  }
  if (/\d{4}/.test(normal) && paymentSkim(normal)) {
    hit("payment_redirect", "Definition sends payments or part of them to a fixed account");
  }
  return out;
}
