/**
 * Knowledge base, keys and operating systems: private-key and password-vault file types, Kerberos
 * tickets, Windows hives/answer files/crypto stores/LSASS dumps (ATT&CK T1003, T1552.001),
 * macOS password hashes and auto-login, Linux service secrets, web frameworks' master keys,
 * REPL histories and AI/MCP clients' configs — from public documentation, not from any round.
 *
 * Left out on purpose: public halves (`*.pub`, `*.crt`, `*.cer`, `fullchain.pem`, `chain.pem`),
 * `*.key` outside a TLS/PKI folder or a key-sounding name (translation and licence `.key` files),
 * a project's `appsettings.Production.json`/`application-prod.yml` read by a relative path (they
 * count when addressed absolutely, on a deployed host).
 *
 * Paths arrive lower-cased with `/` separators. Bounded, no nested quantifiers.
 */
import type { Severity } from "../types.ts";

/** Key, OS and framework secret stores, in one expression per family. */
export const KB_SYSTEM: ReadonlyArray<[RegExp, string, Severity]> = [
  [
    // Cluster membership secrets: whoever holds one joins the cluster as a peer (and on Erlang
    // runs code on every node): the Erlang distribution cookie (RabbitMQ, CouchDB, Riak, ejabberd),
    // Corosync/Pacemaker authkeys, MUNGE keys (Slurm), MongoDB replica-set key files, Consul/Nomad
    // gossip keys, Docker swarm raft keys, etcd peer keys, Redis Sentinel/Cluster auth files.
    /(?:^|\/)\.erlang\.cookie$|(?:^|\/)(?:corosync|pacemaker)\/authkey$|(?:^|\/)munge\/munge\.key$|(?:^|\/)mongo(?:db|d)?[^/]{0,40}\/[^/]{0,40}key[-_]?file[^/]{0,20}$|(?:^|\/)(?:consul|nomad)[^/]{0,20}\/[^/]{0,40}(?:gossip|encrypt)[^/]{0,20}\.(?:key|json|hcl)$|(?:^|\/)docker\/swarm\/(?:certificates\/swarm-node\.key|raft\/)|(?:^|\/)etcd\/[^/]{0,60}peer[^/]{0,20}\.key$/,
    "a cluster membership secret (whoever holds it joins the cluster as a peer)",
    "critical",
  ],
  [
    // Keys and vaults: Bouncy Castle/JCEKS keystores, Apple .p8 keys, PKCS#8 and named private
    // PEMs, TLS keys in PKI folders, Let's Encrypt/acme.sh/Caddy keys, cosign/minisign keys,
    // KeePass key files, Password Safe/1Password/Enpass exports, KWallet, Ceph keyrings,
    // Kerberos keytabs and ticket caches.
    /(?:^|\/)[^/]{1,80}\.(?:bks|jceks|p8|keyx|psafe3|opvault|agilekeychain|1pif|1pux|enpassdb|walletx|kwl|keytab)$|(?:^|\/)(?![^/]{0,60}pub)(?:[^/]{1,60}[-_.])?priv(?:ate)?[-_]?key\d{0,3}\.pem$|(?:^|\/)privkey\d{0,3}\.pem$|(?:^|\/)(?:ssl|tls|certs?|private|pki|keys|certificates)\/(?:[^/]{1,80}\/){0,2}[^/]{1,80}\.key$|(?:^|\/)letsencrypt\/(?:accounts\/|(?:live|archive)\/[^/]{1,120}\/privkey\d{0,3}\.pem$)|(?:^|\/)\.acme\.sh\/[^/]{1,120}\/[^/]{1,120}\.key$|(?:^|\/)(?:cosign|minisign)\.key$|(?:^|\/)kwalletd5?\/|(?:^|\/)ceph\/[^/]{1,80}\.keyring$|(?:^|\/)krb5cc_[^/]{1,40}$|(?:^|\/)[^/]{1,80}\.ccache$/,
    "a private key, key store, password vault or Kerberos ticket",
    "critical",
  ],
  [
    // Windows: hive copies (reg save / backups), hives by relative path, answer files, LSASS
    // dumps, CryptoAPI/CNG private keys, IIS web.config and applicationHost.config.
    /(?:^|\/)(?:sam|security)\.(?:hiv|hive|save|sav|bak|old)$|(?:^|\/)system\.(?:hiv|hive|save|sav)$|(?:^|\/)(?:system32\/config\/(?:regback\/)?|repair\/)(?:sam|security|system)$|(?:^|\/)(?:unattend(?:ed)?|autounattend|sysprep)\.(?:xml|txt|inf)$|(?:^|\/)lsass[^/]{0,40}\.(?:dmp|dump)$|(?:^|\/)microsoft\/crypto\/(?:rsa|keys|dss)\/|(?:^|\/)inetpub\/(?:[^/]{1,80}\/){0,6}web\.config$|(?:^|\/)inetsrv\/config\/applicationhost\.config$|(?:^|\/)sitelist\.xml$|(?:^|\/)(?:ultra|real|tight)?vnc\.ini$/,
    "a Windows credential store (account hives, answer-file passwords, LSASS memory, private keys)",
    "critical",
  ],
  [
    // macOS and Linux: local users' password hashes, kcpassword auto-login, shadow backups,
    // Samba databases, IPsec/PPP secrets, LDAP bind secrets, postfix SASL, libvirt secrets,
    // HTTP digest files.
    /(?:^|\/)dslocal\/nodes\/default\/users\/[^/]{1,80}\.plist$|(?:^|\/)kcpassword$|(?:^|\/)g?shadow(?:[-~]|\.(?:bak|old|backup|save|orig|[0-9]))$|(?:^|\/)samba\/private\/(?:secrets|passdb)\.tdb$|(?:^|\/)smbpasswd$|(?:^|\/)ipsec\.secrets$|(?:^|\/)ppp\/(?:chap|pap)-secrets$|(?:^|\/)(?:pam_)?ldap\.secret$|(?:^|\/)sasl_passwd$|(?:^|\/)libvirt\/secrets\/|(?:^|\/)\.htdigest$|(?:^|\/)var\/db\/systemkey$|(?:^|\/)mysql\/debian\.cnf$|(?:^|\/)(?:ftpd|pureftpd)\.passwd$|(?:^|\/)ssh_host_[a-z0-9]{2,10}_key$|(?:^|\/)dovecot\/(?:users|passwd)$|(?:^|\/)\.(?:xauthority|iceauthority)$/,
    "an operating system's password hashes or service secrets",
    "critical",
  ],
  [
    // Web apps and servers that keep their database or admin password in a known file: Drupal,
    // Joomla, Magento, TYPO3, PrestaShop, phpMyAdmin, MediaWiki, Tomcat, JBoss/WildFly,
    // WebLogic, Nexus, Jetty/Rundeck realms, ActiveMQ, Grafana's database, etcd's data file
    // (every Kubernetes secret), SSSD cached hashes, MySQL user table, OpenLDAP config database,
    // BIND/TSIG keys, Exim client passwords, Windows Hello/SCCM stores, Kerberos ticket exports,
    // Laravel Passport and JWT keys, cloud service-account key files.
    /(?:^|\/)sites\/[^/]{1,60}\/settings(?:\.local)?\.php$|(?:^|\/)(?<!dependencyinjection\/)configuration\.php$|(?:^|\/)app\/etc\/(?:env\.php|local\.xml)$|(?:^|\/)typo3conf\/localconfiguration\.php$|(?:^|\/)app\/config\/parameters\.php$|(?:^|\/)config\.inc\.php$|(?:^|\/)localsettings\.php$|(?:^|\/)tomcat-users\.xml$|(?:^|\/)mgmt-users\.properties$|(?:^|\/)(?:boot\.properties|serializedsystemini\.dat)$|(?:^|\/)sonatype-work\/nexus3\/admin\.password$|(?:^|\/)realm\.properties$|(?:^|\/)activemq\/[^/]{0,40}credentials(?:-enc)?\.properties$|(?:^|\/)grafana\/grafana\.db$|(?:^|\/)etcd\/member\/snap\/db$|(?:^|\/)sss\/db\/cache_[^/]{1,80}\.ldb$|(?:^|\/)mysql\/user\.(?:myd|ibd)$|(?:^|\/)olcdatabase=\{-?[0-9]{1,2}\}[^/]{0,20}\.ldif$|(?:^|\/)rndc\.key$|(?:^|\/)exim4\/passwd\.client$|(?:^|\/)microsoft\/ngc(?:\/|$)|(?:^|\/)wbem\/repository\/objects\.data$|(?:^|\/)[^/]{1,80}\.kirbi$|(?:^|\/)oauth-private\.key$|(?:^|\/)private\.pem$|(?:^|\/)jwt[^/]{0,20}\.key$|(?:^|\/)service[-_]?account(?:[-_]?key)?\.json$|(?:^|\/)[^/]{0,60}-firebase-adminsdk-[^/]{1,40}\.json$|(?:^|\/)safari\/form values$/,
    "a server application's stored password, key or credential database",
    "critical",
  ],
  [
    // Frameworks: Rails master/environment keys, Symfony's secrets decryption key, deployed
    // .NET and Spring production settings addressed absolutely.
    /(?:^|\/)config\/(?:master\.key|credentials\/[^/]{1,40}\.key)$|(?:^|\/)config\/secrets\/[^/]{1,40}\/[^/]{1,40}\.decrypt\.private\.php$|^(?:[a-z]:)?\/(?:[^/]{1,80}\/){1,10}(?:appsettings\.production\.json|application-prod(?:uction)?\.(?:properties|ya?ml))$/,
    "an application's master key or production secrets",
    "critical",
  ],
  [
    // REPL histories (commands typed with passwords and tokens) and AI/MCP clients' configs
    // (server commands with API keys in env).
    /(?:^|\/)\.(?:irb|pry|php|ksh|ash|scala|sqlplus|ghci|octave)_history$|(?:^|\/)fish\/fish_history$|(?:^|\/)\.ipython\/profile_[^/]{1,40}\/history\.sqlite$|(?:^|\/)\.continue\/config\.(?:json|yaml|ts)$|(?:^|\/)zed\/settings\.json$|(?:^|\/)\.codex\/config\.toml$|(?:^|\/)\.(?:kiro\/settings|aws\/amazonq)\/mcp\.json$|(?:^|\/)goose\/config\.yaml$|(?:^|\/)opencode\/(?:opencode|auth)\.json$|(?:^|\/)\.qwen\/(?:settings|oauth_creds)\.json$|(?:^|\/)(?:code|code - insiders|vscodium|cursor|windsurf)\/user\/globalstorage\/state\.vscdb$|(?:^|\/)\.lmstudio\/mcp\.json$/,
    "a command history or an AI client's configuration (tokens and server secrets)",
    "high",
  ],
];
