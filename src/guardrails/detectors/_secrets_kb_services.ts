/**
 * Knowledge base, more services: prefixed tokens of commerce, data and monitoring platforms, and
 * unprefixed keys that count only right after their provider's name or documented header /
 * variable (monitoring, security intelligence, messaging, testing, crypto exchanges). Public ids
 * (eBay App IDs, PayPal client ids, OneSignal app ids) are not here.
 */
import type { Rule } from "./_secrets_rules.ts";
import { keyed, labelled, named, realBody, tok } from "./_secrets_kb_util.ts";

const B = String.raw`(?<![A-Za-z0-9_\-])`;
const E = String.raw`(?![A-Za-z0-9_\-])`;
const re = (body: string, flags = "dg"): RegExp => new RegExp(B + body + E, flags);
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** More service token formats. */
export const KB_SERVICES: Rule[] = [
  tok(
    "Amazon MWS auth token",
    "amzn.mws.",
    re(`amzn\\.mws\\.${UUID}`),
    "Seller Central → Apps and Services → Develop Apps",
    { skip: 9 },
  ),
  tok(
    "Login with Amazon client secret",
    "amzn1.oa2-cs.v1.",
    re(String.raw`amzn1\.oa2-cs\.v1\.[a-f0-9]{64}`),
    "the Amazon Developer Console → Security Profiles",
    { skip: 16 },
  ),
  tok(
    "Login with Amazon / SP-API refresh or access token",
    ["Atzr|", "Atza|"],
    /(?<![A-Za-z0-9_\-])Atz[ra]\|[A-Za-z0-9_\-]{80,800}(?![A-Za-z0-9_\-])/dg,
    "Seller Central → Apps and Services (or the Amazon Developer Console security profile)",
    { skip: 5 },
  ),
  tok(
    "eBay Cert ID (client secret)",
    ["PRD-", "SBX-"],
    re(`(?:PRD|SBX)-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}`),
    "the eBay Developers Program → Application Keys",
    {
      check: (v) =>
        !realBody(v.slice(4).replace(/-/g, "")) ? false : v.startsWith("SBX") ? "low" : undefined,
    },
  ),
  tok(
    "Dropbox long-lived access token",
    "AAAAAAAAAA",
    /(?<![A-Za-z0-9_\-=])[a-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_\-=]{43}(?![A-Za-z0-9_\-=])/dg,
    "the Dropbox App Console → your app",
    { check: (v) => realBody(v.slice(21)), showPrefix: false },
  ),
  tok(
    "dotenv-vault DOTENV_KEY",
    "dotenv://:key_",
    /dotenv:\/\/:key_(?<s>[a-f0-9]{64})@dotenv\.org/dg,
    "dotenv-vault (`npx dotenv-vault rotatekey`)",
    { showPrefix: false },
  ),
  tok(
    "MongoDB Atlas service-account secret",
    "mdb_sa_sk_",
    re(String.raw`mdb_sa_sk_[A-Za-z0-9_\-]{40,64}`),
    "Atlas Organization Access Manager → Service Accounts",
    { skip: 10 },
  ),
  tok(
    "Xata API key",
    "xau_",
    re(String.raw`xau_[A-Za-z0-9]{32,40}`),
    "Xata Account settings → API keys",
    {
      skip: 4,
    },
  ),
  tok(
    "Appwrite API key",
    "standard_",
    re(String.raw`standard_[a-f0-9]{200,300}`),
    "the Appwrite Console → Overview → API keys",
    { skip: 9 },
  ),
  tok(
    "OneSignal REST API key",
    ["os_v2_app_", "os_v2_org_"],
    re(String.raw`os_v2_(?:app|org)_[a-z0-9]{80,140}`),
    "OneSignal Settings → Keys & IDs",
    { skip: 10 },
  ),
  tok(
    "New Relic admin key",
    "NRAA-",
    re(String.raw`NRAA-[a-f0-9]{27}`),
    "New Relic → API keys",
    { skip: 5 },
  ),
  tok(
    "Coralogix API key",
    "cxtp_",
    re(String.raw`cxtp_[A-Za-z0-9]{30}`),
    "Coralogix Settings → API Keys",
    {
      skip: 5,
    },
  ),
  tok(
    "Checkly API key",
    "cu_",
    re(String.raw`cu_[a-f0-9]{32}`),
    "Checkly User Settings → API keys",
    {
      skip: 3,
    },
  ),
  tok(
    "Axiom API / personal token",
    ["xaat-", "xapt-"],
    re(`xa[ap]t-${UUID}`),
    "Axiom Settings → API tokens",
    { skip: 5 },
  ),
  tok(
    "Tinybird token",
    "p.eyJ",
    re(String.raw`p\.eyJ[A-Za-z0-9_\-]{20,400}\.[A-Za-z0-9_\-]{20,100}`),
    "the Tinybird workspace → Tokens",
    { skip: 5 },
  ),
  tok(
    "Ghost Admin API key",
    ["ghost", "Ghost", "GHOST"],
    labelled("ghost|Ghost|GHOST", "[a-f0-9]{24}:[a-f0-9]{64}"),
    "Ghost Admin → Settings → Integrations",
    { showPrefix: false, check: keyed((v) => realBody(v.slice(25))) },
  ),
  tok(
    "Apple app-specific password",
    ["app-specific", "App-Specific", "APP_SPECIFIC", "app_specific", "App-specific"],
    labelled(
      "[Aa]pp[- ][Ss]pecific[ _-][Pp]assword|APP_SPECIFIC_PASSWORD|app_specific_password",
      "[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}",
    ),
    "appleid.apple.com → Sign-In and Security → App-Specific Passwords",
    { kind: "login_password", showPrefix: false, check: (v) => new Set(v).size >= 9 },
  ),
  tok(
    "Azure API Management / Cognitive Services key",
    ["Ocp-Apim-Subscription-Key", "ocp-apim-subscription-key"],
    labelled("Ocp-Apim-Subscription-Key|ocp-apim-subscription-key", "[a-f0-9]{32}"),
    "the Azure resource's Keys and Endpoint blade",
    { kind: "azure_storage_key", showPrefix: false },
  ),
  tok(
    "PayPal client secret",
    ["paypal", "PayPal", "PAYPAL", "Paypal"],
    labelled("paypal|PayPal|PAYPAL|Paypal", "E[A-Za-z0-9_\\-]{79}"),
    "PayPal Developer → Apps & Credentials",
    { kind: "stripe_key", showPrefix: false },
  ),
  tok(
    "Authorize.net transaction key",
    ["transactionKey", "transaction_key", "TRANSACTION_KEY"],
    labelled("transactionKey|transaction_key|TRANSACTION_KEY", "[A-Za-z0-9]{16}"),
    "the Authorize.net Merchant Interface → Account → API Credentials & Keys",
    { kind: "stripe_key", showPrefix: false, check: (v) => /\d/.test(v) && realBody(v) },
  ),
  tok("Adafruit IO key", "aio_", re(String.raw`aio_[A-Za-z0-9]{28}`), "io.adafruit.com → My Key", {
    skip: 4,
  }),
  tok(
    "Defined Networking API token",
    "dnkey-",
    re(String.raw`dnkey-[a-z0-9=_\-]{26}-[a-z0-9=_\-]{52}`),
    "the Defined Networking admin panel → API keys",
    { skip: 6 },
  ),
  tok(
    "OpenShift user token",
    "sha256~",
    re(String.raw`sha256~[A-Za-z0-9_\-]{43}`),
    "OpenShift (`oc delete oauthaccesstoken`, or Console → Copy login command → Display Token)",
    { skip: 7 },
  ),
  tok(
    "Scalingo API token",
    "tk-us-",
    re(String.raw`tk-us-[A-Za-z0-9_\-]{48}`),
    "Scalingo → User Settings → API tokens",
    {
      skip: 6,
    },
  ),
  tok(
    "SettleMint token",
    ["sm_pat_", "sm_aat_", "sm_sat_"],
    re(String.raw`sm_(?:pat|aat|sat)_[a-f0-9]{16}`),
    "the SettleMint console → Access tokens",
    { skip: 7 },
  ),
  tok(
    "Sidekiq Enterprise credentials",
    ["contribsys", "CONTRIBSYS"],
    labelled("contribsys|CONTRIBSYS", "[a-f0-9]{8}:[a-f0-9]{8}"),
    "contribsys (ask for new Sidekiq Pro/Enterprise credentials)",
    { showPrefix: false, check: (v) => realBody(v.replace(":", "")) },
  ),
  tok(
    "MaxMind license key",
    "_mmk",
    /(?<![A-Za-z0-9_])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![A-Za-z0-9_])/dg,
    "MaxMind Account → Manage License Keys",
    { check: (v) => realBody(v.slice(0, -4)), showPrefix: false },
  ),
  tok(
    "42 Intra API secret",
    ["s-s4t2ud-", "s-s4t2af-"],
    re(String.raw`s-s4t2(?:ud|af)-[a-f0-9]{64}`),
    "the 42 Intra application settings",
    { skip: 9 },
  ),
  named(
    "Cisco Meraki API key",
    "meraki",
    "[a-f0-9]{40}",
    "the Meraki Dashboard → My Profile → API access",
  ),
  named(
    "OVH application secret",
    "ovh",
    "[A-Za-z0-9]{32}",
    "the OVHcloud API console (revoke the application)",
  ),
  named(
    "IBM Cloud API key",
    "ibmcloud",
    "[A-Za-z0-9_\\-]{44}",
    "IBM Cloud → Manage → Access (IAM) → API keys",
  ),
  named(
    "Freshdesk API key",
    "freshdesk",
    "[A-Za-z0-9]{20}",
    "Freshdesk Profile settings → Your API Key",
  ),
  named(
    "Smartsheet access token",
    "smartsheet",
    "[A-Za-z0-9]{26}|[A-Za-z0-9]{37}",
    "Smartsheet Account → Apps & Integrations → API Access",
  ),
  named("SparkPost API key", "sparkpost", "[a-f0-9]{40}", "SparkPost Configuration → API Keys"),
  named(
    "Mailjet API secret",
    "mailjet",
    "[a-f0-9]{32}",
    "Mailjet Account settings → API Key Management",
  ),
  named("Binance API secret", "binance", "[A-Za-z0-9]{64}", "Binance → API Management"),
  named("Kraken API secret", "kraken", "[A-Za-z0-9+\\/]{86}==", "Kraken Settings → API"),
  named("Etherscan API key", "etherscan", "[A-Z0-9]{34}", "Etherscan → API Keys"),
  tok(
    "Sentry auth token",
    ["SENTRY_AUTH", "sentry_auth", "sentry-cli", "Sentry auth"],
    labelled("SENTRY_AUTH|sentry_auth|sentry-cli|Sentry auth", "[a-f0-9]{64}"),
    "Sentry User Settings → Auth Tokens",
    { showPrefix: false },
  ),
  named(
    "Zendesk API token",
    "zendesk",
    "[A-Za-z0-9]{40}",
    "Zendesk Admin Center → Apps and integrations → Zendesk API",
  ),
  named("Pipedrive API token", "pipedrive", "[a-f0-9]{40}", "Pipedrive Personal preferences → API"),
  named("Pusher app secret", "pusher", "[a-f0-9]{20}", "the Pusher dashboard → App Keys"),
  named(
    "Twitch client secret",
    "twitch",
    "[a-z0-9]{30}",
    "the Twitch Developer Console → your application",
  ),
  named(
    "Vonage / Nexmo API secret",
    "vonage",
    "[A-Za-z0-9]{16}",
    "the Vonage API Dashboard → Settings",
  ),
  named(
    "Vonage / Nexmo API secret",
    "nexmo",
    "[A-Za-z0-9]{16}",
    "the Vonage API Dashboard → Settings",
  ),
  named("Plivo auth token", "plivo", "[A-Za-z0-9]{40}", "the Plivo Console → Overview"),
  named(
    "MessageBird access key",
    "messagebird",
    "[A-Za-z0-9]{25}",
    "MessageBird Developers → API access",
  ),
  named(
    "Infobip API key",
    "infobip",
    `[a-f0-9]{32}-${UUID}`,
    "the Infobip portal → Developers → API keys",
  ),
  named("Pushover token", "pushover", "[a-z0-9]{30}", "pushover.net → your application"),
  named(
    "PagerDuty API / integration key",
    "pagerduty",
    "[A-Za-z0-9_+\\-]{20}|[a-f0-9]{32}",
    "PagerDuty Integrations → API Access Keys",
  ),
  named(
    "Rollbar access token",
    "rollbar",
    "[a-f0-9]{32}",
    "Rollbar Project Settings → Project Access Tokens",
  ),
  named("Bugsnag API key", "bugsnag", "[a-f0-9]{32}", "Bugsnag Project Settings"),
  named("OpenWeather API key", "openweather", "[a-f0-9]{32}", "OpenWeather → My API keys"),
  named("Shodan API key", "shodan", "[A-Za-z0-9]{32}", "Shodan → Account → API key (reset)"),
  named("VirusTotal API key", "virustotal", "[a-f0-9]{64}", "VirusTotal → API key"),
  named("AbuseIPDB API key", "abuseipdb", "[a-f0-9]{80}", "AbuseIPDB → Account → API"),
  named("Have I Been Pwned API key", "hibp", "[a-f0-9]{32}", "haveibeenpwned.com → API key"),
  named(
    "BrowserStack access key",
    "browserstack",
    "[A-Za-z0-9]{20}",
    "BrowserStack Account → Settings",
  ),
  named("Sauce Labs access key", "sauce", UUID, "Sauce Labs → User Settings → Access Key"),
];
