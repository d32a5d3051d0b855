/**
 * Supply-chain tampering, install- and build-time hooks that fetch, run or send out: npm / pnpm /
 * Yarn lifecycle scripts (`preinstall`, `install`, `postinstall`, `prepare`, `prepack`,
 * `prepublish`), Composer scripts, `setup.py` command classes and build backends, Python `.pth`
 * start-up lines, Cargo `build.rs`, `//go:generate`, Gradle script plugins applied from a URL and
 * `exec` tasks, Maven `exec-maven-plugin` / `maven-antrun-plugin`, CMake `file(DOWNLOAD)` /
 * `FetchContent` / `ExternalProject` without a hash, Bazel `http_archive` without a checksum. From
 * the npm "scripts" and pip / setuptools / Cargo / Go / CMake / Bazel documentation, Socket,
 * Phylum, Checkmarx and Snyk malicious-package write-ups (install-script droppers, `.pth` loaders,
 * `build.rs` and `go:generate` payloads), OpenSSF package-analysis and Scorecard.
 */
import { NET_BAD, r, type SupplyRule } from "./_supply_core.ts";

/** What a hook value does that makes it a dropper or a leak (inside one quoted script string). */
const HOOK_BAD =
  r`(?:\b(?:curl|wget|iwr|irm|invoke-webrequest|certutil\s{1,3}-urlcache|bitsadmin)\b|\bnode\s{1,3}-e\b(?:\\"|[^"\n]){0,300}\b(?:https?|child_process|net|dns)\b|\bpython[\d.]{0,4}\s{1,3}-c\b(?:\\"|[^"\n]){0,300}\b(?:urllib|requests|socket|subprocess|base64)\b|\bbase64\s{1,3}(?:-d|--decode|-D)\b|\bnc\s|\/dev\/tcp\/|\|\s{0,3}(?:ba|z)?sh\b|\beval\b|\bpowershell\b[^"\n]{0,100}-(?:e|enc|encodedcommand)\b|https?:\/\/[^\s"']{1,200}\.(?:sh|js|py|ps1|exe|bin)\b)`;

