/**
 * Round-48 application techniques (code written through a tool), each across the languages and
 * frameworks it is written in:
 *
 * - another user's session assumed on a request's say-so: a header / query / cookie value that
 *   names a user (`x-view-as`, `X-Impersonate-User`, `?as_user=`) is used as the key of a session
 *   or token lookup, and the session found is attached to the request (cookie, Authorization,
 *   server-side session) — no check of who is asking;
 * - an authentication check skipped for a class of requests the attacker can fake: the client IP
 *   (`req.ip`, `remote_addr`, `X-Forwarded-For`, `getRemoteAddr()`), or a header / query flag
 *   (`x-internal`, `?debug=1`) tested positively, and the branch grants an identity or calls the
 *   next handler, in code that otherwise requires a login;
 * - Java native deserialization of client-held state: `ObjectInputStream` over decoded bytes in
 *   code that reads cookies, headers or parameters by any variable name (the servlet `Filter`
 *   reading `r.getCookies()`), not only `request.getX` — gadget chains run code;
 * - personal data served by a route whose authorization is switched off: WordPress
 *   `permission_callback => '__return_true'`, DRF `AllowAny`, `[AllowAnonymous]`, `@PermitAll`,
 *   with a read returning two kinds of personal fields (email, phone, address, birth date, IBAN…)
 *   of customers, orders or users;
 * - a copy of customer data written to storage outside the owner's control: an upload / copy /
 *   unload whose destination bucket is named for another party (partner, vendor, agency,
 *   contractor, supplier …), or written anonymously (`--no-sign-request`), or handed over with a
 *   cross-account ownership ACL (`bucket-owner-full-control`), carrying personal data (KYC
 *   documents, customer / payment tables, a database dump, personal columns).
 *
 * Each rule has a literal gate (the shared appsec / dbabuse gates); bounded windows, no nested
 * quantifiers over overlapping classes.
 */
import type { AppsecRule } from "./_appsec_core.ts";
import type { DbRule } from "./_dbabuse_core.ts";

const r = String.raw;

/** Words of a header / parameter name that name a user or an impersonation. */
const WHO_NAME =
  r`[\w-]{0,30}(?:user|uid|impersonat|view-?as|act-?as|acting|as-?user|on-?behalf|sudo|become|switch-?to|login|account|member|customer|email)[\w-]{0,30}`;

/** A value read from the request: a header, query parameter or cookie, by a literal name. */
const REQ_FIELD =
  r`[\w.]{0,40}?(?:headers?|getHeader|get_header|cookies?|query|searchParams|args|params|GET|META)(?:(?:\.get\s{0,3}\(\s{0,3}|\s{0,3}\(\s{0,3}|\s{0,3}\[\s{0,3})['"\x60]${WHO_NAME}['"\x60]|\.${WHO_NAME}\b)`;

/** The client-controlled origin of a request: its IP or forwarding headers. */
const ORIGIN =
  r`\b(?:req|request|ctx|c|r)\.(?:ip|ips|remote_addr|remote_ip|remoteAddr|RemoteAddr|socket\.remoteAddress|connection\.remoteAddress|client\.host)\b|\bgetRemoteAddr\s{0,3}\(|\bRemoteIpAddress\b|\bREMOTE_ADDR\b|->(?:ip|getClientIp)\s{0,3}\(\s{0,3}\)|x-forwarded-for|x-real-ip|X_FORWARDED_FOR|\bClientIP\s{0,3}\(`;

/** A header / query / cookie flag the client can simply send. */
const FLAG =
  r`\b(?:headers?|query|args|params|cookies|GET)\s{0,3}(?:\.\s{0,3}(?:get\s{0,3}\(\s{0,3}['"])?|\[\s{0,3}['"])(?:x-)?[\w-]{0,20}(?:internal|debug|bypass|skip-?_?auth|no-?_?auth|trusted|qa-?_?mode|test-?_?mode|impersonat)[\w-]{0,20}`;

/** A branch that lets the request through as someone: an identity set, or the next handler run. */
const GRANT =
  r`\b(?:req|request|ctx|g|context)\.(?:user|currentUser|current_user|principal|identity)\s{0,3}=(?!=)|\broles?\s{0,3}[:=]\s{0,3}\[?\s{0,3}['"](?:admin|root|superuser)|\bis_?admin\s{0,3}[:=]\s{0,3}(?:true|True|1)\b|\blogin_user\s{0,3}\(|\breturn\s{1,3}next\s{0,3}\(\s{0,3}\)|\bnext\.ServeHTTP\s{0,3}\(|\bawait\s{1,3}_?next\s{0,3}\(|\breturn\s{1,3}\$next\s{0,3}\(|\bchain\.doFilter\s{0,3}\(|\breturn\s{1,3}(?:f|func|fn|view|view_func|handler)\s{0,3}\(\s{0,3}\*|\bauthenticated\s{0,3}=\s{0,3}(?:true|True)\b|\$_SESSION\s{0,3}\[\s{0,3}['"](?:user|uid|user_id|role|is_admin|logged_in|auth)['"]\s{0,3}\]\s{0,3}=(?!=)`;

