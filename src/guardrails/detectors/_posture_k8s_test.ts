import { type PostureCase, runCases } from "./_posture_testing.ts";

const POD = (spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: tools\nspec:\n  containers:\n  - name: t\n    image: alpine:3.20\n${spec}`;

const CASES: PostureCase[] = [
  {
    id: "k8s.privileged",
    block: [
      POD("    securityContext:\n      privileged: true\n"),
      `kubectl run dbg --image=alpine --overrides='{"spec":{"containers":[{"name":"dbg","image":"alpine","securityContext":{"privileged":true}}]}}'`,
    ],
    pass: [
      POD("    securityContext:\n      privileged: false\n      runAsNonRoot: true\n"),
      `kubectl get pods -A -o jsonpath='{..securityContext.privileged}'`,
    ],
  },
  {
    id: "docker.run_privileged",
    block: ["docker run --rm -it --privileged ubuntu bash"],
    pass: [
      "docker inspect --format '{{.HostConfig.Privileged}}' web",
      "docker run --rm -it ubuntu bash",
    ],
  },
  {
    id: "k8s.host_namespaces",
    block: [
      POD("  hostPID: true\n"),
      `{"kind":"Pod","spec":{"hostIPC":true,"containers":[{"name":"a","image":"busybox"}]}}`,
    ],
    pass: [POD("  hostPID: false\n")],
  },
  {
    id: "docker.run_host_ns",
    block: ["docker run --rm -it --pid=host alpine nsenter -t 1 -m sh"],
    pass: ["docker run --rm -it --pid=container:web alpine ps"],
  },
  {
    id: "k8s.hostpath_sensitive",
    block: [
      POD(
        "    volumeMounts:\n    - name: host\n      mountPath: /host\n  volumes:\n  - name: host\n    hostPath:\n      path: /\n",
      ),
      POD(
        "  volumes:\n  - name: sock\n    hostPath:\n      path: /var/run/docker.sock\n      type: Socket\n",
      ),
      `{"volumes":[{"name":"h","hostPath":{"path":"/etc","type":"Directory"}}]}`,
    ],
    pass: [
      POD("  volumes:\n  - name: logs\n    hostPath:\n      path: /var/log/app\n"),
      POD("  volumes:\n  - name: data\n    emptyDir: {}\n"),
    ],
  },
  {
    id: "docker.run_root_mount",
    block: ["docker run --rm -v /:/host alpine chroot /host sh"],
    pass: ["docker run --rm -v $(pwd):/src -w /src node:22 npm test"],
  },
  {
    id: "k8s.capabilities_added",
    block: [
      POD('    securityContext:\n      capabilities:\n        add: ["SYS_ADMIN"]\n'),
      POD(
        "    securityContext:\n      capabilities:\n        add:\n        - NET_BIND_SERVICE\n        - SYS_PTRACE\n",
      ),
    ],
    pass: [
      POD(
        '    securityContext:\n      capabilities:\n        drop: ["ALL"]\n        add: ["NET_BIND_SERVICE"]\n',
      ),
      POD("    securityContext:\n      capabilities:\n        drop:\n        - ALL\n"),
    ],
  },
  {
    id: "docker.cap_add",
    block: ["docker run -d --cap-add=SYS_ADMIN --name t alpine sleep 1d"],
    pass: [
      "docker run -d --cap-add=NET_ADMIN --name vpn wireguard",
      "docker run -d --cap-drop=ALL nginx",
    ],
  },
  {
    id: "k8s.seccomp_apparmor_off",
    block: [POD("    securityContext:\n      seccompProfile:\n        type: Unconfined\n")],
    pass: [POD("    securityContext:\n      seccompProfile:\n        type: RuntimeDefault\n")],
  },
  {
    id: "docker.security_opt_off",
    block: [
      "docker run --security-opt seccomp=unconfined --security-opt apparmor=unconfined -it debian",
    ],
    pass: ["docker run --security-opt no-new-privileges:true -it debian"],
  },
  {
    id: "k8s.allow_privilege_escalation",
    block: [POD("    securityContext:\n      allowPrivilegeEscalation: true\n")],
    pass: [POD("    securityContext:\n      allowPrivilegeEscalation: false\n")],
  },
  {
    id: "k8s.proc_mount_unmasked",
    block: [POD("    securityContext:\n      procMount: Unmasked\n")],
    pass: [POD("    securityContext:\n      procMount: Default\n")],
  },
  {
    id: "k8s.psa_privileged",
    block: [
      "kubectl label --overwrite ns payments pod-security.kubernetes.io/enforce=privileged",
      "kubectl label ns payments pod-security.kubernetes.io/enforce-",
    ],
    pass: [
      "kubectl label --overwrite ns payments pod-security.kubernetes.io/enforce=restricted",
      "kubectl label --overwrite ns payments pod-security.kubernetes.io/warn=privileged",
    ],
  },
  {
    id: "k8s.psp_wildcard_caps",
    block: [
      "apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nspec:\n  allowedCapabilities:\n  - '*'\n",
    ],
  },
  {
    id: "k8s.rbac_wildcard",
    block: [
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ops-all\nrules:\n- apiGroups: ["*"]\n  resources: ["*"]\n  verbs: ["*"]\n`,
      `kubectl create clusterrole ops-all --verb=* --resource=*`,
    ],
    pass: [
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: pod-reader\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["get", "list", "watch"]\n`,
      "kubectl auth can-i '*' '*' --as=system:serviceaccount:ci:deployer",
    ],
  },
  {
    id: "k8s.rbac_escalation_verbs",
    block: [
      `kind: ClusterRole\nrules:\n- apiGroups: ["rbac.authorization.k8s.io"]\n  resources: ["clusterroles"]\n  verbs: ["get", "escalate", "bind"]\n`,
      `kind: Role\nrules:\n- apiGroups: [""]\n  resources: ["users", "groups", "serviceaccounts"]\n  verbs:\n  - impersonate\n`,
    ],
    pass: [
      `kind: Role\nrules:\n- apiGroups: [""]\n  resources: ["configmaps"]\n  verbs: ["get", "update"]\n`,
    ],
  },
  {
    id: "k8s.aggregate_to_admin",
    block: [
      `kind: ClusterRole\nmetadata:\n  name: extra\n  labels:\n    rbac.authorization.k8s.io/aggregate-to-edit: "true"\nrules:\n- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["get", "list"]\n`,
    ],
    pass: [
      `kind: ClusterRole\nmetadata:\n  name: widgets-edit\n  labels:\n    rbac.authorization.k8s.io/aggregate-to-edit: "true"\nrules:\n- apiGroups: ["example.com"]\n  resources: ["widgets"]\n  verbs: ["get", "list", "create"]\n`,
    ],
  },
  {
    id: "k8s.cluster_admin_everyone",
    block: [
      `kind: ClusterRoleBinding\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: Group\n  name: system:authenticated\n`,
      "kubectl create clusterrolebinding anon-view --clusterrole=view --user=system:anonymous",
      // round 46: the command of a kubectl tool, program name left out
      "create clusterrolebinding probe-open --clusterrole=admin --group=system:unauthenticated",
      "create rolebinding ro-all -n shop --clusterrole=edit --group=system:authenticated",
      "  create clusterrolebinding sa-wide --clusterrole=cluster-admin --group=system:serviceaccounts",
    ],
    pass: [
      `kind: ClusterRoleBinding\nroleRef:\n  kind: ClusterRole\n  name: system:public-info-viewer\nsubjects:\n- kind: Group\n  name: system:unauthenticated\n`,
      "kubectl create clusterrolebinding ops --clusterrole=cluster-admin --group=platform-admins",
      "create clusterrolebinding ops-admins --clusterrole=cluster-admin --group=platform-admins",
      "create clusterrolebinding health --clusterrole=system:public-info-viewer --group=system:unauthenticated",
      "get clusterrolebindings -o wide | grep system:anonymous",
    ],
  },
  {
    id: "k8s.cluster_admin_default_sa",
    block: [
      "kubectl create clusterrolebinding ci-admin --clusterrole=cluster-admin --serviceaccount=ci:default",
    ],
    pass: [
      "kubectl create rolebinding ci-edit --clusterrole=edit --serviceaccount=ci:deployer -n ci",
    ],
  },
  {
    id: "k8s.webhook_external",
    block: [
      `apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\nwebhooks:\n- name: inject.example.net\n  clientConfig:\n    url: https://hooks.example.net/mutate\n`,
    ],
    pass: [
      `kind: MutatingWebhookConfiguration\nwebhooks:\n- name: inject.istio.io\n  clientConfig:\n    service:\n      name: istiod\n      namespace: istio-system\n`,
    ],
  },
  {
    id: "k8s.admission_removed",
    block: [
      "kubectl delete validatingwebhookconfigurations kyverno-resource-validating-webhook-cfg",
      "helm uninstall kyverno -n kyverno",
    ],
    pass: [
      "kubectl get validatingwebhookconfigurations",
      "helm upgrade kyverno kyverno/kyverno -n kyverno",
    ],
  },
  {
    id: "k8s.anonymous_auth",
    block: [
      "kubelet --anonymous-auth=true --authorization-mode=AlwaysAllow",
      "authentication:\n  anonymous:\n    enabled: true\n  webhook:\n    enabled: false\n",
    ],
    pass: [
      "kubelet --anonymous-auth=false --authorization-mode=Webhook",
      "authentication:\n  anonymous:\n    enabled: false\n",
    ],
  },
  {
    id: "k8s.insecure_ports",
    block: [
      "kube-apiserver --insecure-port=8080 --insecure-bind-address=0.0.0.0",
      "--read-only-port=10255 --enable-skip-login",
    ],
    pass: ["kube-apiserver --insecure-port=0 --secure-port=6443", "--read-only-port=0"],
  },
  {
    id: "k8s.secrets_dumped",
    block: [
      "kubectl -n default get secret -A -o json | gzip > s.json.gz",
      "kubectl get secret --all-namespaces -o json",
    ],
    pass: ["kubectl get secrets -n app", "kubectl get secret app-tls -n app -o yaml"],
  },
  {
    id: "container.nsenter_host",
    block: [
      "nsenter -t 1 -m -u -i -n -p -- bash",
      "nsenter --target 1 --mount --uts --ipc --net --pid sh",
    ],
    pass: ["nsenter -t 4242 -n ip addr"],
  },
];

