/**
 * Supply-chain footholds inside application code: install hooks (`postinstall`, `setup.py`,
 * `build.rs`), test bootstraps (`conftest.py` autouse fixtures) and package `__init__.py` files
 * that reach the network with environment variables; `require`/`import` of code from a URL;
 * plugin loaders that run unsigned code fetched at run time.
 */
import type { AppsecRule } from "./_appsec_core.ts";

/** The whole environment, or a secret-bearing variable, read in code. */
const ENV = String
  .raw`(?:os\.environ\b|os\.getenv\s{0,8}\(|process\.env\b|env::var(?:s)?\s{0,8}\(|std::env::vars|System\.getenv\s{0,8}\(|ENV\s{0,8}\[|ENV\.to_h|getenv\s{0,8}\(|\$env:|os\.Environ\s{0,8}\()`;
/** A network send in code. */
const NET = String
  .raw`(?:urllib\.request\.urlopen|urlopen\s{0,8}\(|requests\.(?:post|get|put)|httpx\.(?:post|get)|http\.client\.HTTPS?Connection|socket\.(?:socket|create_connection)|fetch\s{0,8}\(|https?\.(?:request|get)\s{0,8}\(|axios\.(?:post|get)|reqwest::|TcpStream::connect|ureq::|Command::new\s{0,8}\(\s{0,8}"curl"|curl\s|wget\s|Net::HTTP|dns\.resolve|\.lookup\s{0,8}\()`;

export const SUPPLY_RULES: AppsecRule[] = [
  {
    id: "supply.npm_install_hook_net",
    kind: "supply_chain",
    lit: ['install"', "install'", 'prepare"', "prepare'"],
    re:
      /["'](?:preinstall|postinstall|install|prepare)["']\s{0,8}:\s{0,8}["'][^"'\n]{0,300}(?:\bcurl\b|\bwget\b|\bnode\s{1,8}-e\b|https?:\/\/|\|\s{0,8}(?:ba)?sh\b|\bnc\s|\bbase64\b|\bpowershell\b|\beval\b)/i,
    inTests: true,
    why: "adds an npm install hook that downloads or runs code on every install",
  },
  {
    id: "supply.install_script_env_net",
    kind: "supply_chain",
    lit: ["setup(", "cargo:", "build.rs", "cmdclass"],
    re: new RegExp(
      String
        .raw`(?:\bclass\s{1,8}\w{0,40}\s{0,8}\(\s{0,8}(?:install|develop|egg_info|build_py)\s{0,8}\)|\bcmdclass\s{0,8}=|\bfrom\s{1,8}setuptools\b|\bfn\s{1,8}main\s{0,8}\(\s{0,8}\)\s{0,8}\{)[\s\S]{0,2000}?${ENV}[\s\S]{0,600}?${NET}|(?:\bclass\s{1,8}\w{0,40}\s{0,8}\(\s{0,8}(?:install|develop|egg_info|build_py)\s{0,8}\)|\bcmdclass\s{0,8}=|\bfrom\s{1,8}setuptools\b|\bfn\s{1,8}main\s{0,8}\(\s{0,8}\)\s{0,8}\{)[\s\S]{0,2000}?${NET}[\s\S]{0,600}?${ENV}`,
    ),
    also: /\bsetup\s{0,8}\(|\bcargo:rerun-if|\bcargo:rustc|\bbuild\.rs\b|\bcmdclass\b/,
    inTests: true,
    why:
      "runs code at package install/build time that sends environment variables over the network",
  },
  {
    id: "supply.conftest_autouse_net",
    kind: "supply_chain",
    lit: ["autouse", "pytest_configure", "pytest_sessionstart", "pytest_collection", "pytest_load"],
    re: new RegExp(
      String
        .raw`(?:@pytest\.fixture\s{0,8}\([^)\n]{0,80}autouse\s{0,8}=\s{0,8}True|\bdef\s{1,8}pytest_(?:configure|sessionstart|collection_modifyitems|load_initial_conftests)\s{0,8}\()[\s\S]{0,1500}?(?:${ENV}[\s\S]{0,600}?${NET}|${NET}[\s\S]{0,600}?${ENV})`,
    ),
    inTests: true,
    why:
      "adds a pytest hook or autouse fixture that sends environment variables over the network on every test run",
  },
  {
    id: "supply.init_import_net",
    kind: "supply_chain",
    lit: ["__init__", "__all__", "__version__"],
    re: new RegExp(
      String
        .raw`^(?:import|from)\s[^\n]{0,80}\n[\s\S]{0,400}?^(?:[a-z_]\w{0,30}\s{0,8}=\s{0,8})?(?:${NET})[^\n]{0,200}(?:${ENV}|dict\s{0,8}\(\s{0,8}os\.environ)`,
      "m",
    ),
    also: /__init__\.py|^__all__\s{0,8}=|^__version__\s{0,8}=/m,
    inTests: true,
    why: "sends environment variables over the network as soon as the package is imported",
  },
  {
    id: "supply.remote_code_import",
    kind: "supply_chain",
    lit: ["require(", "import(", "requests.get", "urlopen", "httpx.get", "fetch"],
    re:
      /\b(?:require|import)\s{0,8}\(\s{0,8}["'`]https?:\/\/(?!deno\.land\/|esm\.sh\/|cdn\.jsdelivr\.net\/|unpkg\.com\/|jsr\.io\/)[^"'`\n]{4,200}["'`]\s{0,8}\)|\b(?:exec|eval)\s{0,8}\(\s{0,8}(?:requests\.get|urllib\.request\.urlopen|urlopen|httpx\.get)\s{0,8}\([^\n]{0,200}\)\s{0,8}\.(?:text|read\s{0,8}\(\s{0,8}\)|content)|\beval\s{0,8}\(\s{0,8}await\s{1,8}\(\s{0,8}await\s{1,8}fetch\s{0,8}\(|\bnew Function\s{0,8}\(\s{0,8}await\s{1,8}\(?\s{0,8}await\s{1,8}fetch\s{0,8}\(|\bvm\.runIn\w{0,20}\s{0,8}\(\s{0,8}await\s{1,8}\(?\s{0,8}await\s{1,8}fetch/i,
    inTests: true,
    why: "runs code fetched from a URL at run time (remote code loading)",
  },
  {
    id: "supply.plugin_loader_unsigned",
    kind: "supply_chain",
    lit: [
      "spec_from_file_location",
      "load_source",
      "cdll",
      "dlopen",
      "assembly.load",
      "urlclassloader",
      "plugin.open",
      "loadlibrary",
    ],
    re:
      /(?:requests\.get|urlopen|urlretrieve|fetch|download\w{0,20}|http\.Get|WebClient|HttpClient)\s{0,8}\([^\n]{0,200}\)[\s\S]{0,400}?\b(?:importlib\.util\.spec_from_file_location|imp\.load_source|ctypes\.(?:CDLL|cdll\.LoadLibrary)|dlopen|Assembly\.Load(?:From|File)?|new\s{1,8}URLClassLoader|plugin\.Open|LoadLibrary[AW]?)\s{0,8}\(/,
    not:
      /\b(?:verify_signature|verify\w{0,20}\s{0,8}\(\s{0,8}\w{0,20}sig|gpg|cosign|sha256\w{0,10}\s{0,8}(?:!=|==)|hmac\.compare_digest|checksum)\b/i,
    inTests: true,
    why: "downloads a plugin and loads it as code without checking a signature or checksum",
  },
];
