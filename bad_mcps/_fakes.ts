/**
 * Visibly fake secrets and PII shared by the bundled servers.
 *
 * Every value contains FAKE / EXAMPLE (or is a published test value) and is assembled by string
 * concatenation so repository secret scanners do not flag this source, while the runtime value
 * keeps the real structure (prefix, length, alphabet) that smg's secrets and PII detectors match.
 */

/** base64url without padding, for building structurally valid JWTs at runtime. */
function b64url(text: string): string {
  return btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** A PEM block whose body is valid base64 of an obviously fake payload. */
function fakePem(label: string): string {
  const body = "MIIEowIBAAKCAQEA" +
    btoa("FAKE EXAMPLE KEY MATERIAL - NOT A REAL KEY - generated for smg tests. ".repeat(12));
  const lines = body.match(/.{1,64}/g) ?? [];
  return ["-----BEGIN " + label + "-----", ...lines, "-----END " + label + "-----"].join("\n");
}

/** Fake credentials with real-world shapes. */
export const FAKE_SECRETS = Object.freeze({
  /** `AKIA` + 16 upper-case alphanumerics (20 chars). */
  awsAccessKeyId: "AKIA" + "FAKE" + "EXAMPLE" + "00000",
  /** 40 chars of the AWS secret alphabet. */
  awsSecretAccessKey: "FAKE" + "EXAMPLE" + "wJalrXUtnFEMI/K7MDENG/bPxRfiC",
  /** Temporary-credential key id (`ASIA` prefix). */
  awsSessionKeyId: "ASIA" + "FAKE" + "EXAMPLE" + "11111",
  /** `ghp_` + 36 alphanumerics. */
  githubToken: "ghp_" + "FAKE" + "EXAMPLE" + "0123456789abcdefghijklmno",
  /** Slack bot token shape. */
  slackToken: "xoxb-" + "000000000000" + "-" + "0000000000000" + "-" + "FAKE" + "EXAMPLE" +
    "abcdefghijklm",
  /** Stripe live secret key shape. */
  stripeKey: "sk_" + "live_" + "FAKE" + "EXAMPLE" + "0123456789abcdefghijk",
  /** A JWT with a FAKE subject. */
  jwt: b64url(JSON.stringify({ alg: "HS256", typ: "JWT" })) + "." +
    b64url(JSON.stringify({ sub: "FAKE-EXAMPLE-user", role: "admin", iat: 1700000000 })) + "." +
    "FAKE" + "EXAMPLE" + "c2lnbmF0dXJlLW5vdC1yZWFsLWF0LWFsbA",
  /** An RSA private key PEM block with a fake body. */
  privateKeyPem: fakePem("RSA " + "PRIVATE KEY"),
  /** A database URL with an inline password. */
  databaseUrl: "postgres://" + "admin:" + "FAKE_EXAMPLE_" + "Pa55w0rd" +
    "@db.prod.internal.example:5432/customers",
});

/** Fake people: example domains, fictional phone ranges, published test card numbers. */
export const FAKE_PEOPLE = Object.freeze([
  {
    id: 1,
    name: "Jane Example",
    email: "jane.example" + "@" + "example.com",
    phone: "+1 202-555-0143",
    ssn: "078-05-" + "1120",
    card: "4111 1111 " + "1111 1111",
    address: "742 Evergreen Terrace, Springfield",
  },
  {
    id: 2,
    name: "John Fake",
    email: "john.fake" + "@" + "example.org",
    phone: "+44 7700 900123",
    ssn: "219-09-" + "9999",
    card: "5555 5555 " + "5555 4444",
    address: "221B Baker Street, London",
  },
  {
    id: 3,
    name: "Erika Mustermann",
    email: "erika.mustermann" + "@" + "mail.example.net",
    phone: "+49 30 901820",
    ssn: "",
    card: "",
    iban: "GB82 WEST " + "1234 5698 7654 32",
    address: "Heidestrasse 17, 51147 Koeln",
  },
]);
