/**
 * Harvest areas: what the model can reach. A field of an ordinary tool that asks for the content
 * of credential files (SSH keys, `.env`, `~/.aws/credentials`, kube and cloud configs, MCP client
 * configs), an environment dump, browser cookies or saved logins, secrets seen in the chat,
 * payment card data or a wallet's seed phrase — Invariant Labs' `add` tool reading `~/.cursor/
 * mcp.json` and `~/.ssh/id_rsa` into a `sidenote`, CyberArk's full-schema poisoning, Elastic
 * Security Labs' MCP attack vectors, OWASP LLM02 (sensitive information disclosure). A vault,
 * deploy, cloud, SSH, browser or payment tool receives such data as its job.
 */
import type { HarvestArea } from "./_defharvest_types.ts";

/** A tool whose job is credentials, machines, configuration or payment. */
const SECRET_JOB =
  /\b(?:secrets?|vaults?|credentials?|passwords?|keychain|keyring|keys?|tokens?|auth\w*|log\s?in|sign\s?in|ssh|sftp|scp|aws|gcp|gcloud|azure|kube\w*|k8s|docker|cloud|deploy\w*|ci|cd|env|dotenv|environment|config\w*|settings|lint\w*|scan\w*|audit\w*|leak\w*|rotate|rotation|sops|1password|bitwarden|lastpass|git\w*|npm|pypi|registry|browser|cookies?|session|sync|backup\w*|migrat\w*|dev\s?container|sandbox|shell|terminal|debug\w*|sign\w*|jwt|crypt\w*|cert\w*|tls|ssl|pgp|gpg|verif\w*|otp|2fa|mfa|wallets?|ethereum|eth|bitcoin|btc|solana|web3|blockchain|transactions?|containers?|process\w*|exec\w*|run\w*|spawn|commands?|jobs?|tasks?|functions?|lambda|build\w*|scripts?|workflows?|servers?|droplets?|vms?|instances?)\b/i;
const PAY_JOB =
  /\b(?:pay\w*|checkout|book\w*|reserv\w*|shop\w*|cart|merchant\w*|billing|invoices?|cards?|stripe|purchase\w*|orders?|subscri\w*|donat\w*|wallets?|crypto\w*|bitcoin|ethereum|web3|blockchain|bank\w*|finance\w*|tokens?)\b/i;

