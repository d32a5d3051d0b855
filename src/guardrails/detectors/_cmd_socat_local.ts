/**
 * A socat relay between two LOCAL endpoints is plumbing, not a tunnel: a TCP listener bound to the
 * loopback address in front of an application's unix socket, a unix socket in front of a loopback
 * port. `socat` stays dangerous everywhere else — a listener on every interface, a connection to
 * another host, `EXEC:`/`SYSTEM:` (a shell on a socket), standard input, and the container
 * runtimes' sockets (a loopback listener in front of `docker.sock` hands root to every local user).
 *
 * {@link SOCAT_NOT_LOCAL} is a source fragment for the command detector's regexes: `socat\b` followed
 * by it matches unless the invocation is options plus two local addresses and then ends.
 */
const OPTS = String.raw`(?:,[\w.=:/-]{1,60}){0,10}`;
const LOOPBACK = String.raw`(?:127\.0\.0\.1|localhost|\[?::1\]?)`;
const RUNTIME_SOCKET = String
  .raw`[^,\s]{0,200}(?:docker|containerd|podman|crio|cri-dockerd|kubelet)[^,\s]{0,60}\.sock`;
const LOCAL =
  String.raw`(?:TCP[46]?-LISTEN:\d{1,5}(?:,[\w.=:/-]{1,60}){0,10}?,bind=${LOOPBACK}${OPTS}` +
  String.raw`|UNIX-(?:LISTEN|CONNECT|CLIENT):(?!${RUNTIME_SOCKET})[\w./@-]{1,200}${OPTS}` +
  String.raw`|TCP[46]?:${LOOPBACK}:\d{1,5}${OPTS})`;

/** Negative look-ahead (source) to put right after `socat\b`. */
export const SOCAT_NOT_LOCAL = String
  .raw`(?!(?:\s{1,4}-[a-zA-Z]{1,3})*\s{1,4}${LOCAL}\s{1,4}${LOCAL}[ \t]*(?:$|[;\n]|&&))`;
