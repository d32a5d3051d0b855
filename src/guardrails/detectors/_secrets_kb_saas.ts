/**
 * Knowledge base, SaaS: e-mail / SMS / chat providers, productivity and CRM tools, social
 * platforms, and webhook URLs whose path or query is the credential. Publishable / public ids
 * (Twilio `AC…` account SIDs, `FLWPUBK-`, Stripe `pk_`) are not here.
 */
import type { Rule } from "./_secrets_rules.ts";
import { near, realBody, shapedBody, tok } from "./_secrets_kb_util.ts";

const B = String.raw`(?<![A-Za-z0-9_\-])`;
const E = String.raw`(?![A-Za-z0-9_\-])`;
const re = (body: string, flags = "dg"): RegExp => new RegExp(B + body + E, flags);

/** A webhook URL whose secret part is the group `s`. */
function hook(label: string, hint: string, r: RegExp, where: string): Rule {
  return {
    kind: "webhook_url",
    label,
    severity: "high",
    hint,
    re: r,
    check: (v) => realBody(v.replace(/[\/\-]/g, "")),
    advice: `anyone holding the URL can post as your integration; regenerate it in ${where} ` +
      "and keep the URL in a secret store",
  };
}

/** SaaS token formats. */
export const KB_SAAS: Rule[] = [
  tok("Mailgun API key", "key-", re(String.raw`key-[a-f0-9]{32}`), "Mailgun → API Security", {
    skip: 4,
  }),
  tok(
    "Mailgun API key",
    ["mailgun", "Mailgun", "MAILGUN"],
    new RegExp(
      String
        .raw`(?:mailgun|Mailgun|MAILGUN)[^\n]{0,40}?(?<![A-Za-z0-9])(?<s>[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![A-Za-z0-9])`,
      "dg",
    ),
    "Mailgun → API Security",
    { showPrefix: false, check: (v) => realBody(v.slice(0, 32)) },
  ),
  tok(
    "Mandrill API key",
    "md-",
    re(String.raw`md-[A-Za-z0-9_\-]{22}`),
    "Mandrill Settings → SMTP & API Info",
    {
      skip: 3,
      check: (v) => /\d/.test(v) && /[A-Z]/.test(v) && realBody(v.slice(3)),
    },
  ),
  tok(
    "Brevo (Sendinblue) API / SMTP key",
    ["xkeysib-", "xsmtpsib-"],
    re(String.raw`x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}`),
    "Brevo SMTP & API → API Keys",
    { check: (v) => realBody(v.slice(v.indexOf("-") + 1, v.indexOf("-") + 65)) },
  ),
  tok(
    "Resend API key",
    "re_",
    // The key id before the second `_` is 8 characters in most keys, up to 10 in others.
    /(?<![A-Za-z0-9_])re_[A-Za-z0-9]{8,10}_[A-Za-z0-9]{24}(?![A-Za-z0-9_])/dg,
    "Resend → API Keys",
    { check: (v) => shapedBody(v.slice(3)) },
  ),
  tok(
    "Postmark server / account token",
    ["Postmark", "postmark", "POSTMARK"],
    new RegExp(
      String
        .raw`(?:postmark|Postmark|POSTMARK)[^\n]{0,40}?(?<![A-Za-z0-9])(?<s>[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9])`,
      "dg",
    ),
    "Postmark Server → API Tokens",
    { showPrefix: false, check: near(/(?:token|key|secret)/i, 80) },
  ),
  tok(
    "Twilio auth token",
    ["twilio", "Twilio", "TWILIO"],
    new RegExp(
      String
        .raw`(?:twilio|Twilio|TWILIO)[^\n]{0,40}?(?:auth|AUTH|Auth|secret|SECRET|Secret)[^\n]{0,30}?(?<![A-Za-z0-9])(?<s>[a-f0-9]{32})(?![A-Za-z0-9])`,
      "dg",
    ),
    "the Twilio Console → Account → API keys & tokens (rotate the auth token)",
    { showPrefix: false },
  ),
  tok(
    "Telnyx API key",
    "KEY",
    re(String.raw`KEY[0-9A-F]{32}_[A-Za-z0-9]{22}`),
    "Telnyx Portal → API Keys",
    {
      skip: 3,
    },
  ),
  tok(
    "Trello token",
    "ATTA",
    re(String.raw`ATTA[a-f0-9]{64}[A-F0-9]{8}`),
    "Trello → Power-Ups admin → your token",
    {
      skip: 4,
    },
  ),
  tok(
    "Airtable personal access token",
    "pat",
    /(?<![A-Za-z0-9_\-])pat[A-Za-z0-9]{14}\.[a-f0-9]{64}(?![A-Za-z0-9])/dg,
    "Airtable Builder Hub → Personal access tokens",
    { check: (v) => realBody(v.slice(-64)) },
  ),
  tok(
    "Asana personal access token",
    ["asana", "Asana", "ASANA"],
    /(?<![\w\/])[0-9]\/[0-9]{10,19}(?:\/[0-9]{10,19})?:[a-f0-9]{32}(?![A-Za-z0-9])/dg,
    "Asana My Settings → Apps → Developer apps",
    { check: near(/asana/i, 300, (v) => realBody(v.slice(-32))), showPrefix: false },
  ),
  tok(
    "ClickUp API token",
    "pk_",
    re(String.raw`pk_[0-9]{6,10}_[A-Z0-9]{32}`),
    "ClickUp Settings → Apps → API Token",
    {
      check: (v) => realBody(v.slice(-32)),
    },
  ),
  tok(
    "Salesforce access token",
    "00D",
    /(?<![A-Za-z0-9])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}(?![A-Za-z0-9._])/dg,
    "Salesforce Setup → Session Management (or revoke the connected app's OAuth tokens)",
    { check: (v) => realBody(v.slice(v.indexOf("!") + 1)) },
  ),
  tok(
    "Zoho OAuth token",
    "1000.",
    re(String.raw`1000\.[a-f0-9]{32}\.[a-f0-9]{32}`),
    "Zoho API Console → your client",
    {
      skip: 5,
    },
  ),
  tok(
    "Typeform personal token",
    "tfp_",
    re(String.raw`tfp_[A-Za-z0-9_\-.=]{59}`),
    "Typeform Account → Personal tokens",
    {
      skip: 4,
    },
  ),
  tok(
    "Dropbox access token",
    "sl.",
    /(?<![A-Za-z0-9_\-.])sl\.(?:u\.)?[A-Za-z0-9_\-]{130,1400}(?![A-Za-z0-9_\-])/dg,
    "the Dropbox App Console (or Connected apps in your account)",
    { check: (v) => /\d/.test(v) && realBody(v.slice(3, 120)) },
  ),
  tok(
    "Notion integration secret (legacy)",
    "secret_",
    re(String.raw`secret_[A-Za-z0-9]{43}`),
    "Notion → My integrations",
    {
      skip: 7,
      check: (v) => /\d/.test(v) && /[A-Z]/.test(v) && realBody(v.slice(7)),
    },
  ),
  tok(
    "Klaviyo private API key",
    "pk_",
    re(String.raw`pk_[a-f0-9]{34}`),
    "Klaviyo Settings → API Keys",
    { skip: 3 },
  ),
  tok(
    "X (Twitter) app bearer token",
    "AAAAAAAAAAAAAAAAAAAA",
    /(?<![A-Za-z0-9%])A{21,23}[A-Za-z0-9%]{60,140}(?![A-Za-z0-9%])/dg,
    "the X Developer Portal → your app → Keys and tokens",
    { check: (v) => v.includes("%") && realBody(v.replace(/^A+/, "")) },
  ),
  tok(
    "Meta (Facebook / WhatsApp) access token",
    "EAA",
    /(?<![A-Za-z0-9+\/_\-])EAA[A-Za-z0-9]{90,400}(?![A-Za-z0-9+\/_\-])/dg,
    "Meta for Developers → your app (or Business Settings → System users)",
    { check: (v) => /\d/.test(v) && realBody(v.slice(3)) },
  ),
  tok(
    "Instagram access token",
    "IGQV",
    re(String.raw`IGQV[A-Za-z0-9_\-]{100,400}`),
    "Meta for Developers → Instagram → your app",
    { skip: 4 },
  ),
  tok(
    "Google OAuth refresh token",
    "1//0",
    /(?<![A-Za-z0-9\/])1\/\/0[A-Za-z0-9_\-]{40,200}(?![A-Za-z0-9_\-])/dg,
    "your Google Account → Security → Third-party access (or the OAuth client)",
    { skip: 4 },
  ),
  hook(
    "Feishu / Lark bot webhook",
    "/bot/v2/hook/",
    /\/open-apis\/bot\/v2\/hook\/(?<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/dg,
    "the Feishu / Lark group's bot settings",
  ),
  hook(
    "DingTalk robot webhook",
    "robot/send?",
    /oapi\.dingtalk\.com\/robot\/send\?access_token=(?<s>[a-f0-9]{64})/dg,
    "the DingTalk group's robot settings",
  ),
  hook(
    "WeCom (WeChat Work) group webhook",
    "webhook/send?key=",
    /qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=(?<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/dg,
    "the WeCom group's robot settings",
  ),
  hook(
    "Zapier catch hook",
    "hooks.zapier.com",
    /hooks\.zapier\.com\/hooks\/catch\/(?<s>\d{4,12}\/[a-z0-9]{5,12})/dg,
    "the Zap's webhook trigger",
  ),
  hook(
    "IFTTT Webhooks key",
    "maker.ifttt.com",
    /maker\.ifttt\.com\/(?:trigger\/[^\s\/]{1,80}\/(?:json\/)?with\/key|use)\/(?<s>[A-Za-z0-9_\-]{20,43})/dg,
    "IFTTT Webhooks settings",
  ),
  hook(
    "Make (Integromat) webhook",
    ".make.com/",
    /hook\.(?:eu[12]|us[12])\.make\.com\/(?<s>[a-z0-9]{32})/dg,
    "the Make scenario's webhook",
  ),
];
