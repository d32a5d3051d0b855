/**
 * Access handover, code and images: the organisation's repositories pushed, mirrored, forked or
 * copied into another owner's account, its remote URLs rewritten to another owner's
 * (`url.<x>.insteadOf`), its container images pushed to another owner's registry. From MITRE
 * ATT&CK T1567.001 (exfiltration to code repository), T1537, T1213.003 (code repositories); the
 * git push / git config, gh / glab and docker / skopeo / crane references. "Another owner" is an
 * owner the command's other remotes and images do not share, or one whose name says so.
 */
import { r } from "./_ctlplane_core.ts";
import { differentOwner, type HandoverRule, outsiderName, PUBLIC_IP } from "./_handover_core.ts";

/** A git URL: scheme or scp-style, host (1), owner (2). */
const GIT_URL =
  /(?:(?:https?|ssh|git):\/\/(?:[^\s@\/]{1,80}@)?|\b[\w.-]{1,40}@)([\w.-]{3,120})[:\/](?:\d{1,5}\/)?([\w.-]{1,80})\/[\w.-]{1,120}/gi;

/** Code-hosting services (the owner, not the host, says whose the repository is). */
const HOSTING =
  /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|dev\.azure\.com|ssh\.dev\.azure\.com|sr\.ht|gitea\.com)$/i;

/** The owners of the git URLs in `text` (hosting services) and their non-hosting hosts. */
function gitOwners(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(GIT_URL)) {
    out.push(HOSTING.test(m[1]) ? m[2].toLowerCase() : m[1].toLowerCase());
  }
  return out;
}

/** The URLs a command pushes to: `git push URL`, or the URL of a remote added and then pushed. */
function pushTargets(view: string): { url: string; remote: string }[] {
  const out: { url: string; remote: string }[] = [];
  for (
    const m of view.matchAll(/\bgit\s{1,3}push\s[^\n;&|]{0,80}?(\S{0,40}(?::\/\/|@)\S{3,200})/gi)
  ) {
    out.push({ url: m[1], remote: "" });
  }
  for (
    const m of view.matchAll(
      /\bgit\s{1,3}remote\s{1,3}(?:add|set-url)\s{1,3}(?:--\S{1,20}\s{1,3})?([\w.-]{1,40})\s{1,3}(\S{3,200})/gi,
    )
  ) {
    const name = m[1];
    if (
      new RegExp(r`\bgit\s{1,3}push\s[^\n;&|]{0,60}?\b${name.replace(/[.]/g, "\\.")}\b`).test(view)
    ) {
      out.push({ url: m[2], remote: name });
    }
  }
  return out;
}

/** A push of the main line (`main`, `master`, `HEAD`, `refs/heads/*`). */
const MAIN_PUSH =
  /\bgit\s{1,3}push\b[^\n;&|]{0,300}?\s\+?(?:main|master|HEAD|refs\/heads\/\*)(?::\S{1,60})?(?:\s|$)/i;
/** A push of every branch, every tag or a mirror. */
const WHOLE_PUSH = /\bgit\s{1,3}push\b[^\n;&|]{0,120}?\s--(?:all|mirror|tags)\b/i;

/** True when a push target is another owner's: an outsider's name, or an owner the org's other URLs do not share. */
function pushOutside(view: string): boolean {
  const targets = pushTargets(view);
  if (targets.length === 0) return false;
  const all = gitOwners(view);
  for (const t of targets) {
    const ip = /(?:@|:\/\/)([\d.]{7,15})[:\/]/.exec(t.url)?.[1];
    if (ip !== undefined && new RegExp(`^${PUBLIC_IP}$`).test(ip)) return true;
    const own = gitOwners(t.url);
    if (own.length === 0) continue;
    const owner = own[0];
    if (outsiderName(owner) || outsiderName(t.remote)) return true;
    const host = /(?:@|:\/\/)([\w.-]{3,120})/.exec(t.url)?.[1] ?? "";
    if (!HOSTING.test(host) && new RegExp(`^${PUBLIC_IP}$`).test(host)) return true;
    // A repository named for the organisation the command shows elsewhere (`cd ~/src/acme`,
    // `acme-prod`), pushed whole under another owner (`someone/acme-api`): a copy.
    const repo = /[:\/][\w.-]{1,80}\/([a-z0-9]{3,40})[-_][\w.-]{2,80}?(?:\.git)?$/i.exec(t.url)?.[1]
      ?.toLowerCase();
    if (
      repo !== undefined && !owner.includes(repo) && WHOLE_PUSH.test(view) &&
      new RegExp(`\\b${repo}\\b`, "i").test(view.replace(t.url, " "))
    ) return true;
    // Another owner than the organisation's other remotes: a copy when everything (or the main
    // line) goes there; one feature branch pushed to a fork is how contributions are made.
    const others = all.filter((o) => o !== owner);
    if (
      others.length > 0 && !others.some((o) => o.includes(owner) || owner.includes(o)) &&
      (WHOLE_PUSH.test(view) || MAIN_PUSH.test(view))
    ) {
      return true;
    }
  }
  return false;
}

/** Registries where anyone holds an account (the path's first part names the owner). */
const SHARED_REGISTRY =
  /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|ghcr\.io|quay\.io|registry\.gitlab\.com|public\.ecr\.aws|gcr\.io|[\w-]{1,30}\.gcr\.io|[\w-]{1,40}-docker\.pkg\.dev|docker\.pkg\.github\.com|registry\.hub\.docker\.com|ttl\.sh|[\w-]{1,60}\.azurecr\.io|[\w-]{1,60}\.jfrog\.io|cloudsmith\.io|docker\.cloudsmith\.io)$/i;

