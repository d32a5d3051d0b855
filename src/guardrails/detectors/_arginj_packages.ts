/**
 * Argument injection into package managers and container / cluster CLIs (pip, npm, yarn, gem,
 * cargo, docker, podman, kubectl): install hooks and shells named by an option, code preloaded
 * into node, containers started with host access, cluster identities assumed. Public sources:
 * npm-config (`script-shell`, `node-options`), Docker/Podman run reference and the
 * container-escape write-ups (`--privileged`, host mounts, docker.sock, `--pid=host`,
 * `--cap-add SYS_ADMIN`), kubectl impersonation, GTFOBins. Helm's `--post-renderer` is judged in
 * ./_cmd_r14.ts.
 * Passing: `--no-cache-dir`, `--save-dev`, `--rm -it -p 8080:80`, `-v ./data:/data`,
 * `--namespace prod`, `--set image.tag=1.2`, `--cap-add NET_BIND_SERVICE`.
 */
import { type ArgRule, EQ, r, WRITABLE } from "./_arginj_core.ts";

/** A host folder whose mount hands the container the host (root, system folders, sockets). */
const HOST_MOUNT =
  r`(?:\/|\/etc|\/root|\/proc|\/sys|\/dev|\/boot|\/var\/run\/docker\.sock|\/run\/docker\.sock|\/run\/containerd\/containerd\.sock|\/var\/run|\/run|\/home|\/var\/lib\/(?:docker|kubelet)|\/usr|C:\\\\?|\\\\\.\\pipe\\docker_engine)`;

export const PACKAGE_RULES: ArgRule[] = [
  {
    id: "pkg.npm_shell",
    lit: ["--script-shell", "--node-options", "--shell", "--userconfig", "--globalconfig"],
    re: new RegExp(
      r`(?:^|\s)--node-options${EQ}[^\n]{0,80}(?:--require|-r\s|--import|--(?:experimental-)?loader|--eval|-e\s)|(?:^|\s)--(?:script-)?shell${EQ}(?:${WRITABLE}|[^\s'"]{0,60}\s{1,3}-c\b)|(?:^|\s)--(?:userconfig|globalconfig)${EQ}${WRITABLE}`,
      "i",
    ),
    why:
      "makes npm run scripts through another shell, preload code into node, or read a dropped config",
  },
  {
    id: "pkg.pip_remote_source",
    lit: ["--index-url", "--extra-index-url", "-i ", "--find-links", "-f ", "--trusted-host"],
    re:
      /(?:^|\s)(?:--(?:extra-)?index-url|-i|--find-links|-f)(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?http:\/\/(?!(?:localhost|127\.0\.0\.1|\[::1\])[:\/])[^\s'"]{1,200}[^\n]{0,200}--trusted-host\b|(?:^|\s)--trusted-host(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?[^\s'"]{1,100}[^\n]{0,200}(?:--(?:extra-)?index-url|-i|--find-links|-f)(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?http:\/\//i,
    why: "installs packages over plain HTTP from an index it also marks as trusted (no TLS check)",
  },
  {
    id: "pkg.container_host_access",
    lit: [
      "--privileged",
      "-v",
      "--volume",
      "--mount",
      "--pid",
      "--ipc",
      "--userns",
      "--uts",
      "--cap-add",
      "--security-opt",
      "--device",
    ],
    re: new RegExp(
      r`(?:^|\s)--privileged(?:\s{0,2}=\s{0,2}true)?(?:\s|$)|(?:^|\s)(?:-v|--volume)(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?${HOST_MOUNT}:|(?:^|\s)--mount(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?[^\s'"]{0,80}\b(?:source|src)=${HOST_MOUNT}[,\s'"]|(?:^|\s)--(?:pid|ipc|userns|uts)(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?host\b|(?:^|\s)--cap-add(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?(?:CAP_)?(?:ALL|SYS_ADMIN|SYS_PTRACE|SYS_MODULE|SYS_RAWIO|DAC_READ_SEARCH|DAC_OVERRIDE|BPF)\b|(?:^|\s)--security-opt(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?(?:apparmor|seccomp|label|systempaths)[=:](?:unconfined|disable)|(?:^|\s)--device(?:\s{0,3}=\s{0,3}|\s{1,3})['"]?\/dev\/(?:sd[a-z]|nvme\d|xvd[a-z]|vd[a-z]|mem\b|kmem\b|mapper\/|disk\/|dm-\d)`,
      "i",
    ),
    why:
      "starts a container with host access (privileged, host root/socket mounts, host PID/IPC, broad capabilities, no seccomp/AppArmor)",
  },
  {
    id: "pkg.kube_identity",
    lit: ["--as", "--kubeconfig", "--token", "--server", "-s "],
    re: new RegExp(
      r`(?:^|\s)--as-group${EQ}system:masters\b|(?:^|\s)--as${EQ}(?:system:(?:admin|kube-controller-manager|kube-scheduler|serviceaccount:kube-system:|node:)|cluster-admin\b|kubernetes-admin\b)|(?:^|\s)--kubeconfig${EQ}${WRITABLE}|(?:^|\s)(?:--server|-s)${EQ}https?:\/\/[^\s'"]{1,200}[^\n]{0,200}--insecure-skip-tls-verify\b`,
      "i",
    ),
    why:
      "makes kubectl act as a cluster administrator or with a dropped kubeconfig (impersonation, foreign credentials)",
  },
  {
    id: "pkg.entrypoint_shell",
    lit: ["--entrypoint"],
    re: new RegExp(
      r`(?:^|\s)--entrypoint${EQ}(?:(?:\/usr)?\/bin\/)?(?:(?:ba|z|da|k)?sh|python[23]?|perl|nc|ncat|socat)\b[^\n]{0,200}(?:-c\s|\/dev\/tcp|curl|wget|\|)`,
      "i",
    ),
    why: "replaces the container's entrypoint with a shell running an injected command",
  },
];
