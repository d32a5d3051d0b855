/**
 * Knowledge base, payments and commerce: secret / restricted keys of payment processors,
 * shipping and travel APIs, and crypto extended private keys. Publishable keys (`pk_live_`,
 * `FLWPUBK-`, `xpub`) and sandbox ids are public and not here; sandbox secrets are `low`.
 */
import type { Rule } from "./_secrets_rules.ts";
import { realBody, tok } from "./_secrets_kb_util.ts";

const B = String.raw`(?<![A-Za-z0-9_\-])`;
const E = String.raw`(?![A-Za-z0-9_\-])`;
const re = (body: string, flags = "dg"): RegExp => new RegExp(B + body + E, flags);

/** Sandbox / test secrets are recorded (`low`), live ones keep the rule's severity. */
const sandbox = (from: number) => (v: string): "low" | boolean | undefined =>
  !realBody(v.slice(from))
    ? false
    : /sandbox|sbox|_test|test_|TEST|sdbx|development/.test(v)
    ? "low"
    : undefined;

/** Payment and commerce token formats. */
export const KB_PAYMENTS: Rule[] = [
  tok(
    "Braintree / PayPal access token",
    "access_token$",
    re(String.raw`access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}`),
    "the Braintree Control Panel → API (or PayPal Developer → Apps & Credentials)",
    {
      kind: "stripe_key",
      check: (v) => !realBody(v.slice(-32)) ? false : v.includes("$sandbox$") ? "low" : undefined,
    },
  ),
  tok(
    // `AQE<base64>=-<base64>=-<short tail>`: the middle part's length varies with the key
    // generation, so any 24–60 base64 characters after the `=-` separator count.
    "Adyen API key",
    "AQE",
    /(?<![A-Za-z0-9+\/])AQE[A-Za-z0-9+\/]{60,160}={0,2}-[A-Za-z0-9+\/=]{24,60}(?:-[!-~]{8,24})?/dg,
    "Adyen Customer Area → Developers → API credentials",
    { kind: "stripe_key", severity: "critical", skip: 3 },
  ),
  tok(
    // Toss Payments (KR): `live_sk_` / `live_gsk_` secret keys move refunds, cancellations and
    // settlements; client keys (`live_ck_`, `live_gck_`) are public and not here.
    "Toss Payments secret key",
    ["live_sk_", "live_gsk_", "test_sk_", "test_gsk_"],
    re(String.raw`(?:live|test)_g?sk_[A-Za-z0-9]{20,40}`),
    "the Toss Payments developer centre → API keys",
    {
      kind: "stripe_key",
      check: (v) =>
        !realBody(v.replace(/^\w+?_g?sk_/, "")) ? false : v.startsWith("test_") ? "low" : undefined,
    },
  ),
  tok(
    "Plaid access token",
    ["access-production-", "access-development-", "access-sandbox-"],
    re(
      String
        .raw`access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
    ),
    "Plaid (call /item/remove, or rotate in the Plaid Dashboard → Keys)",
    { check: sandbox(7) },
  ),
  tok(
    "Flutterwave secret key",
    ["FLWSECK-", "FLWSECK_TEST-"],
    re(String.raw`FLWSECK(?:_TEST)?-[a-f0-9]{32}-X`),
    "the Flutterwave Dashboard → Settings → API Keys",
    { kind: "stripe_key", check: sandbox(8) },
  ),
  tok(
    "Flutterwave encryption key",
    "FLWSECK_TEST",
    re(String.raw`FLWSECK_TEST[a-f0-9]{12}`),
    "the Flutterwave Dashboard → Settings → API Keys",
    { check: () => "low" },
  ),
  tok(
    "Mollie / GoCardless / Lob live API key",
    "live_",
    /(?<![A-Za-z0-9_\-])live_[A-Za-z0-9_\-]{30,40}={0,2}(?![A-Za-z0-9_\-])/dg,
    "the provider's dashboard → Developers → API keys",
    { kind: "stripe_key", check: (v) => /\d/.test(v) && realBody(v.slice(5)) },
  ),
  tok(
    "Shippo API token",
    ["shippo_live_", "shippo_test_"],
    re(String.raw`shippo_(?:live|test)_[a-f0-9]{40}`),
    "Shippo Settings → API",
    { check: sandbox(12) },
  ),
  tok(
    "EasyPost API key",
    ["EZAK", "EZTK"],
    re(String.raw`EZ[AT]K[A-Za-z0-9]{54}`),
    "EasyPost Account → API Keys",
    { check: (v) => !realBody(v.slice(4)) ? false : v.startsWith("EZTK") ? "low" : undefined },
  ),
  tok(
    "Duffel access token",
    ["duffel_live_", "duffel_test_"],
    re(String.raw`duffel_(?:live|test)_[A-Za-z0-9_\-=]{43}`),
    "Duffel Dashboard → Developers → Access tokens",
    { check: sandbox(12) },
  ),
  tok(
    "Paddle API key",
    ["pdl_live_", "pdl_sdbx_"],
    re(String.raw`pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,80}`),
    "Paddle → Developer tools → Authentication",
    { kind: "stripe_key", check: sandbox(16) },
  ),
  tok(
    "Checkout.com sandbox secret key",
    "sk_sbox_",
    re(String.raw`sk_sbox_[a-z2-7]{26}[a-z2-7#*]?`),
    "the Checkout.com Dashboard → Developers → Keys",
    { kind: "stripe_key", check: (v) => realBody(v.slice(8)) && "low" },
  ),
  tok(
    "WooCommerce REST API key",
    ["ck_", "cs_"],
    re(String.raw`c[ks]_[a-f0-9]{40}`),
    "WooCommerce → Settings → Advanced → REST API",
    { skip: 3 },
  ),
  tok(
    "Coinbase Commerce API key",
    ["commerce.coinbase", "X-CC-Api-Key", "x-cc-api-key"],
    new RegExp(
      String
        .raw`(?:commerce\.coinbase|X-CC-Api-Key|x-cc-api-key)[^\n]{0,60}?(?<![A-Za-z0-9])(?<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9])`,
      "dg",
    ),
    "Coinbase Commerce Settings → Security → API keys",
    { showPrefix: false },
  ),
  tok(
    "Razorpay key secret",
    ["rzp_live_", "rzp_test_"],
    /rzp_(?:live|test)_[A-Za-z0-9]{14}[^\n]{0,80}?(?:secret|SECRET|Secret)[^\n]{0,20}?(?<![A-Za-z0-9])(?<s>[A-Za-z0-9]{24})(?![A-Za-z0-9])/dg,
    "the Razorpay Dashboard → Account & Settings → API Keys",
    {
      kind: "stripe_key",
      showPrefix: false,
      check: (v, text, start) =>
        !realBody(v)
          ? false
          : text.lastIndexOf("rzp_test_", start) > text.lastIndexOf("rzp_live_", start)
          ? "low"
          : undefined,
    },
  ),
  {
    kind: "private_key",
    label: "Bitcoin extended private key",
    severity: "critical",
    hint: ["xprv", "tprv", "yprv", "zprv", "Yprv", "Zprv", "uprv", "vprv"],
    re: /(?<![A-Za-z0-9])[xtyzYZuv]prv[1-9A-HJ-NP-Za-km-z]{107,108}(?![A-Za-z0-9])/dg,
    check: (v) => realBody(v.slice(4)),
    showPrefix: true,
    advice: "anyone holding it controls every address of the wallet; move the funds to a new " +
      "wallet now and never paste seeds or private keys into a tool",
  },
  {
    kind: "private_key",
    label: "Wallet private key",
    severity: "critical",
    hint: ["rivate key", "rivate_key", "rivateKey", "RIVATE_KEY", "rivate-key"],
    re:
      /(?:[Pp]rivate[ _-]?[Kk]ey|PRIVATE_KEY)["']?[ \t]{0,4}(?:[:=]|is)[ \t]{0,4}["']?(?<s>(?:0x)?[a-fA-F0-9]{64})(?![A-Za-z0-9])/dg,
    check: (v) => realBody(v.replace(/^0x/, "")),
    advice: "anyone holding it controls the account; move the funds to a new key and sign with " +
      "a hardware wallet or a key reference instead",
  },
];
