/**
 * Table tests of the credential-format knowledge base (./_secrets_kb.ts): per format, a token
 * built from the documented shape with a random body (never a real secret) must be found by its
 * knowledge-base rule, and a benign look-alike (placeholder, masked, public id, env reference,
 * wrong shape) must pass the whole detector.
 */
import { randomBodies } from "./_secrets_kb_testing.ts";
import assert from "node:assert/strict";
import { secretsDetector, SecretsOptionsSchema } from "./secrets.ts";
import { KB_AREAS, KB_RULES } from "./_secrets_kb.ts";
import { RULES } from "./_secrets_rules.ts";

/** Alphabets built from char ranges (no long literals). */
const range = (a: string, z: string) =>
  String.fromCharCode(
    ...Array.from({ length: z.charCodeAt(0) - a.charCodeAt(0) + 1 }, (_, i) => a.charCodeAt(0) + i),
  );
const LOWER = range("a", "z");
const UPPER = range("A", "Z");
const DIGITS = range("0", "9");

const OPTIONS = SecretsOptionsSchema.parse({});

/** Deterministic pseudo-random bodies, so failures reproduce. */
const rnd = randomBodies(0x2545f491);
const HEX = "0123456789abcdef";
const UHEX = "0123456789ABCDEF";
const AN = UPPER + LOWER + DIGITS;
const LAN = LOWER + DIGITS;
const UAN = UPPER + DIGITS;
const B64 = AN + "+/";
const URL = AN + "_-";
const B58 = (DIGITS + UPPER + LOWER).replace(/[0OIl]/g, "");
const h = (n: number) => rnd(HEX, n);
const an = (n: number) => rnd(AN, n);
const uuid = () => `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;

function scan(text: string) {
  return secretsDetector.scan(text, { stage: "input", path: "$" }, OPTIONS);
}

/** [label fragment of the KB rule, attack text, benign look-alikes]. */
type Case = [string, string, ...string[]];

const CASES: Case[] = [
  // devtools
  [
    "CircleCI personal",
    `CIRCLE_TOKEN=${"CCIPAT_"}${an(22)}_${h(40)}`,
    "CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_<token>",
  ],
  [
    "CircleCI project",
    `curl -H "Circle-Token: CCIPRJ_${an(22)}_${h(40)}"`,
    "export CIRCLE_TOKEN=$CCIPRJ_TOKEN",
  ],
  [
    "Bitbucket repository",
    `git clone https://x-token-auth:${"ATCTT3xFfGN0"}${rnd(URL, 180)}@bitbucket.org/a/b.git`
      .replace("https://x-token-auth:", "token "),
    "ATCTT3xFfGN0...",
  ],
  [
    "SonarQube",
    `sonar.token=${"squ_"}${h(40)}`,
    "sonar.token=squ_" + "0".repeat(40),
    "sqp_" + "x".repeat(40),
  ],
  [
    "JFrog reference",
    `JF_ACCESS_TOKEN ${"cmVmdGtuOjAxOj"}${an(50)}`,
    "cmVmdGtuOjAxOjAwMDAwMDAwMDA=",
  ],
  [
    "Azure DevOps",
    `AZDO pat ${an(52)}JQQJ99${an(4)}AZDO${an(8)}`,
    "the PAT format ends with JQQJ9 and AZDO",
  ],
  ["Vercel token", `VERCEL="vcp_${an(40)}"`, "vcp_your_token_here"],
  ["Render API key", `render: rnd_${an(32)}`, "rnd_" + "X".repeat(32)],
  ["Harness", `x-api-key: pat.${rnd(URL, 22)}.${h(24)}.${an(20)}`, "pat.ACCOUNT.TOKENID.SECRET"],
  [
    "Octopus Deploy",
    `X-Octopus-ApiKey API-${rnd(UAN, 28)}`,
    "API-KEY-REFERENCE-DOCUMENTATION-PAGE",
  ],
  [
    "Docker Swarm join",
    `docker swarm join SWMTKN-1-${rnd(LAN, 50)}-${rnd(LAN, 25)} 10.0.0.5:2377`,
    "SWMTKN-1-<token>",
  ],
  [
    "kubeadm bootstrap",
    `kubeadm join 10.0.0.1:6443 --token ${rnd(LOWER + DIGITS, 6)}.${
      rnd(LAN, 16)
    } --discovery-token-ca-cert-hash sha256:${h(64)}`,
    "kubeadm join 10.0.0.1:6443 --token $KUBEADM_TOKEN",
  ],
  ["K3s", `K3S_TOKEN=K10${h(64)}::server:${h(32)}`, "K3S_TOKEN=${K3S_TOKEN}"],
  ["Rancher", `rancher login --token token-${rnd(LAN, 5)}:${rnd(LAN, 54)}`, "token-abcde:xxxxxxxx"],
  ["Readme.com", `rdme_${rnd(LAN, 70)}`, "rdme_xxxxxxxx"],
  ["Frame.io", `fio-u-${rnd(URL, 64)}`, "fio-u-<your token>"],
  ["PostHog personal", `POSTHOG_PERSONAL_API_KEY phx_${an(43)}`, `posthog.init('phc_${an(43)}')`],
  ["Statsig", `statsig secret-${an(43)}`, "secret-key-rotation-policy-documented-here"],
  ["Flagsmith", `FLAGSMITH ser.${an(22)}`, "ser.vice.endpoint"],
  ["Unleash", `UNLEASH_API_TOKEN *:production.${h(64)}`, "*:production.<hash>"],
  [
    "LaunchDarkly",
    `LaunchDarkly sdk key sdk-${uuid()}`,
    `sdk-${uuid()} is the bundle id of the sdk build`,
  ],
  ["Infisical", `INFISICAL st.${uuid()}.${h(32)}.${h(32)}`, "st.louis"],
  ["1Password service-account", `OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${rnd(URL, 300)}`, "ops_eyJ..."],
  [
    "1Password account Secret",
    `Secret Key: A3-${rnd(UAN, 6)}-${rnd(UAN, 6)}-${rnd(UAN, 5)}-${rnd(UAN, 5)}-${rnd(UAN, 5)}-${
      rnd(UAN, 5)
    }`,
    "A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
  ],
  ["Bitwarden", `BWS_ACCESS_TOKEN 0.${uuid()}.${an(30)}:${an(22)}==`, "0.1.2"],
  [
    "Jenkins API token",
    `jenkins user admin token 11${h(32)}`,
    `commit 11${h(32)} in jenkins`.replace(/11/, ""),
  ],
  ["Okta API token", `okta api token 00${rnd(AN, 20)}${rnd(URL, 20)}`, "okta org id 00o1abcdEFGH"],
  [
    "ngrok",
    `ngrok config add-authtoken 2${an(26)}_${an(21)}`,
    "ngrok config add-authtoken $NGROK_AUTHTOKEN",
  ],
  // cloud
  ["Alibaba", `ALIBABA_CLOUD_ACCESS_KEY_ID LTAI${an(20)}`, "LTAI" + "x".repeat(20)],
  ["Tencent", `TENCENTCLOUD_SECRET_ID AKID${an(32)}`, "AKIDEXAMPLEEXAMPLEEXAMPLEEXAMPLE1234"],
  ["Yandex Cloud API key", `yc api key AQVN${rnd(URL, 36)}`, "AQVN..."],
  ["Yandex Cloud IAM", `t1.${rnd(URL, 60)}.${rnd(URL, 86)}`, "t1.micro"],
  ["Yandex OAuth", `y0_${rnd(URL, 55)}`, "y0_coordinate"],
  ["Bedrock", `AWS_BEARER_TOKEN_BEDROCK=ABSK${rnd(B64, 132)}`, "ABSK..."],
  ["Azure identifiable", `key ${rnd(B64, 76)}+ASt${rnd(B64, 6)}==`, `sha ${rnd(B64, 86)}==`],
  ["Cloudflare Origin CA", `v1.0-${h(24)}-${h(146)}`, "v1.0-beta"],
  [
    "Cloudflare API token",
    `CLOUDFLARE_API_TOKEN: ${rnd(URL, 40)}`,
    "CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}",
  ],
  [
    "Fastly",
    `fastly token ${rnd(URL, 28)}9${rnd(URL, 3)}`,
    "fastly service id 7i6HN3TK9wS159v2gPAZ8A",
  ],
  [
    "Linode",
    `linode-cli --token ${h(64)}`.replace("--token", "token"),
    `linode image sha256 ${h(10)}`,
  ],
  ["Hetzner", `HCLOUD_TOKEN=${an(64)}`, "HCLOUD_TOKEN=$HCLOUD_TOKEN"],
  ["Vultr", `VULTR_API_KEY ${rnd(UAN, 36)}`, "VULTR_API_KEY=${VULTR_API_KEY}"],
  [
    "Akamai",
    `client_token = akab-${rnd(LAN, 16)}-${rnd(LAN, 16)}`,
    "akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx",
  ],
  [
    "Backblaze",
    `B2_APPLICATION_KEY K005${rnd(AN, 27)}`,
    "B2_APPLICATION_KEY_ID 005a1b2c3d4e5f60000000001",
  ],
  ["Databricks personal", `DATABRICKS dapi${h(32)}`, "dapi" + "x".repeat(32)],
  ["Databricks OAuth", `client_secret dose${h(32)}`, "dose-response curve"],
  ["Neon", `NEON napi_${rnd(LAN, 64)}`, "napi_<key>"],
  ["Supabase secret", `SUPABASE sb_secret_${rnd(URL, 31)}`, `sb_publishable_${rnd(URL, 31)}`],
  [
    "Astra",
    `AstraCS:${rnd("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 24)}:${h(64)}`,
    "AstraCS:<token>",
  ],
  ["ClickHouse", `CLICKHOUSE key 4b1d${an(38)}`, "4b1d is a hex word"],
  ["Fauna", `FAUNA_SECRET fnA${an(37)}`, "fnAlias"],
  [
    "Convex",
    `CONVEX_DEPLOY_KEY=prod:happy-otter-123|${rnd(B64, 80)}=`,
    "prod:happy-otter-123|<key>",
  ],
  ["Datadog", `DD_API_KEY=${h(32)}`, "DD_API_KEY=${DD_API_KEY}", `datadog trace id ${"1234"}`],
  [
    "Honeycomb",
    `HONEYCOMB_API_KEY hcaik_${an(58)}`,
    "hcaik_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  ],
  ["Algolia admin", `algolia admin key ${h(32)}`, `algolia app id ${rnd(UAN, 10)}`],
  [
    "Cloudinary URL",
    `CLOUDINARY_URL=cloudinary://${"8".repeat(3)}${rnd("0123456789", 12)}:${
      rnd(URL, 27)
    }@demo-cloud`,
    "cloudinary://<api_key>:<api_secret>@<cloud_name>",
  ],
  [
    "Intercom",
    `Authorization: token dG9rOj${btoa(`${uuid()}:${uuid()}`).slice(6, 60)}`.replace(
      "Authorization: token ",
      "intercom ",
    ),
    "dG9rOjxx",
  ],
  // saas
  ["Mailgun", `api:key-${h(32)}`, "key-value store"],
  ["Mailgun", `MAILGUN_API_KEY=${h(32)}-${h(8)}-${h(8)}`, "MAILGUN_DOMAIN=mg.example.com"],
  ["Mandrill", `md-${rnd(AN, 10)}9X${rnd(AN, 10)}`, "md-file-preview"],
  ["Brevo", `xkeysib-${h(64)}-${an(16)}`, "xkeysib-xxxxxxxx"],
  ["Resend", `RESEND re_${an(8)}_${an(24)}`, "re_path('api/', include(urls))"],
  ["Postmark", `X-Postmark-Server-Token: ${uuid()}`, `Postmark message id ${uuid()}`],
  ["Twilio auth", `TWILIO_AUTH_TOKEN=${h(32)}`, `twilio account sid AC${h(32)}`],
  ["Telnyx", `KEY${rnd(UHEX, 32)}_${an(22)}`, "KEY_ID_REFERENCE"],
  ["Trello", `ATTA${h(64)}${rnd(UHEX, 8)}`, "ATTACH"],
  ["Airtable", `pat${an(14)}.${h(64)}`, "pattern.match"],
  [
    "Asana",
    `asana token 2/${rnd("0123456789", 16)}/${rnd("0123456789", 16)}:${h(32)}`,
    "asana task 1/2",
  ],
  ["ClickUp", `pk_${rnd("0123456789", 8)}_${rnd(UAN, 32)}`, "pk_live_" + an(24)],
  ["Salesforce", `00D${an(15)}!${rnd(AN + "._", 100)}`, "00D000000000001"],
  ["Zoho", `1000.${h(32)}.${h(32)}`, "1000.00"],
  ["Typeform", `tfp_${rnd(URL, 59)}`, "tfp_xxxxxxxx"],
  ["Dropbox", `DROPBOX sl.${rnd(URL, 140)}`, "ssl.example.com"],
  ["Notion integration", `NOTION secret_${an(43)}`, "secret_key_base is set in credentials"],
  ["Klaviyo", `pk_${h(34)}`, "pk_test_" + an(24)],
  [
    "Twitter",
    `BEARER_TOKEN=${"A".repeat(22)}${an(40)}%2F${an(20)}%3D${an(30)}`.replace(
      "BEARER_TOKEN=",
      "x ",
    ),
    "A".repeat(40),
  ],
  ["Meta", `fb token EAA${rnd("BCDGIJ", 1)}${an(150)}`, "EAAB"],
  ["Instagram", `IGQV${rnd(URL, 150)}`, "IGQV..."],
  ["Google OAuth refresh", `refresh: 1//0${rnd(URL, 100)}`, "https://a//0b"],
  [
    "Feishu",
    `https://open.feishu.cn/open-apis/bot/v2/hook/${uuid()}`,
    "https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
  ],
  [
    "DingTalk",
    `https://oapi.dingtalk.com/robot/send?access_token=${h(64)}`,
    "https://oapi.dingtalk.com/robot/send?access_token=ACCESS_TOKEN",
  ],
  [
    "WeCom",
    `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${uuid()}`,
    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY",
  ],
  [
    "Zapier",
    `https://hooks.zapier.com/hooks/catch/${rnd("0123456789", 8)}/${rnd(LAN, 7)}/`,
    "the Zapier catch hook URL is shown in the Zap editor",
  ],
  [
    "IFTTT",
    `https://maker.ifttt.com/trigger/door/with/key/${rnd(URL, 22)}`,
    "https://maker.ifttt.com/trigger/door/with/key/{your_key}",
  ],
  ["Make (Integromat)", `https://hook.eu1.make.com/${rnd(LAN, 32)}`, "https://hook.eu1.make.com/"],
  // payments
  [
    "Braintree",
    `access_token$production$${rnd(LAN, 16)}$${h(32)}`,
    "access_token$production$<merchant>$<token>",
  ],
  [
    "Adyen",
    `X-API-Key: AQE${rnd(B64, 90)}=-${rnd(B64, 43)}=`.replace("X-API-Key: ", "adyen "),
    "AQE...",
  ],
  [
    "Adyen",
    `"value": "AQE${rnd(B64, 70)}=-${rnd(B64, 20)}=${rnd(B64, 8)}-${rnd(LAN, 12)}"`,
    "AQE=-",
  ],
  [
    "Plaid",
    `access-production-${uuid()}`,
    "access-production-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
  ],
  ["Flutterwave secret", `FLWSECK-${h(32)}-X`, `FLWPUBK-${h(32)}-X`],
  ["Mollie", `MOLLIE live_${an(30)}`, "live_demo_mode_enabled_for_all_users"],
  ["Shippo", `shippo_live_${h(40)}`, "shippo_live_<key>"],
  ["EasyPost", `EZAK${an(54)}`, "EZAK..."],
  ["Duffel", `duffel_live_${rnd(URL, 43)}`, "duffel_test_<token>"],
  ["Paddle", `pdl_live_apikey_${rnd(LAN, 26)}_${an(22)}_${an(3)}`, "pdl_live_apikey_<key>"],
  [
    "Checkout.com sandbox",
    `sk_sbox_${rnd("abcdefghijklmnopqrstuvwxyz234567", 26)}`,
    "sk_sbox_xxxxxxxxxxxxxxxxxxxxxxxxxx",
  ],
  [
    "WooCommerce",
    `consumer_secret cs_${h(40)}`.replace("consumer_secret ", "woo "),
    "cs_" + "x".repeat(40),
  ],
  ["Coinbase Commerce", `X-CC-Api-Key: ${uuid()}`, "X-CC-Api-Key: <api-key>"],
  ["Razorpay", `key_id rzp_live_${an(14)} key secret ${an(24)}`, `rzp_live_${an(14)}`],
  ["Bitcoin extended", `xprv${rnd(B58, 107)}`, `xpub${rnd(B58, 107)}`],
  ["Wallet private key", `private key: 0x${h(64)}`, `public key: 0x${h(64)}`],
  // ai
  ["Together", `tgp_v1_${rnd(URL, 43)}`, "tgp_v1_..."],
  ["Fireworks", `fw_${an(24)}`, "fw_rules_for_nat_table_x"],
  ["ElevenLabs", `xi-api-key sk_${h(48)}`, "sk_" + "0".repeat(48)],
  ["Cerebras", `csk-${rnd(LAN, 48)}`, "csk-xxxx"],
  ["Hugging Face organization", `api_org_${an(34)}`, "api_org_name"],
  ["NVIDIA", `nvapi-${rnd(URL, 64)}`, "nvapi-<key>"],
  [
    "Jina",
    `jina_${h(32)}${an(28)}`,
    "jina_embeddings_v3_base_model_name_for_multilingual_text_search",
  ],
  ["Tavily", `tvly-dev-${an(32)}`, "tvly-YOUR_API_KEY"],
  ["Firecrawl", `fc-${h(32)}`, "fc-xxxxxxxx"],
  ["Browserbase", `bb_live_${rnd(URL, 27)}`, "bb_live_<key>"],
  ["E2B", `e2b_${h(40)}`, "e2b_sandbox_template"],
  ["Anyscale", `esecret_${an(40)}`, "esecret_placeholder"],
  [
    "Brave Search",
    `X-Subscription-Token: BSA${rnd(LAN, 10)}${rnd(URL, 17)}`.replace(
      "X-Subscription-Token: ",
      "brave ",
    ),
    "BSA-certified",
  ],
  ["Apify", `apify_api_${an(36)}`, "apify_api_token_reference"],
  ["LlamaCloud", `llx-${an(48)}`, "llx-..."],
  ["Weights", `wandb login ${h(40)}`, "wandb login --relogin"],
  ["Cohere", `cohere key ${an(40)}`, "cohere model command-r-plus-08-2024"],
  ["Mistral", `MISTRAL_API_KEY ${an(32)}`, "MISTRAL_API_KEY=$MISTRAL_API_KEY"],
  ["Deepgram", `deepgram token ${h(40)}`, "deepgram model nova-3"],
  ["AssemblyAI", `ASSEMBLYAI key ${h(32)}`, "assemblyai transcript id 5551722-f677-48a6"],
  ["SerpApi", `serpapi key ${h(64)}`, "serpapi engine google"],
  ["AI21", `AI21 key ${an(32)}`, "AI21 Jamba model"],
  ["Voyage", `voyage key pa-${rnd(URL, 43)}`, "voyage-3-large"],
  ["Exa", `EXA_API key ${uuid()}`, "exa_api docs"],
  // services
  ["Amazon MWS", `amzn.mws.${uuid()}`, "amzn.mws.<token>"],
  [
    "Login with Amazon client secret",
    `amzn1.oa2-cs.v1.${h(64)}`,
    "amzn1.application-oa2-client.0123",
  ],
  ["SP-API refresh", `Atzr|${rnd(URL, 300)}`, "Atzr|..."],
  ["eBay Cert ID", `PRD-${h(12)}-${h(4)}-${h(4)}-${h(4)}-${h(4)}`, `Acme-App-PRD-${h(9)}-${h(8)}`],
  ["Dropbox long-lived", `${rnd(LAN, 11)}AAAAAAAAAA${rnd(URL, 43)}`, "A".repeat(60)],
  [
    "DOTENV_KEY",
    `DOTENV_KEY='dotenv://:key_${h(64)}@dotenv.org/vault/.env.vault?environment=production'`,
    "dotenv://:key_1234@dotenv.org/vault",
  ],
  ["MongoDB Atlas service-account", `mdb_sa_sk_${rnd(URL, 40)}`, `mdb_sa_id_${h(24)}`],
  ["Xata", `xau_${an(36)}`, "xau_placeholder"],
  ["Appwrite", `standard_${h(256)}`, "standard_plan_features"],
  ["OneSignal", `os_v2_app_${rnd(LAN, 100)}`, "os_v2_app_<key>"],
  ["New Relic admin", `NRAA-${h(27)}`, "NRAA-xxxx"],
  ["Coralogix", `cxtp_${an(30)}`, "cxtp_..."],
  ["Checkly", `cu_${h(32)}`, "cu_later"],
  ["Axiom", `xaat-${uuid()}`, "xaat-<token>"],
  ["Tinybird", `p.eyJ${rnd(URL, 120)}.${rnd(URL, 43)}`, "p.eyJ..."],
  ["Ghost Admin", `ghost admin key ${h(24)}:${h(64)}`, `ghost content key ${h(26)}`],
  [
    "Apple app-specific",
    "app-specific password: " + "qwtr-hmzk-pcxe-lvno",
    "app-specific password: generate one at appleid.apple.com",
  ],
  [
    "Azure API Management",
    `Ocp-Apim-Subscription-Key: ${h(32)}`,
    "Ocp-Apim-Subscription-Key: {subscription-key}",
  ],
  [
    "PayPal client secret",
    `PAYPAL_CLIENT_SECRET=E${rnd(URL, 79)}`,
    `PAYPAL_CLIENT_ID=A${rnd(URL, 79)}`,
  ],
  ["Authorize.net", `transactionKey: ${an(14)}7Q`, "transactionKey: TRANSACTION_KEY"],
  ["Binance", `binance secret ${an(64)}`, "binance symbol BTCUSDT"],
  ["Kraken", `kraken private key ${rnd(B64, 86)}==`, "kraken pair XBTUSD"],
  ["Etherscan", `etherscan key ${rnd(UAN, 34)}`, "etherscan tx 0x1"],
  ["Sentry auth", `SENTRY_AUTH ${h(64)}`, `https://${h(32)}@o1.ingest.sentry.io/1`],
  ["Zendesk", `zendesk token ${an(40)}`, "zendesk ticket 12345"],
  ["Pipedrive", `pipedrive api token ${h(40)}`, "pipedrive deal 42"],
  [
    "Pusher",
    `PUSHER_APP_SECRET=${h(20)}`,
    `PUSHER_APP_KEY=${h(20)}`.replace("PUSHER_APP_KEY", "app key"),
  ],
  ["Twitch", `twitch client secret ${rnd(LAN, 30)}`, "twitch channel my_stream_name"],
  ["Vonage", `VONAGE_API_SECRET ${an(15)}7`, "vonage number 447700900000"],
  ["Plivo", `PLIVO auth token ${an(40)}`, "plivo call uuid"],
  ["MessageBird", `messagebird key ${an(25)}`, "messagebird flow"],
  ["Infobip", `infobip api key ${h(32)}-${uuid()}`, "infobip base url xyz.api.infobip.com"],
  ["Pushover", `pushover token ${rnd(LAN, 30)}`, "pushover priority 2"],
  ["PagerDuty", `PAGERDUTY_ROUTING_KEY=${h(32)}`, "pagerduty service PXXXXXX"],
  ["Rollbar", `ROLLBAR_ACCESS_TOKEN ${h(32)}`, "rollbar item 123"],
  ["Bugsnag", `bugsnag apiKey ${h(32)}`, "bugsnag release stage production"],
  ["OpenWeather", `openweather api key ${h(32)}`, "openweather city London"],
  ["Shodan", `SHODAN_API_KEY ${an(32)}`, "shodan host 8.8.8.8"],
  ["VirusTotal", `virustotal x-apikey ${h(64)}`, `virustotal file sha256 0${h(4)}`],
  ["AbuseIPDB", `abuseipdb key ${h(80)}`, "abuseipdb check 1.2.3.4"],
  ["Have I Been Pwned", `hibp-api-key: ${h(32)}`, "hibp breach Adobe"],
  ["BrowserStack", `BROWSERSTACK_ACCESS_KEY=${an(20)}`, "browserstack build 42"],
  ["Sauce Labs", `SAUCE_ACCESS_KEY=${uuid()}`, "sauce tunnel up"],
  ["OVH", `OVH_APPLICATION_SECRET=${an(32)}`, "ovh region GRA"],
  ["IBM Cloud", `IBMCLOUD_API_KEY=${rnd(URL, 44)}`, "ibmcloud login --sso"],
  ["Freshdesk", `freshdesk api key ${an(20)}`, "freshdesk ticket 42"],
  ["Smartsheet", `SMARTSHEET_ACCESS_TOKEN=${an(26)}`, "smartsheet sheet 123"],
  ["SparkPost", `SPARKPOST_API_KEY=${h(40)}`, "sparkpost template welcome"],
  ["Mailjet", `MAILJET_API_SECRET=${h(32)}`, "mailjet campaign 7"],
  // Session 30 (appended last: the random bodies above stay the same).
  [
    "Cloudflare Tunnel token",
    `cloudflared service install ${btoa(JSON.stringify({ a: h(32), t: uuid(), s: btoa(an(32)) }))}`,
    // A tunnel token whose secret is a placeholder.
    `cloudflared service install ${
      btoa(JSON.stringify({ a: h(32), t: uuid(), s: "your-tunnel-secret-here-xxxx" }))
    }`,
  ],
  ["Toss Payments secret", `시크릿 키: live_sk_${an(20)}`, `클라이언트 키: live_ck_${an(20)}`],
  [
    "Azure DevOps personal access token (legacy)",
    `dotnet nuget push x.nupkg --source https://pkgs.dev.azure.com/acme/_packaging/f/nuget/v3/index.json --api-key az ${
      rnd(LAN, 52)
    }`,
    "dotnet nuget push x.nupkg --source https://pkgs.dev.azure.com/acme/_packaging/f/nuget/v3/index.json --api-key az",
  ],
  [
    "Naver Cloud",
    `Access Key: ncp_iam_BPAMKR${rnd(AN, 16)}`,
    "Access Key: ncp_iam_<access-key>",
  ],
];

for (const [label, attack, ...benign] of CASES) {
  Deno.test(`kb secrets: ${label}`, () => {
    const found = scan(attack);
    assert.ok(
      found.some((f) => f.reason.includes(label)),
      `should find (${label}): ${attack} → ${found.map((x) => x.reason).join("; ")}`,
    );
    for (const b of benign) {
      const f = scan(b);
      assert.equal(f.length, 0, `should pass: ${b} → ${f.map((x) => x.reason).join("; ")}`);
    }
  });
}

Deno.test("kb secrets: every case's label names a knowledge-base rule", () => {
  for (const [label] of CASES) {
    assert.ok(KB_RULES.some((r) => r.label.includes(label)), label);
  }
});

Deno.test("kb secrets: rules are joined to the detector, each with a hint and advice", () => {
  for (const r of KB_RULES) {
    assert.ok(RULES.includes(r), r.label);
    assert.ok(r.hint !== undefined, `${r.label} needs a hint (the one literal pass)`);
    assert.ok((r.advice ?? "").length > 20, `${r.label} needs advice`);
    assert.ok(r.re.global && r.re.hasIndices, `${r.label}: flags dg`);
  }
  assert.ok(Object.keys(KB_AREAS).length >= 7);
});
