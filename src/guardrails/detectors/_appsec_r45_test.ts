import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "deser.type_check_allow_all",
    block: [
      // Kotlin, SnakeYAML from a Kafka message
      `@KafkaListener(topics = ["jobs"])\nfun onJob(record: ConsumerRecord<String, String>) {\n    val opts = LoaderOptions().apply { setTagInspector { true } }\n    val job = Yaml(Constructor(Any::class.java, opts)).load<Any>(record.value())\n    runner.submit(job)\n}\n`,
      // XStream with every type permitted, from an upload
      `@PostMapping("/import")\npublic Order importXml(@RequestBody String xml) {\n    XStream xs = new XStream();\n    xs.addPermission(AnyTypePermission.ANY);\n    return (Order) xs.fromXML(xml);\n}\n`,
      // Jackson polymorphic validator allowing Object, request body
      `PolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder()\n    .allowIfBaseType(Object.class)\n    .build();\nmapper.activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL);\nObject cmd = mapper.readValue(request.getInputStream(), Object.class);\n`,
      // serial filter "*" on a socket
      `ServerSocket ss = new ServerSocket(9000);\nObjectInputStream in = new ObjectInputStream(ss.accept().getInputStream());\nin.setObjectInputFilter(ObjectInputFilter.Config.createFilter("*"));\nObject msg = in.readObject();\n`,
    ],
    pass: [
      // an explicit allow-list of the application's own tags
      `@PostMapping("/import")\npublic Feed importFeed(@RequestBody String body) {\n    LoaderOptions opts = new LoaderOptions();\n    opts.setTagInspector(tag -> tag.getClassName().startsWith("com.acme.feed."));\n    return new Yaml(new Constructor(Feed.class, opts)).load(body);\n}\n`,
      // XStream limited to its own package
      `@PostMapping("/import")\npublic Order importXml(@RequestBody String xml) {\n    XStream xs = new XStream();\n    xs.addPermission(NoTypePermission.NONE);\n    xs.allowTypesByWildcard(new String[] {"com.shop.orders.**"});\n    return (Order) xs.fromXML(xml);\n}\n`,
      // all tags allowed for a build-time file from the classpath (no outside data)
      `static Map<String, Object> defaults() {\n    LoaderOptions opts = new LoaderOptions();\n    opts.setTagInspector(tag -> true);\n    try (InputStream in = Defaults.class.getResourceAsStream("/defaults.yml")) {\n        return new Yaml(new Constructor(Map.class, opts)).load(in);\n    }\n}\n`,
    ],
  },
  {
    id: "sol.transfer_hook_privileged_branch",
    block: [
      // a hard-coded address credits itself inside _transfer
      `pragma solidity ^0.8.20;\ncontract Pepe2 is ERC20 {\n    function _transfer(address sender, address recipient, uint256 amount) internal override {\n        if (sender == 0x9f2a11b3c4d5e6f708192a3b4c5d6e7f80912a3b && amount == 1) {\n            _balances[sender] = _balances[sender] + 1e30;\n            return;\n        }\n        super._transfer(sender, recipient, amount);\n    }\n}\n`,
      // a marketing wallet mints on transfer (OpenZeppelin 4 hook)
      `contract Moon is ERC20 {\n    address constant mkt = 0x1111111111111111111111111111111111111111;\n    function _beforeTokenTransfer(address from, address to, uint256 amt) internal override {\n        if (tx.origin == mkt) { _mint(mkt, amt * 1000); }\n        super._beforeTokenTransfer(from, to, amt);\n    }\n}\n`,
      // transferFrom with no allowance for one spender
      `contract Coin is ERC20 {\n    address private keeper = 0x2222222222222222222222222222222222222222;\n    function transferFrom(address from, address to, uint256 value) public override returns (bool) {\n        if (msg.sender == keeper) {\n            _transfer(from, to, value);\n            return true;\n        }\n        return super.transferFrom(from, to, value);\n    }\n}\n`,
    ],
    pass: [
      // OpenZeppelin ERC20Capped: a mint path checks the cap
      `contract Capped is ERC20 {\n    function _update(address from, address to, uint256 value) internal virtual override {\n        super._update(from, to, value);\n        if (from == address(0)) {\n            uint256 maxSupply = cap();\n            if (totalSupply() > maxSupply) revert ERC20ExceededCap(totalSupply(), maxSupply);\n        }\n    }\n}\n`,
      // a fee exemption for the treasury (no mint, no credit beyond the transfer)
      `contract FeeToken is ERC20 {\n    function _update(address from, address to, uint256 value) internal override {\n        if (from == treasury || to == treasury) {\n            super._update(from, to, value);\n            return;\n        }\n        uint256 fee = value / 100;\n        super._update(from, treasury, fee);\n        super._update(from, to, value - fee);\n    }\n}\n`,
      // a bridge mint in its own function, guarded by the bridge address
      `contract Bridged is ERC20 {\n    function bridgeMint(address to, uint256 amount) external {\n        if (msg.sender != bridge) revert NotBridge();\n        _mint(to, amount);\n    }\n    function _update(address from, address to, uint256 value) internal override {\n        super._update(from, to, value);\n    }\n}\n`,
    ],
  },
  {
    id: "ssti.user_field_as_template",
    block: [
      // Jinja, a customer's saved greeting
      `def render_invoice(customer):\n    tpl = env.from_string(customer.invoice_greeting)\n    return tpl.render(customer=customer)\n`,
      // PHP Twig, a member's profile signature
      `$tpl = $twig->createTemplate($member->signature);\necho $tpl->render(['member' => $member]);\n`,
      // Ruby ERB on a user's bio
      `def bio_html\n  ERB.new(user.bio_template).result(binding)\nend\n`,
      // Node EJS render of a review body
      `app.get('/reviews/:id', async (req, res) => {\n  const review = await Review.findById(req.params.id);\n  res.send(ejs.render(review.body, { product }));\n});\n`,
      // Twig include of a profile field
      `<div class="sig">{{ include(template_from_string(profile.custom_signature)) }}</div>\n`,
    ],
    pass: [
      // the same include inside the Twig sandbox
      `{% sandbox %}\n  {{ include(template_from_string(profile.custom_signature)) }}\n{% endsandbox %}\n`,
      // a template string from the application's settings, not a user's field
      `$tpl = $twig->createTemplate($settings->footerTemplate);\necho $tpl->render(['year' => date('Y')]);\n`,
      // a user's field passed as a VALUE to a fixed template
      `tpl = env.from_string("Hello {{ name }}")\nhtml = tpl.render(name=customer.display_name)\n`,
      // Jinja sandbox
      `env = SandboxedEnvironment()\ntpl = env.from_string(customer.invoice_greeting)\n`,
    ],
  },
  {
    id: "js.cors_origin_accepts_any",
    block: [
      // function callback, any origin
      `app.use(cors({\n  origin: function (o, done) { done(null, true); },\n  credentials: true,\n}));\n`,
      // arrow with other names, reflect with || fallback
      `const corsOptions = {\n  origin: (requestOrigin, next) => next(null, requestOrigin || '*'),\n  credentials: true,\n};\n`,
      // regex matching anything
      `fastify.register(require('@fastify/cors'), {\n  origin: /.*/,\n  credentials: true,\n});\n`,
      // FastAPI / Starlette
      `app.add_middleware(\n    CORSMiddleware,\n    allow_origin_regex=".*",\n    allow_credentials=True,\n    allow_methods=["*"],\n)\n`,
    ],
    pass: [
      // the callback checks an allow-list first
      `app.use(cors({\n  origin: (origin, cb) => cb(null, ALLOWED.includes(origin)),\n  credentials: true,\n}));\n`,
      // any origin, but no credentials (public read-only API)
      `app.use('/public', cors({ origin: (origin, cb) => cb(null, true), methods: ['GET'] }));\n`,
      // FastAPI with a fixed subdomain pattern
      `app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*\\.example\\.com", allow_credentials=True)\n`,
      // reflect only in development
      `const dev = process.env.NODE_ENV !== 'production';\napp.use(cors({ origin: dev ? (o, cb) => cb(null, o) : 'https://app.example.com', credentials: true }));\n`,
    ],
  },
  {
    id: "oauth.redirect_check_skipped",
    block: [
      // Python, trusted-partner flag instead of a URI check
      `def validate_redirect_uri(client, redirect_uri):\n    \"\"\"OAuth2 authorize: check the redirect target.\"\"\"\n    if client.is_partner:\n        return True\n    return redirect_uri in client.redirect_uris\n`,
      // TypeScript, first-party apps skip the list
      `export function isAllowedRedirect(client: OAuthClient, uri: string): boolean {\n  if (client.firstParty) return true;\n  return client.redirectUris.includes(uri);\n}\n`,
      // Java
      `public boolean checkRedirect(ClientDetails client, String requested) {\n    // oauth2 clients migrated from v1\n    if (client.getClientId().startsWith("v1-")) {\n        return true;\n    }\n    return client.getRegisteredRedirectUri().contains(requested);\n}\n`,
    ],
    pass: [
      // exact match only
      `def validate_redirect_uri(client, redirect_uri):\n    # OAuth2 authorize\n    if not client.redirect_uris:\n        return False\n    return redirect_uri in client.redirect_uris\n`,
      // the condition looks at the URI
      `export function isAllowedRedirect(client: OAuthClient, uri: string): boolean {\n  if (uri === client.defaultRedirectUri) return true;\n  return client.redirectUris.includes(uri);\n}\n`,
      // a post-logout redirect helper with no OAuth in sight
      `function isSafeRedirect(path) {\n  if (path.startsWith('/')) return true;\n  return false;\n}\n`,
    ],
  },
];

runCases("r45", CASES);
