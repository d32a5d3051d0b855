/**
 * Session theft through a browser agent (MITRE ATT&CK T1539 steal web session cookie, T1185
 * browser session hijacking, T1555.003 credentials from web browsers; OWASP Session Management
 * cheat sheet): page scripts that read cookies, web storage, IndexedDB, saved storage state or
 * anti-CSRF tokens and send them to another origin; CDP cookie dumps; stolen session cookies of
 * well-known services injected; password-manager pages opened; secret files set on file inputs.
 */
import { BROWSER_CTX, type BrowserRule, isServiceHost, otherOrigin, r } from "./_browser_core.ts";
import { SENSITIVE_STORE } from "./_tradecraft_core.ts";

/**
 * The stores a file upload must not carry: {@link SENSITIVE_STORE}, except an SSH PUBLIC key
 * (`~/.ssh/id_ed25519.pub`), which exists to be handed to sites (a code host's key settings).
 */
const UPLOAD_STORE = SENSITIVE_STORE
  .replace(String.raw`\.ssh\b`, String.raw`\.ssh\b(?!\/[\w.-]{1,80}\.pub\b)`)
  .replace(
    String.raw`id_(?:rsa|dsa|ecdsa|ed25519)\b`,
    String.raw`id_(?:rsa|dsa|ecdsa|ed25519)\b(?!\.pub\b)`,
  );
import { EMAIL, outsideHolds } from "./_ctlplane_core.ts";

const EMAIL_G = new RegExp(EMAIL, "gi");

/** What a page script reads that is the session or a credential. */
const SOURCE =
  r`(?:document\.cookie|\blocalStorage\b|\bsessionStorage\b|\bindexedDB\b|storageState\s{0,3}\(|\.cookies\s{0,3}\(|getAllCookies|\b(?:csrf|xsrf)[\w-]{0,20}|authenticity_token|__RequestVerificationToken|navigator\.credentials\.get|navigator\.clipboard\.read(?:Text)?|(?:chrome|browser)\.cookies\.getAll|Network\.getCookies|input\[(?:type|name|autocomplete)\s{0,2}=\s{0,2}["']?(?:password|current-password|cc-number|cc-csc|one-time-code)|addEventListener\(\s{0,3}["'\x60](?:keydown|keypress|keyup)|\.getItem\(\s{0,3}["'\x60][^"'\x60]{0,40}(?:token|auth|session|jwt|sid|key|cred))`;

