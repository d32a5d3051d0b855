/**
 * Access handover, control: a zone delegated (NS) or its mail (MX) routed to outside servers, a
 * domain's registrant contact or registration moved to an outsider, an outside address made a
 * member, admin or owner of a SaaS team or app (Heroku, Vercel, Fly.io, Netlify, GitHub org
 * invitations, Google Workspace via GAM), mail forwarded or delegated to an outside address,
 * package publish rights given to an outsider (npm, RubyGems, crates.io), CI secrets written into
 * an outsider's repository, outsiders' SSH keys registered in a cloud account. From MITRE ATT&CK
 * T1584.002 / T1098 (DNS and account manipulation), T1114.003 (email forwarding rule), T1098.001 /
 * .003 / .004, T1195.002 (publish rights), T1552 (CI secrets); Elastic detection-rules
 * (persistence_route53_*, google_workspace_*), Sigma `rules/cloud/gcp|aws`, GAMADV reference,
 * the heroku / vercel / flyctl / npm / gem / cargo / gh / route53domains CLI references.
 */
import { EMAIL, outAfter, r } from "./_ctlplane_core.ts";
import { baseDomain } from "./_ctlplane_core.ts";
import { type HandoverRule, outsideMail, outsiderName } from "./_handover_core.ts";

/** Request catchers, tunnels and hosts named for an attacker (never an identity provider). */
const HOSTILE_OR_DROP =
  /(?:ngrok(?:-free)?\.(?:io|app|dev)|trycloudflare\.com|loca\.lt|webhook\.site|pipedream\.net|workers\.dev|duckdns\.org|(?:^|[.-])(?:attacker|evil|malicious|pwn)[\w-]{0,20}\.)/i;

/** Large DNS and mail hosts a zone's NS / MX records routinely point at. */
const DNS_MAIL_HOSTS =
  /(?:cloudflare\.com|awsdns-\d{1,3}\.(?:com|net|org|co\.uk)|azure-dns\.(?:com|net|org|info)|googledomains\.com|google\.com|googlemail\.com|domaincontrol\.com|nsone\.net|ultradns\.\w{2,4}|dnsimple\.com|akam\.net|dynect\.net|registrar-servers\.com|digitalocean\.com|linode\.com|hetzner\.com|ovh\.net|gandi\.net|name\.com|he\.net|outlook\.com|pphosted\.com|mimecast\.com|messagelabs\.com|zoho\.\w{2,3}|messagingengine\.com|protonmail\.ch|amazonses\.com|mailgun\.org|sendgrid\.net|iphmx\.com)\.?$/i;

