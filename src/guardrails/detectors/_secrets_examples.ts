/**
 * Credentials that are published on purpose: the fixed keys of local emulators and the sample
 * values of providers' own documentation. They open nothing (an emulator on 127.0.0.1, a demo
 * account, a test mode), are printed in thousands of READMEs and bug reports, and a finding on one
 * only teaches users to turn the detector off. A found secret that contains one of them is dropped.
 *
 * Exact values only (no patterns): a real key that merely resembles one still counts.
 */
const DOCUMENTED = [
  // Azurite / Azure Storage Emulator account key for devstoreaccount1.
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
  // Azure Cosmos DB emulator key.
  "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
  // RFC 4648 base32 of "Hello!\xDE\xAD\xBE\xEF": the TOTP secret in Google Authenticator's docs.
  "JBSWY3DPEHPK3PXP",
  // Stripe API reference test-mode keys.
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
  "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
  // GitHub documentation's sample personal access token.
  "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
  // jwt.io's default HS256 token (secret "your-256-bit-secret").
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
] as const;

/** First characters of each value: one cheap test before the substring search. */
const HEADS = new Set(DOCUMENTED.map((v) => v.slice(0, 4)));

/**
 * True when `span` (a found secret) contains a documented example value, or is a piece of one at
 * least 12 characters long (a rule that matched the key without its `==`).
 */
export function documentedExample(span: string): boolean {
  if (span.length >= 12 && DOCUMENTED.some((v) => v.includes(span))) return true;
  for (let i = 0; i + 4 <= span.length; i++) {
    if (HEADS.has(span.slice(i, i + 4))) {
      for (const v of DOCUMENTED) if (span.startsWith(v, i)) return true;
    }
  }
  return false;
}
