/**
 * Posture rules for containers and Kubernetes: workloads that break out of isolation (privileged,
 * host namespaces, host root or runtime socket mounted, dangerous capabilities, seccomp/AppArmor
 * off), namespaces opened to privileged pods, RBAC that grants everything or the escalation verbs,
 * cluster-admin for everyone, admission control removed, anonymous or unauthenticated control
 * planes. A manifest rule needs a manifest or an apply context; a flag rule needs `run`/`create`.
 */
import type { PostureRule } from "./_posture_core.ts";

const r = String.raw;
/** A YAML / JSON key set to a value (`privileged: true`, `"hostPID":true`, `--set x.privileged=true`). */
function kv(key: string, value: string): string {
  return r`["']?\b${key}["']?\s{0,3}[:=]\s{0,3}["']?${value}\b`;
}
/** A workload manifest, compose file or an apply / run command around it. */
const WORKLOAD =
  /\bkind["']?\s{0,3}[:=]\s{0,3}["']?(?:Pod|Deployment|DaemonSet|StatefulSet|ReplicaSet|Job|CronJob|PodTemplate|ReplicationController|PodSecurityPolicy)\b|["']?\b(?:containers|initContainers|ephemeralContainers)["']?\s{0,3}:|\bkubectl\b[^\n|;]{0,60}?\s(?:run|apply|create|patch|replace|debug)\b|--overrides\b|^\s{0,8}services\s{0,2}:|\bhelm\s{1,3}(?:install|upgrade)\b/im;
const RUN = r`\b(?:docker|podman|nerdctl)\s{1,3}(?:container\s{1,3})?(?:run|create)\b[^\n]{0,400}?`;
const CAP =
  r`(?:CAP_)?(?:SYS_ADMIN|ALL|SYS_PTRACE|SYS_MODULE|DAC_READ_SEARCH|BPF|SYS_RAWIO|DAC_OVERRIDE)`;
/** Capabilities for `docker run` / compose (SYS_PTRACE, routine for debugging, left out). */
const DOCKER_CAP =
  r`(?:CAP_)?(?:SYS_ADMIN|ALL|SYS_MODULE|DAC_READ_SEARCH|BPF|SYS_RAWIO|DAC_OVERRIDE)`;
const HOST_PATH =
  r`(?:\/|\/etc|\/root|\/var\/run\/docker\.sock|\/run\/docker\.sock|\/run\/containerd\/containerd\.sock|\/var\/run\/crio\/crio\.sock|\/var\/lib\/kubelet|\/var\/lib\/docker|\/proc|\/dev|\/boot|\/etc\/kubernetes|\/home)`;
/** A container that runs as a non-root user (anchored lookahead, bounded). */
const NON_ROOT =
  r`(?=[\s\S]{0,8000}?\b(?:runAsNonRoot["']?\s{0,3}:\s{0,3}true|runAsUser["']?\s{0,3}:\s{0,3}[1-9]))`;
/** A non-root container (monitoring agents: node-exporter style), for host namespaces. */
const NON_ROOT_POD = new RegExp(`^${NON_ROOT}`, "i");
/** A non-root container whose mounts are read-only (a node agent reading the host). */
const READ_ONLY_AGENT = new RegExp(
  r`^${NON_ROOT}(?=[\s\S]{0,8000}?\breadOnly["']?\s{0,3}:\s{0,3}true\b)(?![\s\S]{0,8000}?\breadOnly["']?\s{0,3}:\s{0,3}false\b)`,
  "i",
);
/** A ClusterRole / Role manifest, or a command that creates one. */
const ROLE =
  /\bkind["']?\s{0,3}[:=]\s{0,3}["']?(?:Cluster)?Role\b|\bkubectl\b[^\n|;]{0,60}?\screate\s{1,3}(?:cluster)?role\b/i;
/** Subjects that mean everyone (or every workload). */
const EVERYONE =
  r`(?:system:anonymous|system:unauthenticated|system:authenticated|system:serviceaccounts(?!:)|system:serviceaccounts:kube-system)`;

export const K8S_RULES: PostureRule[] = [
  {
    id: "k8s.privileged",
    kind: "privilege_escalation",
    lit: "privileged",
    re: new RegExp(kv("privileged", "true"), "i"),
    also: WORKLOAD,
    why: "runs a privileged container (every device and kernel capability: root on the node)",
  },
  {
    id: "docker.run_privileged",
    kind: "privilege_escalation",
    lit: "--privileged",
    re: new RegExp(r`${RUN}--privileged\b(?!\s{0,2}=\s{0,2}false)`, "i"),
    not:
      /\b(?:multiarch\/qemu-user-static|tonistiigi\/binfmt|docker:[\w.-]{0,20}dind|kindest\/node|rancher\/k3s)\b/i,
    why: "runs a privileged container (root on the host)",
  },
  {
    id: "k8s.host_namespaces",
    kind: "privilege_escalation",
    lit: ["hostpid", "hostipc", "pid:"],
    re: new RegExp(
      `${kv("host(?:PID|IPC)", "true")}|^\\s{0,8}pid\\s{0,2}:\\s{0,2}["']?host\\b`,
      "im",
    ),
    also: WORKLOAD,
    not: NON_ROOT_POD,
    why:
      "shares the node's process or IPC namespace with a pod (it can see and enter host processes)",
  },
  {
    id: "docker.run_host_ns",
    kind: "privilege_escalation",
    lit: ["--pid", "--ipc", "--userns", "--uts"],
    re: new RegExp(r`${RUN}--(?:pid|ipc|userns)[= ]["']?host\b`, "i"),
    why: "runs a container in the host's process, IPC or user namespace",
  },
  {
    id: "k8s.hostpath_sensitive",
    kind: "privilege_escalation",
    lit: "hostpath",
    re: new RegExp(
      r`\bhostPath["']?\s{0,3}:[\s{]{0,30}(?:["']?type["']?\s{0,3}:\s{0,3}["']?\w{0,20}["']?[\s,]{0,30})?["']?path["']?\s{0,3}:\s{0,3}["']?${HOST_PATH}\/?["']?(?=[\s,}]|$)`,
      "im",
    ),
    not: READ_ONLY_AGENT,
    why:
      "mounts the node's root, /etc, a kubelet directory or the container-runtime socket into a pod (root on the node)",
  },
  {
    id: "docker.run_root_mount",
    kind: "privilege_escalation",
    lit: ["docker", "podman", "nerdctl"],
    re: new RegExp(
      r`${RUN}(?:(?:-v|--volume)[= ]["']?(?:\/|\/etc|\/root|\/proc|\/var\/lib\/kubelet|\/run\/containerd\/containerd\.sock)\/?:|--mount[= ]["']?type=bind,\s{0,2}(?:src|source)=\/,)`,
      "i",
    ),
    why: "mounts the host's root filesystem or /etc into a container",
  },
  {
    id: "k8s.capabilities_added",
    kind: "privilege_escalation",
    lit: "capabilities",
    re: new RegExp(
      r`\bcapabilities["']?\s{0,3}:[\s{]{0,30}(?:["']?drop["']?\s{0,3}:[^\]\n]{0,80}\]?[\s,]{0,30})?["']?add["']?\s{0,3}:[\w\s,"'\[-]{0,160}?\b${CAP}\b`,
      "i",
    ),
    also: WORKLOAD,
    why:
      "adds a kernel capability that amounts to root (SYS_ADMIN, SYS_MODULE, SYS_PTRACE, ALL) to a container",
  },
  {
    id: "docker.cap_add",
    kind: "privilege_escalation",
    lit: ["cap-add", "cap_add"],
    re: new RegExp(
      r`${RUN}--cap-add[= ]["']?${DOCKER_CAP}\b|^\s{0,8}cap_add\s{0,2}:[\w\s,"'\[-]{0,160}?\b${DOCKER_CAP}\b`,
      "im",
    ),
    why: "adds a root-equivalent capability to a container",
  },
  {
    id: "k8s.seccomp_apparmor_off",
    kind: "defense_evasion",
    lit: "unconfined",
    re: new RegExp(
      r`\b(?:seccompProfile|appArmorProfile)["']?\s{0,3}:[\s{]{0,30}${
        kv("type", "Unconfined")
      }|(?:seccomp|apparmor)\.security\.(?:alpha|beta)\.kubernetes\.io\/[\w.-]{1,60}["']?\s{0,3}[:=]\s{0,3}["']?unconfined\b`,
      "i",
    ),
    why: "runs a pod without its seccomp or AppArmor confinement",
  },
  {
    id: "docker.security_opt_off",
    kind: "defense_evasion",
    lit: ["security-opt", "security_opt"],
    re: new RegExp(
      r`(?:${RUN}--security-opt[= ]["']?|^\s{0,8}security_opt\s{0,2}:[\s\["'-]{0,20})(?:apparmor[=:]unconfined|label[=:]disable|no-new-privileges[=:]false|systempaths[=:]unconfined)\b`,
      "im",
    ),
    why: "runs a container without seccomp, AppArmor or SELinux confinement",
  },
  {
    id: "k8s.allow_privilege_escalation",
    kind: "privilege_escalation",
    lit: "allowprivilegeescalation",
    re: new RegExp(kv("allowPrivilegeEscalation", "true"), "i"),
    also: WORKLOAD,
    why: "explicitly lets a container's processes gain more privileges (setuid binaries work)",
  },
  {
    id: "k8s.proc_mount_unmasked",
    kind: "privilege_escalation",
    lit: "procmount",
    re: new RegExp(kv("procMount", "Unmasked"), "i"),
    why: "exposes the unmasked /proc of the node to a container",
  },
  {
    id: "k8s.psa_privileged",
    kind: "defense_evasion",
    lit: "pod-security.kubernetes.io",
    re:
      /\bpod-security\.kubernetes\.io\/enforce["']?\s{0,3}[:=]\s{0,3}["']?privileged\b|\bkubectl\b[^\n|;]{0,60}?\slabel\b[^\n]{0,160}\bpod-security\.kubernetes\.io\/enforce-(?:\s|$)/im,
    why:
      "sets a namespace's Pod Security level to privileged (or removes its enforcement), so any pod is admitted",
  },
  {
    id: "k8s.psp_wildcard_caps",
    kind: "privilege_escalation",
    lit: "allowedcapabilities",
    re: /\ballowedCapabilities["']?\s{0,3}:[\s\["'-]{0,20}\*/i,
    why: "lets pods add every kernel capability",
  },
  {
    id: "k8s.rbac_wildcard",
    kind: "privilege_escalation",
    lit: ["verbs", "--verb"],
    re: new RegExp(
      r`\bresources["']?\s{0,3}:[\s\["'-]{0,20}\*["']?[\s\S]{0,200}?\bverbs["']?\s{0,3}:[\s\["'-]{0,20}\*|\bverbs["']?\s{0,3}:[\s\["'-]{0,20}\*["']?[\s\S]{0,200}?\bresources["']?\s{0,3}:[\s\["'-]{0,20}\*|\bkubectl\b[^\n|;]{0,60}?\screate\s{1,3}(?:cluster)?role\b[^\n]{0,200}--verb[= ]["']?\*[^\n]{0,100}--resource[= ]["']?\*|\bkubectl\b[^\n|;]{0,60}?\screate\s{1,3}(?:cluster)?role\b[^\n]{0,200}--resource[= ]["']?\*[^\n]{0,100}--verb[= ]["']?\*`,
      "i",
    ),
    also: ROLE,
    why: "creates a role that allows every verb on every resource (cluster-admin by another name)",
  },
  {
    id: "k8s.rbac_escalation_verbs",
    kind: "privilege_escalation",
    lit: ["escalate", "impersonate", "bind"],
    re:
      /\bverbs["']?\s{0,3}:[\w\s,"'\[-]{0,200}?\b(?:escalate|impersonate|bind)\b|\bkubectl\b[^\n|;]{0,60}?\screate\s{1,3}(?:cluster)?role\b[^\n]{0,200}--verb[= ]["']?[\w,]{0,80}\b(?:escalate|impersonate|bind)\b/i,
    also: ROLE,
    why:
      "grants the escalate, bind or impersonate verb (the holder can give itself any permission)",
  },
  {
    id: "k8s.aggregate_to_admin",
    kind: "privilege_escalation",
    lit: "aggregate-to-",
    re:
      /\brbac\.authorization\.k8s\.io\/aggregate-to-(?:admin|edit|view|cluster-admin)["']?\s{0,3}:\s{0,3}["']?true\b/i,
    also:
      /\bresources["']?\s{0,3}:[\w\s,"'\[\/-]{0,240}?(?:\*|\bsecrets|pods\/exec|nodes\/proxy|serviceaccounts\/token|clusterrolebindings|rolebindings)\b|\bverbs["']?\s{0,3}:[^\n]{0,40}\b(?:escalate|impersonate|bind)\b/i,
    why:
      "aggregates secret, exec or escalation permissions into the built-in admin/edit/view roles every such user holds",
  },
  {
    id: "k8s.cluster_admin_everyone",
    kind: "privilege_escalation",
    lit: "system:",
    re: new RegExp(
      r`(?:\bname["']?\s{0,3}:\s{0,3}["']?|--(?:group|user|serviceaccount)[= ]["']?)${EVERYONE}\b`,
      "i",
    ),
    // Round 46: a kubectl tool's `command` argument leaves the program name out
    // (`create clusterrolebinding … --user=system:anonymous`).
    also:
      /\bkind["']?\s{0,3}[:=]\s{0,3}["']?(?:Cluster)?RoleBinding\b|(?:\bkubectl\b[^\n|;]{0,60}?\s|^\s{0,8})create\s{1,3}(?:cluster)?rolebinding\b/i,
    not:
      /\broleRef\b[\s\S]{0,120}\bname["']?\s{0,3}:\s{0,3}["']?system:(?:public-info-viewer|discovery|basic-user|node-proxier|service-account-issuer-discovery)\b|--clusterrole[= ]["']?system:(?:public-info-viewer|discovery|basic-user|service-account-issuer-discovery)\b/i,
    why:
      "binds a role to every user or every service account (anonymous, all authenticated users, all workloads)",
  },
  {
    id: "k8s.cluster_admin_default_sa",
    kind: "privilege_escalation",
    lit: "cluster-admin",
    re:
      /\bkubectl\b[^\n|;]{0,60}?\screate\s{1,3}clusterrolebinding\b[^\n]{0,200}--clusterrole[= ]["']?cluster-admin\b[^\n]{0,200}--serviceaccount[= ]["']?[\w-]{1,63}:default\b|--serviceaccount[= ]["']?[\w-]{1,63}:default\b[^\n]{0,200}--clusterrole[= ]["']?cluster-admin\b/i,
    why:
      "makes a namespace's default service account cluster-admin (every pod there becomes cluster-admin)",
  },
  {
    id: "k8s.webhook_external",
    kind: "persistence",
    lit: "mutatingwebhookconfiguration",
    re: /\bclientConfig["']?\s{0,3}:[\s{]{0,30}["']?url["']?\s{0,3}:\s{0,3}["']?https?:\/\//i,
    also: /\bkind["']?\s{0,3}[:=]\s{0,3}["']?MutatingWebhookConfiguration\b/i,
    why:
      "registers a mutating admission webhook served from an outside URL (it can rewrite every pod the cluster admits)",
  },
  {
    id: "k8s.admission_removed",
    kind: "defense_evasion",
    lit: ["webhookconfiguration", "gatekeeper", "kyverno", "falco"],
    re:
      /\bkubectl\b[^\n|;]{0,60}?\sdelete\s{1,3}(?:validating|mutating)webhookconfigurations?\b|\bkubectl\b[^\n|;]{0,60}?\sdelete\s{1,3}(?:ns|namespaces?)\s{1,3}(?:gatekeeper-system|kyverno|falco|cert-manager)\b|\bhelm\s{1,3}(?:uninstall|delete)\s{1,3}(?:gatekeeper|kyverno|falco)\b/i,
    why: "removes admission control or runtime security (policies no longer enforced)",
  },
  {
    id: "k8s.anonymous_auth",
    kind: "privilege_escalation",
    lit: ["anonymous", "alwaysallow"],
    re:
      /--anonymous-auth\s{0,2}=\s{0,2}true\b|\banonymous["']?\s{0,3}:[\s{]{0,30}["']?enabled["']?\s{0,3}:\s{0,3}true\b|--authorization-mode\s{0,2}=\s{0,2}["']?(?:[\w,]{0,40},)?AlwaysAllow\b|\bauthorization["']?\s{0,3}:[\s{]{0,30}["']?mode["']?\s{0,3}:\s{0,3}["']?AlwaysAllow\b/i,
    why: "lets anonymous requests into the API server or kubelet, or authorizes every request",
  },
  {
    id: "k8s.insecure_ports",
    kind: "privilege_escalation",
    lit: [
      "insecure-port",
      "read-only-port",
      "readonlyport",
      "enable-skip-login",
      "client-cert-auth",
      "insecure-bind-address",
    ],
    re:
      /--insecure-port\s{0,2}=\s{0,2}[1-9]\d{0,4}\b|--read-only-port\s{0,2}=\s{0,2}[1-9]\d{0,4}\b|\breadOnlyPort["']?\s{0,3}:\s{0,3}[1-9]\d{0,4}\b|--enable-skip-login(?:\s{0,2}=\s{0,2}true)?\b|--client-cert-auth\s{0,2}=\s{0,2}false\b|--insecure-bind-address\s{0,2}=\s{0,2}0\.0\.0\.0\b/i,
    why:
      "opens an unauthenticated control-plane port (insecure API port, kubelet read-only port, dashboard skip-login, etcd without client certs)",
  },
  {
    id: "k8s.secrets_dumped",
    kind: "credential_theft",
    lit: "secret",
    re:
      /\bkubectl\b[^\n|;]{0,60}?\sget\s{1,3}secrets?\b[^\n|;]{0,80}(?:\s-A\b|--all-namespaces\b)[^\n|;]{0,80}\s(?:-o|--output)[= ]?\s{0,2}["']?(?:ya?ml|json|go-template|jsonpath)|\bkubectl\b[^\n|;]{0,60}?\sget\s{1,3}secrets?\b[^\n|;]{0,80}\s(?:-o|--output)[= ]?\s{0,2}["']?(?:ya?ml|json|go-template|jsonpath)[^\n|;]{0,80}(?:\s-A\b|--all-namespaces\b)/i,
    why: "dumps every secret of every namespace with its values",
  },
  {
    id: "container.nsenter_host",
    kind: "privilege_escalation",
    lit: "nsenter",
    re: /\bnsenter\b[\w\s=-]{0,80}?(?:\s-t|--target)[= ]?\s{0,2}1\b/i,
    also: /\bnsenter\b[^\n]{0,120}(?:\s-[a-z]{0,5}m\b|--mount\b|\s-a\b|--all\b)/i,
    why: "enters the host's namespaces from a container (a host root shell)",
  },
  {
    id: "k8s.cluster_admin_to_workload",
    kind: "privilege_escalation",
    lit: "cluster-admin",
    re:
      /\bkubectl\b[^\n|;]{0,60}?\screate\s{1,3}clusterrolebinding\b[^\n]{0,200}--clusterrole[= ]["']?cluster-admin\b[^\n]{0,200}--serviceaccount[= ]["']?([\w-]{1,63}):[\w-]{1,63}|--serviceaccount[= ]["']?([\w-]{1,63}):[\w-]{1,63}[^\n]{0,200}--clusterrole[= ]["']?cluster-admin\b|\broleRef\b[\s\S]{0,120}?\bname["']?\s{0,3}:\s{0,3}["']?cluster-admin\b[\s\S]{0,300}?\bkind["']?\s{0,3}:\s{0,3}["']?ServiceAccount\b/i,
    not:
      /--serviceaccount[= ]["']?(?:kube-system|argocd|flux-system|gatekeeper-system|cert-manager|tigera-operator|calico-system):|\bnamespace["']?\s{0,3}:\s{0,3}["']?(?:kube-system|argocd|flux-system|gatekeeper-system|cert-manager|tigera-operator|calico-system)\b/i,
    why:
      "gives cluster-admin to an application's service account (any compromise of that workload owns the cluster)",
  },
  {
    id: "k8s.control_plane_weakened",
    kind: "defense_evasion",
    lit: ["disable-admission-plugins", "audit.k8s.io"],
    re:
      /--disable-admission-plugins\s{0,2}=\s{0,2}["']?[\w,]{0,120}\b(?:PodSecurity|NodeRestriction|ValidatingAdmissionWebhook|ValidatingAdmissionPolicy)\b|\brules\s{0,2}:\s{0,4}\n\s{0,8}-\s{1,3}level\s{0,2}:\s{0,2}["']?None["']?\s{0,4}(?:\n\s{0,8}-|\n?$)/i,
    also: /--disable-admission-plugins|\baudit\.k8s\.io\b/i,
    why: "turns off Kubernetes admission protections or makes the audit policy record nothing",
  },
];
