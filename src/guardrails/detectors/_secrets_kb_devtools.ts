/**
 * Knowledge base, developer tools: CI/CD, source hosts, package registries, code quality,
 * clusters, feature flags, product analytics and secret managers. Documented formats only
 * (prefix + length + alphabet); public ids (`phc_` project keys, `client-` SDK keys) are not here.
 */
import type { Rule } from "./_secrets_rules.ts";
import { near, realBody, tok } from "./_secrets_kb_util.ts";

const B = String.raw`(?<![A-Za-z0-9_\-])`; // token start
const E = String.raw`(?![A-Za-z0-9_\-])`; // token end
const re = (body: string, flags = "dg"): RegExp => new RegExp(B + body + E, flags);

/** Developer-tool token formats. */
export const KB_DEVTOOLS: Rule[] = [
  tok(
    "CircleCI personal API token",
    "CCIPAT_",
    re(String.raw`CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}`),
    "CircleCI User Settings → Personal API Tokens",
    { skip: 7 },
  ),
  tok(
    "CircleCI project API token",
    "CCIPRJ_",
    re(String.raw`CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40}`),
    "the CircleCI project's Settings → API Permissions",
    { skip: 7 },
  ),
  tok(
    "Bitbucket repository / workspace access token",
    "ATCTT3xFfGN0",
    re(String.raw`ATCTT3xFfGN0[A-Za-z0-9_\-=]{100,300}`),
    "Bitbucket Repository (or Workspace) settings → Access tokens",
    { skip: 12 },
  ),
  tok(
    "SonarQube / SonarCloud token",
    ["squ_", "sqp_", "sqa_"],
    re(String.raw`sq[upa]_[a-f0-9]{40}`),
    "SonarQube My Account → Security",
    { skip: 4 },
  ),
  tok(
    "JFrog reference / identity token",
    "cmVmdGtuOjAxOj",
    re(String.raw`cmVmdGtuOjAxOj[A-Za-z0-9]{40,60}`),
    "JFrog Platform → User Management → Access Tokens",
    { skip: 14 },
  ),
  tok(
    // Microsoft's common annotated key format: 52 random chars, the `JQQJ9` signature, a version
    // char and a provider signature (`AZDO` for Azure DevOps personal access tokens).
    "Azure DevOps / Microsoft annotated access key",
    "JQQJ9",
    /(?<![A-Za-z0-9])[A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9]{14,30}(?![A-Za-z0-9])/dg,
    "Azure DevOps User settings → Personal access tokens (or the issuing Azure resource)",
    { check: (v) => realBody(v.slice(0, 52)) },
  ),
  tok(
    // Legacy Azure DevOps PATs: 52 lower-case letters and digits, known only by their place —
    // an Azure DevOps / Artifacts URL, `--api-key` / `-ApiKey` of a push to one, or an AZDO name.
    "Azure DevOps personal access token (legacy)",
    ["dev.azure.com", "visualstudio.com", "azure devops", "azure_devops", "azdo", "ado_pat"],
    /(?:dev\.azure\.com|visualstudio\.com|azure[ _-]?devops|azdo|ado_pat)[^]{0,400}?(?<![A-Za-z0-9_\-])(?<s>[a-z0-9]{52})(?![A-Za-z0-9_\-])/dgi,
    "Azure DevOps User settings → Personal access tokens",
    { showPrefix: false, check: (v) => /\d/.test(v) && realBody(v) },
  ),
  tok(
    // Naver Cloud Platform sub-account / main-account API keys (`ncp_iam_` + key-type code).
    "Naver Cloud access / secret key",
    "ncp_iam_",
    re(String.raw`ncp_iam_[A-Z]{4,6}[A-Za-z0-9]{12,48}`),
    "Naver Cloud console → My Page → Authentication Key management",
    { severity: "critical", skip: 8 },
  ),
  tok(
    "Vercel token",
    ["vcp_", "vci_", "vca_", "vcr_", "vck_"],
    re(String.raw`vc[piark]_[A-Za-z0-9]{24,64}`),
    "Vercel Account Settings → Tokens",
    { skip: 4 },
  ),
  tok(
    "Render API key",
    "rnd_",
    re(String.raw`rnd_[A-Za-z0-9]{32}`),
    "Render Account Settings → API Keys",
    { skip: 4 },
  ),
  tok(
    "Harness personal / service-account token",
    ["pat.", "sat."],
    re(String.raw`[ps]at\.[A-Za-z0-9_\-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}`),
    "Harness My Profile → My API Keys",
    { skip: 27 },
  ),
  tok(
    "Octopus Deploy API key",
    "API-",
    /(?<![A-Za-z0-9_\-])API-[A-Z0-9]{25,32}(?![A-Za-z0-9_\-])/dg,
    "Octopus Deploy Profile → My API Keys",
    {
      skip: 4,
      check: (v) => /\d/.test(v.slice(4)) && /[A-Z]/.test(v.slice(4)) && realBody(v.slice(4)),
    },
  ),
  tok(
    "Docker Swarm join token",
    "SWMTKN-1-",
    re(String.raw`SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}`),
    "the swarm (`docker swarm join-token --rotate worker|manager`)",
    { skip: 9 },
  ),
  {
    kind: "api_token",
    label: "kubeadm bootstrap token",
    severity: "high",
    hint: "kubeadm",
    re:
      /\bkubeadm[ \t]+join\b[^\n]{0,200}?--token[ \t=]+(?<s>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9])/dg,
    check: (v) => realBody(v.slice(7)),
    advice: "it lets a machine join the cluster; delete it with `kubeadm token delete` and " +
      "create a short-lived one when joining",
  },
  tok(
    "K3s cluster join token",
    "::server:",
    re(String.raw`K10[a-f0-9]{64}::server:[A-Za-z0-9]{16,64}`),
    "the K3s server (rotate with `k3s token rotate`)",
    { check: (v) => realBody(v.slice(3, 67)) },
  ),
  tok(
    "Rancher API token",
    "token-",
    re(String.raw`token-[a-z0-9]{5}:[a-z0-9]{54}`),
    "Rancher User Avatar → Account & API Keys",
    { skip: 12 },
  ),
  tok(
    "Readme.com API key",
    "rdme_",
    re(String.raw`rdme_[a-z0-9]{70}`),
    "ReadMe Project Settings → API Keys",
    { skip: 5 },
  ),
  tok(
    "Frame.io developer token",
    "fio-u-",
    re(String.raw`fio-u-[A-Za-z0-9_\-=]{64}`),
    "the Frame.io developer site → Tokens",
    { skip: 6 },
  ),
  tok(
    "PostHog personal API key",
    "phx_",
    re(String.raw`phx_[A-Za-z0-9]{43}`),
    "PostHog Settings → Personal API keys",
    { skip: 4 },
  ),
  tok(
    "Statsig server secret key",
    "secret-",
    re(String.raw`secret-[A-Za-z0-9]{43}`),
    "Statsig Project Settings → API Keys",
    { skip: 7 },
  ),
  tok(
    "Flagsmith server-side environment key",
    "ser.",
    re(String.raw`ser\.[A-Za-z0-9]{22}`),
    "Flagsmith Environment Settings → Server-side keys",
    { skip: 4, check: (v) => /\d/.test(v) && realBody(v.slice(4)) },
  ),
  tok(
    "Unleash API token",
    ["*:*.", ":production."],
    /(?<![A-Za-z0-9_\-])(?:\*|[a-z0-9_\-]{1,40}):(?:\*|[a-z0-9_\-]{1,40})\.[a-f0-9]{64}(?![A-Za-z0-9])/dg,
    "Unleash Admin → API access",
    { check: (v) => realBody(v.slice(-64)) },
  ),
  tok(
    "LaunchDarkly SDK key / API access token",
    ["sdk-", "api-"],
    /(?<![A-Za-z0-9_\-])(?:sdk|api)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9])/dg,
    "LaunchDarkly Account settings → Authorization (or the environment's SDK key)",
    {
      check: near(
        /launchdarkly|ld[_-]?(?:sdk|api|access)|ldclient/i,
        200,
        (v) => realBody(v.slice(4)),
      ),
    },
  ),
  tok(
    "Infisical service token",
    "st.",
    re(
      String
        .raw`st\.[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\.[a-f0-9]{32}\.[a-f0-9]{32}`,
    ),
    "Infisical Project Settings → Service Tokens",
    { check: (v) => realBody(v.slice(-32)) },
  ),
  tok(
    "1Password service-account token",
    "ops_eyJ",
    re(String.raw`ops_eyJ[A-Za-z0-9+\/_\-]{100,1200}={0,2}`),
    "1Password Developer → Service Accounts",
    { skip: 4 },
  ),
  tok(
    "1Password account Secret Key",
    "A3-",
    /(?<![A-Za-z0-9\-])A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9\-])/dg,
    "1Password (it cannot be revoked: change the account password and regenerate the Secret Key)",
    { kind: "login_password", severity: "critical", check: (v) => realBody(v.slice(3)) },
  ),
  tok(
    "Bitwarden Secrets Manager access token",
    "==",
    /(?<![A-Za-z0-9.])0\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9]{30}:[A-Za-z0-9+\/]{22}==/dg,
    "Bitwarden Secrets Manager → Machine accounts → Access tokens",
    { check: (v) => realBody(v.slice(39)) },
  ),
  tok(
    "Jenkins API token",
    ["jenkins", "Jenkins", "JENKINS"],
    /(?<![A-Za-z0-9])11[a-f0-9]{32}(?![A-Za-z0-9])/dg,
    "Jenkins User → Configure → API Token",
    { check: near(/jenkins/i, 200), showPrefix: false },
  ),
  tok(
    "Okta API token",
    ["okta", "Okta", "OKTA"],
    /(?<![A-Za-z0-9_\-])00[A-Za-z0-9_\-]{40}(?![A-Za-z0-9_\-])/dg,
    "Okta (Security → API → Tokens, in the admin app)",
    {
      check: near(/okta|ssws/i, 200, (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) && realBody(v)),
      showPrefix: false,
    },
  ),
  tok(
    "ngrok authtoken / API key",
    ["ngrok", "NGROK"],
    /(?<![A-Za-z0-9_])[12][A-Za-z0-9]{26}_[A-Za-z0-9]{17,24}(?![A-Za-z0-9_])/dg,
    "the ngrok dashboard → Your Authtoken / API Keys",
    { check: near(/ngrok/i, 200), showPrefix: false },
  ),
];
