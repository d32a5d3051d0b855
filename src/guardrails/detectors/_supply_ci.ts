/**
 * Supply-chain tampering, CI/CD pipelines: GitHub Actions triggers that run untrusted code with
 * the repository's trust (`workflow_run` artifacts executed, `pull_request_target` with write
 * scopes or OIDC), secrets passed wholesale (`secrets: inherit` to another owner's reusable
 * workflow, `toJSON(secrets)`), secrets printed, encoded or uploaded, third-party actions given
 * secrets while unpinned, cache keys an attacker picks, OIDC trust policies with a wildcard
 * subject; the GitLab CI, CircleCI, Jenkins, Azure Pipelines and Buildkite equivalents (remote
 * `include:`, orbs and shared libraries from a moving ref, secrets echoed). From GitHub's "Security
 * hardening for GitHub Actions", GitHub Security Lab "Keeping your GitHub Actions and workflows
 * secure" (pwn requests, untrusted input, workflow_run), OWASP Top 10 CI/CD Security Risks
 * (CICD-SEC-4 poisoned pipeline execution, -6 credential hygiene, -8 third-party services),
 * zizmor audits (dangerous-triggers, artipacked, secrets-inherit, unpinned-uses, cache-poisoning,
 * excessive-permissions), poutine and Scorecard Token-Permissions / Pinned-Dependencies.
 */
import { HOST, r, type SupplyRule } from "./_supply_core.ts";

/**
 * A third-party action reference on a moving branch (a version tag is routine and passes; the
 * posture rule `ci.unpinned_action_secrets` reads the same shape in `env:`).
 */
const UNPINNED_USES =
  r`\buses\s{0,2}:\s{0,2}["']?(?!actions\/|github\/|docker:\/\/|\.\/)[\w.-]{1,60}\/[\w.\/-]{1,120}@(?:main|master|HEAD|latest|dev|develop|trunk|nightly|edge)`;