export const SUPPLY_HOOK_RULES: readonly SupplyRule[] = [
  {
    id: "hook.npm_lifecycle_fetch",
    lit: ['install"', 'prepare"', 'prepack"', 'prepublish"', 'postpack"', 'preuninstall"'],
    re: new RegExp(
      r`"(?:pre|post)?(?:install|prepare|prepack|postpack|prepublish|prepublishOnly|uninstall|preuninstall)"\s{0,3}:\s{0,3}"(?:[^"\\\n]|\\.){0,400}?${HOOK_BAD}`,
      "i",
    ),
    why:
      "adds a package lifecycle script that downloads, decodes or runs code on every install (install-script dropper)",
  },
  {
    id: "hook.composer_script_fetch",
    lit: ["-install-cmd", "-update-cmd", "-autoload-dump", "post-root-package-install"],
    re: new RegExp(
      r`"(?:pre|post)-(?:install|update)-cmd"|"(?:pre|post)-autoload-dump"|"post-root-package-install"`,
      "i",
    ),
    also: new RegExp(
      r`"(?:pre|post)-(?:install-cmd|update-cmd|autoload-dump|root-package-install)"\s{0,3}:\s{0,3}\[?[^\]]{0,400}?${HOOK_BAD}`,
      "i",
    ),
    why: "adds a Composer install script that downloads or runs code on every install",
  },
  {
    id: "hook.setup_py_fetch",
    lit: ["cmdclass", "setuptools", "build_meta", "setup("],
    re: new RegExp(
      r`(?:\bcmdclass\s{0,3}=|\bfrom\s{1,3}setuptools\b|\bimport\s{1,3}setuptools\b|\bdef\s{1,3}(?:build_wheel|build_sdist|get_requires_for_build_wheel|prepare_metadata_for_build_wheel)\s{0,3}\()[\s\S]{0,3000}?(?:(?:os\.system|subprocess\.\w{1,20}|os\.popen)\s{0,3}\([^\n]{0,200}\b(?:curl|wget|powershell|bash\s{1,3}-c|sh\s{1,3}-c|nc)\b|\b(?:exec|eval)\s{0,3}\([^\n]{0,80}(?:urlopen|requests\.get|urllib\.request|b64decode|base64\.)|urlretrieve\s{0,3}\([^\n]{0,200}\)[\s\S]{0,300}?(?:os\.system|subprocess|os\.chmod|exec)|(?:requests\.(?:post|put)|urlopen)\s{0,3}\([^\n]{0,200}(?:os\.environ|getenv|platform\.node|getpass|socket\.gethostname))`,
    ),
    also: /\bsetup\s{0,3}\(|\bcmdclass\b|\bdef\s{1,3}build_(?:wheel|sdist)\b/,
    why:
      "makes the Python package's build or install step download, run or send out (runs on every pip install)",
  },
  {
    id: "hook.pth_exec",
    lit: ["exec(", "exec (", "eval(", "subprocess.", "os.system", "os.popen"],
    re:
      /^import\s{1,3}[\w., ]{1,80};[^\n]{0,300}\b(?:exec|eval)\s{0,3}\([^\n]{0,300}(?:urlopen|urllib|requests|b64decode|base64|zlib|codecs|bytes\.fromhex|__import__)|^import\s{1,3}[\w., ]{1,80};[^\n]{0,200}(?:subprocess\.\w{1,12}|os\.system|os\.popen)\s{0,3}\([^\n]{0,200}\b(?:curl|wget|python|powershell|sh|bash)\b/m,
    why:
      "adds a .pth-style start-up line that runs downloaded or encoded code in every Python process",
  },
  {
    id: "hook.build_rs_fetch",
    lit: ["command::new", "reqwest", "ureq::", "cargo:rustc", "cargo:rerun"],
    re: new RegExp(
      r`\bfn\s{1,3}main\s{0,3}\(\s{0,3}\)[\s\S]{0,2000}?(?:Command::new\s{0,3}\(\s{0,3}"(?:sh|bash|curl|wget|powershell|cmd|python3?)"[\s\S]{0,300}?(?:\bcurl\b|\bwget\b|https?:\/\/|iwr\b|Invoke-WebRequest)|(?:reqwest::blocking::get|ureq::get)\s{0,3}\([\s\S]{0,400}?(?:Command::new|set_permissions|\.exe\b|std::env::vars)|(?:reqwest|ureq)::[\w:]{0,40}\s{0,3}\([\s\S]{0,200}?env::vars?\b|env::vars\s{0,3}\(\)[\s\S]{0,400}?(?:reqwest|ureq|TcpStream::connect))`,
    ),
    also:
      /\bbuild\.rs\b|\bcargo:(?:rerun-if|rustc|warning)|\bfn\s{1,3}main\s{0,3}\(\s{0,3}\)\s{0,3}\{/,
    why: "makes the crate's build script download, run or send out at compile time",
  },
  {
    id: "hook.go_generate_fetch",
    lit: ["go:generate"],
    re: new RegExp(
      r`^\s{0,4}\/\/go:generate\s[^\n]{0,400}?(?:${NET_BAD}|\b(?:curl|wget)\s[^\n]{0,200}https?:\/\/)`,
      "im",
    ),
    why: "adds a go:generate line that fetches or runs code from the network",
  },
  {
    id: "hook.gradle_remote_script",
    lit: ["apply from", "apply(from", "commandline", "exec {", "providers.exec"],
    re:
      /\bapply\s{0,3}\(?\s{0,3}from\s{0,3}[:=]\s{0,3}["'](?:https?:)?\/\/(?!raw\.githubusercontent\.com\/gradle\/)[^"'\s]{1,300}["']|\b(?:commandLine|args)\s{0,3}[(=]?\s{0,3}(?:\[|listOf\s{0,3}\()?\s{0,3}["'](?:sh|bash|cmd|powershell)["']\s{0,3},\s{0,3}["'](?:-c|\/c|-Command)["']\s{0,3},\s{0,3}["'][^"'\n]{0,300}\b(?:curl|wget|iwr|nc)\b/i,
    why:
      "applies a Gradle script from a URL or runs a download in a build task (code runs in every build)",
  },
  {
    id: "hook.maven_exec_fetch",
    lit: ["exec-maven-plugin", "maven-antrun-plugin", "<executable>", "<exec "],
    re:
      /<(?:executable|exec\s[^>]{0,100}executable\s{0,2}=\s{0,2}"|argument)>?[^<\n]{0,40}(?:curl|wget|sh|bash|powershell)\b[\s\S]{0,400}?(?:https?:\/\/[^<\s]{1,200}|\|\s{0,3}(?:ba)?sh\b)/i,
    also: /exec-maven-plugin|maven-antrun-plugin/i,
    why: "runs a download from a Maven build plugin (code runs on every build)",
  },
  {
    id: "hook.cmake_download_unverified",
    lit: ["file(download", "fetchcontent_declare", "externalproject_add", "execute_process"],
    re:
      /\bfile\s{0,3}\(\s{0,3}DOWNLOAD\s[^)]{1,400}\)|\b(?:FetchContent_Declare|ExternalProject_Add)\s{0,3}\([^)]{0,400}\bURL\s{1,3}["']?https?:\/\/[^)]{0,400}\)|\bexecute_process\s{0,3}\([^)]{0,300}\b(?:curl|wget)\b[^)]{0,300}\|\s{0,3}(?:ba)?sh\b/i,
    not: /\b(?:EXPECTED_HASH|EXPECTED_MD5|URL_HASH|URL_MD5)\b/i,
    also:
      /\bfile\s{0,3}\(\s{0,3}DOWNLOAD\s[^)]{1,400}\)[\s\S]{0,600}?\b(?:include|execute_process|add_subdirectory)\s{0,3}\(|\b(?:FetchContent_Declare|ExternalProject_Add)\b|\bexecute_process\b/i,
    why: "downloads build input with CMake and uses it without a pinned hash",
  },
  {
    id: "hook.bazel_archive_unverified",
    lit: ["http_archive", "http_file", "git_repository"],
    re:
      /\b(?:http_archive|http_file|http_jar)\s{0,3}\([\s\S]{0,800}?\burls?\s{0,3}=\s{0,3}\[?\s{0,3}["']https?:\/\/|\bgit_repository\s{0,3}\([^)]{0,400}\bbranch\s{0,3}=/i,
    not:
      /\b(?:sha256|integrity)\s{0,3}=\s{0,3}["'][\w+\/=-]{20,}|\bcommit\s{0,3}=\s{0,3}["'][0-9a-f]{40}/i,
    why:
      "fetches a Bazel external dependency without a checksum or pinned commit (the download can be swapped)",
  },
];
