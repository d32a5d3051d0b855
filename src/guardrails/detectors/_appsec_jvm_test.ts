import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "java.runtime_exec_request",
    block: [
      `protected void doGet(HttpServletRequest request, HttpServletResponse resp) throws IOException {\n  String host = request.getParameter("host");\n  Process p = Runtime.getRuntime().exec("ping -c 1 " + host);\n}\n`,
      `@GetMapping("/run")\npublic String run(@RequestParam String cmd) throws Exception {\n  new ProcessBuilder("sh", "-c", cmd).start();\n  return "ok";\n}\n`,
    ],
    pass: [
      `@GetMapping("/run")\npublic String run(@RequestParam String name) throws Exception {\n  new ProcessBuilder("/usr/bin/convert", "in.png", "out.png").start();\n  return name;\n}\n`,
    ],
  },
  {
    id: "java.object_input_stream_request",
    block: [
      `@PostMapping("/session")\npublic void restore(HttpServletRequest request) throws Exception {\n  ObjectInputStream in = new ObjectInputStream(request.getInputStream());\n  Cart cart = (Cart) in.readObject();\n}\n`,
    ],
    pass: [
      `ObjectInputStream in = new ObjectInputStream(request.getInputStream());\nin.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.shop.Cart;!*"));\n`,
    ],
  },
  {
    id: "java.spel_request",
    block: [
      `@GetMapping("/filter")\npublic Object filter(@RequestParam String expr) {\n  return parser.parseExpression(expr).getValue(context);\n}\n`,
    ],
    pass: [
      `@GetMapping("/filter")\npublic Object filter(@RequestParam String expr) {\n  EvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();\n  return parser.parseExpression(expr).getValue(ctx);\n}\n`,
    ],
  },
  {
    id: "java.trust_all_certs",
    block: [
      `TrustManager[] trustAll = new TrustManager[] { new X509TrustManager() {\n  public void checkClientTrusted(X509Certificate[] c, String a) {}\n  public void checkServerTrusted(X509Certificate[] c, String a) {}\n  public X509Certificate[] getAcceptedIssuers() { return null; }\n}};\n`,
      `CloseableHttpClient client = HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();\n`,
      `val client = OkHttpClient.Builder().hostnameVerifier { _, _ -> true }.build()\nconn.setHostnameVerifier((hostname, session) -> true);\n`,
    ],
    pass: [
      `public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n  delegate.checkServerTrusted(chain, authType);\n}\n`,
    ],
  },
  {
    id: "java.xxe_enabled",
    block: [
      `DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\ndbf.setFeature("http://xml.org/sax/features/external-general-entities", true);\n`,
      `XMLInputFactory f = XMLInputFactory.newInstance();\nf.setProperty(XMLInputFactory.SUPPORT_DTD, true);\n`,
    ],
    pass: [
      `dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);\ndbf.setFeature("http://xml.org/sax/features/external-general-entities", false);\n`,
    ],
  },
  {
    id: "java.spring_permitall_admin",
    block: [
      `http.authorizeHttpRequests(a -> a\n  .requestMatchers("/admin/**").permitAll()\n  .anyRequest().authenticated());\n`,
      `http.authorizeRequests().anyRequest().permitAll();\n`,
    ],
    pass: [
      `http.authorizeHttpRequests(a -> a\n  .requestMatchers("/public/**", "/health").permitAll()\n  .requestMatchers("/admin/**").hasRole("ADMIN")\n  .anyRequest().authenticated());\n`,
    ],
  },
  {
    id: "java.spring_csrf_disabled",
    block: [
      `http.csrf(AbstractHttpConfigurer::disable)\n    .formLogin(Customizer.withDefaults());\n`,
    ],
    pass: [
      `http.csrf(AbstractHttpConfigurer::disable)\n    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))\n    .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()));\n`,
    ],
  },
  {
    id: "java.actuator_exposed",
    block: [
      `server.port=8080\nmanagement.endpoints.web.exposure.include=*\n`,
      `management:\n  endpoints:\n    web:\n      exposure:\n        include: health,info,env,heapdump\n`,
    ],
    pass: [`management.endpoints.web.exposure.include=health,info,prometheus\n`],
  },
  {
    id: "java.actuator_shutdown_sensitive_off",
    block: [`management.endpoint.shutdown.enabled=true\n`],
    pass: [`management.endpoint.shutdown.enabled=false\n`],
  },
  {
    id: "java.sql_concat_request",
    block: [
      `String name = request.getParameter("name");\nResultSet rs = stmt.executeQuery("SELECT id, email FROM customers WHERE last_name = '" + name + "'");\n`,
    ],
    pass: [
      `String name = request.getParameter("name");\nPreparedStatement ps = conn.prepareStatement("SELECT id, email FROM customers WHERE last_name = ?");\nps.setString(1, name);\n`,
    ],
  },
  {
    id: "java.weak_cipher_password",
    block: [
      `Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");\n`,
      `PasswordEncoder encoder = NoOpPasswordEncoder.getInstance();\n`,
    ],
    pass: [`Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");\n`],
  },
  {
    id: "java.tomcat_manager_open",
    block: [
      `<tomcat-users>\n  <role rolename="manager-gui"/>\n  <user username="admin" password="admin" roles="manager-gui,manager-script"/>\n</tomcat-users>\n`,
    ],
    pass: [
      `<tomcat-users>\n  <user username="deploy" password="\${DEPLOY_PW}" roles="manager-script"/>\n</tomcat-users>\n`,
    ],
  },
  {
    id: "java.log4j_lookups_on",
    block: [`-Dlog4j2.formatMsgNoLookups=false\n`],
    pass: [`-Dlog4j2.formatMsgNoLookups=true\n`],
  },
];

runCases("jvm", CASES);