export const SUPPLY_CI_RULES: readonly SupplyRule[] = [
  {
    id: "ci.workflow_run_artifact_exec",
    lit: ["workflow_run"],
    re:
      /\bworkflow_run\s{0,2}:[\s\S]{0,3000}?(?:download-artifact|dawidd6\/action-download-artifact|listWorkflowRunArtifacts|gh\s{1,3}run\s{1,3}download)\b[\s\S]{0,1500}?\brun\s{0,2}:\s{0,2}[|>]?[-+]?\s{0,40}(?:[^\n]{0,200}\n){0,6}?[^\n]{0,200}(?:\bbash\s{1,3}[\w.\/-]{0,80}\.sh\b|\bsh\s{1,3}[\w.\/-]{0,80}\.sh\b|\.\/[\w.\/-]{1,80}|\bsource\s|\bnpm\s{1,3}(?:ci|install|run)|\bpip\s{1,3}install|\bmake\b|\bunzip\b|\bcat\s[^\n]{0,80}>>\s{0,2}\$GITHUB_(?:ENV|OUTPUT|PATH))/i,
    why:
      "runs files from a pull request's build artifacts in a privileged workflow_run job (poisoned pipeline execution)",
  },
  {
    id: "ci.prt_write_scopes",
    lit: ["pull_request_target"],
    re:
      /^\s{0,8}(?:contents|packages|actions|id-token|deployments|attestations)\s{0,2}:\s{0,2}write\b[\s\S]{0,3000}?(?:\buses\s{0,2}:\s{0,2}actions\/checkout@|\brun\s{0,2}:\s{0,2}[|>]?\s{0,40}(?:npm|yarn|pnpm|pip|make|go\s{1,3}(?:build|test|run)|cargo|\.\/|bash|sh)\b)/im,
    also:
      /^\s{0,4}on\s{0,2}:\s{0,2}\[?[^\n]{0,80}\bpull_request_target\b|^\s{0,4}on\s{0,2}:[\s\S]{0,200}?^\s{1,8}pull_request_target\s{0,2}:/im,
    not: /^\s{0,8}types\s{0,2}:\s{0,2}\[?\s{0,2}["']?(?:labeled|closed)["']?\s{0,2}\]?\s{0,2}$/im,
    why:
      "grants write scopes or an OIDC token to a pull_request_target workflow (anyone opening a PR drives a privileged job)",
  },
  {
    id: "ci.comment_pr_checkout",
    lit: ["issue_comment", "workflow_dispatch"],
    re:
      /\bissue_comment\b[\s\S]{0,3000}?(?:\bref\s{0,2}:\s{0,2}["']?(?:refs\/pull\/\$\{\{\s{0,3}github\.event\.issue\.number\s{0,3}\}\}\/(?:head|merge)|\$\{\{\s{0,3}steps\.[\w-]{1,40}\.outputs\.(?:head_)?(?:ref|sha)\s{0,3}\}\})|\bgh\s{1,3}pr\s{1,3}checkout\s{1,3}\$\{\{\s{0,3}github\.event\.issue\.number|\bgit\s{1,3}fetch\b[^\n]{0,120}pull\/\$\{\{\s{0,3}github\.event\.issue\.number)/i,
    not:
      /author_association\s{0,3}(?:==|!=|,)|\bcontains\s{0,2}\(\s{0,2}fromJSON\([^)]{0,80}(?:OWNER|MEMBER|COLLABORATOR)|getCollaboratorPermissionLevel|\/collaborators\/[^\s]{0,80}\/permission/i,
    why:
      "checks out a pull request's code from a comment-triggered workflow with no commenter check (anyone can run it with the repository's secrets)",
  },
  {
    id: "ci.artipacked",
    lit: ["upload-artifact"],
    re:
      /\buses\s{0,2}:\s{0,2}actions\/checkout@[\s\S]{0,3000}?\buses\s{0,2}:\s{0,2}actions\/upload-artifact@[^\n]{0,80}\n(?:[ \t][^\n]{0,200}\n){0,8}?[ \t]{1,20}path\s{0,2}:\s{0,2}["']?(?:\.\/?|\$\{\{\s{0,3}github\.workspace\s{0,3}\}\}\/?|\.git\/?|\*\*?)["']?\s{0,3}$/im,
    not: /persist-credentials\s{0,2}:\s{0,2}false/i,
    why:
      "uploads the whole checkout, with the git credentials checkout persisted in .git/config, as a downloadable artifact",
  },
  {
    id: "ci.secrets_inherit_outside",
    lit: ["secrets: inherit", "secrets:inherit"],
    re:
      /\buses\s{0,2}:\s{0,2}["']?([\w.-]{1,60})\/[\w.-]{1,100}\/\.github\/workflows\/[\w.-]{1,100}@[\w.\/-]{1,60}["']?\s{0,3}\n(?:[^\n]{0,200}\n){0,8}?\s{0,12}secrets\s{0,2}:\s{0,2}inherit\b/i,
    src: /\buses\s{0,2}:\s{0,2}["']?([\w.-]{1,60})\/[\w.-]{1,100}\/\.github\/workflows\//gi,
    owner: true,
    why: "passes every repository secret (secrets: inherit) to another owner's reusable workflow",
  },
  {
    id: "ci.secrets_dumped",
    lit: ["tojson(secrets)", "tojson( secrets"],
    re: /\$\{\{\s{0,3}toJSON\s{0,2}\(\s{0,2}secrets\s{0,2}\)\s{0,3}\}\}/i,
    why: "serialises every repository secret into a step (they can be logged, written or sent out)",
  },
  {
    id: "ci.secret_printed",
    lit: ["secrets."],
    re:
      /\b(?:echo|printf|cat\s{0,2}<<|Write-(?:Host|Output))\b[^\n]{0,80}\$\{\{\s{0,3}secrets\.(?!GITHUB_TOKEN\b)\w{1,60}\s{0,3}\}\}[^\n]{0,80}(?:\|\s{0,3}(?:base64|xxd|od|rev|sed\s{1,3}['"]s\/.\/)|>\s{0,3}[\w.\/-]{1,80}\.(?:txt|log|json|env)\b[\s\S]{0,400}?upload-artifact|\|\s{0,3}(?:curl|nc|wget)\b)|\bsecrets\.\w{1,60}[^\n]{0,40}\|\s{0,3}(?:base64|xxd|rev)\b/i,
    why: "prints a secret encoded (defeating log masking) or writes it into an uploaded artifact",
  },
  {
    id: "ci.unpinned_action_secret_input",
    lit: ["uses:", "uses :"],
    re: new RegExp(
      r`${UNPINNED_USES}["']?\s{0,3}\n(?:[ \t][^\n]{0,200}\n){0,12}?[ \t]{1,20}[\w-]{1,40}\s{0,2}:\s{0,2}["']?\$\{\{\s{0,3}secrets\.(?!GITHUB_TOKEN\b)\w{1,60}\s{0,3}\}\}`,
      "i",
    ),
    why:
      "hands a secret to a third-party action that is not pinned to a commit SHA (a moved tag ships new code with it)",
  },
  {
    id: "ci.cache_key_untrusted",
    lit: ["head.ref", "head_ref", "head.label", "issue.title", "comment.body"],
    re:
      /\bkey\s{0,2}:\s{0,2}[^\n]{0,120}\$\{\{\s{0,3}(?:github\.event\.pull_request\.(?:head\.ref|title|head\.label)|github\.head_ref|github\.event\.issue\.title|github\.event\.comment\.body)\s{0,3}\}\}/i,
    also: /actions\/cache\b|\bcache\s{0,2}:/i,
    why: "derives a cache key from attacker-chosen text (cache poisoning across workflows)",
  },
  {
    id: "ci.oidc_subject_wildcard",
    lit: [
      "githubusercontent.com:sub",
      "gitlab.com:sub",
      "subject_claim",
      "attribute_condition",
    ],
    re:
      /token\.actions\.githubusercontent\.com:sub["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["'](?:\*|repo:\*|repo:[\w.-]{1,60}\/\*(?!:ref))|(?:gitlab\.com|app\.terraform\.io|oidc\.circleci\.com\/org\/[\w-]{1,60}):sub["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["'](?:\*|project_path:\*)|\battribute_condition\s{0,3}[:=]\s{0,3}["']?(?:true|assertion\.repository_owner\s{0,2}!=)/i,
    also: /StringLike|ForAnyValue:StringLike|attribute_condition|sub/i,
    why:
      "trusts a CI OIDC token from any repository or branch (any outside workflow can assume the cloud role)",
  },
  {
    id: "ci.remote_include_moving",
    lit: ["include:", "remote:", "orbs:", "@library", "library("],
    re:
      /^\s{0,8}-?\s{0,3}remote\s{0,2}:\s{0,2}["']?https?:\/\/[^\s"']{1,300}\.ya?ml|^\s{0,4}orbs\s{0,2}:[\s\S]{0,300}?:\s{0,2}["']?[\w-]{1,60}\/[\w-]{1,60}@(?:volatile|dev:[\w.-]{1,40})\b|@Library\s{0,2}\(\s{0,2}["'][\w.-]{1,80}@(?:master|main|develop)["']|\blibrary\s{0,2}\(\s{0,2}identifier\s{0,2}:\s{0,2}["'][\w.-]{1,80}@[\w.-]{1,40}["'][\s\S]{0,300}?\bremote\s{0,2}:\s{0,2}["']https?:\/\//im,
    src:
      /remote\s{0,2}:\s{0,2}["']?https?:\/\/([a-z0-9][\w.-]{0,200}[a-z0-9])|orbs\s{0,2}:[\s\S]{0,300}?@(volatile)\b|@Library\s{0,2}\(\s{0,2}["']([\w.-]{1,80})@|remote\s{0,2}:\s{0,2}["']https?:\/\/([a-z0-9][\w.-]{0,200}[a-z0-9])/gi,
    why:
      "pulls CI pipeline code from a foreign host or a moving ref (whoever controls it runs code with the pipeline's secrets)",
  },
  {
    id: "ci.azure_buildkite_secret_out",
    lit: ["$(system.accesstoken)", "buildkite-agent", "system.accesstoken"],
    re:
      /\$\(System\.AccessToken\)[^\n]{0,200}(?:\|\s{0,3}base64|\bcurl\b[^\n]{0,200}https?:\/\/|>\s{0,2}[\w.\/-]{1,80}\.txt)|\bbuildkite-agent\s{1,3}(?:env\s{1,3}dump|secret\s{1,3}get)\b[^\n]{0,200}\|\s{0,3}(?:curl|nc|base64)\b/i,
    why: "sends or encodes the pipeline's access token (it outlives the build)",
  },
  {
    id: "ci.runtime_token_out",
    lit: [
      "actions_id_token_request_token",
      "actions_runtime_token",
      "ci_job_token",
      "ci_registry_password",
      "buildkite_agent_access_token",
      "circle_token",
    ],
    re:
      /\$\{?(?:ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_RUNTIME_TOKEN|CI_JOB_TOKEN|CI_REGISTRY_PASSWORD|BUILDKITE_AGENT_ACCESS_TOKEN|CIRCLE_TOKEN)\b[^\n]{0,200}(?:\|\s{0,3}(?:base64|xxd|rev|od)\b|https?:\/\/)|\b(?:curl|wget|Invoke-WebRequest|iwr)\b[^\n]{0,200}\$\{?(?:ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_RUNTIME_TOKEN|CI_JOB_TOKEN|CI_REGISTRY_PASSWORD|BUILDKITE_AGENT_ACCESS_TOKEN|CIRCLE_TOKEN)\b/i,
    src: new RegExp(
      r`(?:ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_RUNTIME_TOKEN|CI_JOB_TOKEN|CI_REGISTRY_PASSWORD|BUILDKITE_AGENT_ACCESS_TOKEN|CIRCLE_TOKEN)\b(?:[^\n]{0,200}\|\s{0,3}(?:base64|xxd|rev|od)\b()|[^\n]{0,200}?${HOST})|${HOST}[^\n]{0,200}?(?:ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_RUNTIME_TOKEN|CI_JOB_TOKEN|CI_REGISTRY_PASSWORD|BUILDKITE_AGENT_ACCESS_TOKEN|CIRCLE_TOKEN)\b`,
      "gi",
    ),
    why:
      "sends or encodes the CI job's own token to a foreign host (it can publish, push or mint cloud credentials)",
  },
  {
    id: "ci.azure_template_outside",
    lit: ["type: github", "type:github"],
    re:
      /^\s{0,12}-?\s{0,3}repository\s{0,2}:\s{0,2}[\w-]{1,60}\s{0,3}\n\s{0,12}type\s{0,2}:\s{0,2}github\s{0,3}\n\s{0,12}name\s{0,2}:\s{0,2}[\w.-]{1,60}\/[\w.-]{1,100}(?![^]{0,200}?\bref\s{0,2}:\s{0,2}refs\/tags\/)/im,
    also: /@[\w-]{1,60}\s{0,3}$|\btemplate\s{0,2}:\s{0,2}[\w.\/-]{1,200}@[\w-]{1,60}/im,
    src: /\btype\s{0,2}:\s{0,2}github\s{0,3}\n\s{0,12}name\s{0,2}:\s{0,2}([\w.-]{1,60})\//gi,
    owner: true,
    why:
      "runs pipeline templates from another owner's repository on a moving branch (whoever pushes to it runs code with the pipeline's secrets)",
  },
  {
    id: "ci.required_checks_removed",
    lit: [
      "codeowners",
      "required_status_checks",
      "require_code_owner_reviews",
      "required_signatures",
      "approving_review_count",
      "require_signed_commits",
    ],
    re:
      /\brequire_code_owner_reviews["']?\s{0,3}[:=]\s{0,3}false\b|\brequired_approving_review_count["']?\s{0,3}[:=]\s{0,3}0\b|\brequired_status_checks["']?\s{0,3}[:=]\s{0,3}(?:null|\{\s{0,3}\}|\[\s{0,3}\])|\brequire_signed_commits["']?\s{0,3}[:=]\s{0,3}false\b|\brequired_signatures["']?\s{0,3}[:=]\s{0,3}(?:false|\{\s{0,3}["']?enabled["']?\s{0,3}[:=]\s{0,3}false)|\bgit\s{1,3}rm\b[^\n]{0,80}\bCODEOWNERS\b|\brm\s{1,3}(?:-f\s{1,3})?[\w.\/-]{0,40}CODEOWNERS\b/i,
    why:
      "removes a required review, status check, code-owner or signing requirement from the protected branch",
  },
  {
    // Any CI system: the whole environment (every variable, masked ones included) or a
    // secret-named variable printed through an encoder, so the log masker no longer recognises
    // the values — in a job log anyone with read access sees (GitLab, Jenkins, Azure, Buildkite).
    // Decoding (`base64 -d` of a stored kubeconfig) and encodings built inside `$(…)` for a
    // header pass.
    id: "ci.env_printed_encoded",
    lit: ["base64", "xxd", "| rev", "|rev", "od -"],
    re:
      /^[ \t]{0,12}(?:-[ \t]{1,4})?["']?(?:(?:env|printenv|set|export[ \t]{1,3}-p|Get-ChildItem[ \t]{1,3}env:)[ \t]{0,3}(?:\|[ \t]{0,3}sort[ \t]{0,3})?|echo[ \t]{1,3}(?:-n[ \t]{1,3})?["']?\$\{?\w{0,40}(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|KUBE_?CONFIG|CREDENTIALS?)\w{0,20}\}?["']?[ \t]{0,3})\|[ \t]{0,3}(?:base64(?![ \t]{1,3}(?:-d|--decode|-D)\b)|xxd(?![ \t]{1,3}-r)|od\b|rev\b)/im,
    why:
      "prints the environment or a secret through an encoder into the job log (the masker no longer hides the values)",
  },
];
