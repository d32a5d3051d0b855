/**
 * A systemd drop-in written by a here-document that only RESTRICTS its service: sandboxing
 * (`Protect*`, `Private*`, `NoNewPrivileges`, `Restrict*`, `SystemCallFilter`, read-only paths),
 * resource limits, and restart/timeout policy. It runs nothing new, so the write into
 * `/etc/systemd/system/NAME.service.d/` is hardening, not persistence. Any other directive —
 * `Exec*`, `Environment*`, `User`, capabilities granted, `WorkingDirectory` … — and the write
 * counts as before.
 *
 *   sudo tee /etc/systemd/system/nginx.service.d/hardening.conf <<'EOF'
 *   [Service]
 *   NoNewPrivileges=yes
 *   ProtectSystem=full
 *   EOF
 */

/** `tee FILE <<'EOF'` or `cat > FILE <<EOF`, with the drop-in file and the here-document body. */
const HEREDOC_DROPIN =
  /(?:\btee\s{1,4}(?:-a\s{1,4})?|>{1,2}\s{0,4})["']?(\/etc\/systemd\/system\/[\w@.-]{1,80}\.d\/[\w@.-]{1,80}\.conf)["']?[^\n]{0,120}?<<-?\s{0,2}(["']?)([A-Z_]{1,20})\2[^\n]{0,200}\n([\s\S]{0,4000}?)\n\s{0,8}\3\s{0,4}(?:\n|$)/g;

/** Directives that only narrow what the service may do, or when it restarts. */
const RESTRICTING =
  /^(?:Protect(?:System|Home|KernelTunables|KernelModules|KernelLogs|ControlGroups|Clock|Hostname|Proc)|Private(?:Tmp|Devices|Network|Users|Mounts|IPC)|NoNewPrivileges|Restrict(?:Namespaces|Realtime|SUIDSGID|AddressFamilies|FileSystems)|SystemCallFilter|SystemCallArchitectures|SystemCallErrorNumber|LockPersonality|MemoryDenyWriteExecute|RemoveIPC|ProcSubset|ReadOnlyPaths|InaccessiblePaths|CapabilityBoundingSet|DevicePolicy|UMask|KeyringMode|Restart|RestartSec|StartLimitIntervalSec|StartLimitBurst|TimeoutStartSec|TimeoutStopSec|WatchdogSec|Limit(?:NOFILE|NPROC|CORE|MEMLOCK)|MemoryMax|MemoryHigh|CPUQuota|TasksMax|IOWeight|Nice|OOMScoreAdjust)=[^\n;&|`$]{0,200}$/;

/** True when a here-document body holds only section headers, comments and restricting lines. */
function restricting(body: string): boolean {
  let directives = 0;
  for (const raw of body.split("\n")) {
    const l = raw.trim();
    if (!l || l.startsWith("#") || l === "[Service]" || l === "[Unit]") continue;
    if (!RESTRICTING.test(l)) return false;
    directives++;
  }
  return directives > 0;
}

/**
 * `command` with each restricting drop-in write (its target and here-document) cut out, so a
 * sensitive-write check judges what is left; other writes stay as they were.
 */
export function withoutRestrictingDropIns(command: string): string {
  if (!command.includes("<<") || !command.includes("/etc/systemd/system/")) return command;
  return command.replace(
    HEREDOC_DROPIN,
    (all, _f, _q, _t, body: string) => restricting(body) ? "\n" : all,
  );
}

/** Spans (start, end) of the restricting drop-in writes in `command` (target and body). */
export function restrictingDropInSpans(command: string): [number, number][] {
  if (!command.includes("<<") || !command.includes("/etc/systemd/system/")) return [];
  const out: [number, number][] = [];
  HEREDOC_DROPIN.lastIndex = 0;
  for (let m = HEREDOC_DROPIN.exec(command); m; m = HEREDOC_DROPIN.exec(command)) {
    if (!restricting(m[4])) continue;
    out.push([m.index, m.index + m[0].length]);
    // `mkdir -p` of that drop-in's own folder creates it, nothing more.
    const dir = m[1].slice(0, m[1].lastIndexOf("/"));
    const mk = new RegExp(
      String.raw`\bmkdir\s{1,4}(?:-[pv]{1,2}\s{1,4})*["']?(${
        dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      })\/?["']?(?=\s|$|[;&|])`,
      "g",
    );
    for (let k = mk.exec(command); k; k = mk.exec(command)) {
      const at = k.index + k[0].indexOf(k[1]);
      out.push([at, at + k[1].length + 1]);
    }
  }
  return out;
}
