/**
 * Supply-chain tampering, releases and verification: published tags and images overwritten
 * (`git tag -f` + force push, `git push --force --tags`, `npm unpublish` then republish,
 * `crane`/`docker` re-tagging over a release digest), signature and provenance checks turned off
 * (`cosign verify --insecure-ignore-tlog`/`-sct`, `--allow-insecure-registry`, `DOCKER_CONTENT_TRUST=0`,
 * `slsa-verifier` / `gpg --verify` made to always pass, apt `[trusted=yes]`,
 * `--allow-unauthenticated`, yum `gpgcheck=0`, `rpm --nosignature`, Docker `insecure-registries`,
 * `npm publish --provenance=false`), and look-alike package names installed (typosquats: the
 * published lists of npm's 2017 crossenv family and PyPI's SK-CSIRT / jeIlyfish / colourama
 * removals). From the SLSA specification (build and verification requirements), Sigstore cosign
 * documentation, Docker Content Trust, Debian / RPM signing documentation, OpenSSF Scorecard
 * "Signed-Releases", and the npm / PyPI security advisories listing the names.
 */
import { HOST, r, type SupplyRule } from "./_supply_core.ts";
import { installsLookAlike, namesLookAlikeScope } from "./_supply_names.ts";

/** Look-alike package names removed from npm and PyPI as malicious (public advisories). */
const SQUATS =
  r`(?:crossenv|cross-env\.js|babelcli|d3\.js|fabric-js|ffmepg|gruntcli|http-proxy\.js|jquery\.js|mongose|mssql\.js|mssql-node|mysqljs|node-fabric|node-opencv|node-opensl|node-openssl|node-sqlite|node-tkinter|nodecaffe|nodefabric|nodeffmpeg|nodemailer-js|nodemailer\.js|nodemssql|noderequest|nodesass|nodesqlite|opencv\.js|openssl\.js|proxy\.js|shadowsock|sqlite\.js|sqliter|electorn|loadyaml|lodashs|discordi\.js|acqusition|apidev-coop|django-server|setup-tools|urlib3|jeIlyfish|python3-dateutil|colourama|reqeusts|requesys|requets|rquests|pyhton-dateutil|pytz3-dev|djanga|diango|pandsa|nmupy|numpie|matplotlb|tenserflow)`;

/** Literals of the install commands (the install rules' gate). */
const INSTALL_LIT: string[] = [
  "npm i ",
  "npm install",
  "npm add",
  "yarn add",
  "pnpm add",
  "pnpm i",
  "bun add",
  "pip install",
  "pip3 install",
  "uv add",
  "uv pip install",
  "poetry add",
  "pipenv install",
];

/** Numeric version pins (`==1.2`, `>=2`): a requirements line's gate. */
const PIN_LIT: string[] = [..."0123456789"].flatMap((d) => [`==${d}`, `>=${d}`]);

/** Install commands of the ecosystems (the tokens after them are package names). */
const INSTALL =
  r`\b(?:npm\s{1,3}(?:i|install|add)|yarn\s{1,3}add|pnpm\s{1,3}(?:add|i|install)|bun\s{1,3}add|pip[\d.]{0,4}\s{1,3}install|uv\s{1,3}(?:add|pip\s{1,3}install)|poetry\s{1,3}add|pipenv\s{1,3}install)\b`;