runCases("k8s", CASES);

const AGENT =
  "kind: DaemonSet\nspec:\n  template:\n    spec:\n      hostPID: true\n      containers:\n      - name: agent\n        securityContext:\n          runAsUser: 65534\n          runAsNonRoot: true\n        volumeMounts:\n        - mountPath: /rootfs\n          name: host-root\n          readOnly: true\n      volumes:\n      - name: host-root\n        hostPath:\n          path: /\n";

runCases("k8s agents", [
  {
    id: "k8s.hostpath_sensitive",
    block: [
      AGENT.replace("readOnly: true", "readOnly: false").replace("hostPID: true", "hostPID: false"),
    ],
    pass: [AGENT],
  },
  {
    id: "k8s.host_namespaces",
    block: [AGENT.replace("runAsUser: 65534\n          runAsNonRoot: true", "runAsUser: 0")],
  },
]);

runCases("k8s routine", [
  {
    id: "docker.run_privileged",
    block: ["docker run -d --privileged -v /:/host ubuntu sleep infinity"],
    pass: [
      "docker run --rm --privileged multiarch/qemu-user-static --reset -p yes",
      "docker run -d --privileged --name dind docker:27-dind",
    ],
  },
  {
    id: "docker.cap_add",
    block: ["services:\n  tools:\n    image: alpine\n    cap_add:\n      - SYS_ADMIN\n"],
    pass: [
      "services:\n  dev:\n    build: .\n    cap_add:\n      - SYS_PTRACE\n    security_opt:\n      - seccomp:unconfined\n",
      "docker run -it --cap-add=SYS_PTRACE --security-opt seccomp=unconfined gcc:14 bash",
    ],
  },
]);
