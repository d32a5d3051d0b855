/**
 * More secrets known by the grammar around them (round 5): a password under a label in another language written in Latin
 * script (`Passwort:`, `mot de passe :`, `contraseña=`, `senha -`; labels in other scripts would
 * need a gate pass over every string, ~15% of the detector's time), server config directives
 * (`requirepass`, `masterauth`), SQL `IDENTIFIED BY '…'` / `WITH PASSWORD '…'`, and New Relic
 * license / insert keys (`…NRAL`, `NRII-…`).
 */
import type { Rule } from "./_secrets_rules.ts";
import { looksLikeSecret, randomish } from "./_secrets_values.ts";

/** A value that looks like a real credential (the generic bar: entropy, classes, no placeholder). */
const secretish = (v: string): boolean => looksLikeSecret(v, 3);

/**
 * Password labels in other languages written in Latin script. `Passwort` is a secret-named key of
 * the generic rule already; each literal here costs ~1% of the detector's time (the literal pass),
 * so only the most used languages are read (French, Spanish, Portuguese, Dutch, German Kennwort).
 */
const LATIN_PASSWORD = String
  .raw`(?:[Kk]ennwort|KENNWORT|[Mm]ot de passe|MOT DE PASSE|[Cc]ontrase(?:ñ|n)a|CONTRASE(?:Ñ|N)A|[Ss]enha|SENHA|[Ww]achtwoord|WACHTWOORD)`;
/** Literals that each LATIN_PASSWORD label contains (the rule's cheap gate). */
const LATIN_HINTS = ["ennwort", "de passe", "ontrase", "senha", "Senha", "achtwoord"];

/** `LABEL: value`, `LABEL (prod) = value`, `LABEL — value` after a password label. */
const LABELLED_VALUE = String
  .raw`(?:[ \t]{0,3}\([^)\n]{0,30}\))?["']?[ \t]{0,8}(?:[:=：]|[ \t][-–—])[ \t]{0,8}(["'“«]?)(?<s>[^\s"'”»,;]{6,128})`;

/** Grammar rules (kinds `generic_secret`, `login_password`, `api_token`). */
export const GRAMMAR_RULES: Rule[] = [
  {
    kind: "login_password",
    label: "Password under a non-English label",
    severity: "high",
    hint: LATIN_HINTS,
    re: new RegExp(LATIN_PASSWORD + LABELLED_VALUE, "dg"),
    check: (v) => secretish(v),
  },
  {
    // redis.conf / sentinel: `requirepass SECRET`, `masterauth SECRET`; pgbouncer-like `auth_pass`.
    kind: "login_password",
    label: "Password in a server config directive",
    severity: "high",
    hint: ["requirepass", "masterauth", "auth-pass", "auth_pass"],
    re:
      /(?<![A-Za-z0-9_\-])(?:requirepass|masterauth|sentinel[ \t]+auth-pass[ \t]+\S{1,64}|auth_pass)[ \t]+(["']?)(?<s>[^\s"']{6,256})\1(?!\S)/dg,
    check: (v) => secretish(v),
  },
  {
    // SQL: `CREATE USER … IDENTIFIED BY 'x'`, `ALTER ROLE … WITH [ENCRYPTED] PASSWORD 'x'`.
    kind: "login_password",
    label: "Password in a SQL statement",
    severity: "high",
    hint: ["IDENTIFIED", "identified", "PASSWORD '", "password '", 'PASSWORD "', 'password "'],
    re:
      /\b(?:IDENTIFIED[ \t]+(?:WITH[ \t]+\w{1,40}[ \t]+)?BY|(?:ENCRYPTED[ \t]+)?PASSWORD)[ \t]+(['"])(?<s>[^'"\s]{6,128})\1/dgi,
    check: (v) => secretish(v),
  },
  {
    // XML config: Maven settings.xml `<server><password>…</password>`, NuGet, Ant, Spring XML,
    // `<clientSecret>`, `<authToken>` — a secret-named element around a real-looking value.
    kind: "generic_secret",
    label: "Secret in an XML element",
    severity: "high",
    hint: ["assword>", "ecret>", "oken>", "assphrase>", "ASSWORD>"],
    re:
      /<(?<tag>(?:[\w-]{0,20}[_-]?)?(?:[Pp]ass(?:word|wd|phrase)|PASSWORD|[Ss]ecret|SECRET|[Tt]oken|TOKEN)(?:[_-]?[\w-]{0,12})?)>[ \t]{0,4}(?<s>[^\s<>]{6,256})[ \t]{0,4}<\/\k<tag>>/dg,
    check: (v) => secretish(v) && !/^\$\{|^%\w|\{\{/.test(v),
  },
  {
    kind: "api_token",
    label: "New Relic license / ingest key",
    severity: "high",
    hint: "NRAL",
    re: /(?<![A-Za-z0-9])[a-f0-9]{36}NRAL(?![A-Za-z0-9])/dg,
    check: (v) => randomish(v.slice(0, 36)),
    showPrefix: false,
  },
  {
    kind: "api_token",
    label: "New Relic insert key",
    severity: "high",
    hint: "NRII-",
    re: /NRII-[A-Za-z0-9_\-]{32}(?![A-Za-z0-9_\-])/dg,
    showPrefix: true,
  },
];
