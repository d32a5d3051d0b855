import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "go2.template_parse_request",
    block: [
      `func h(w http.ResponseWriter, r *http.Request) {\n\tt, _ := template.New("p").Parse(r.FormValue("tpl"))\n\tt.Execute(w, user)\n}\n`,
    ],
    pass: [
      `func h(w http.ResponseWriter, r *http.Request) {\n\tt, _ := template.New("p").Parse(pageTpl)\n\tt.Execute(w, r.FormValue("name"))\n}\n`,
    ],
  },
  {
    id: "py2.format_string_request",
    block: [
      `@app.route("/greet")\ndef greet():\n    return request.args.get("fmt", "Hi {user.name}").format(user=current_user)\n`,
    ],
    pass: [
      `@app.route("/greet")\ndef greet():\n    return "Hi {}".format(request.args.get("name"))\n`,
    ],
  },
  {
    id: "java2.template_engine_request",
    block: [
      `StringWriter w = new StringWriter();\nVelocity.evaluate(ctx, w, "tpl", request.getParameter("body"));\n`,
    ],
    pass: [
      `Template t = cfg.getTemplate("mail.ftl");\nt.process(Map.of("name", request.getParameter("name")), w);\n`,
    ],
  },
  {
    id: "js2.dom_open_redirect",
    block: [
      `const next = new URLSearchParams(location.search).get("next");\nwindow.location.href = next;\n`,
    ],
    pass: [
      `const next = new URLSearchParams(location.search).get("next");\nif (next && next.startsWith("/") && !next.startsWith("//")) window.location.href = next;\n`,
    ],
  },
  {
    id: "js2.message_listener_eval",
    block: [`window.addEventListener("message", function (event) {\n  eval(event.data);\n});\n`],
    pass: [
      `window.addEventListener("message", function (event) {\n  if (event.origin !== "https://app.example.com") return;\n  render(JSON.parse(event.data));\n});\n`,
    ],
  },
];

runCases("sink2", CASES);