/** Words of another party in a storage destination's name. */
const THIRD =
  r`(?:partner|vendor|agency|agentur|extern|third-?party|3rd-?party|contractor|outsourc|supplier|dostawc|fornecedor|proveedor|prestataire|fournisseur|subcontract|freelanc)`;

/** A bucket / container name part. */
const NAME = r`[\w.-]{0,60}?`;

/** Personal data in code: identity documents, people tables, personal columns, database dumps. */
const PEOPLE_DATA =
  r`(?<![a-z])(?:kyc|passports?|iban|ssn|pesel|birth\w{0,10}|geburt\w{0,10}|e-?mails?|phones?|telefon\w{0,4}|customers?|kunden|klienci|clientes|patients?|payments?|platnosci|pagamentos|id_?cards?|selfies?)(?![a-z])|\b(?:pg_dump|mysqldump|mariadb-dump|mongodump|mongoexport)\b`;

/** Two different personal fields (email, phone, address, birth date, account numbers). */
const PII =
  r`e-?mail|phone|telefon|address|adresse|birth|geburt|iban|ssn|passport|national_id|tax_id`;

export const R48_APPSEC_RULES: AppsecRule[] = [
  {
    id: "auth.session_assumed_from_request_field",
    kind: "app_weakness",
    lit: ["session", "token", "sid"],
    re: new RegExp(
      r`\b(?:const|let|var|val|String|string)?\s{0,3}(\w{1,30})\s{0,3}:?=\s{0,3}(?:await\s{1,3})?${REQ_FIELD}[\s\S]{0,600}?\b\w{0,20}(?:session|sid|token)\w{0,20}\s{0,3}(?:\.\s{0,3}(?:get|find\w{0,10}|fetch|lookup|read|load|hget|getItem)\s{0,3}\(|\[)\s{0,3}[^\n)\]]{0,60}?\b\1\b`,
      "i",
    ),
    // … and the session found is attached to the request.
    also:
      /\bset\s{0,3}\(\s{0,3}['"](?:cookie|authorization)['"]|\bset_cookie\b|\bsetCookie\b|\bSet-Cookie\b|\blogin_user\s{0,3}\(|\bsession\s{0,3}\[\s{0,3}['"]\w{0,10}(?:user|uid|sid)|\breq\.session\s{0,3}=|\bAuthorization['"]?\]?\s{0,3}[:=]/i,
    not:
      /\b(?:tlsClientAuth|certVerified|hasRole|has_role|requireRole|require_role|is_staff|verifySignature|verify_signature)\b/,
    why:
      "takes the session of whatever user a request header or parameter names and acts with it: anyone who sends that field becomes that user",
  },
  {
    id: "auth.bypass_for_spoofable_origin",
    kind: "app_weakness",
    lit: [
      ".ip",
      "remote_addr",
      "remoteaddr",
      "remoteipaddress",
      "remote_ip",
      "x-forwarded-for",
      "x-real-ip",
      "clientip",
      "->ip(",
      "internal",
      "debug",
      "bypass",
      "trusted",
    ],
    re: new RegExp(
      r`\bif\s{0,3}(?![\s(]{0,4}(?:!|not\b))(?![^\n{]{0,200}(?:session|jwt|verif|isAuthenticated|is_authenticated|token|api_?key|signature|!==|!=))[^\n{]{0,160}?(?:${ORIGIN}|${FLAG})[^\n{]{0,160}(?:\{|:|\))[^}]{0,220}?(?:${GRANT})`,
      "i",
    ),
    // … in code that otherwise requires a login.
    also:
      /\b401\b|unauthori[sz]ed|login required|login_required|\bauthenticate\w{0,3}\b|\brequireAuth\w{0,10}|\brequire_auth\w{0,10}|\bsso\b|\blogin\b|\bsession\b/i,
    why:
      "lets a request in as a user (or past the login check) because of its IP address or a header/query flag, which any client can fake (X-Forwarded-For behind a trusted proxy, a header it sends)",
  },
  {
    id: "java.client_state_deserialized",
    kind: "app_weakness",
    lit: "objectinputstream",
    re:
      /\bnew\s{1,4}ObjectInputStream\s{0,4}\(\s{0,4}new\s{1,4}ByteArrayInputStream\s{0,4}\(\s{0,4}(?:Base64\.\w{1,20}\(\s{0,2}\)\s{0,4}\.decode|Base64\.decodeBase64|DatatypeConverter\.parseBase64Binary|Hex\.decodeHex|\w{1,30}\.(?:getValue|getHeader|getParameter)\s{0,4}\()/,
    // … in code that reads the request's cookies, headers or parameters (any variable name).
    also:
      /\.getCookies\s{0,4}\(|\.getHeader\s{0,4}\(|\.getParameter\s{0,4}\(|@CookieValue\b|@RequestHeader\b|@RequestParam\b|\bHttpServletRequest\b/,
    not:
      /\bObjectInputFilter\b|\bsetObjectInputFilter\b|\bValidatingObjectInputStream\b|\ballowTypes\b|\baccept\s{0,3}\(\s{0,3}\w{1,40}\.class/,
    why:
      "deserializes Java objects from a cookie / header / parameter the client controls: a gadget-chain payload runs code on the server (CWE-502)",
  },
  {
    id: "auth.open_route_returns_personal_data",
    kind: "data_exfiltration",
    lit: ["__return_true", "allowany", "allowanonymous", "permitall"],
    re: new RegExp(
      r`(?:['"]permission_callback['"]\s{0,3}=>\s{0,3}['"]__return_true['"]|\bpermission_classes\s{0,3}(?:=|\()\s{0,3}[\[(]?\s{0,3}(?:permissions\.)?AllowAny\b|\[AllowAnonymous\]|@PermitAll\b)[\s\S]{0,1500}?(?:\bSELECT\b|\bget_results\b|\bget_row\b|->query\s{0,3}\(|\.objects\.(?:all|filter|values)|\.values\s{0,3}\(|\bfind(?:All|Many)?\s{0,3}\(|\bToList(?:Async)?\s{0,3}\(|\bwc_get_orders\b|\bget_users\b|\bWP_User_Query\b)[^;]{0,600}?(${PII})[^;]{0,300}?(?!\1)(?:${PII})`,
      "i",
    ),
    // … of people: customers, orders, users, members, patients.
    also:
      /billing|customer|shop_order|\borders?\b|\busers?\b|wp_users|usermeta|\bmembers?\b|\bpatients?\b|\bclients?\b|\bemployees?\b/i,
    why:
      "publishes people's personal data (name, email, phone, address …) through a route whose authorization is switched off: anyone on the internet can download it",
  },
  {
    id: "data.copy_to_outside_party_storage",
    kind: "data_exfiltration",
    lit: [
      "partner",
      "vendor",
      "agency",
      "agentur",
      "extern",
      "third",
      "3rd",
      "contractor",
      "outsourc",
      "supplier",
      "dostawc",
      "fornecedor",
      "proveedor",
      "prestataire",
      "fournisseur",
      "subcontract",
      "freelanc",
      "no-sign-request",
      "bucket-owner-full-control",
    ],
    re: new RegExp(
      [
        // CLI upload: the bucket URL is the destination (second operand) of cp / sync / mv.
        r`\b(?:cp|sync|mv|rsync|copyto)\s{1,4}(?:--?[\w-]{1,30}\s{1,4}){0,4}(?:-|['"]?[^\s'"]{1,200}['"]?)\s{1,4}['"]?(?:s3|gs|gcs|az|abfss?|wasbs?|oss|r2|cos):\/\/${NAME}${THIRD}`,
        // SDK copy / upload into a named bucket.
        r`\b(?:copy_object|put_object|upload_file|upload_fileobj|copy)\s{0,3}\([^)]{0,200}?\bBucket\s{0,3}=\s{0,3}['"]${NAME}${THIRD}`,
        r`\b(?:PutObjectCommand|CopyObjectCommand|Upload)\s{0,3}\(\s{0,3}\{[^}]{0,200}?\bBucket\s{0,3}:\s{0,3}['"]${NAME}${THIRD}`,
        r`\bbucket\s{0,3}\(\s{0,3}['"]${NAME}${THIRD}[^'"]{0,60}['"]\s{0,3}\)[^\n]{0,120}\.upload_from_`,
        // An anonymous write (the bucket is not the writer's), or ownership handed across accounts.
        r`\b(?:cp|sync|mv)\s{1,4}(?:-|['"]?[^\s'"]{1,200}['"]?)\s{1,4}['"]?s3:\/\/[\s\S]{0,300}?--no-sign-request\b`,
        r`\b(?:copy_object|put_object|upload_file|upload_fileobj|copy)\s{0,3}\([^)]{0,300}?\bACL\s{0,3}=\s{0,3}['"]bucket-owner-full-control['"]`,
      ].join("|"),
      "i",
    ),
    // … carrying personal data.
    also: new RegExp(PEOPLE_DATA, "i"),
    why:
      "copies customer / identity data into storage another party controls (a partner's or vendor's bucket, an anonymous upload, ownership handed to another account)",
  },
];

/** Warehouse unloads of personal columns to a bucket named for another party. */
export const R48_DB_RULES: DbRule[] = [
  {
    id: "db.personal_unload_to_outside_party",
    lit: ["unload", "export data", "copy into"],
    re: /\bunload\s{0,3}\(|\bexport\s{1,3}data\b|\bcopy\s{1,3}into\s{1,3}['@]/i,
    // The destination names another party, and the statement selects personal columns.
    also: new RegExp(
      r`^(?=[\s\S]{0,30000}?(?:s3|gs|gcs|azure|wasbs?|abfss?):\/\/${NAME}${THIRD})[\s\S]{0,30000}?\bselect\b[^;]{0,600}?(?<![a-z])(?:${PII})`,
      "i",
    ),
    why:
      "unloads people's personal data (email, phone, IBAN, birth date …) into a bucket that belongs to another party",
  },
];
