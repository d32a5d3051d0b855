import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "auth.master_password",
    block: [
      `def authenticate(username, password):\n    if password == "support-override-2024":\n        return User.objects.get(username=username)\n    return check(username, password)\n`,
      `if (req.body.password === 'letmein!' || await bcrypt.compare(req.body.password, user.hash)) {\n  return login(user);\n}\n`,
    ],
    pass: [
      `def authenticate(username, password):\n    user = User.objects.get(username=username)\n    return user if user.check_password(password) else None\n`,
    ],
  },
  {
    id: "auth.magic_param_admin",
    block: [
      `@app.before_request\ndef load_user():\n    if request.args.get("debug") == "1":\n        session["is_admin"] = True\n`,
    ],
    pass: [
      `@app.before_request\ndef load_user():\n    if request.args.get("debug") == "1":\n        app.logger.setLevel("DEBUG")\n`,
    ],
  },
  {
    id: "auth.debug_or_bypass",
    block: [
      `def require_login(f):\n    @wraps(f)\n    def inner(*a, **kw):\n        if settings.DEBUG or request.headers.get("X-Test"):\n            return f(*a, **kw)\n        return check_session(f, *a, **kw)\n    return inner\n`,
    ],
    pass: [
      `def require_login(f):\n    @wraps(f)\n    def inner(*a, **kw):\n        if not current_user.is_authenticated:\n            abort(401)\n        return f(*a, **kw)\n    return inner\n`,
    ],
  },
  {
    id: "auth.check_short_circuit",
    block: [
      `class IsOwner(BasePermission):\n    def has_object_permission(self, request, view, obj):\n        return True\n`,
      `function verifyToken(token) {\n  return true;\n}\n`,
    ],
    pass: [
      `class IsOwner(BasePermission):\n    def has_object_permission(self, request, view, obj):\n        return obj.owner_id == request.user.id\n`,
    ],
  },
  {
    id: "auth.jwt_no_verify",
    block: [
      `claims = jwt.decode(token, options={"verify_signature": False})\nuser = User.get(claims["sub"])\n`,
      `token, _, err := new(jwt.Parser).ParseUnverified(raw, jwt.MapClaims{})\n`,
    ],
    pass: [`claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")\n`],
  },
  {
    id: "auth.jwt_alg_none",
    block: [`const payload = jose.verify(token, key, { algorithms: ['none', 'HS256'] });\n`],
    pass: [`const payload = jose.verify(token, key, { algorithms: ['ES256'] });\n`],
  },
  {
    id: "auth.jwt_weak_secret",
    block: [
      `const token = jwt.sign({ sub: user.id, role: user.role }, 'secret', { expiresIn: '7d' });\n`,
      `const JWT_SECRET = process.env.JWT_SECRET || 'changeme';\n`,
    ],
    pass: [
      `const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });\n`,
    ],
  },
  {
    id: "auth.jwt_no_expiry",
    block: [
      `options.TokenValidationParameters = new TokenValidationParameters {\n    ValidateIssuer = true,\n    ValidateLifetime = false,\n};\n`,
    ],
    pass: [
      `options.TokenValidationParameters = new TokenValidationParameters { ValidateLifetime = true };\n`,
    ],
  },
  {
    id: "auth.jwt_hs_rs_confusion",
    block: [`payload = jwt.decode(token, public_key, algorithms=["HS256", "RS256"])\n`],
    pass: [`payload = jwt.decode(token, public_key, algorithms=["RS256"])\n`],
  },
  {
    id: "auth.oauth_redirect_wildcard",
    block: [
      `{\n  "clientId": "portal",\n  "redirectUris": ["*"],\n  "publicClient": true\n}\n`,
      `allowed_callback_urls: ["https://*"]\n`,
    ],
    pass: [
      `{\n  "clientId": "portal",\n  "redirectUris": ["https://portal.example.com/callback"]\n}\n`,
    ],
  },
  {
    id: "auth.oauth_state_pkce_off",
    block: [
      `providers: [\n  KeycloakProvider({\n    clientId: process.env.KC_ID,\n    checks: ["none"],\n  }),\n]\n`,
      `oauth.register(name="corp", client_id=CID, client_kwargs={"scope": "openid"}, pkce=False)\n`,
    ],
    pass: [`KeycloakProvider({ clientId: process.env.KC_ID, checks: ["pkce", "state"] })\n`],
  },
  {
    id: "auth.idp_trust_email_autolink",
    block: [
      `{"alias": "partner-oidc", "providerId": "oidc", "trustEmail": true, "config": {"clientId": "x"}}\n`,
      `GoogleProvider({ clientId: id, clientSecret: s, allowDangerousEmailAccountLinking: true })\n`,
    ],
    pass: [`{"alias": "partner-oidc", "providerId": "oidc", "trustEmail": false}\n`],
  },
  {
    id: "auth.password_reset_no_token",
    block: [
      `@app.post("/reset-password")\ndef reset_password():\n    user = User.query.filter_by(email=request.json["email"]).first()\n    user.set_password(request.json["new_password"])\n    db.session.commit()\n`,
    ],
    pass: [
      `@app.post("/reset-password")\ndef reset_password():\n    data = serializer.loads(request.json["token"], max_age=3600)\n    user = User.query.filter_by(email=data["email"]).first()\n    user.set_password(request.json["new_password"])\n`,
    ],
  },
  {
    id: "auth.impersonation_endpoint",
    block: [
      `@app.route("/impersonate/<int:uid>")\ndef impersonate(uid):\n    login_user(User.query.get(uid))\n    return redirect("/")\n`,
    ],
    pass: [
      `@app.route("/impersonate/<int:uid>")\n@admin_required\ndef impersonate(uid):\n    if not current_user.is_superuser:\n        abort(403)\n    login_user(User.query.get(uid))\n`,
    ],
  },
  {
    id: "auth.session_fixation",
    block: [`<?php\nsession_id($_GET['sid']);\nsession_start();\n`],
    pass: [`<?php\nsession_start();\nsession_regenerate_id(true);\n`],
  },
  {
    id: "auth.role_from_body",
    block: [
      `user.role = request.json.get("role", user.role)\ndb.session.commit()\n`,
      `user.isAdmin = req.body.isAdmin;\nawait user.save();\n`,
    ],
    pass: [`user.display_name = request.json.get("display_name")\n`],
  },
  {
    id: "auth.inverted_role_check",
    block: [
      `def admin_only(view_func):\n    def wrapper(request, *args, **kwargs):\n        if not request.user.is_admin:\n            return view_func(request, *args, **kwargs)\n        return HttpResponseForbidden()\n    return wrapper\n`,
    ],
    pass: [
      `def admin_only(view_func):\n    def wrapper(request, *args, **kwargs):\n        if not request.user.is_admin:\n            return HttpResponseForbidden()\n        return view_func(request, *args, **kwargs)\n    return wrapper\n`,
    ],
  },
];

runCases("auth", CASES);