export const HANDOVER_REPO_RULES: readonly HandoverRule[] = [
  {
    id: "git.push_to_outside_owner",
    lit: ["git push", "push --mirror"],
    re: /\bgit\s{1,3}push\b/i,
    not: /\bgit\s{1,3}push\b[^\n;&|]{0,300}?(?:\s--delete\b|\s-d\s)/i,
    judge: pushOutside,
    why: "pushes the repository's code to a remote owned by someone outside the organisation",
  },
  {
    id: "gh.repo_copied_to_outsider",
    lit: ["gh repo create", "glab repo mirror", "--mirror-direction"],
    re:
      /\bgh\s{1,3}repo\s{1,3}create\s{1,3}([\w.-]{1,60})\/[\w.-]{1,100}\b[^\n;|]{0,200}?--source[= ]{1,3}\S{1,200}[^\n;|]{0,120}?--push\b|\bglab\s{1,3}repo\s{1,3}mirror\b[^\n;|]{0,200}?--url[= ]{1,3}(\S{3,200})/i,
    judge: (view) => {
      const m = /\bgh\s{1,3}repo\s{1,3}create\s{1,3}([\w.-]{1,60})\//i.exec(view) ??
        /\bglab\s{1,3}repo\s{1,3}mirror\b[^\n;|]{0,200}?--url[= ]{1,3}["']?(?:https?:\/\/[^\/\s]{1,120}\/|[\w.-]{1,40}@[\w.-]{1,120}:)([\w.-]{1,60})\//i
          .exec(view);
      return m !== null && outsiderName(m[1]);
    },
    why: "copies the repository into an outsider's account (gh repo create --push / glab mirror)",
  },
  {
    id: "git.remote_rewritten_to_other_owner",
    lit: ["insteadof"],
    re:
      /\bgit\s{1,3}config\b[^\n;|]{0,60}?\burl\.["']?(\S{3,200}?)["']?\.(?:push)?insteadOf\s{1,3}["']?(\S{3,200})/i,
    judge: (view) => {
      const m =
        /\burl\.["']?(\S{3,200}?)["']?\.(?:push)?insteadOf\s{1,3}["']?(\S{3,200}?)["']?(?:\s|$)/i
          .exec(view);
      if (m === null) return false;
      const to = gitOwners(m[1] + "x/y")[0] ?? "", from = gitOwners(m[2] + "x/y")[0] ?? "";
      return to !== "" && from !== "" && to !== from;
    },
    why:
      "rewrites the organisation's remote URLs to another owner's (git url.<other>.insteadOf), so pushes go there",
  },
  {
    id: "gh.fork_to_other_org",
    lit: "gh repo fork",
    re:
      /\bgh\s{1,3}repo\s{1,3}fork\s{1,3}([\w.-]{1,60})\/[\w.-]{1,100}\b[^\n;|]{0,160}?--org[= ]{1,3}["']?([\w.-]{1,60})/i,
    judge: (view) => {
      const m =
        /\bgh\s{1,3}repo\s{1,3}fork\s{1,3}([\w.-]{1,60})\/[\w.-]{1,100}\b[^\n;|]{0,160}?--org[= ]{1,3}["']?([\w.-]{1,60})/i
          .exec(view);
      return m !== null && differentOwner(m[1], m[2]);
    },
    why: "forks the organisation's repository into another organisation",
  },
  {
    id: "image.pushed_to_other_owner",
    lit: ["docker push", "podman push", "skopeo copy", "crane copy", "crane cp"],
    re: /\b(?:(?:docker|podman)\s{1,3}push|skopeo\s{1,3}copy|crane\s{1,3}(?:copy|cp))\b/i,
    judge: (view) => {
      const refs = [
        ...view.matchAll(
          /(?:\b(?:docker|podman)\s{1,3}(?:tag|push|pull)\s{1,3}|docker:\/\/|\bcrane\s{1,3}(?:copy|cp)\s{1,3}(?:\S{1,200}\s{1,3})?)([\w.-]{1,120}(?::\d{1,5})?\/[\w.-]{1,80})(?:\/[\w.\/-]{1,120})?(?::[\w.-]{1,60})?/gi,
        ),
      ].map((m) => m[1].toLowerCase());
      const owner = (ref: string): string => {
        const parts = ref.split("/");
        return /[.:]/.test(parts[0]) ? parts[1] ?? "" : parts[0];
      };
      const pushed =
        /\b(?:docker|podman)\s{1,3}push\s{1,3}([\w.-]{1,120}(?::\d{1,5})?\/[\w.-]{1,80})/i.exec(
          view,
        )?.[1] ??
          refs[refs.length - 1];
      if (pushed === undefined) return false;
      const reg = pushed.split("/")[0].replace(/:\d+$/, "");
      if (new RegExp(`^${PUBLIC_IP}$`).test(reg) || outsiderName(owner(pushed))) return true;
      // A self-hosted registry (`registry.acme.cz`) is the organisation's own; owners are compared
      // on the shared registries only.
      if (/\./.test(reg) && !SHARED_REGISTRY.test(reg)) return false;
      const others = refs.map(owner).filter((o) => o !== owner(pushed) && o !== "library");
      return others.length > 0 && others.every((o) => differentOwner(o, owner(pushed)));
    },
    why: "pushes the organisation's container image to a registry account another owner holds",
  },
];
