/**
 * Supply-chain tampering, dependency sources and lockfiles: the registry, index, mirror, proxy or
 * feed a package manager fetches from pointed at a foreign host (npm / pnpm `.npmrc`, Yarn Berry
 * `.yarnrc.yml`, Bun `bunfig.toml`, pip `pip.conf` / requirements options / `PIP_*`, uv and
 * Poetry / Pipenv sources, conda channels, Maven `settings.xml` mirrors, Gradle repositories and
 * init scripts, NuGet `packageSources`, Cargo source replacement, `GOPROXY`, git `insteadOf`,
 * Docker base images); checksum and signature verification turned off (`GONOSUMDB`, `GOSUMDB=off`,
 * `GOINSECURE`, `strict-ssl=false`, `enableStrictSsl`, Yarn `checksumBehavior`, pip
 * `trusted-host`, Gradle `allowInsecureProtocol`, Maven `-Dmaven.wagon.http.ssl.insecure`); lockfile
 * entries resolved from a foreign tarball host; dependencies pinned to a foreign tarball or to a
 * fork's moving branch; Go `replace` directives pointing a module at another owner. From the npm,
 * Yarn, pip, uv, Poetry, Maven, Gradle, NuGet, Cargo and Go documentation of these keys, OpenSSF
 * Scorecard "Pinned-Dependencies", Alex Birsan's dependency-confusion write-up, Snyk / Socket
 * lockfile-injection research (Liran Tal, "lockfile-lint").
 */
import { HOST, r, type SupplyRule } from "./_supply_core.ts";

/** A `src` pattern: `key` then (within a short window on the same logical entry) a URL host. */
const after = (key: string, win = 120): RegExp =>
  new RegExp(r`(?:${key})[^\n]{0,${win}}?${HOST}`, "gi");

