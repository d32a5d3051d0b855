/**
 * System files that are read every day and hold no secrets: logs, web-server and name-resolution
 * configuration, device rules, the own OS's description. A READ of one of these (a tool that does
 * not write, a path that does not climb) is recorded as a low `system_file` finding instead of a
 * block; writing them stays a medium finding (configure `allowed_roots` for tools that need it).
 *
 * Deliberately an allowlist: a system file not named here keeps its medium finding on read,
 * because many ordinary-looking system files do hold credentials (`wpa_supplicant.conf`,
 * `ddclient.conf`, `redis.conf` `requirepass`, `sssd.conf`, `debian.cnf`, `fstab` cifs options,
 * keytabs, VPN configs, application databases and `.ini` files). Inside the allowed families a
 * path still fails when it looks like key material, a credential list or a data dump.
 */

const PUBLIC_SYSTEM_READ = new RegExp(
  [
    // Logs (plain or rotated), at most four folders deep.
    String.raw`^/var/log/(?:[\w.@-]+/){0,3}[\w.@-]+$`,
    // Web servers: main and included configuration, module load files.
    String
      .raw`^/etc/(?:nginx|apache2|httpd|lighttpd|caddy)/(?:[\w.-]+/){0,2}[\w.-]+\.(?:conf|load|types)$`,
    String.raw`^/etc/(?:nginx|apache2|httpd)/(?:mime\.types|envvars)$`,
    String.raw`^/etc/caddy/caddyfile$`,
    // Name resolution and host identity.
    String
      .raw`^/etc/(?:hosts|hostname|host\.conf|resolv\.conf|nsswitch\.conf|timezone|issue|issue\.net|motd|debian_version|redhat-release|alpine-release|lsb-release)$`,
    String.raw`^/etc/networkmanager/networkmanager\.conf$`,
    String
      .raw`^[a-z]:/windows/system32/drivers/etc/(?:hosts|networks|protocol|services|lmhosts\.sam)$`,
    // Device rules, kernel module and sysctl settings.
    String.raw`^/etc/udev/rules\.d/[\w.-]+\.rules$`,
    String.raw`^/etc/(?:modprobe\.d|sysctl\.d|modules-load\.d)/[\w.-]+\.conf$|^/etc/sysctl\.conf$`,
    // A process's status counters (not its environment, memory, or open files).
    String.raw`^/proc/\d+/(?:status|limits|stat|statm|cgroup|oom_score)$`,
  ].join("|"),
);

/** Key material, credential lists and dumps, wherever they sit. */
const SECRET_SHAPED =
  /(?:secret|passw|passwd|credential|token|private|privkey|\.pem|\.key|\.keytab|\.p12|\.pfx|\.jks|\.kdbx|\.htpasswd|\.db|\.sqlite|\.sql|\.dump|\.bak)/;

/**
 * Whether `abs` (lower-case, absolute, `/`-separated) is a system file whose read exposes nothing
 * secret.
 */
export function publicSystemRead(abs: string): boolean {
  return PUBLIC_SYSTEM_READ.test(abs) && !SECRET_SHAPED.test(abs);
}
