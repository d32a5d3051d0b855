/**
 * Round-28 false-positive fix of the path detector: a read of the files that name the operating
 * system and its release (`/etc/os-release`, `/usr/lib/os-release`, `/etc/lsb-release`,
 * `/etc/debian_version`, `/etc/redhat-release`, `/etc/alpine-release`, …) or the machine's time
 * zone. They are world-readable, hold no secret and are what platform detection reads (Python's
 * `platform.freedesktop_os_release()`, systemd, every installer). Only the exact resolved file
 * counts: its folder, neighbours (`/etc/shadow`) and anything below it are judged as before.
 */

/** Operating-system identity and time-zone files, by their resolved lower-case path. */
const OS_INFO =
  /^\/(?:etc|usr\/lib)\/(?:os-release|lsb-release|debian_version|redhat-release|centos-release|fedora-release|rocky-release|almalinux-release|alpine-release|arch-release|gentoo-release|suse-release|system-release|timezone)$/;

/** True when `abs` (resolved, lower-case, absolute) is a public OS identity file. */
export function publicSystemInfo(abs: string): boolean {
  return abs.length < 40 && OS_INFO.test(abs);
}