export const SUPPLY_SOURCE_RULES: readonly SupplyRule[] = [
  {
    id: "src.npmrc_registry",
    lit: ["registry=", "registry =", ":registry", "registry ", "npmregistryserver", 'registry"'],
    re:
      /^\s{0,8}(?:@[\w.-]{1,60}:)?registry\s{0,3}=\s{0,3}[a-z]{2,8}:\/\/|\b(?:npm|pnpm|yarn)\s{1,3}config\s{1,3}set\s{1,3}(?:@[\w.-]{1,60}:)?(?:registry|npmRegistryServer)\b|^\s{0,8}npmRegistryServer\s{0,3}:|\bnpmScopes\s{0,3}:[\s\S]{0,200}?\bnpmRegistryServer\s{0,3}:|^\s{0,8}registry\s{1,3}["'][a-z]{2,8}:\/\/|(?:^|\s)--registry[=\s]{1,3}["']?[a-z]{2,8}:\/\/|\b(?:NPM_CONFIG_REGISTRY|npm_config_registry|YARN_NPM_REGISTRY_SERVER|YARN_REGISTRY|BUN_CONFIG_REGISTRY)\s{0,3}[=:]\s{0,3}["']?[a-z]{2,8}:\/\/|^\s{0,4}\[install(?:\.scopes)?\][\s\S]{0,300}?\b(?:registry|url)\s{0,3}=\s{0,3}["'][a-z]{2,8}:\/\//im,
    src: after(r`registry|npmRegistryServer|REGISTRY_SERVER|url`, 12),
    why:
      "points the JavaScript package manager at a foreign registry (every install can receive substituted packages)",
  },
  {
    id: "src.npm_tls_off",
    lit: ["strict-ssl", "enablestrictssl", "unsafehttpwhitelist", "checksumbehavior"],
    re:
      /^\s{0,8}strict-ssl\s{0,3}=\s{0,3}["']?false\b|\bconfig\s{1,3}set\s{1,3}strict-ssl\s{1,3}false\b|^\s{0,8}enableStrictSsl\s{0,3}:\s{0,3}false\b|^\s{0,8}unsafeHttpWhitelist\s{0,3}:\s{0,3}(?:\[\s{0,3}["']?\*|\n\s{0,8}-\s{0,3}["']?\*)|^\s{0,8}checksumBehavior\s{0,3}:\s{0,3}["']?(?:ignore|update)\b/im,
    why:
      "turns off certificate or checksum checks for package downloads (a swapped tarball installs silently)",
  },
  {
    id: "src.pip_index",
    lit: [
      "index-url",
      "index_url",
      "extra-index",
      "find-links",
      "[[index]]",
      "uv.index]]",
      "index.url",
      "pip_",
      "uv_",
    ],
    re:
      /^\s{0,8}(?:extra-index-url|index-url|find-links)\s{0,3}[=:]|(?:^|\s)(?:--extra-index-url|--index-url|--find-links|-i|-f)[=\s]{1,3}["']?https?:\/\/|\b(?:PIP|UV)_(?:EXTRA_)?(?:INDEX_URL|FIND_LINKS|DEFAULT_INDEX|INDEX)\s{0,3}[=:]|\bconfig\s{1,3}set\s{1,3}global\.(?:extra-)?index-url\b|^\s{0,4}\[\[(?:tool\.uv\.)?index\]\][\s\S]{0,300}?\burl\s{0,3}=|^\s{0,8}(?:extra-)?index-url\s{0,3}=/im,
    src: after(
      r`index-url|index_url|find-links|FIND_LINKS|DEFAULT_INDEX|UV_INDEX|-i|-f|\burl`,
      30,
    ),
    why:
      "adds a foreign Python package index (pip / uv take the highest version from any index: dependency confusion)",
  },
  {
    id: "src.python_source",
    lit: ["tool.poetry.source", "[[source]]", "channels:", "[[tool.pdm.source]]", "source add"],
    re:
      /^\s{0,4}\[\[(?:tool\.poetry\.source|source|tool\.pdm\.source)\]\][\s\S]{0,300}?\burl\s{0,3}=|\bpoetry\s{1,3}source\s{1,3}add\b|^\s{0,4}channels\s{0,3}:(?:\s{0,8}\n\s{0,8}-\s{0,3}[^\n]{1,100}){0,8}?\s{0,8}\n?\s{0,8}-?\s{0,3}https?:\/\//im,
    src: after(r`\burl|source\s{1,3}add\s{1,3}[\w.-]{1,40}|-`, 30),
    why:
      "adds a foreign package source to the Python project (its packages can shadow the real ones)",
  },
  {
    id: "src.pip_trust_off",
    lit: [
      "trusted-host",
      "trusted_host",
      "verify_ssl",
      "ssl_verify",
      "insecure-host",
      "insecure_host",
      ".cert false",
      "wagon.http.ssl",
      "securitymode=insecure",
    ],
    re:
      /^\s{0,8}trusted-host\s{0,3}[=:]|(?:^|\s)--trusted-host[=\s]|\bPIP_TRUSTED_HOST\s{0,3}[=:]|^\s{0,8}verify_ssl\s{0,3}=\s{0,3}false\b|^\s{0,8}ssl_verify\s{0,3}:\s{0,3}(?:false|no)\b|\bconfig\s{1,3}set\s{1,3}(?:global\.trusted-host|ssl_verify\s{1,3}(?:false|no))\b|(?:^|\s)--allow-insecure-host[=\s]|\bUV_INSECURE_HOST\s{0,3}[=:]|^\s{0,4}allow-insecure-host\s{0,3}=|\bcertificates\.[\w-]{1,40}\.cert\s{1,3}false\b|(?:-D|\b)maven\.wagon\.http\.ssl\.(?:insecure|allowall|ignore\.validity\.dates)=true\b|(?:-D|\b)aether\.connector\.https\.securityMode=insecure\b/im,
    not:
      /trusted-host[=\s:]{1,3}["']?(?:localhost|127\.0\.0\.1|[\w.-]{1,60}\.(?:internal|corp|local|lan))\b/i,
    why:
      "turns off certificate checks for a Python package index (a swapped package installs silently)",
  },
  {
    id: "src.maven_mirror",
    lit: ["<mirror>", "<repository>", "<pluginrepository>", "<url>"],
    re:
      /<(?:mirror|repository|pluginRepository|snapshotRepository)>[\s\S]{0,400}?<url>\s{0,3}[a-z]{2,8}:\/\//i,
    src: /<url>\s{0,3}[a-z]{2,8}:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why: "adds a foreign Maven mirror or repository (every artifact can be substituted)",
  },
  {
    id: "src.gradle_repo",
    lit: ["maven {", "maven{", "maven(", "ivy {", "allowinsecureprotocol", "apply from"],
    re:
      /\b(?:maven|ivy)\s{0,3}[{(][^}]{0,200}?\burl\s{0,3}(?:=\s{0,3})?(?:uri\s{0,3}\(\s{0,3})?["'][a-z]{2,8}:\/\/|\ballowInsecureProtocol\s{0,3}(?:=\s{0,3})?true\b|\bisAllowInsecureProtocol\s{0,3}=\s{0,3}true\b/i,
    src:
      /\burl\s{0,3}(?:=\s{0,3})?(?:uri\s{0,3}\(\s{0,3})?["'][a-z]{2,8}:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])|allowInsecureProtocol\s{0,3}=?\s{0,3}true()/gi,
    why:
      "adds a foreign (or plain-HTTP) Gradle repository (dependencies and plugins can be substituted)",
  },
  {
    id: "src.nuget_source",
    lit: ["packagesources", "nuget sources add", "nuget add source", "-source"],
    re:
      /<packageSources>[\s\S]{0,600}?<add\s[^>]{0,200}\bvalue\s{0,2}=\s{0,2}["'][a-z]{2,8}:\/\/|\bnuget\s{1,3}(?:sources\s{1,3}add|add\s{1,3}source)\b[^\n]{0,200}[a-z]{2,8}:\/\//i,
    src:
      /(?:\bvalue\s{0,2}=\s{0,2}["']|(?:-Source|source)\s{1,3}["']?)[a-z]{2,8}:\/\/([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why: "adds a foreign NuGet feed (its packages can shadow the real ones)",
  },
  {
    id: "src.cargo_replace",
    lit: ["replace-with", "[registries", "[patch.crates-io]", "cargo_registries"],
    re:
      /^\s{0,4}replace-with\s{0,3}=[\s\S]{0,400}?\b(?:registry|index)\s{0,3}=\s{0,3}["'](?:sparse\+)?[a-z]{2,8}:\/\/|^\s{0,4}\[registries\.[\w-]{1,40}\][\s\S]{0,200}?\bindex\s{0,3}=\s{0,3}["']|^\s{0,4}\[patch\.crates-io\][\s\S]{0,300}?\bgit\s{0,3}=\s{0,3}["']|\bCARGO_REGISTRIES_\w{1,40}_INDEX\s{0,3}=/im,
    src:
      /(?:registry|index|git|INDEX)\s{0,3}=\s{0,3}["']?(?:sparse\+|registry\+)?[a-z]{2,8}:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why: "replaces or patches crates.io with a foreign registry or git source",
  },
  {
    id: "src.go_proxy",
    lit: ["goproxy", "goflags"],
    re:
      /\bGOPROXY\s{0,3}[=:]\s{0,3}["']?(?:[^\s"',|]{1,200}[,|])?[a-z]{2,8}:\/\/|\bGOFLAGS\s{0,3}[=:]\s{0,3}["']?[^\n"']{0,80}-insecure\b/i,
    src:
      /GOPROXY\s{0,3}[=:]\s{0,3}["']?(?:[^\s"',|]{1,200}[,|])?[a-z]{2,8}:\/\/([a-z0-9][\w.-]{0,200}[a-z0-9])|GOFLAGS[^\n]{0,80}-insecure()/gi,
    why: "points the Go toolchain at a foreign module proxy (modules can be substituted)",
  },
  {
    id: "src.go_sum_off",
    lit: ["gonosumdb", "gonosumcheck", "gosumdb", "goinsecure", "goprivate", "gonoverify"],
    re:
      /\bGOSUMDB\s{0,3}[=:]\s{0,3}["']?off\b|\bGONOSUM(?:DB|CHECK)\s{0,3}[=:]\s{0,3}["']?[^\s"']{1,200}|\bGOINSECURE\s{0,3}[=:]\s{0,3}["']?[^\s"']{1,200}|\bGOPRIVATE\s{0,3}[=:]\s{0,3}["']?(?:\*|[\w*.-]{0,20}(?:github\.com|golang\.org|gopkg\.in|google\.golang\.org|go\.uber\.org|k8s\.io)(?:\/\*)?)(?=["'\s,]|$)|\bGONOSUMCHECK\b|\bGONOVERIFY\b/im,
    not:
      /\bGONOSUM(?:DB|CHECK)\s{0,3}[=:]\s{0,3}["']?(?:[\w.-]{1,60}\.(?:internal|corp|local)|(?:github\.com|gitlab\.com)\/[\w.-]{2,60}(?:\/\*)?)(?=["'\s]|$)/i,
    why:
      "turns off the Go checksum database for public modules (a tampered module version is accepted)",
  },
  {
    id: "src.git_insteadof",
    lit: ["insteadof"],
    re:
      /\[url\s{1,3}"[a-z]{2,8}:\/\/[^"]{1,200}"\][\s\S]{0,80}?\binsteadOf\s{0,3}=|\burl\.[a-z]{2,8}:\/\/[^\s]{1,200}\.insteadOf\b/i,
    src:
      /(?:\[url\s{1,3}"|\burl\.)[a-z]{2,8}:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why:
      "rewrites every git URL of a host to a foreign server (clones and submodules are substituted)",
  },
  {
    id: "src.docker_base_foreign",
    // Not gated (prose is full of "from "): `supplyRule` (./_supply.ts) tries it on a text with
    // an upper-case FROM instruction at the start of a line.
    lit: "from ",
    re:
      /^\s{0,4}FROM\s{1,3}(?:--platform=\S{1,40}\s{1,3})?[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,5}(?::\d{2,5})?\/[\w.\/-]{1,200}/im,
    src:
      /^\s{0,4}FROM\s{1,3}(?:--platform=\S{1,40}\s{1,3})?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,5})(?::\d{2,5})?\//gim,
    why: "builds the image on a base image from a foreign registry",
  },
  {
    id: "src.lockfile_foreign_tarball",
    lit: ["resolved", "tarball"],
    re: /["']?(?:resolved|tarball)["']?\s{0,3}[:\s]\s{0,3}["']?[a-z]{2,8}:\/\//i,
    src:
      /(?:resolved|tarball)["']?\s{0,3}[:\s]\s{0,3}["']?[a-z]{2,8}:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why:
      "resolves a locked package from a foreign tarball host (the lockfile installs code no registry published)",
  },
  {
    id: "src.lockfile_integrity_stripped",
    lit: ["integrity", "--no-package-lock", "package-lock=false", "frozen-lockfile", "checksum"],
    re:
      /\bsed\b[^\n]{0,40}\s-i[^\n]{0,80}(?:integrity|checksum|sha512|"hash")[^\n]{0,200}(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Cargo\.lock|go\.sum|Pipfile\.lock)|\bdel\s{0,3}\(?\s{0,3}\.packages\[\]\.integrity|^\s{0,8}package-lock\s{0,3}=\s{0,3}false\b|(?:^|\s)--no-package-lock\b|--no-frozen-lockfile\b[^\n]{0,80}--no-verify-store-integrity|\bverify-store-integrity\s{0,3}=\s{0,3}false\b/im,
    why:
      "strips or bypasses the lockfile's integrity hashes (a substituted tarball installs silently)",
  },
  {
    id: "src.dep_foreign_url",
    lit: ["dependencies", "overrides", "resolutions", ".tgz", ".whl", " @ "],
    re:
      /"(?:(?:dev|peer|optional)?[dD]ependencies|overrides|resolutions)"\s{0,3}:\s{0,3}\{[^}]{0,1500}?"[\w@.\/-]{1,100}"\s{0,3}:\s{0,3}"(?:https?:\/\/[^"\s]{1,300}\.(?:tgz|tar\.gz|zip)|git\+(?:https|ssh|git):\/\/)|^\s{0,4}[\w.-]{1,80}(?:\[[\w,]{1,60}\])?\s{1,3}@\s{1,3}https?:\/\/[^\s]{1,300}\.(?:whl|tar\.gz|zip)\b/im,
    src:
      /"\s{0,3}:\s{0,3}"(?:git\+)?[a-z]{2,8}:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])|@\s{1,3}https?:\/\/([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why: "installs a dependency from a foreign tarball or git server instead of the registry",
  },
  {
    id: "src.dep_fork_branch",
    lit: ["github:", "github.com/", "gitlab:", "bitbucket:"],
    re:
      /"[\w@.\/-]{1,100}"\s{0,3}:\s{0,3}"(?:github:|gitlab:|bitbucket:|git\+https:\/\/(?:github\.com|gitlab\.com|bitbucket\.org)\/|https:\/\/(?:github\.com|gitlab\.com)\/)?[\w.-]{1,60}\/[\w.-]{1,100}?(?:\.git)?(?:#(?:main|master|HEAD|dev|develop|trunk|latest|[\w-]{0,20}patch[\w-]{0,20}))?"|\bgit\s{0,3}=\s{0,3}["']https:\/\/github\.com\/[\w.-]{1,60}\/[\w.-]{1,100}["'](?![^\n]{0,80}\b(?:rev|tag)\s{0,3}=)/i,
    also:
      /"(?:dev|peer|optional)?[dD]ependencies"\s{0,3}:|\[(?:dependencies|dev-dependencies|build-dependencies|patch\.[\w-]{1,30})\]/,
    src:
      /"\s{0,3}:\s{0,3}"(?:github:|gitlab:|bitbucket:|git\+https:\/\/(?:github\.com|gitlab\.com|bitbucket\.org)\/|https:\/\/(?:github\.com|gitlab\.com)\/)([\w.-]{1,60})\/[\w.-]{1,100}?(?:\.git)?(?:#(?:main|master|HEAD|dev|develop|trunk|latest|[\w-]{0,20}patch[\w-]{0,20}))?"|git\s{0,3}=\s{0,3}["']https:\/\/github\.com\/([\w.-]{1,60})\/[\w.-]{1,100}["'](?![^\n]{0,80}\b(?:rev|tag)\s{0,3}=)/gi,
    owner: true,
    why:
      "pins a dependency to an outside fork's moving branch (whoever pushes to it ships code into the build)",
  },
  {
    id: "src.pip_git_fork",
    lit: ["git+https://", "git+ssh://"],
    re:
      /(?:^|\s|["'])(?:-e\s{1,3})?(?:[\w.-]{1,80}\s{0,3}@\s{0,3})?git\+(?:https|ssh):\/\/(?:git@)?(?:github\.com|gitlab\.com|bitbucket\.org)[\/:][\w.-]{1,60}\/[\w.-]{1,100}?(?:\.git)?(?:@(?:main|master|HEAD|dev|develop|trunk|latest))?(?:#egg=[\w.-]{1,80})?(?=\s|$|["'])/im,
    src:
      /git\+(?:https|ssh):\/\/(?:git@)?(?:github\.com|gitlab\.com|bitbucket\.org)[\/:]([\w.-]{1,60})\/[\w.-]{1,100}?(?:\.git)?(?:@(?:main|master|HEAD|dev|develop|trunk|latest))?(?:#egg=[\w.-]{1,80})?(?=\s|$|["'])/gim,
    owner: true,
    why:
      "installs a Python dependency from an outside fork's moving branch (whoever pushes to it ships code into the build)",
  },
  {
    id: "src.ruby_php_source",
    lit: [
      "source '",
      'source "',
      "source(",
      "mirror.https",
      '"repositories"',
      "--add http",
      "-a http",
    ],
    re:
      /^\s{0,4}source\s{1,3}\(?\s{0,2}["']https?:\/\/|\bbundle\s{1,3}config\s{1,3}(?:set\s{1,3})?(?:--global\s{1,3})?mirror\.https?:\/\/\S{1,100}\s{1,3}https?:\/\/|\bgem\s{1,3}sources?\s{1,3}(?:-a|--add)\s{1,3}https?:\/\/|"repositories"\s{0,3}:\s{0,3}[[{][\s\S]{0,600}?"url"\s{0,3}:\s{0,3}"https?:\/\//im,
    src:
      /(?:source\s{1,3}\(?\s{0,2}["']|mirror\.https?:\/\/\S{1,100}\s{1,3}|(?:-a|--add)\s{1,3}|"url"\s{0,3}:\s{0,3}")https?:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why:
      "adds a foreign RubyGems or Composer package source (its packages can shadow the real ones)",
  },
  {
    id: "src.import_map_foreign",
    lit: ['"imports"', "importmap"],
    re:
      /"imports"\s{0,3}:\s{0,3}\{[^}]{0,2000}?"(?:@[\w-]{1,40}\/|npm:|jsr:|node:)?[\w.\/-]{1,100}"\s{0,3}:\s{0,3}"https?:\/\//i,
    src:
      /"(?:@[\w-]{1,40}\/|npm:|jsr:|node:)?[\w.\/-]{1,100}"\s{0,3}:\s{0,3}"https?:\/\/(?:[^\s\/@"'<>]{1,80}@)?([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why:
      "maps a module specifier in the import map to a foreign host (every import of it loads that host's code)",
  },
  {
    id: "src.go_replace_fork",
    lit: ["replace "],
    re:
      /^\s{0,4}(?:replace\s{1,3})?[a-z0-9][\w.-]{1,100}\/[\w.\/-]{1,150}(?:\s{1,3}v[\w.+-]{1,40})?\s{1,3}=>\s{1,3}[a-z0-9][\w-]{0,62}\.[\w.-]{1,60}\/[\w.\/-]{1,150}\s{1,3}v[\w.+-]{1,40}/im,
    also: /^\s{0,4}replace\b/m,
    owner: true,
    src:
      /=>\s{1,3}(?:github\.com|gitlab\.com|bitbucket\.org)\/([\w.-]{1,60})\/|=>\s{1,3}(?!github\.com|gitlab\.com|bitbucket\.org)([a-z0-9][\w-]{0,62}\.[\w.-]{1,60})\//gim,
    why: "replaces a Go module with another owner's copy (the build compiles the fork)",
  },
];