export const SUPPLY_RELEASE_RULES: readonly SupplyRule[] = [
  {
    id: "rel.tag_overwritten",
    lit: ["tag -f", "tag --force", "--force", "push -f", "+refs/tags"],
    re:
      /\bgit\s{1,3}tag\s{1,3}(?:-[a-z]{1,4}\s{1,3}){0,3}(?:-f|--force)\b[^\n]{0,200}(?:&&|;|\n)[^\n]{0,40}\bgit\s{1,3}push\b[^\n]{0,120}(?:-f\b|--force\b|\+refs\/tags\/|--tags\b)|\bgit\s{1,3}push\b[^\n]{0,80}(?:-f|--force)\b[^\n]{0,80}(?:--tags\b|\brefs\/tags\/|\bv\d{1,4}\.\d{1,4}(?:\.\d{1,6})?\b)|\bgit\s{1,3}push\b[^\n]{0,80}\s\+refs\/tags\//i,
    why: "overwrites a published release tag (users pinned to it get different code)",
  },
  {
    id: "rel.signature_check_off",
    lit: [
      "insecure-ignore",
      "allow-insecure-registry",
      "docker_content_trust",
      "disable-content-trust",
      "--skip-verify",
      "trusted=yes",
      "allow-unauthenticated",
      "gpgcheck",
      "nosignature",
      "nogpgcheck",
      "allowunauthenticated",
      "insecure-registries",
      "--provenance",
      "--no-verify-signature",
      "slsa-verifier",
      "gpg --verify",
    ],
    re:
      /\bcosign\s{1,3}verify(?:-attestation|-blob)?\b[^\n]{0,300}--(?:insecure-ignore-tlog|insecure-ignore-sct|allow-insecure-registry|insecure-skip-verify)\b|\bDOCKER_CONTENT_TRUST\s{0,3}[=:]\s{0,3}["']?0\b|\bdocker\s{1,3}(?:pull|build|run|push)\b[^\n]{0,200}--disable-content-trust(?:=true)?\b(?!=false)|\bdeb\s{1,3}\[[^\]\n]{0,100}\btrusted=yes\b|--allow-unauthenticated\b|\bAPT::Get::AllowUnauthenticated\s{0,3}"?(?:true|1)\b|^\s{0,4}(?:repo_)?gpgcheck\s{0,3}=\s{0,3}0\b|--nogpgcheck\b|\brpm\s{1,3}[^\n]{0,60}--nosignature\b|"insecure-registries"\s{0,3}:\s{0,3}\[\s{0,3}"|\bnpm\s{1,3}publish\b[^\n]{0,80}--provenance(?:=|\s{1,3})false\b|--no-verify-signatures?\b|\bslsa-verifier\b[^\n]{0,300}\|\|\s{0,3}(?:true|exit\s{1,3}0|:)|\bgpg\s{1,3}--verify\b[^\n]{0,200}\|\|\s{0,3}(?:true|exit\s{1,3}0|:)/im,
    not:
      /"insecure-registries"\s{0,3}:\s{0,3}\[\s{0,3}"(?:localhost|127\.0\.0\.1|10\.|192\.168\.|[\w.-]{1,60}\.(?:local|internal|lan))[^"]{0,20}"\s{0,3}\]/i,
    why:
      "turns off signature, transparency-log or provenance checks for packages or images (unsigned or forged artifacts are accepted)",
  },
  {
    id: "rel.asset_clobbered",
    lit: ["--clobber", "unpublish", "dist-tag", "yank"],
    re:
      /\bgh\s{1,3}release\s{1,3}upload\b[^\n]{0,300}--clobber\b|\bnpm\s{1,3}unpublish\b[^\n]{0,120}@\d{1,4}\.\d{1,4}\.\d{1,6}[^\n]{0,80}(?:&&|;|\n)[\s\S]{0,200}?\bnpm\s{1,3}publish\b/i,
    why:
      "replaces an already published release asset or version (users who pinned it get different bits)",
  },
  {
    id: "rel.publish_foreign",
    lit: [
      "twine upload",
      "gem push",
      "cargo publish",
      "poetry publish",
      "dotnet nuget push",
      "nuget push",
      "publish-url",
    ],
    re:
      /\btwine\s{1,3}upload\b[^\n]{0,300}--repository-url[=\s]{1,3}["']?https?:\/\/|\bgem\s{1,3}push\b[^\n]{0,200}--host[=\s]{1,3}["']?https?:\/\/|\bcargo\s{1,3}publish\b[^\n]{0,200}--index[=\s]{1,3}["']?(?:sparse\+)?https?:\/\/|\b(?:dotnet\s{1,3})?nuget\s{1,3}push\b[^\n]{0,300}(?:-s|--source|-Source)[=\s]{1,3}["']?https?:\/\/|\bpoetry\s{1,3}config\s{1,3}repositories\.[\w-]{1,40}\s{1,3}https?:\/\//i,
    src: new RegExp(
      r`(?:--repository-url|--host|--index|-s|--source|-Source|repositories\.[\w-]{1,40})[=\s]{1,3}["']?(?:sparse\+)?${HOST}`,
      "gi",
    ),
    why: "publishes the package (and the publish token) to a foreign registry",
  },
  {
    id: "rel.provenance_off",
    lit: ["provenance", "--skip", "skip-sign", "sbom"],
    re:
      /\bdocker\/build-push-action@[\s\S]{0,600}?^\s{1,20}(?:provenance|sbom)\s{0,2}:\s{0,2}["']?false\b|\bdocker\s{1,3}buildx\s{1,3}build\b[^\n]{0,300}--(?:provenance|sbom)[=\s]{1,3}false\b|\bgoreleaser\b[^\n]{0,200}--skip[=\s]{1,3}["']?[\w,]{0,60}\b(?:sign|sbom)\b|\bgoreleaser\b[^\n]{0,200}--skip-sign\b/im,
    why:
      "turns off build provenance, SBOM or signing for a release (consumers can no longer verify where it came from)",
  },
  {
    id: "rel.image_retag_release",
    lit: ["crane tag", "crane copy", "docker tag", "skopeo copy", "imagetools create"],
    re:
      /\b(?:crane\s{1,3}(?:tag|copy|cp)|skopeo\s{1,3}copy|docker\s{1,3}buildx\s{1,3}imagetools\s{1,3}create\b[^\n]{0,80}-t)\b[^\n]{0,300}:(?:v?\d{1,4}\.\d{1,4}\.\d{1,6}|stable|latest)\b[^\n]{0,300}(?:--force|--overwrite)?/i,
    also:
      /\b(?:crane|skopeo)\b[^\n]{0,300}\b(?:docker\.io|ghcr\.io|quay\.io|gcr\.io|pkg\.dev|ecr)[^\n]{0,300}(?:docker|oci):\/\/|(?:attacker|evil|unverified|untrusted|pwn)/i,
    why: "overwrites a published release image tag with another image",
  },
  {
    // A release tag of the organisation's image (`ghcr.io/acme/api:v4.12.3`) overwritten with an
    // image from another owner's namespace (`docker.io/someone/api:hotfix`): unreviewed code ships
    // under the release name, past CI and signing.
    id: "rel.image_from_other_owner",
    lit: ["crane copy", "crane cp", "skopeo copy", "regctl image copy"],
    re:
      /\b(?:crane\s{1,3}(?:copy|cp)|skopeo\s{1,3}copy|regctl\s{1,3}image\s{1,3}copy)\b[^\n;&|]{0,200}?:(?:v?\d{1,4}\.\d{1,4}\.\d{1,6}|stable|latest|prod(?:uction)?)\b/i,
    check: imageFromOtherOwner,
    why:
      "overwrites a release tag of the organisation's image with an image from another owner's namespace",
  },
  {
    id: "rel.typosquat_install",
    lit: INSTALL_LIT,
    re: new RegExp(
      r`${INSTALL}[^\n;&|]{0,300}?(?:^|\s)["']?${SQUATS}(?:[=@<>~^!][^\s]{0,40})?["']?(?=\s|$|;|&|\|)`,
      "im",
    ),
    why:
      "installs a look-alike of a popular package name (a typosquat; many were removed from npm and PyPI as malicious)",
  },
  {
    id: "rel.lookalike_install",
    lit: INSTALL_LIT,
    re: new RegExp(INSTALL, "i"),
    check: installsLookAlike,
    why:
      "installs a package whose name is one letter away from a popular package (a typosquat look-alike)",
  },
  {
    // A package from a look-alike of a popular npm scope, run or registered: `npx -y
    // @modelcontext-protocol/server-github`, an MCP client's `"args"`, a dependency.
    id: "rel.lookalike_scope",
    lit: ["npx", "npm", "pnpm", "yarn", "bunx", "dependencies", '"args"', '"-y"'],
    re: /(?<![\w.@-])@[a-z0-9][a-z0-9._-]{3,40}\/[a-z0-9]/i,
    check: namesLookAlikeScope,
    why:
      "runs or installs a package from a scope one letter away from a popular npm scope (a scope typosquat)",
  },
  {
    id: "rel.typosquat_manifest",
    lit: ["dependencies", "install_requires", ...PIN_LIT],
    re: new RegExp(
      r`(?:"${SQUATS}"\s{0,3}:\s{0,3}"[\^~<>=*\w.\s-]{0,30}"|^\s{0,4}${SQUATS}\s{0,3}(?:[=<>~!]=|>|<)\s{0,3}\d|["']${SQUATS}(?:[=<>~!]=[\d.]{1,20})?["']\s{0,3}[,\]])`,
      "m",
    ),
    also:
      /"(?:dev|peer|optional)?[dD]ependencies"\s{0,3}:|install_requires|^\s{0,4}[\w.-]{1,60}\s{0,3}[=<>~!]=\s{0,3}\d|\bdependencies\s{0,3}=\s{0,3}\[/m,
    why: "adds a dependency on a look-alike of a popular package name (a typosquat)",
  },
];

/** `registry/owner/name[:tag]` (the owner is the first path segment after a registry host). */
const IMAGE_REF =
  /(?:(?:docker|oci):\/\/)?((?:[\w-]{1,63}\.)+[a-z]{2,63}(?::\d{2,5})?)\/([\w.-]{1,80})\/[\w.\/-]{1,120}(?::[\w.-]{1,128})?/gi;

/** A copy, under a new tag, whose source and destination images belong to owners of different names. */
function imageFromOtherOwner(view: string): boolean {
  const m =
    /\b(?:crane\s{1,3}(?:copy|cp)|skopeo\s{1,3}copy|regctl\s{1,3}image\s{1,3}copy)\b(?:\s{1,3}--?[\w-]{1,30}(?:[= ]\S{1,80})?){0,6}\s{1,3}(\S{3,250})\s{1,3}(\S{3,250})/i
      .exec(view);
  if (!m) return false;
  const owner = (ref: string): string | undefined => {
    IMAGE_REF.lastIndex = 0;
    const r = IMAGE_REF.exec(ref);
    return r ? r[2].toLowerCase() : undefined;
  };
  const [from, to] = [owner(m[1]), owner(m[2])];
  if (from === undefined || to === undefined || from === to) return false;
  // A mirror keeps the tag (`…/library/nginx:1.27.2` → `…/mirror/nginx:1.27.2`); a release
  // overwritten by someone else's build renames it (`:hotfix-7` → `:v4.12.3`).
  const tag = (ref: string) => /:([\w.-]{1,128})$/.exec(ref)?.[1];
  if (tag(m[1]) === tag(m[2])) return false;
  const [a, b] = from.length < to.length ? [from, to] : [to, from];
  return !(b.startsWith(a) && /^[-_.]/.test(b.slice(a.length)));
}