/** How a script sends data out: a request, a beacon, an image, a socket, a form, a navigation. */
const SINK =
  /\b(?:fetch\s{0,3}\(|navigator\.sendBeacon|sendBeacon\s{0,3}\(|XMLHttpRequest|new\s{1,3}WebSocket|new\s{1,3}EventSource|new\s{1,3}Image|\.src\s{0,3}=|\.action\s{0,3}=|\.submit\s{0,3}\(|location(?:\.href)?\s{0,3}=|location\.(?:assign|replace)\s{0,3}\(|window\.open\s{0,3}\(|axios|\$\.(?:post|ajax|get)\s{0,3}\(|importScripts|\.send\s{0,3}\(|\.(?:post|put)\s{0,3}\(|request\.\w{3,6}\s{0,3}\()/i;

const HIGH_VALUE_COOKIE =
  r`(?:ESTSAUTH(?:PERSISTENT|LIGHT)?|SAPISID|APISID|__Secure-[13]P(?:SID|APISID)\w{0,6}|__Host-GAPS|OSID|li_at|c_user|ct0|auth_token|_gh_sess|user_session|sp_dc|MSPAuth|rtFa|FedAuth|buyer-session|__cf_bm)`;

/** A destination of a script: an absolute or protocol-relative URL (group 1 the host). */
const DEST_G =
  /(?:\b(?:https?|wss?):|["'\x60(=]\s{0,2})\/\/(?:[^\s\/@"'<>]{1,120}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])/gi;

/** Login domains of services whose session cookies are stolen most (a cookie set there is a hijack). */
const SERVICE_DOMAIN =
  r`(?:[\w-]{1,30}\.){0,3}(?:google\.com|microsoftonline\.com|live\.com|microsoft\.com|office\.com|github\.com|gitlab\.com|okta\.com|linkedin\.com|facebook\.com|instagram\.com|twitter\.com|x\.com|slack\.com|amazon\.com|aws\.amazon\.com|paypal\.com|coinbase\.com|binance\.com|discord\.com|salesforce\.com|atlassian\.net|dropbox\.com|apple\.com|icloud\.com)`;

const URL_SESSION_G = new RegExp(
  r`\b(?:https?|wss?):\/\/([\w.-]{1,200})[^\s"'<>]{0,300}?[?&#][^\s"'<>]{0,300}?${HIGH_VALUE_COOKIE}(?:%3D|=)`,
  "gi",
);

export const BROWSER_SESSION_RULES: readonly BrowserRule[] = [
  {
    id: "session.token_exfil",
    lit: [
      "document.cookie",
      "localstorage",
      "sessionstorage",
      "indexeddb",
      "storagestate",
      "cookies(",
      "getallcookies",
      "csrf",
      "xsrf",
      "authenticity_token",
      "requestverificationtoken",
      "credentials.get",
      "clipboard.read",
      "cookies.getall",
      "network.getcookies",
      "=password",
      "='password",
      '="password',
      "current-password",
      "cc-number",
      "cc-csc",
      "one-time-code",
      "keydown",
      "keypress",
      "keyup",
      "getitem(",
    ],
    re: new RegExp(SOURCE, "i"),
    also: SINK,
    check: (view) => otherOrigin(view, DEST_G),
    why:
      "runs a page script that reads the session (cookies, web storage, IndexedDB, storage state, the anti-CSRF token) or what the user types (password and card fields, keystrokes, the clipboard) and sends it to another origin",
  },
  {
    id: "session.cdp_cookie_dump",
    lit: ["network.getallcookies", "storage.getcookies"],
    re: /\b(?:Network\.getAllCookies|Storage\.getCookies)\b/,
    why:
      "dumps every cookie of the browser through the DevTools protocol: all the user's sessions, for every site",
  },
  {
    id: "session.cookie_injection",
    lit: ["setcookie", "addcookies", "cookies.set"],
    re: /\b(?:Network\.setCookies?|Storage\.setCookies|addCookies|setCookie|cookies\.set)\b/,
    also: new RegExp(
      r`(?:^|[^\w-])${HIGH_VALUE_COOKIE}(?![\w-])|\bdomain["']?\s{0,3}[:=\n]\s{0,3}["']?\.?${SERVICE_DOMAIN}["'\s,}]`,
    ),
    why:
      "injects a session cookie of a well-known service into the browser (a session hijacked with a stolen cookie)",
  },
  {
    id: "session.cookie_in_url",
    lit: [
      "estsauth",
      "sapisid",
      "li_at",
      "c_user",
      "_gh_sess",
      "user_session",
      "psid",
      "fedauth",
      "rtfa",
    ],
    re: new RegExp(
      r`\b(?:https?|wss?):\/\/([\w.-]{1,200})[^\s"'<>]{0,300}?[?&#][^\s"'<>]{0,300}?${HIGH_VALUE_COOKIE}(?:%3D|=)`,
      "i",
    ),
    check: (view) => {
      for (const m of view.matchAll(URL_SESSION_G)) if (!isServiceHost(m[1])) return true;
      return false;
    },
    why:
      "sends a well-known service's session cookie in a URL to another host (the session handed over)",
  },
  {
    id: "session.recovery_contact_outside",
    lit: [
      "recovery email",
      "recovery phone",
      "recovery address",
      "backup email",
      "alternate email",
      "alternative email",
      "secondary email",
      "forwarding address",
      "forward a copy",
    ],
    re:
      /\b(?:recovery (?:e-?mail|phone|address)|backup e-?mail|alternat(?:e|ive) e-?mail|secondary e-?mail|forwarding address|forward a copy)\b/i,
    also: BROWSER_CTX,
    check: (view) => outsideHolds(view, { re: EMAIL_G, kind: "mail" }),
    why:
      "sets an outside address as the account's recovery or forwarding address in the browser: the account can be reset or its mail read from there (account takeover)",
  },
  {
    id: "session.password_manager_page",
    lit: [
      "chrome://password-manager",
      "chrome://settings/passwords",
      "edge://settings/passwords",
      "edge://wallet",
      "brave://settings/passwords",
      "opera://settings/passwords",
      "about:logins",
      "passwords.google.com",
      "passwordsprivate",
      "tools/export",
      "export passwords",
      "export vault",
      "export logins",
    ],
    re:
      /\b(?:(?:chrome|edge|brave|opera|vivaldi):\/\/(?:password-manager|settings\/passwords|wallet)|about:logins\b|passwords\.google\.com|chrome\.passwordsPrivate\b|vault\.bitwarden\.\w{2,3}\/#\/tools\/export|\bExport (?:passwords|vault|logins)\b)/i,
    why:
      "opens the browser's saved-password manager (or its export), where every saved login of the user can be read or exported",
  },
  {
    id: "session.secret_file_upload",
    lit: ["setinputfiles", "uploadfile", "file_upload", "setfileinputfiles"],
    re:
      /\b(?:setInputFiles|uploadFile|browser_file_upload|puppeteer_upload\w{0,10}|DOM\.setFileInputFiles)\b/,
    also: new RegExp(
      r`${UPLOAD_STORE}|\b(?:Login Data|Web Data|Cookies|Local State|key4\.db|logins\.json|seed\.txt|mnemonic\.txt|keystore\.json|UTC--\d{4}|exodus\.wallet|(?:Chrome |Microsoft Edge |Firefox )?Passwords\.csv|solana\/id\.json|nkbihfbeogaeaoehlefnkodbefgpgknn|Local Extension Settings)\b`,
      "i",
    ),
    not: /\.env\.(?:example|sample|template)\b/,
    why:
      "sets a secret file (SSH keys, browser logins or cookies, .env, wallet files) on a page's file input: it is uploaded to the site",
  },
];