/** The zone of a DNS command (`-z acme.com`, `--zone-name`, a record name ending in it). */
function zoneOf(view: string): string | undefined {
  const m =
    /(?:\s-z|--zone-name|--zone|--dns-name|--hosted-zone-name|records\s{1,3}(?:create|update))[= ]{1,3}["']?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,4})/i
      .exec(view) ??
      /\brecord-sets?\s{1,3}(?:create|update|add|transaction\s{1,3}add)\s{1,3}["']?([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,4})/i
        .exec(view);
  return m?.[1];
}

/** True when an NS / MX target in the view is neither a large DNS / mail host nor in the zone's domain. */
function delegatedOut(view: string): boolean {
  const zone = zoneOf(view);
  const targets = view.matchAll(
    /(?:--rrdatas[= ]{1,3}["']?(?:\d{1,3}\s{1,3})?|(?:-d|-e|--nsdname|--exchange|--record-data)[= ]{1,3}["']?)([a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,5})\.?/gi,
  );
  for (const m of targets) {
    const host = m[1].toLowerCase();
    if (DNS_MAIL_HOSTS.test(host)) continue;
    if (zone === undefined || baseDomain(host) !== baseDomain(zone)) return true;
  }
  return false;
}

/** Every e-mail address in the view that is outside the organisation it shows. */
function anyOutsideMail(re: RegExp): (view: string) => boolean {
  return (view) => {
    for (const m of view.matchAll(re)) {
      const addr = m.slice(1).find((x) => x !== undefined);
      if (addr !== undefined && outsideMail(view, addr)) return true;
    }
    return false;
  };
}

const MAIL_AFTER = (key: string) => new RegExp(r`(?:${key})[^\n;|]{0,160}?${EMAIL}`, "gi");

export const HANDOVER_CONTROL_RULES: readonly HandoverRule[] = [
  {
    id: "dns.delegated_or_mail_routed_out",
    lit: ["record-set", "record-sets", "domain records"],
    re:
      /\bdoctl\s{1,3}compute\s{1,3}domain\s{1,3}records\s{1,3}(?:create|update)\b[^\n;|]{0,200}?--record-type[= ]{1,3}["']?(?:NS|MX)\b|\b(?:az\s{1,3}network\s{1,3}dns\s{1,3}record-set\s{1,3}(?:ns|mx)\s{1,3}(?:add-record|create)|gcloud\s{1,3}dns\s{1,3}record-sets\s{1,3}(?:create|update|transaction\s{1,3}add)\b[^\n;|]{0,200}?--type[= ]{1,3}["']?(?:NS|MX)\b)/i,
    judge: delegatedOut,
    why: "delegates a zone (NS) or routes its mail (MX) to servers outside the organisation",
  },
  {
    id: "domain.contact_or_registration_moved",
    lit: ["route53domains", "gcloud domains"],
    re:
      /\b(?:aws\s{1,3}route53domains\s{1,3}(?:update-domain-contact|transfer-domain-to-another-aws-account)|gcloud\s{1,3}domains\s{1,3}registrations\s{1,3}configure\s{1,3}contacts)\b/i,
    judge: (view) =>
      /transfer-domain-to-another-aws-account/i.test(view) ||
      anyOutsideMail(MAIL_AFTER(r`Email=|email["']?\s{0,2}:\s{0,2}["']?|--contact-data`))(view),
    why: "moves a domain's registrant / admin contact or its registration to an outside party",
  },
  {
    id: "saas.outsider_member",
    lit: ["access:add", "apps:transfer", "teams invite", "orgs invite", "invitations", "gam "],
    re:
      /\b(?:heroku\s{1,3}(?:access:add|apps:transfer)|vercel\s{1,3}teams?\s{1,3}invite|(?:fly|flyctl)\s{1,3}orgs\s{1,3}invite|gh\s{1,3}api\s[^\n;|]{0,120}?orgs\/[\w.-]{1,60}\/invitations|gam\s{1,3}(?:create|add)\s{1,3}admin|gam\s{1,3}user\s{1,3}\S{1,120}\s{1,3}(?:add\s{1,3}forwardingaddress|add\s{1,3}forwarding\s{1,3}address|forward\s{1,3}on|delegate\s{1,3}to|add\s{1,3}delegate))\b/i,
    judge: anyOutsideMail(
      MAIL_AFTER(
        r`access:add|apps:transfer|invite|invitations|admin|forwardingaddress|forwarding\s{1,3}address|forward\s{1,3}on|delegate\s{1,3}to|add\s{1,3}delegate`,
      ),
    ),
    why:
      "makes an outside address a member, admin, owner, delegate or mail forward of the organisation's account",
  },
  {
    id: "package.outsider_publish_rights",
    lit: ["npm owner add", "npm access grant", "gem owner", "cargo owner"],
    re:
      /\b(?:npm\s{1,3}owner\s{1,3}add\s{1,3}([\w.-]{1,60})|npm\s{1,3}access\s{1,3}grant\s{1,3}read-write\s{1,3}@?([\w.-]{1,60}):[\w.-]{1,60}|gem\s{1,3}owner\s{1,3}\S{1,80}\s{1,3}(?:-a|--add)\s{1,3}(\S{1,120})|cargo\s{1,3}owner\s{1,3}(?:-a|--add)\s{1,3}(\S{1,120}))/i,
    judge: (view) => {
      const m =
        /\b(?:npm\s{1,3}owner\s{1,3}add\s{1,3}([\w.-]{1,60})|npm\s{1,3}access\s{1,3}grant\s{1,3}read-write\s{1,3}@?([\w.-]{1,60}):[\w.-]{1,60}\s{1,3}@?([\w.\/-]{1,120})|gem\s{1,3}owner\s{1,3}\S{1,80}\s{1,3}(?:-a|--add)\s{1,3}(\S{1,120})|cargo\s{1,3}owner\s{1,3}(?:-a|--add)\s{1,3}(\S{1,120}))/i
          .exec(view);
      if (m === null) return false;
      if (m[2] !== undefined) {
        return m[3] !== undefined && m[3].includes("/") && m[2] !== m[3].split("/")[0] ||
          outsiderName(m[2]);
      }
      const who = m[1] ?? m[4] ?? m[5];
      return outsiderName(who) || who.includes("@") && outsideMail(view, who);
    },
    why: "gives an outsider publish rights on a package (npm / RubyGems / crates.io owner)",
  },
  {
    id: "ci.secret_into_outsider_repo",
    lit: ["secret set", "variable set"],
    re:
      /\b(?:gh|glab)\s{1,3}(?:secret|variable)\s{1,3}set\b[^\n;|]{0,300}?(?:--repo|-R)[= ]{1,3}["']?([\w.-]{1,60})\/[\w.-]{1,100}/i,
    judge: (view) => {
      const m = /(?:--repo|-R)[= ]{1,3}["']?([\w.-]{1,60})\//i.exec(view);
      return m !== null && outsiderName(m[1]);
    },
    why: "writes the organisation's secret into a CI of a repository an outsider owns",
  },
  {
    id: "cloud.outsider_ssh_key",
    lit: ["ssh-key", "import-key-pair", "ssh-keys", "ssh_keys", "deploy-key", "vm user update"],
    re:
      /\b(?:doctl\s{1,3}compute\s{1,3}ssh-key\s{1,3}(?:import|create)|aws\s{1,3}ec2\s{1,3}import-key-pair|gcloud\s{1,3}compute\s{1,3}(?:os-login\s{1,3}ssh-keys\s{1,3}add|project-info\s{1,3}add-metadata)|gh\s{1,3}(?:ssh-key\s{1,3}add|repo\s{1,3}deploy-key\s{1,3}add)|hcloud\s{1,3}ssh-key\s{1,3}create|az\s{1,3}sshkey\s{1,3}create|az\s{1,3}vm\s{1,3}user\s{1,3}update|gcloud\s{1,3}compute\s{1,3}instances\s{1,3}add-metadata)\b[^\n;|]{0,300}/i,
    judge: (view) => {
      const seg =
        /\b(?:ssh-key|import-key-pair|ssh-keys|deploy-key|sshkey|user\s{1,3}update)\b([^\n;|]{0,300})/i
          .exec(view)
          ?.[1] ?? "";
      if (anyOutsideMail(new RegExp(EMAIL, "gi"))(seg)) return true;
      return outsiderName(seg.replace(/--?[\w-]{1,30}/g, " "));
    },
    why:
      "registers an outsider's SSH key in the cloud or code-hosting account (logins to its machines)",
  },
  {
    id: "iam.foreign_account_policy",
    lit: ["put-bucket-replication", "put-resource-policy", "put-repository-policy"],
    re:
      /\b(?:put-bucket-replication|put-resource-policy|put-repository-policy|set-repository-policy)\b/i,
    out: outAfter(r`"?(?:Account|AWS|Principal)"?\s{0,2}[:=]`, "account", 40),
    why: "writes another AWS account into a replication or resource policy",
  },
  {
    // 2-step-verification backup codes printed or regenerated and sent on in the same command
    // (`gam user ceo@… update backupcodes && gam sendemail … "$(gam user … print backupcodes)"`):
    // whoever receives them signs in as that user without the second factor.
    id: "mfa.backup_codes_sent",
    lit: ["backupcodes", "backup-codes", "backup_codes", "recovery-codes", "recovery_codes"],
    re:
      /\b(?:gam\s[^\n;|&]{0,160}?\b(?:print|show|update)\s{1,3}backupcodes|(?:backup|recovery)[-_]codes\b)[^]{0,600}?\b(?:sendemail|send-mailmessage|sendmail|mutt|mailx?\s|curl|wget|invoke-restmethod|invoke-webrequest|slack|telegram|webhook)\b|\b(?:sendemail|send-mailmessage|sendmail|mutt|mailx?\s|curl|wget|invoke-restmethod|invoke-webrequest)\b[^]{0,600}?\bgam\s[^\n;|&]{0,160}?\b(?:print|show|update)\s{1,3}backupcodes\b/i,
    why:
      "sends a user's 2-step-verification backup codes on (whoever receives them signs in without the second factor)",
  },
  {
    id: "repo.transferred_out",
    lit: ["/transfer", "gh repo transfer"],
    re:
      /\bgh\s{1,3}(?:api\s[^\n;|]{0,60}?repos\/([\w.-]{1,60})\/[\w.-]{1,100}\/transfer\b[^\n;|]{0,120}?new_owner[= ]{1,3}["']?([\w.-]{1,60})|repo\s{1,3}transfer\b)/i,
    judge: (view) => {
      const m =
        /repos\/([\w.-]{1,60})\/[\w.-]{1,100}\/transfer\b[^\n;|]{0,120}?new_owner[= ]{1,3}["']?([\w.-]{1,60})/i
          .exec(view);
      return m === null || !sameOwnerFamily(m[1].toLowerCase(), m[2].toLowerCase());
    },
    why: "transfers a repository to another owner",
  },
  {
    id: "s3.acl_grant_other_account",
    lit: [
      "--grant-full-control",
      "--grant-write",
      "--grant-read",
      "--grant-write-acp",
      "--grant-read-acp",
    ],
    re:
      /\bs3api\s{1,3}put-(?:bucket|object)-acl\b[^\n;|]{0,300}?--grant-(?:full-control|write|read|write-acp|read-acp)[= ]{1,3}["']?(?:id=[0-9a-f]{64}|emailaddress=[\w.+-]{1,64}@|uri=["']?https?:\/\/acs\.amazonaws\.com\/groups\/global\/(?:AllUsers|AuthenticatedUsers))/i,
    why:
      "grants another AWS account (canonical id / e-mail) or everyone rights on a bucket or object",
  },
  {
    id: "gcs.acl_to_outsider",
    lit: "acl ch",
    re:
      /\bgsutil\s{1,3}(?:-m\s{1,3})?acl\s{1,3}ch\b[^\n;|]{0,200}?-[ug]\s{1,3}["']?(?:[\w.+-]{1,64}@[\w.-]{3,120}|all(?:Authenticated)?Users):[RWO]\b/i,
    judge: (view) =>
      /-[ug]\s{1,3}["']?all(?:Authenticated)?Users:/i.test(view) ||
      anyOutsideMail(/-[ug]\s{1,3}["']?([\w.+-]{1,64}@[\w.-]{3,120}):[RWO]\b/gi)(view),
    why: "gives an outside address or everyone access to a Cloud Storage bucket's objects",
  },
  {
    id: "aws.foreign_network_or_federation",
    lit: [
      "create-vpc-peering-connection",
      "modify-vpc-endpoint-service-permissions",
      "create-open-id-connect-provider",
      "create-saml-provider",
    ],
    re:
      /\b(?:create-vpc-peering-connection\b[^\n;|]{0,200}?--peer-owner-id[= ]{1,3}["']?(\d{12})|modify-vpc-endpoint-service-permissions\b[^\n;|]{0,200}?--add-allowed-principals[= ]{1,3}["']?(?:arn:aws[\w-]{0,12}:iam::(\d{12})|\*)|create-open-id-connect-provider\b[^\n;|]{0,200}?--url[= ]{1,3}["']?https:\/\/([\w.-]{3,120})|create-saml-provider\b[^\n;|]{0,300}?--saml-metadata-document[= ]{1,3}["']?(?:file:\/\/)?(\S{1,200}))/i,
    judge: (view) => {
      const m =
        /\b(?:create-vpc-peering-connection\b[^\n;|]{0,200}?--peer-owner-id[= ]{1,3}["']?(\d{12})|modify-vpc-endpoint-service-permissions\b[^\n;|]{0,200}?--add-allowed-principals[= ]{1,3}["']?(?:arn:aws[\w-]{0,12}:iam::(\d{12})|(\*))|create-open-id-connect-provider\b[^\n;|]{0,200}?--url[= ]{1,3}["']?https:\/\/([\w.-]{3,120})|create-saml-provider\b[^\n;|]{0,300}?--saml-metadata-document[= ]{1,3}["']?(?:file:\/\/)?(\S{1,200}))/i
          .exec(view);
      if (m === null) return false;
      if (m[3] !== undefined) return true;
      const acct = m[1] ?? m[2];
      if (acct !== undefined) return view.split(acct).length < 3;
      if (m[4] !== undefined) {
        return !/(?:^|\.)(?:token\.actions\.githubusercontent\.com|gitlab\.com|app\.terraform\.io|accounts\.google\.com|oidc\.eks\.[\w-]{1,30}\.amazonaws\.com|login\.microsoftonline\.com|sts\.windows\.net|[\w-]{1,60}\.okta\.com|[\w-]{1,60}\.auth0\.com)$/i
              .test(m[4]) && outsiderName(m[4]) || HOSTILE_OR_DROP.test(m[4]);
      }
      return outsiderName(m[5] ?? "");
    },
    why:
      "opens the organisation's network or sign-in to another account or identity provider (VPC peering, endpoint service, OIDC / SAML federation)",
  },
];

/**
 * Two account names of one organisation: equal, or one the other plus a suffix or prefix after a
 * separator (`vektorpay-labs` and `vektorpay`, `acme` and `acme_archive`).
 */
function sameOwnerFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 &&
    (long.startsWith(short) && /^[-_.]/.test(long.slice(short.length)) ||
      long.endsWith(short) && /[-_.]$/.test(long.slice(0, long.length - short.length)));
}
