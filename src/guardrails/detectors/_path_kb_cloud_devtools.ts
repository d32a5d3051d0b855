/**
 * Knowledge base, cloud and developer tools: the credential files and token caches of cloud CLIs,
 * source hosts, package registries, infrastructure tools, CI runners and cluster nodes, written
 * from the products' documentation (where each CLI says it stores its login) — not from any round.
 *
 * Left out on purpose: a CLI's plain settings next to its token (`~/.config/gh/config.yml`,
 * `~/.docker/daemon.json`), project files that only name a registry (`.yarnrc` and `.condarc`
 * count only in a home folder, where they carry `_authToken`/channel tokens).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** Cloud and developer-tool credential stores, in one expression. */
export const KB_CLOUD_DEVTOOLS: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    // Cloud CLIs: OCI API keys, IBM, Alibaba, DigitalOcean, Linode, Hetzner, Scaleway, Vultr, Fly,
    // Vercel, Netlify, Cloudflare wrangler, Firebase/Snyk configstore, Supabase, Railway, Render,
    // Heroku, OpenStack clouds.yaml/openrc, Tencent, Exoscale, Backblaze, Akamai, Fastly, Doppler.
    /(?:^|\/)\.oci\/[^/]{1,80}\.pem$|(?:^|\/)\.bluemix\/(?:\.cf\/)?config\.json$|(?:^|\/)\.aliyun\/config\.json$|(?:^|\/)doctl\/config\.yaml$|(?:^|\/)\.config\/linode-cli$|(?:^|\/)hcloud\/cli\.toml$|(?:^|\/)\.config\/scw\/config\.yaml$|(?:^|\/)\.vultr-cli\.yaml$|(?:^|\/)\.fly\/config\.yml$|(?:^|\/)com\.vercel\.cli\/(?:data\/)?auth\.json$|(?:^|\/)\.(?:config\/)?netlify\/config\.json$|(?:^|\/)\.?wrangler\/config\/default\.toml$|(?:^|\/)configstore\/(?:firebase-tools|snyk|vercel)\.json$|(?:^|\/)\.supabase\/access-token$|(?:^|\/)\.railway\/config\.json$|(?:^|\/)\.render\/cli\.yaml$|(?:^|\/)\.(?:config\/)?heroku\/credentials$|(?:^|\/)openstack\/(?:clouds|secure)\.yaml$|(?:^|\/)[^/]{0,60}-openrc\.sh$|(?:^|\/)\.tccli\/[^/]{1,60}\.credential$|(?:^|\/)exoscale\/exoscale\.toml$|(?:^|\/)\.b2_account_info$|(?:^|\/)\.edgerc$|(?:^|\/)fastly\/config\.toml$|(?:^|\/)\.doppler\/\.doppler\.ya?ml$|(?:^|\/)\.expo\/state\.json$|(?:^|\/)\.cloudflared\/(?:cert\.pem|[0-9a-f-]{36}\.json)$|(?:^|\/)\.?ngrok2?\/ngrok\.yml$|(?:^|\/)\.sentryclirc$|(?:^|\/)\.circleci\/cli\.yml$|(?:^|\/)\.travis\/config\.yml$|(?:^|\/)\.config\/stripe\/config\.toml$|(?:^|\/)\.twilio-cli\/config\.json$|(?:^|\/)\.?huggingface\/(?:stored_)?tokens?$|(?:^|\/)\.kaggle\/kaggle\.json$|(?:^|\/)1password-credentials\.json$/,
    "a cloud or SaaS CLI's stored login (API key, token or key file)",
    "critical",
  ],
  [
    // Source hosts and registries: glab, git's XDG credential store, NuGet user config, Dart
    // pub tokens, home-folder .yarnrc/.condarc, Subversion's cached passwords, Android adb key.
    /(?:^|\/)glab-cli\/config\.yml$|(?:^|\/)\.config\/git\/credentials$|(?:^|\/)appdata\/roaming\/nuget\/nuget\.config$|(?:^|\/)\.pub-cache\/credentials\.json$|(?:^|\/)dart\/pub-(?:credentials|tokens)\.json$|(?:^|\/)(?:home|users)\/[^/]{1,60}\/\.(?:yarnrc|condarc)$|(?:^|\/)\.subversion\/auth\/svn\.simple\/|(?:^|\/)\.android\/adbkey$|(?:^|\/)\.jfrog\/jfrog-cli\.conf(?:\.v\d{1,2})?$|(?:^|\/)pnpm\/rc$|(?:^|\/)(?:home|users)\/[^/]{1,60}\/\.bundle\/config$|(?:^|\/)pypoetry\/auth\.toml$|(?:^|\/)\.(?:ivy2|sbt)\/\.?credentials$|(?:^|\/)\.lein\/credentials\.clj(?:\.gpg)?$|(?:^|\/)\.?hex\/hex\.config$|(?:^|\/)turborepo\/config\.json$|(?:^|\/)\.?ovh\.conf$|(?:^|\/)(?:letsencrypt|certbot)\/[^/]{0,40}\.ini$|(?:^|\/)\.civo\.json$/,
    "a source-host or package-registry credential file",
    "critical",
  ],
  [
    // Infrastructure tools: Terraform CLI config, Consul/Nomad tokens, Pulumi, Ansible vault
    // password files, Chef client/validator keys, Salt master/minion keys, kubelet kubeconfig,
    // Kubernetes PKI keys, podman/skopeo/buildah auth, borg/restic passphrases, MinIO mc, docker
    // TLS and machine keys, k3s tokens, minikube and Talos client keys, Vagrant keys, Argo CD.
    /(?:^|\/)\.terraformrc$|(?:^|\/)terraform\.rc$|(?:^|\/)\.(?:consul|nomad)-token$|(?:^|\/)\.pulumi\/credentials\.json$|(?:^|\/)\.?vault[_-]pass(?:word)?(?:\.txt)?$|(?:^|\/)\.ansible\/vault[_-]pass[^/]{0,40}$|(?:^|\/)\.chef\/[^/]{1,80}\.pem$|(?:^|\/)salt\/pki\/(?:master|minion)\/(?:master|minion)\.pem$|(?:^|\/)kubelet\/kubeconfig$|(?:^|\/)kubernetes\/(?:pki\/(?:etcd\/)?[^/]{1,60}\.key|(?:super-)?admin\.conf|controller-manager\.conf|scheduler\.conf)$|(?:^|\/)containers\/auth\.json$|(?:^|\/)borg\/passphrase$|(?:^|\/)\.?(?:borg|restic)[-_]pass(?:word|phrase)?(?:\.txt)?$|(?:^|\/)\.mc(?:li)?\/config\.json$|(?:^|\/)\.docker\/(?:key\.pem|contexts\/tls\/|machine\/machines\/[^/]{1,80}\/(?:key\.pem|id_rsa)$)|(?:^|\/)rancher\/k3s\/server\/(?:token|node-token|cred\/)|(?:^|\/)\.minikube\/(?:[^/]{1,80}\/){0,3}[^/]{1,80}\.key$|(?:^|\/)\.talos\/config$|(?:^|\/)\.vagrant\.d\/insecure_private_key$|(?:^|\/)\.vagrant\/machines\/[^/]{1,80}\/[^/]{1,40}\/private_key$|(?:^|\/)\.lando\/keys\/|(?:^|\/)argocd\/config$|(?:^|\/)cluster-keys\.json$/,
    "an infrastructure tool's credential, cluster key or backup passphrase",
    "critical",
  ],
  [
    // CI and platform servers: GitHub Actions runner credentials, user-mode GitLab runner,
    // GitLab's secrets file, TeamCity database properties, Bamboo's config, Docker swarm keys,
    // sealed-secrets controller keys.
    /(?:^|\/)\.credentials(?:_rsaparams)?$|(?:^|\/)\.gitlab-runner\/config\.toml$|(?:^|\/)gitlab-secrets\.json$|(?:^|\/)teamcity\/(?:[^/]{1,80}\/){0,3}database\.properties$|(?:^|\/)bamboo\.cfg\.xml$|(?:^|\/)docker\/swarm\/(?:certificates\/swarm-node\.key|raft\/)|(?:^|\/)sealed-secrets-key[^/]{0,40}\.(?:ya?ml|json)$/,
    "a CI runner's or platform server's credential store",
    "critical",
  ],
];