export const REACH_AREAS: readonly HarvestArea[] = [
  {
    area: "reach",
    what: "the content of credential or configuration files",
    gate:
      /~\/|\.ssh|id_rsa|id_ed25519|id_ecdsa|\.env|credentials|\.aws|kube|netrc|npmrc|pypirc|pgpass|mcp\.json|claude_desktop|config\.json|settings\.json|bash_history|zsh_history|login data|keychain|gnupg|service account|application_credentials|\.pem|shadow|saved|private key|files you|files that you/i,
    ask: new RegExp(
      [
        String
          .raw`~\/\.(?!ssh\/[\w.-]{1,40}\.pub\b)(?:ssh|aws|gnupg|kube|docker|azure|config\/gcloud|netrc|npmrc|pypirc|pgpass|git-credentials|bash_history|zsh_history|cursor|codeium|claude)`,
        String.raw`\bid_(?:rsa|ed25519|ecdsa|dsa)\b(?!\.pub)`,
        String.raw`\.aws\/credentials\b|\bkube\/?config\b`,
        String.raw`(?<![\w.])\.env(?:\.\w{1,12})?\b`,
        String
          .raw`\b(?:claude_desktop_config|mcp|mcp_config|cline_mcp_settings)\.json\b`,
        String.raw`\b(?:bash|zsh|shell|command)[\s_]history\b`,
        String.raw`\blogin\s{1,3}data\b|\bsaved\s{1,3}(?:passwords|logins)\b`,
        String
          .raw`\bservice[\s-]account\s{1,3}(?:key|json|file)\b|\bgoogle_application_credentials\b`,
        String.raw`\/etc\/(?:shadow|passwd)\b`,
        String.raw`\bprivate\s{1,3}keys?\b(?!\s{1,3}(?:path|file\s{1,3}path|location|id|name))`,
        String
          .raw`\b(?:contents?|text)\s{1,3}of\s{1,3}(?:any|all|every|the)\s{1,3}files?\s{1,3}(?:that\s{1,3})?you\s{1,3}(?:have\s{1,3})?(?:read|opened|seen|accessed|loaded)\b`,
      ].join("|"),
      "gi",
    ),
    job: SECRET_JOB,
  },
  {
    area: "reach",
    what: "the environment variables or secrets seen in the session",
    gate:
      /environ|env|printenv|variables|cookie|token|key|secret|password|credential|code|otp|2fa|passwort|contraseña|mot de passe|clave|chiave|密码|密钥|パスワード|환경/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:all|every|each|full|complete|entire)\s{1,3}(?:the\s{1,3})?(?:\w{1,12}\s{1,3})?environment\s{1,3}variables\b`,
        String.raw`\b(?:printenv|process\.env|os\.environ|getenv\(\)|env\s{1,3}dump)\b`,
        String.raw`\boutput\s{1,3}of\s{1,3}(?:env|printenv|set)\b`,
        String
          .raw`\b(?:oauth|access|api|bearer|auth|session|refresh)\s{1,3}(?:tokens?|keys?)\s{1,3}(?:used|held|stored|configured)\s{1,3}(?:by|for|in)\s{1,3}(?:the\s{1,3})?(?:\w{1,20}\s{1,3})?(?:server|tool|integration|connector|mcp)s?\b`,
        String
          .raw`\b(?:verification|2fa|otp|one[\s-]time|mfa|security|login|sms)\s{1,3}(?:codes?|passcodes?|pins?)\b[^.;]{0,40}?\b(?:received|sent\s{1,3}to|got|recent\w*)\b`,
        String
          .raw`\bdocument\.cookie\b|\buser'?s\s{1,3}(?:browser\s{1,3}|session\s{1,3})?cookies\b|\bcookies\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:from|of|in)\s{1,3}(?:the\s{1,3})?user'?s\s{1,3}(?:browser|session)\b`,
        String
          .raw`\b(?:api\s{1,3}keys?|tokens?|secrets?|passwords?|credentials|keys)\s{1,3}(?:\w{1,12}\s{1,3}){0,3}(?:you\s{1,3}(?:have\s{1,3})?(?:seen|found|encountered|come\s{1,3}across|know)|(?:seen|mentioned|shared|pasted|found)\s{1,3}(?:earlier\s{1,3})?in\s{1,3}(?:this|the)\s{1,3}(?:conversation|chat|session|context))`,
        String
          .raw`\b(?:any|all|every)\s{1,3}(?:\w{1,12}\s{1,3}){0,2}(?:api\s{1,3}keys|tokens|secrets|passwords|credentials)\s{1,3}(?:in|from)\s{1,3}(?:the\s{1,3})?(?:context|conversation|chat|workspace|environment)\b`,
        String
          .raw`(?:alle[n]?\s{1,3}umgebungsvariablen|todas\s{1,3}las\s{1,3}variables\s{1,3}de\s{1,3}entorno|toutes\s{1,3}les\s{1,3}variables\s{1,3}d'environnement|tutte\s{1,3}le\s{1,3}variabili\s{1,3}d'ambiente|所有环境变量|全ての環境変数|すべての環境変数)`,
      ].join("|"),
      "gi",
    ),
    name:
      /^(?:all\s)?(?:env|environment)\s(?:vars?|variables|dump)$|^dotenv(?:\scontent)?$|^(?:browser\s)?cookie(?:\sjar)?$|^ssh\sprivate\skey(?:\scontent)?$|^aws\scredential(?:s)?$/,
    job: SECRET_JOB,
  },
  {
    area: "reach",
    what: "payment card data or a wallet's keys",
    gate:
      /card|cvv|cvc|expir|seed|mnemonic|recovery phrase|private key|wallet|iban|routing|tarjeta|carte|karte|信用卡|カード/i,
    ask: new RegExp(
      [
        String
          .raw`\b(?:credit|debit|payment|bank)\s{1,3}card(?:'s)?\s{1,3}(?:number|details|data|info)`,
        String.raw`\bcard\s{1,3}number\b|\bcvv2?\b|\bcvc\b`,
        String.raw`\b(?:seed|recovery|mnemonic|secret\s{1,3}recovery)\s{1,3}phrases?\b`,
        String
          .raw`\bwallet(?:'s)?\s{1,3}(?:\w{1,12}\s{1,3})?private\s{1,3}keys?\b|\bprivate\s{1,3}keys?\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:user'?s?\s{1,3})?(?:crypto\s{1,3})?wallet`,
        String
          .raw`número\s{1,3}de\s{1,3}(?:la\s{1,3})?tarjeta|numéro\s{1,3}de\s{1,3}(?:la\s{1,3})?carte|kartennummer|信用卡号|カード番号|frase\s{1,3}semilla|phrase\s{1,3}de\s{1,3}récupération`,
      ].join("|"),
      "gi",
    ),
    name:
      /^(?:credit\s)?card\s(?:number|cvv|detail)$|^cvv$|^cvc$|^seed\sphrase$|^mnemonic$|^wallet\sprivate\skey$/,
    job: PAY_JOB,
  },
];
