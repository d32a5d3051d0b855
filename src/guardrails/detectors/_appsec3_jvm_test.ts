import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "java3.xstream_from_request",
    block: [
      `@PostMapping("/orders/import")\npublic Order importOrder(@RequestBody String payload) {\n    return (Order) new XStream().fromXML(payload);\n}\n`,
      `@PutMapping("/prefs")\npublic void prefs(@RequestParam String xml) {\n    Prefs p = (Prefs) xstream.fromXML(xml);\n    store.save(p);\n}\n`,
      `@POST\n@Path("/cfg")\npublic Response cfg(String body) {\n    Settings s = (Settings) xs.fromXML(body);\n    return Response.ok().build();\n}\n`,
    ],
    pass: [
      `@PostMapping("/orders/import")\npublic Order importOrder(@RequestBody String payload) {\n    XStream xs = new XStream();\n    xs.allowTypes(new Class[] { Order.class, Line.class });\n    return (Order) xs.fromXML(payload);\n}\n`,
      `Settings s = (Settings) xs.fromXML(Files.readString(Path.of("conf/settings.xml")));\n`,
      `@PostMapping("/orders/import")\npublic Order importOrder(@RequestBody Order payload) {\n    return repo.save(payload);\n}\n`,
    ],
  },
  {
    id: "java3.file_from_request_param",
    block: [
      `@GetMapping("/avatar")\npublic byte[] avatar(@RequestParam String file) throws IOException {\n    return Files.readAllBytes(Paths.get("/var/avatars", file));\n}\n`,
      `@GetMapping("/docs/{name}")\npublic ResponseEntity<Resource> doc(@PathVariable("name") String name) {\n    return ResponseEntity.ok(new FileSystemResource("/srv/docs/" + name));\n}\n`,
      `@GetMapping("/log")\npublic String log(@RequestParam(value = "day") String day) throws Exception {\n    try (var in = new FileInputStream(new File(LOG_DIR, day + ".log"))) { return new String(in.readAllBytes()); }\n}\n`,
    ],
    pass: [
      `@GetMapping("/avatar")\npublic byte[] avatar(@RequestParam String file) throws IOException {\n    Path p = BASE.resolve(file).normalize();\n    if (!p.startsWith(BASE)) throw new ResponseStatusException(HttpStatus.BAD_REQUEST);\n    return Files.readAllBytes(p);\n}\n`,
      `@GetMapping("/avatar")\npublic byte[] avatar(@RequestParam String user) throws IOException {\n    return Files.readAllBytes(Paths.get("/var/avatars", "default.png"));\n}\n`,
      `@GetMapping("/docs/{name}")\npublic ResponseEntity<Resource> doc(@PathVariable("name") String name) {\n    return ResponseEntity.ok(new FileSystemResource("/srv/docs/" + FilenameUtils.getName(name)));\n}\n`,
    ],
  },
  {
    id: "java3.query_string_concat",
    block: [
      `List<Invoice> r = em.createQuery("select i from Invoice i where i.customer = '" + customer + "'").getResultList();\n`,
      `return session.createSQLQuery("SELECT * FROM audit WHERE actor LIKE '" + actor + "%'").list();\n`,
      `Query q = em.createNativeQuery("DELETE FROM carts WHERE id = " + cartId);\n`,
    ],
    pass: [
      `List<Invoice> r = em.createQuery("select i from Invoice i where i.customer = :c").setParameter("c", customer).getResultList();\n`,
      `return session.createSQLQuery("SELECT * FROM audit WHERE actor LIKE ?").setParameter(0, actor + "%").list();\n`,
      `Query q = em.createNativeQuery("DELETE FROM carts WHERE created < now() - interval '30 days'");\n`,
    ],
  },
  {
    id: "java3.util_random_secret",
    block: [
      `public String generateOtp() {\n    return String.format("%06d", new Random().nextInt(1_000_000));\n}\n`,
      `private byte[] newSalt() {\n    byte[] s = new byte[16];\n    ThreadLocalRandom.current().nextBytes(s);\n    return s;\n}\n`,
      `public String createApiKey(User u) {\n    long v = (long) (Math.random() * Long.MAX_VALUE);\n    return u.getId() + "-" + Long.toHexString(v);\n}\n`,
    ],
    pass: [
      `private static final SecureRandom RNG = new SecureRandom();\npublic String generateOtp() {\n    return String.format("%06d", RNG.nextInt(1_000_000));\n}\n`,
      `public List<Item> shuffle(List<Item> items) {\n    Collections.shuffle(items, new Random());\n    return items;\n}\n`,
      `public int jitterMillis() {\n    return ThreadLocalRandom.current().nextInt(50, 250);\n}\n`,
    ],
  },
  {
    id: "java3.static_iv",
    block: [
      `byte[] iv = new byte[16];\nCipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");\nc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));\n`,
      `final byte[] gcmNonce = new byte[12];\nGCMParameterSpec spec = new GCMParameterSpec(128, gcmNonce);\n`,
      `byte[] nonce = new byte[12];\ncipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(nonce));\n`,
    ],
    pass: [
      `byte[] iv = new byte[16];\nnew SecureRandom().nextBytes(iv);\nc.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));\n`,
      `byte[] iv = new byte[16];\nByteBuffer buf = ByteBuffer.wrap(blob);\nbuf.get(iv);\nc.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));\n`,
      `byte[] nonce = new byte[12];\nrng.nextBytes(nonce);\ncipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));\n`,
    ],
  },
  {
    id: "java3.spring_headers_disabled",
    block: [
      `http.authorizeHttpRequests(a -> a.anyRequest().authenticated())\n    .headers(h -> h.disable());\n`,
      `http.headers(headers -> headers.frameOptions(frame -> frame.disable()));\n`,
      `http.headers().frameOptions().disable();\n`,
    ],
    pass: [
      `http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));\n`,
      `http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'")));\n`,
      `http.headers().frameOptions().deny();\n`,
    ],
  },
  {
    id: "android3.log_secret",
    block: [
      'Log.d(TAG, "login ok, accessToken=$accessToken")\n',
      'Log.i("Auth", "pin entered: " + pin);\n',
      'Timber.d("refresh with ${refreshToken}")\n',
    ],
    pass: [
      'Log.d(TAG, "login ok for user ${user.id}")\n',
      'Log.i("Auth", "pin length: " + pin.length());\n'.replace("pin.length()", "pinLength"),
      'Timber.d("token refreshed")\n',
    ],
  },
];

runCases("appsec3 jvm", CASES);
